package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ObservationFilterTest {
  private static final Category SYRIA = CountryCategory.of(CountryCode.of("SY"));
  private static final DateRange Y2016 = DateRange.of(PartialDate.ofYear(2016));
  private static final Geography FRANCE = Geography.of(CountryCode.of("FR"));

  private static Observation observation(DimensionKey key) {
    return Observation.of(StatisticMetric.RESETTLED_PERSONS, key, Y2016, FRANCE, Quantity.exactly(5));
  }

  @Test
  void all_matchesEveryObservation() {
    assertThat(ObservationFilter.all()).isEqualTo(ObservationFilter.builder().build());
    assertThat(ObservationFilter.all().matches(observation(DimensionKey.of()))).isTrue();
    assertThat(ObservationFilter.all().matches(observation(DimensionKey.of(Dimension.SEX, Sex.MALE)))).isTrue();
  }

  @Test
  void aCategory_matchesKeysWithIt_whateverElseTheyDivideBy() {
    ObservationFilter syrians = ObservationFilter.builder().category(Dimension.CITIZENSHIP, SYRIA).build();

    assertThat(syrians.key()).isEqualTo(DimensionKey.of(Dimension.CITIZENSHIP, SYRIA));
    assertThat(syrians.matches(observation(DimensionKey.of(Dimension.CITIZENSHIP, SYRIA)))).isTrue();
    assertThat(syrians.matches(observation(DimensionKey.of(Dimension.CITIZENSHIP, SYRIA).with(Dimension.SEX, Sex.FEMALE))))
        .isTrue();
    assertThat(syrians.matches(observation(DimensionKey.of()))).isFalse();
    assertThat(syrians.matches(observation(DimensionKey.of(Dimension.CITIZENSHIP, CountryCategory.STATELESS))))
        .isFalse();
  }

  @Test
  void anUndividedDimension_matchesOnlyKeysWithoutIt() {
    ObservationFilter totalOverSex = ObservationFilter.builder().addUndivided(Dimension.SEX).build();

    assertThat(totalOverSex.matches(observation(DimensionKey.of()))).isTrue();
    assertThat(totalOverSex.matches(observation(DimensionKey.of(Dimension.CITIZENSHIP, SYRIA)))).isTrue();
    assertThat(totalOverSex.matches(observation(DimensionKey.of(Dimension.SEX, Sex.FEMALE)))).isFalse();
  }

  @Test
  void anExactKey_matchesThatKeyOnly() {
    ObservationFilter exactly = ObservationFilter.builder()
        .key(DimensionKey.of(Dimension.CITIZENSHIP, SYRIA)).exactKey(true).build();

    assertThat(exactly.matches(observation(DimensionKey.of(Dimension.CITIZENSHIP, SYRIA)))).isTrue();
    assertThat(exactly.matches(observation(DimensionKey.of(Dimension.CITIZENSHIP, SYRIA).with(Dimension.SEX, Sex.MALE))))
        .isFalse();
  }

  @Test
  void metricPeriodAndGeography_matchExactly() {
    Observation observation = observation(DimensionKey.of());

    assertThat(ObservationFilter.builder().metric(StatisticMetric.RESETTLED_PERSONS).build().matches(observation)).isTrue();
    assertThat(ObservationFilter.builder().metric(StatisticMetric.ARRIVALS).build().matches(observation)).isFalse();
    assertThat(ObservationFilter.builder().period(Y2016).build().matches(observation)).isTrue();
    assertThat(ObservationFilter.builder().period(DateRange.of(PartialDate.of(2016, 1))).build().matches(observation))
        .isFalse();
    assertThat(ObservationFilter.builder().geography(CountryCode.of("FR")).build().matches(observation)).isTrue();
    assertThat(ObservationFilter.builder().geography(Geography.of(CountryGroup.EUROPEAN_UNION)).build()
        .matches(observation)).isFalse();
  }

  @Test
  void periodWithin_matchesPeriodsThatLieWithinTheSpan() {
    Observation y2016 = observation(DimensionKey.of());
    Observation since2016 = y2016.withPeriod(DateRange.since(PartialDate.ofYear(2016)));
    Observation from2015 = y2016.withPeriod(DateRange.of(PartialDate.ofYear(2015), PartialDate.ofYear(2016)));

    ObservationFilter decade = ObservationFilter.builder()
        .periodWithin(DateRange.of(PartialDate.ofYear(2016), PartialDate.ofYear(2025))).build();
    assertThat(decade.matches(y2016)).isTrue();
    assertThat(decade.matches(since2016)).isFalse();
    assertThat(decade.matches(from2015)).isFalse();
    ObservationFilter sinceThen = ObservationFilter.builder().periodWithin(DateRange.since(PartialDate.ofYear(2016))).build();
    assertThat(sinceThen.matches(since2016)).isTrue();
    assertThat(sinceThen.matches(y2016)).isTrue();
    assertThat(sinceThen.matches(from2015)).isFalse();
  }

  @Test
  void with_addsTheCategoriesOfAKey_replacingThoseOfTheSameDimension() {
    ObservationFilter women = ObservationFilter.builder().category(Dimension.SEX, Sex.FEMALE).build();

    ObservationFilter syrianMen = women.with(DimensionKey.of(Dimension.SEX, Sex.MALE).with(Dimension.CITIZENSHIP, SYRIA));
    assertThat(syrianMen.key()).isEqualTo(DimensionKey.of(Dimension.SEX, Sex.MALE).with(Dimension.CITIZENSHIP, SYRIA));
    assertThat(women.withCategory(Dimension.AGE_BAND, AgeBand.under(18)).key())
        .isEqualTo(DimensionKey.of(Dimension.SEX, Sex.FEMALE).with(Dimension.AGE_BAND, AgeBand.under(18)));
    assertThat(ObservationFilter.builder()
            .key(DimensionKey.of(Dimension.SEX, Sex.FEMALE))
            .category(Dimension.CITIZENSHIP, SYRIA)
            .build()
            .key())
        .isEqualTo(DimensionKey.of(Dimension.SEX, Sex.FEMALE).with(Dimension.CITIZENSHIP, SYRIA));
  }

  @Test
  void aDimensionBothDividedAndUndivided_isRefusedNamingTheField() {
    assertThatThrownBy(() -> ObservationFilter.builder()
            .category(Dimension.SEX, Sex.FEMALE).addUndivided(Dimension.SEX).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).contains("undivided");
          assertThat(e.getMessage())
              .isEqualTo("ObservationFilter.undivided: must not hold sex, which the key divides by ({sex=female})");
        });
    assertThatThrownBy(() -> ObservationFilter.builder().addUndivided(Dimension.SEX).build()
            .withCategory(Dimension.SEX, Sex.MALE))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aCategoryOfAnotherDimension_isRefusedNamingTheDimension() {
    assertThatThrownBy(() -> ObservationFilter.builder().category(Dimension.SEX, SYRIA))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("sex"));
  }

  @Test
  void nulls_areRefusedNamingTheField() {
    assertThatThrownBy(() -> ObservationFilter.builder().category(null, Sex.FEMALE))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("key"));
    assertThatThrownBy(() -> ObservationFilter.builder().geography((CountryCode) null))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("geography"));
    assertThatThrownBy(() -> ObservationFilter.all().with(null))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("key"));
    assertThatThrownBy(() -> ObservationFilter.all().matches(null))
        .isInstanceOf(NullPointerException.class).hasMessage("observation");
  }
}
