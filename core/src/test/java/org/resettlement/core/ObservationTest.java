package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ObservationTest {
  private static final DateRange YEAR_2016 = DateRange.of(PartialDate.ofYear(2016));
  private static final Geography FRANCE = Geography.of(CountryCode.of("FR"));
  private static final Source EUROSTAT =
      Source.builder().title(LocalizedText.of("en", "Resettled persons (migr_asyresa)")).build();
  private static final DimensionKey SYRIAN_WOMEN_18_34 =
      DimensionKey.of(Dimension.SEX, Sex.FEMALE)
          .with(Dimension.AGE_BAND, AgeBand.of(18, 34))
          .with(Dimension.CITIZENSHIP, CountryCategory.parse("SY"));

  private static Observation.Builder cell() {
    return Observation.builder()
        .metric(StatisticMetric.RESETTLED_PERSONS)
        .period(YEAR_2016)
        .geography(FRANCE)
        .addSource(EUROSTAT);
  }

  @Test
  void builder_keepsACellOfAPublishersTable() {
    Observation cell =
        cell().key(SYRIAN_WOMEN_18_34).value(Quantity.exactly(85)).rounding(Rounding.NEAREST_5).build();
    assertThat(cell.key()).isEqualTo(SYRIAN_WOMEN_18_34);
    assertThat(cell.value()).contains(Quantity.exactly(85));
    assertThat(cell.bounds()).contains(Quantity.between(83, 87));
    assertThat(cell.statuses()).isEmpty();
    assertThat(cell.withheld()).isFalse();
    assertThat(cell.missing()).isFalse();
    assertThat(cell.sources()).singleElement().isSameAs(EUROSTAT);
  }

  @Test
  void key_defaultsToTheWholePopulation() {
    Observation total = cell().value(Quantity.exactly(1_000)).build();
    assertThat(total.key()).isSameAs(DimensionKey.of());
    assertThat(total.bounds()).contains(Quantity.exactly(1_000));
    assertThat(Observation.of(StatisticMetric.RESETTLED_PERSONS, DimensionKey.of(), YEAR_2016, FRANCE, Quantity.exactly(1_000)))
        .isEqualTo(total.withSources(List.of()));
  }

  @ParameterizedTest
  @EnumSource(value = ObservationStatus.class, names = {"CONFIDENTIAL", "NOT_AVAILABLE"})
  void aWithheldOrMissingObservation_hasNoValueButExists(ObservationStatus status) {
    Observation cell = cell().key(SYRIAN_WOMEN_18_34).addStatus(status).build();
    assertThat(cell.value()).isEmpty();
    assertThat(cell.bounds()).isEmpty();
    assertThat(cell.withheld()).isEqualTo(status == ObservationStatus.CONFIDENTIAL);
    assertThat(cell.missing()).isEqualTo(status == ObservationStatus.NOT_AVAILABLE);
  }

  /**
   * A value that contradicts the status is data a publisher's file may hold: it is built, kept as
   * written, and left to the validation module's VALUE_MATCHES_STATUS to report.
   */
  @ParameterizedTest
  @EnumSource(ObservationStatus.class)
  void aValueThatContradictsTheStatus_isKeptAsWritten(ObservationStatus status) {
    Observation withValue = cell().addStatus(status).value(Quantity.exactly(5)).build();
    Observation withoutValue = cell().addStatus(status).build();

    assertThat(withValue.value()).contains(Quantity.exactly(5));
    assertThat(withValue.statuses()).containsExactly(status);
    assertThat(withValue.withheld()).isEqualTo(status.withheld());
    assertThat(withoutValue.value()).isEmpty();
    assertThat(withoutValue.missing()).isEqualTo(status.missing());
    assertThat(cell().build().value()).isEmpty();
  }

  @Test
  void statuses_areInTheOrderOfTheEnum() {
    Observation cell =
        cell().value(Quantity.exactly(5))
            .addStatuses(ObservationStatus.PROVISIONAL, ObservationStatus.ESTIMATED, ObservationStatus.PROVISIONAL)
            .build();
    assertThat(cell.statuses()).containsExactly(ObservationStatus.ESTIMATED, ObservationStatus.PROVISIONAL);
  }

  @Test
  void builder_namesMissingRequiredFields() {
    assertThatThrownBy(() -> Observation.builder().value(Quantity.ZERO).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("metric")
        .hasMessageContaining("period")
        .hasMessageContaining("geography");
    assertThatThrownBy(() -> cell().key(null)).hasMessage("Observation.key: must not be null");
  }

  //-----------------------------------------------------------------------
  static Stream<Arguments> statistics() {
    return SeededCases.of(ObservationTest::statistic);
  }

  private static final List<Dimension> BREAKDOWN_DIMENSIONS =
      List.of(Dimension.SEX, Dimension.AGE_BAND, Dimension.COUNTRY_OF_ASYLUM);

  static Statistic statistic(SplittableRandom random) {
    Statistic.Builder statistic =
        Statistic.builder()
            .id(StatisticId.of("s" + random.nextInt(1_000)))
            .metric(StatisticMetric.RESETTLED_PERSONS)
            .value(SeededCases.quantity(random))
            .period(YEAR_2016)
            .geography(FRANCE);
    if (random.nextBoolean()) {
      statistic.key(DimensionKey.of(Dimension.CITIZENSHIP, CountryCategory.parse("SY")));
    }
    if (random.nextBoolean()) {
      statistic.rounding(Rounding.NEAREST_5).note(LocalizedText.of("en", "rounded"));
    }
    if (random.nextBoolean()) {
      statistic.addSource(EUROSTAT);
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      Dimension dimension = BREAKDOWN_DIMENSIONS.get(random.nextInt(BREAKDOWN_DIMENSIONS.size()));
      String code = dimension == Dimension.SEX ? "female" : dimension == Dimension.AGE_BAND ? "0-17" : "LB";
      statistic.addBreakdown(Breakdown.of(dimension, code, SeededCases.quantity(random)));
    }
    return statistic.build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("statistics")
  void asObservations_givesTheFigureThenEachBreakdownEntryWithItsPopulation(long seed, Statistic statistic) {
    List<Observation> observations = statistic.asObservations();

    assertThat(observations).hasSize(1 + statistic.breakdown().size());
    Observation total = observations.get(0);
    assertThat(total.key()).isEqualTo(statistic.key());
    assertThat(total.value()).contains(statistic.value());
    assertThat(total.note()).isEqualTo(statistic.note());
    for (Observation observation : observations) {
      assertThat(observation.metric()).isEqualTo(statistic.metric());
      assertThat(observation.period()).isSameAs(statistic.period());
      assertThat(observation.geography()).isSameAs(statistic.geography());
      assertThat(observation.rounding()).isEqualTo(statistic.rounding());
      assertThat(observation.sources()).isEqualTo(statistic.sources());
      assertThat(observation.statuses()).isEmpty();
      assertThat(statistic.key().includes(observation.key())).isTrue();
    }
    for (int i = 0; i < statistic.breakdown().size(); i++) {
      Breakdown part = statistic.breakdown().get(i);
      Observation observation = observations.get(i + 1);
      assertThat(observation.key()).isEqualTo(statistic.key().with(part.dimension(), part.category()));
      assertThat(observation.key().category(part.dimension())).contains(part.category());
      assertThat(observation.value()).contains(part.value());
      assertThat(observation.note()).isEmpty();
    }
  }

  @Test
  void statistic_keyDefaultsToTheWholePopulationAndRoundingToNone() {
    Statistic statistic = statistic(new SplittableRandom(1)).withKey(DimensionKey.of()).withRounding(java.util.Optional.empty());
    Statistic built = Statistic.builder().from(statistic).build();
    assertThat(built.key()).isSameAs(DimensionKey.of());
    assertThat(built.rounding()).isEmpty();
  }

  @Test
  void observationsWithoutStatus_shareOneEmptySet_soThatACubeOfAMillionCellsDoesNotHoldAMillion() {
    Observation first = cell().value(Quantity.exactly(85)).build();
    Observation second = cell().value(Quantity.exactly(90)).build();
    Observation confidential = cell().addStatus(ObservationStatus.CONFIDENTIAL).build();

    assertThat(first.statuses()).isEmpty();
    assertThat(second.statuses()).isSameAs(first.statuses());
    assertThat(Observation.builder().from(confidential).statuses(List.of()).value(Quantity.exactly(5)).build()
        .statuses()).isSameAs(first.statuses());
    assertThat(first.withStatuses(ObservationStatus.ESTIMATED).withStatuses(List.of()).statuses())
        .isSameAs(first.statuses());
    assertThat(confidential.statuses()).containsExactly(ObservationStatus.CONFIDENTIAL);
  }
}
