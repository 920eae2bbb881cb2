package org.resettlement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.resettlement.core.Dataset;
import org.resettlement.core.Pledge;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.SampleData;
import org.resettlement.testkit.junit.SampleSource;
import org.resettlement.validation.ResettlementValidation;

/** How a downstream test suite uses the testkit: seeded values, datasets and JUnit sources. */
class SampleDataExampleTest {

  // tag::sample-data[]
  @ParameterizedTest
  @SampleSource(type = Pledge.class, count = 200, seed = 42)
  void everyGeneratedPledgeIsValid(Pledge pledge) {
    assertThat(ResettlementValidation.validator().validate(pledge)).isEmpty();
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
}
