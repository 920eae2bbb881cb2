package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariants of the computed views of an index: totals and discrepancies. */
class ObservationTotalTest {

  private static ObservationTotal.Builder total() {
    return ObservationTotal.builder().sum(Quantity.exactly(10)).publishedSum(Quantity.exactly(10));
  }

  @Test
  void aTotal_isCompleteWithoutWithheldOrMissingObservations() {
    assertThat(total().observations(2).withheld(0).missing(0).build().complete()).isTrue();
    assertThat(total().observations(2).withheld(1).missing(0).build().complete()).isFalse();
    assertThat(total().observations(2).withheld(0).missing(1).build().complete()).isFalse();
  }

  @Test
  void aTotal_refusesNegativeCountsAndMoreWithheldOrMissingThanObservations() {
    assertThatThrownBy(() -> total().observations(-1).withheld(0).missing(0).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ObservationTotal.observations: must not be negative, was -1");
    assertThatThrownBy(() -> total().observations(1).withheld(-1).missing(0).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("withheld"));
    assertThatThrownBy(() -> total().observations(1).withheld(0).missing(-1).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("missing"));
    assertThatThrownBy(() -> total().observations(2).withheld(1).missing(2).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ObservationTotal [observations, withheld, missing]: withheld and missing observations (1 and 2)"
            + " must not be more than the observations, 2");
  }

  @Test
  void aDiscrepancy_needsCellsAndADifferenceBeyondRounding() {
    Observation margin = Observation.of(StatisticMetric.ARRIVALS, DimensionKey.of(),
        DateRange.of(PartialDate.ofYear(2016)), Geography.world(), Quantity.exactly(10));
    Observation cell = margin.withKey(DimensionKey.of(Dimension.SEX, Sex.FEMALE)).withValue(Quantity.exactly(20));
    Discrepancy.Builder discrepancy = Discrepancy.builder()
        .margin(margin).dimension(Dimension.SEX).cellsSum(Quantity.exactly(20)).cellsExceedMargin(true);

    assertThat(discrepancy.addCell(cell).beyondRounding(10).build().cells()).containsExactly(cell);
    assertThatThrownBy(() -> discrepancy.cells(List.of()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Discrepancy.cells: must not be empty");
    assertThatThrownBy(() -> discrepancy.addCell(cell).beyondRounding(0).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Discrepancy.beyondRounding: must be at least 1, was 0");
  }
}
