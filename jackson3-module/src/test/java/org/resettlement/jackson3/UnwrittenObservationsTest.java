package org.resettlement.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Geography;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.PartialDate;
import org.resettlement.core.StatisticMetric;
import org.resettlement.wireformat.SeedData;

/**
 * A dataset's observations are not part of wire format 1.0 yet: a dataset with observations is
 * refused when written, not written without them, and a document with observations is refused
 * as it names a property the format does not define.
 */
class UnwrittenObservationsTest extends JsonTestBase {
  private static final Observation CONFIDENTIAL =
      Observation.builder()
          .metric(StatisticMetric.RESETTLED_PERSONS)
          .period(DateRange.of(PartialDate.ofYear(2016)))
          .geography(Geography.world())
          .addStatus(ObservationStatus.CONFIDENTIAL)
          .build();

  @Test
  void write_refusesADatasetWithObservationsRatherThanDropThem() {
    Dataset dataset = SeedData.dataset().withObservations(CONFIDENTIAL);

    assertThatThrownBy(() -> mapper.writeValueAsString(dataset))
        .isInstanceOf(tools.jackson.databind.DatabindException.class)
        .hasMessageContaining(
            "Dataset.observations is not part of wire format 1.1 yet; leave it empty to write this value");
  }

  @Test
  void write_givesADatasetWithoutObservationsAsBefore() throws Exception {
    Dataset dataset = SeedData.dataset();

    assertThat(mapper.writeValueAsString(dataset)).doesNotContain("observations");
    assertThat(mapper.readValue(mapper.writeValueAsString(dataset), Dataset.class)).isEqualTo(dataset);
  }

  @Test
  void read_refusesObservations() {
    assertThatThrownBy(() -> mapper.readValue(json("{'observations':[]}"), Dataset.class))
        .isInstanceOf(ResettlementJsonException.class)
        .hasMessageContaining("observations");
  }
}
