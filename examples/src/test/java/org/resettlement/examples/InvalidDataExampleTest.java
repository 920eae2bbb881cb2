package org.resettlement.examples;

import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.testkit.BrokenRule;
import org.resettlement.testkit.InvalidSample;
import org.resettlement.testkit.SampleData;
import org.resettlement.validation.ResettlementValidation;

/** How a downstream suite tests its error handling with data that breaks one rule. */
class InvalidDataExampleTest {

  private final Validator validator = ResettlementValidation.validator();

  @Test
  void anUnresolvedReferenceIsReportedAtItsPath() {
    // tag::invalid-data[]
    InvalidSample<Dataset> sample = SampleData.withSeed(7).invalidDataset(BrokenRule.REFERENCE_RESOLVES);
    Set<ConstraintViolation<Dataset>> violations = validator.validate(sample.value());

    assertThat(violations).containsOnlyViolations(violationOf(sample)); // that rule at sample.path()
    // end::invalid-data[]
    Assertions.assertThat(sample.path()).matches("[a-z]+\\[\\d+\\]\\.[a-zA-Z\\[\\]\\d.]+");
    Assertions.assertThat(violations).singleElement()
        .satisfies(v -> Assertions.assertThat(v.getPropertyPath()).hasToString(sample.path()));
  }
}
