package org.resettlement.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.resettlement.core.Dataset;
import org.resettlement.core.Pledge;
import org.resettlement.testkit.BrokenRule;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.InvalidSample;
import org.resettlement.testkit.SampleData;
import org.resettlement.testkit.junit.SampleSource;
import org.resettlement.validation.ResettlementValidation;

/**
 * How a downstream test suite uses the testkit: seeded values and datasets, JUnit sources, and data
 * that breaks one rule.
 *
 * <p>The README quotes two regions of this one class, so that its two testkit snippets compile
 * together as shown: AssertJ's {@code assertThat} and the testkit's {@code
 * ViolationAssert.assertThat} are both imported statically, and the violations of a validation
 * (a {@code Set}) go to the testkit's.
 */
class SampleDataExampleTest {

  // tag::sample-data[]
  @ParameterizedTest
  @SampleSource(type = Pledge.class, count = 200, seed = 42)
  void everyGeneratedPledgeIsValid(Pledge pledge) {
    assertThat(ResettlementValidation.validator().validate(pledge)).hasNoViolations();
  }

  @Test
  void theSameSeedGivesTheSameDataset() {
    DatasetSpec spec = DatasetSpec.defaults().withPledges(1_000);
    Dataset first = SampleData.withSeed(7).dataset(spec);
    Dataset second = SampleData.withSeed(7).dataset(spec);

    assertThat(first).isEqualTo(second);
    assertThat(first.pledges()).hasSize(1_000);
  }
  // end::sample-data[]

  // tag::invalid-data[]
  @Test
  void anUnresolvedReferenceIsReportedAtItsPath() {
    Validator validator = ResettlementValidation.validator();
    InvalidSample<Dataset> sample = SampleData.withSeed(7).invalidDataset(BrokenRule.REFERENCE_RESOLVES);
    Set<ConstraintViolation<Dataset>> violations = validator.validate(sample.value());

    assertThat(violations).containsOnlyViolations(violationOf(sample)); // that rule at sample.path()
  }
  // end::invalid-data[]

  @Test
  void anInvalidSample_namesThePathOfItsOneViolation() {
    InvalidSample<Dataset> sample = SampleData.withSeed(7).invalidDataset(BrokenRule.REFERENCE_RESOLVES);
    Set<ConstraintViolation<Dataset>> violations = ResettlementValidation.validator().validate(sample.value());

    assertThat(sample.path()).matches("[a-z]+\\[\\d+\\]\\.[a-zA-Z\\[\\]\\d.]+");
    assertThat(violations.size()).isEqualTo(1);
    assertThat(violations.iterator().next().getPropertyPath()).hasToString(sample.path());
  }
}
