package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObservationIndexTest {
  private static final StatisticMetric RESETTLED = StatisticMetric.RESETTLED_PERSONS;
  private static final Geography FRANCE = Geography.of(CountryCode.of("FR"));
  private static final Geography SWEDEN = Geography.of(CountryCode.of("SE"));
  private static final DateRange Y2015 = DateRange.of(PartialDate.ofYear(2015));
  private static final DateRange Y2016 = DateRange.of(PartialDate.ofYear(2016));
  private static final DateRange Y2017 = DateRange.of(PartialDate.ofYear(2017));
  private static final Category SYRIA = CountryCategory.of(CountryCode.of("SY"));
  private static final Category ERITREA = CountryCategory.of(CountryCode.of("ER"));
  private static final DimensionKey ALL = DimensionKey.of();

  private static DimensionKey key(Object... dimensionsAndCategories) {
    DimensionKey key = DimensionKey.of();
    for (int i = 0; i < dimensionsAndCategories.length; i += 2) {
      key = key.with((Dimension) dimensionsAndCategories[i], (Category) dimensionsAndCategories[i + 1]);
    }
    return key;
  }

  private static Observation cell(DateRange period, Geography geography, DimensionKey key, long value) {
    return Observation.of(RESETTLED, key, period, geography, Quantity.exactly(value));
  }

  private static Observation rounded(DimensionKey key, long value) {
    return Observation.builder()
        .metric(RESETTLED)
        .key(key)
        .period(Y2016)
        .geography(FRANCE)
        .value(Quantity.exactly(value))
        .rounding(Rounding.NEAREST_5)
        .build();
  }

  private static Observation confidential(DimensionKey key) {
    return Observation.builder()
        .metric(RESETTLED)
        .key(key)
        .period(Y2016)
        .geography(FRANCE)
        .addStatus(ObservationStatus.CONFIDENTIAL)
        .build();
  }

  /** France 2016 by sex and citizenship, with margins and total, unrounded, and a Swedish total. */
  private static List<Observation> franceBySexAndCitizenship() {
    return List.of(
        cell(Y2016, FRANCE, ALL, 100),
        cell(Y2016, FRANCE, key(Dimension.SEX, Sex.FEMALE), 45),
        cell(Y2016, FRANCE, key(Dimension.SEX, Sex.MALE), 55),
        cell(Y2016, FRANCE, key(Dimension.CITIZENSHIP, SYRIA), 70),
        cell(Y2016, FRANCE, key(Dimension.CITIZENSHIP, ERITREA), 30),
        cell(Y2016, FRANCE, key(Dimension.SEX, Sex.FEMALE, Dimension.CITIZENSHIP, SYRIA), 30),
        cell(Y2016, FRANCE, key(Dimension.SEX, Sex.MALE, Dimension.CITIZENSHIP, SYRIA), 40),
        cell(Y2016, FRANCE, key(Dimension.SEX, Sex.FEMALE, Dimension.CITIZENSHIP, ERITREA), 15),
        cell(Y2016, FRANCE, key(Dimension.SEX, Sex.MALE, Dimension.CITIZENSHIP, ERITREA), 15),
        cell(Y2016, SWEDEN, ALL, 1900));
  }

  //-----------------------------------------------------------------------
  @Test
  void of_keepsTheObservationsThemselvesInTheirOrder() {
    List<Observation> observations = franceBySexAndCitizenship();
    ObservationIndex index = ObservationIndex.of(observations);

    List<Observation> selected = index.select(ObservationFilter.all());
    assertThat(selected).hasSize(observations.size());
    for (int i = 0; i < observations.size(); i++) {
      assertThat(selected.get(i)).isSameAs(observations.get(i));
    }
    assertThat(index.size()).isEqualTo(10);
    assertThat(index).hasToString("ObservationIndex[10 observations, 2 metric-period-geography groups, 9 keys]");
  }

  @Test
  void of_readsTheCollectionOnce() {
    List<Observation> observations = new ArrayList<>(franceBySexAndCitizenship());
    ObservationIndex index = ObservationIndex.of(observations);
    observations.clear();

    assertThat(index.size()).isEqualTo(10);
    assertThat(ObservationIndex.of(observations).select(ObservationFilter.all())).isEmpty();
  }

  @Test
  void of_refusesNullAndNullObservationsNamingTheField() {
    assertThatThrownBy(() -> ObservationIndex.of(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ObservationIndex.observations: must not be null");
    List<Observation> withNull = new ArrayList<>(franceBySexAndCitizenship());
    withNull.add(3, null);
    assertThatThrownBy(() -> ObservationIndex.of(withNull))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ObservationIndex.observations: must not hold null, as at index 3");
  }

  @Test
  void select_matchesEveryCondition_andLeavingADimensionOutIsNotItsTotal() {
    ObservationIndex index = ObservationIndex.of(franceBySexAndCitizenship());
    ObservationFilter syrians = ObservationFilter.builder()
        .metric(RESETTLED)
        .period(Y2016)
        .geography(CountryCode.of("FR"))
        .category(Dimension.CITIZENSHIP, SYRIA)
        .build();

    // The margin and the cells by sex: leaving sex out asks nothing of it.
    assertThat(index.select(syrians)).extracting(Observation::key)
        .containsExactly(
            key(Dimension.CITIZENSHIP, SYRIA),
            key(Dimension.SEX, Sex.FEMALE, Dimension.CITIZENSHIP, SYRIA),
            key(Dimension.SEX, Sex.MALE, Dimension.CITIZENSHIP, SYRIA));
    assertThat(index.select(syrians.withUndivided(Dimension.SEX))).extracting(Observation::key)
        .containsExactly(key(Dimension.CITIZENSHIP, SYRIA));
    assertThat(index.select(ObservationFilter.builder().exactKey(true).build()))
        .extracting(Observation::geography)
        .containsExactly(FRANCE, SWEDEN);
    assertThat(index.select(syrians.withMetric(StatisticMetric.ARRIVALS))).isEmpty();
    assertThat(index.select(syrians.withPeriod(Y2015))).isEmpty();
    assertThat(index.select(ObservationFilter.builder().geography(SWEDEN).build()))
        .extracting(observation -> observation.value().orElseThrow())
        .containsExactly(Quantity.exactly(1900));
  }

  @Test
  void select_withASpanOfPeriods_findsThePeriodsWithinIt() {
    List<Observation> observations = List.of(
        cell(Y2015, FRANCE, ALL, 10),
        cell(Y2016, FRANCE, ALL, 20),
        cell(DateRange.of(PartialDate.of(2016, 3)), FRANCE, ALL, 2),
        cell(DateRange.of(PartialDate.ofYear(2016), PartialDate.ofYear(2017)), FRANCE, ALL, 50),
        cell(DateRange.since(PartialDate.ofYear(2016)), FRANCE, ALL, 70),
        cell(Y2017, FRANCE, ALL, 30));
    ObservationIndex index = ObservationIndex.of(observations);

    assertThat(index.select(ObservationFilter.builder().periodWithin(Y2016).build()))
        .extracting(observation -> observation.value().orElseThrow().value())
        .containsExactly(20L, 2L);
    assertThat(index.select(ObservationFilter.builder()
            .periodWithin(DateRange.of(PartialDate.ofYear(2016), PartialDate.ofYear(2017))).build()))
        .extracting(observation -> observation.value().orElseThrow().value())
        .containsExactly(20L, 2L, 50L, 30L);
    assertThat(index.select(ObservationFilter.builder().periodWithin(DateRange.since(PartialDate.ofYear(2016))).build()))
        .extracting(observation -> observation.value().orElseThrow().value())
        .containsExactly(20L, 2L, 50L, 70L, 30L);
  }

  @Test
  void select_isTheSameAsMatchingEachObservation() {
    Cubes.Cube cube = Cubes.generate(new SplittableRandom(7), true);
    ObservationIndex index = ObservationIndex.of(cube.observations);
    List<ObservationFilter> filters = List.of(
        ObservationFilter.all(),
        ObservationFilter.builder().category(Dimension.SEX, Sex.FEMALE).build(),
        ObservationFilter.builder().category(Dimension.SEX, Sex.FEMALE).addUndivided(Dimension.CITIZENSHIP).build(),
        ObservationFilter.builder().key(key(Dimension.SEX, Sex.MALE)).exactKey(true).build(),
        ObservationFilter.builder().period(Y2017).addUndivided(Dimension.AGE_BAND).build());

    for (ObservationFilter filter : filters) {
      List<Observation> expected = cube.observations.stream().filter(filter::matches).collect(Collectors.toList());
      assertThat(index.select(filter)).as(filter.toString()).containsExactlyElementsOf(expected);
    }
  }

  //-----------------------------------------------------------------------
  @Test
  void timeSeries_isOrderedByPeriod_andFindsExactlyTheKey() {
    List<Observation> observations = List.of(
        cell(Y2017, FRANCE, key(Dimension.CITIZENSHIP, SYRIA), 30),
        cell(Y2015, FRANCE, key(Dimension.CITIZENSHIP, SYRIA), 10),
        cell(Y2016, FRANCE, key(Dimension.CITIZENSHIP, SYRIA, Dimension.SEX, Sex.FEMALE), 5),
        cell(Y2016, SWEDEN, key(Dimension.CITIZENSHIP, SYRIA), 99),
        cell(Y2016, FRANCE, key(Dimension.CITIZENSHIP, SYRIA), 20),
        cell(DateRange.since(PartialDate.ofYear(2015)), FRANCE, key(Dimension.CITIZENSHIP, SYRIA), 60),
        cell(Y2016, FRANCE, key(Dimension.CITIZENSHIP, SYRIA), 21));
    ObservationIndex index = ObservationIndex.of(observations);

    assertThat(index.timeSeries(RESETTLED, FRANCE, key(Dimension.CITIZENSHIP, SYRIA)))
        .extracting(observation -> observation.value().orElseThrow().value())
        .containsExactly(10L, 60L, 20L, 21L, 30L);
    assertThat(index.timeSeries(RESETTLED, FRANCE, key(Dimension.CITIZENSHIP, ERITREA))).isEmpty();
    assertThat(index.timeSeries(StatisticMetric.ARRIVALS, FRANCE, key(Dimension.CITIZENSHIP, SYRIA))).isEmpty();
  }

  //-----------------------------------------------------------------------
  @Test
  void total_addsUpTheSelection_widenedByRounding() {
    ObservationIndex index = ObservationIndex.of(List.of(
        rounded(key(Dimension.SEX, Sex.FEMALE), 85),
        rounded(key(Dimension.SEX, Sex.MALE), 10),
        rounded(key(Dimension.SEX, Sex.UNKNOWN), 0)));

    ObservationTotal total = index.total(ObservationFilter.all());

    assertThat(total.publishedSum()).isEqualTo(Quantity.exactly(95));
    // 83-87 + 8-12 + 0-2: each figure may be off by 2, and no count is below 0.
    assertThat(total.sum()).isEqualTo(Quantity.between(91, 101));
    assertThat(total.observations()).isEqualTo(3);
    assertThat(total.complete()).isTrue();
  }

  @Test
  void total_ofWithheldOrMissingObservations_isAtLeastTheRest() {
    ObservationIndex index = ObservationIndex.of(List.of(
        cell(Y2016, FRANCE, key(Dimension.SEX, Sex.FEMALE), 40),
        confidential(key(Dimension.SEX, Sex.MALE)),
        Observation.builder().metric(RESETTLED).key(key(Dimension.SEX, Sex.UNKNOWN)).period(Y2016)
            .geography(FRANCE).addStatus(ObservationStatus.NOT_AVAILABLE).build()));

    ObservationTotal total = index.total(ObservationFilter.all());

    assertThat(total.sum()).isEqualTo(Quantity.atLeast(40));
    assertThat(total.publishedSum()).isEqualTo(Quantity.exactly(40));
    assertThat(total.observations()).isEqualTo(3);
    assertThat(total.withheld()).isEqualTo(1);
    assertThat(total.missing()).isEqualTo(1);
    assertThat(total.complete()).isFalse();
    assertThat(index.total(ObservationFilter.builder().geography(SWEDEN).build()))
        .isEqualTo(ObservationTotal.builder().sum(Quantity.ZERO).publishedSum(Quantity.ZERO)
            .observations(0).withheld(0).missing(0).build());
  }

  @Test
  void total_countsAValueWhateverItsStatus_andACellWithoutValueOrStatusAsMissing() {
    // The builder accepts both; the validation module reports them (VALUE_MATCHES_STATUS).
    Observation confidentialWithValue = confidential(key(Dimension.SEX, Sex.FEMALE)).withValue(Quantity.exactly(40));
    Observation emptyWithoutStatus = Observation.builder().metric(RESETTLED).key(key(Dimension.SEX, Sex.MALE))
        .period(Y2016).geography(FRANCE).build();
    ObservationIndex index = ObservationIndex.of(List.of(confidentialWithValue, emptyWithoutStatus));

    ObservationTotal total = index.total(ObservationFilter.all());

    assertThat(total.publishedSum()).isEqualTo(Quantity.exactly(40));
    assertThat(total.sum()).isEqualTo(Quantity.atLeast(40));
    assertThat(total.withheld()).isZero();
    assertThat(total.missing()).isEqualTo(1);
    assertThat(ObservationIndex.of(List.of(cell(Y2016, FRANCE, ALL, 10), confidentialWithValue, emptyWithoutStatus))
        .discrepancies()).singleElement().satisfies(discrepancy -> {
          assertThat(discrepancy.cells()).containsExactly(confidentialWithValue);
          assertThat(discrepancy.cellsExceedMargin()).isTrue();
        });
  }

  @Test
  void totalsBy_groupsByCategoryInOrder_leavingOutObservationsWithoutTheDimension() {
    ObservationIndex index = ObservationIndex.of(franceBySexAndCitizenship());
    ObservationFilter france = ObservationFilter.builder().geography(FRANCE).build();

    Map<Category, ObservationTotal> bySex = index.totalsBy(france.withUndivided(Dimension.CITIZENSHIP), Dimension.SEX);
    assertThat(bySex.keySet()).containsExactly(Sex.FEMALE, Sex.MALE);
    assertThat(bySex.get(Sex.FEMALE).publishedSum()).isEqualTo(Quantity.exactly(45));
    assertThat(bySex.get(Sex.MALE).publishedSum()).isEqualTo(Quantity.exactly(55));

    // Without undivided citizenship, the cells by sex and citizenship are added too.
    Map<Category, ObservationTotal> bySexOfAll = index.totalsBy(france, Dimension.SEX);
    assertThat(bySexOfAll.get(Sex.FEMALE).publishedSum()).isEqualTo(Quantity.exactly(90));
    assertThat(bySexOfAll.get(Sex.FEMALE).observations()).isEqualTo(3);

    Map<Category, Double> shares = index.sharesBy(france.withUndivided(Dimension.SEX), Dimension.CITIZENSHIP);
    assertThat(shares.keySet()).containsExactly(ERITREA, SYRIA);
    assertThat(shares.get(SYRIA)).isEqualTo(0.7);
    assertThat(shares.get(ERITREA)).isEqualTo(0.3);
    assertThat(index.sharesBy(france, Dimension.AGE_BAND)).isEmpty();
  }

  @Test
  void sharesBy_ofNothing_areZero() {
    ObservationIndex index = ObservationIndex.of(List.of(
        cell(Y2016, FRANCE, key(Dimension.SEX, Sex.FEMALE), 0),
        cell(Y2016, FRANCE, key(Dimension.SEX, Sex.MALE), 0)));

    assertThat(index.sharesBy(ObservationFilter.all(), Dimension.SEX)).containsExactly(
        Map.entry(Sex.FEMALE, 0.0), Map.entry(Sex.MALE, 0.0));
  }

  @Test
  void categoryOrder_isSexesAgeBandsCountriesThenCodes() {
    List<Category> categories = new ArrayList<>(List.of(
        CategoryCode.of("TIB"), CountryCategory.UNKNOWN, CountryCategory.STATELESS, SYRIA, ERITREA,
        AgeBand.UNKNOWN, AgeBand.from(65), AgeBand.of(18, 34), AgeBand.under(18), Sex.UNKNOWN, Sex.MALE,
        Sex.FEMALE, CategoryCode.of("EXT_EU27_2020")));
    Collections.shuffle(categories, new java.util.Random(1));
    categories.sort(ObservationIndex.CATEGORY_ORDER);

    assertThat(categories).containsExactly(
        Sex.FEMALE, Sex.MALE, Sex.UNKNOWN, AgeBand.under(18), AgeBand.of(18, 34), AgeBand.from(65),
        AgeBand.UNKNOWN, ERITREA, SYRIA, CountryCategory.STATELESS, CountryCategory.UNKNOWN,
        CategoryCode.of("EXT_EU27_2020"), CategoryCode.of("TIB"));
  }

  @Test
  void queries_refuseNullNamingTheParameter() {
    ObservationIndex index = ObservationIndex.of(franceBySexAndCitizenship());

    assertThatThrownBy(() -> index.select(null)).isInstanceOf(NullPointerException.class).hasMessage("filter");
    assertThatThrownBy(() -> index.total(null)).isInstanceOf(NullPointerException.class).hasMessage("filter");
    assertThatThrownBy(() -> index.totalsBy(ObservationFilter.all(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("dimension");
    assertThatThrownBy(() -> index.sharesBy(null, Dimension.SEX))
        .isInstanceOf(NullPointerException.class).hasMessage("filter");
    assertThatThrownBy(() -> index.timeSeries(RESETTLED, null, ALL))
        .isInstanceOf(NullPointerException.class).hasMessage("geography");
  }

  //-----------------------------------------------------------------------
  @Test
  void discrepancies_ofEurostatsRoundedFigures_allowForRounding() {
    // migr_asyresa, France 2016, rounded to 5: the citizenships add up to 10 more than the total.
    List<Observation> observations = List.of(
        rounded(ALL, 1210),
        rounded(key(Dimension.CITIZENSHIP, SYRIA), 985),
        rounded(key(Dimension.CITIZENSHIP, ERITREA), 125),
        rounded(key(Dimension.CITIZENSHIP, CountryCategory.of(CountryCode.of("SD"))), 105),
        rounded(key(Dimension.CITIZENSHIP, CountryCategory.STATELESS), 5));

    assertThat(ObservationIndex.of(observations).discrepancies()).isEmpty();
  }

  @Test
  void discrepancies_reportCellsThatExceedTheirMarginBeyondRounding() {
    Observation total = rounded(ALL, 100);
    Observation women = rounded(key(Dimension.SEX, Sex.FEMALE), 60);
    Observation men = rounded(key(Dimension.SEX, Sex.MALE), 55);
    ObservationIndex index = ObservationIndex.of(List.of(men, total, women));

    assertThat(index.discrepancies()).singleElement().satisfies(discrepancy -> {
      assertThat(discrepancy.margin()).isSameAs(total);
      assertThat(discrepancy.dimension()).isEqualTo(Dimension.SEX);
      assertThat(discrepancy.cells()).containsExactly(women, men);
      assertThat(discrepancy.cellsSum()).isEqualTo(Quantity.exactly(115));
      assertThat(discrepancy.cellsExceedMargin()).isTrue();
      // At least 58 + 53 = 111 against at most 102.
      assertThat(discrepancy.beyondRounding()).isEqualTo(9);
      assertThat(discrepancy).hasToString("resettled-persons FR 2016/2016 {}: 100; its 2 cells by sex add up to"
          + " 115, 9 more beyond rounding");
    });
    assertThat(index.discrepancies()).isSameAs(index.discrepancies());
  }

  @Test
  void discrepancies_reportCellsThatFallShort_onlyWhereEveryCellIsKnown() {
    Observation total = cell(Y2016, FRANCE, ALL, 100);
    Observation women = cell(Y2016, FRANCE, key(Dimension.SEX, Sex.FEMALE), 40);
    Observation men = cell(Y2016, FRANCE, key(Dimension.SEX, Sex.MALE), 50);

    assertThat(ObservationIndex.of(List.of(total, women, men)).discrepancies()).singleElement()
        .satisfies(discrepancy -> {
          assertThat(discrepancy.cellsExceedMargin()).isFalse();
          assertThat(discrepancy.beyondRounding()).isEqualTo(10);
          assertThat(discrepancy).hasToString("resettled-persons FR 2016/2016 {}: 100; its 2 cells by sex add up to"
              + " 90, 10 less beyond rounding");
        });
    // A withheld cell may hold the rest; so may a publisher's code of unknown meaning.
    assertThat(ObservationIndex.of(List.of(total, women, men, confidential(key(Dimension.SEX, Sex.UNKNOWN))))
        .discrepancies()).isEmpty();
    Observation other = cell(Y2016, FRANCE, key(Dimension.SEX, CategoryCode.of("X")), 10);
    assertThat(ObservationIndex.of(List.of(total, women, men, other)).discrepancies()).isEmpty();
    assertThat(ObservationIndex.of(List.of(total, women, men, cell(Y2016, FRANCE, key(Dimension.SEX, Sex.UNKNOWN), 10)))
        .discrepancies()).isEmpty();
  }

  @Test
  void discrepancies_countPublishersCodesOnlyTowardsTheMargin_neverAgainstIt() {
    // Eurostat's citizenship groups overlap the countries: EXT_EU27_2020 is every non-EU citizen.
    Observation total = cell(Y2016, FRANCE, ALL, 100);
    List<Observation> observations = List.of(
        total,
        cell(Y2016, FRANCE, key(Dimension.CITIZENSHIP, SYRIA), 70),
        cell(Y2016, FRANCE, key(Dimension.CITIZENSHIP, ERITREA), 30),
        cell(Y2016, FRANCE, key(Dimension.CITIZENSHIP, CategoryCode.of("EXT_EU27_2020")), 100),
        cell(Y2016, FRANCE, key(Cubes.UNIT, CategoryCode.of("PER")), 100),
        cell(Y2016, FRANCE, key(Cubes.UNIT, CategoryCode.of("THS_PER")), 0));

    assertThat(ObservationIndex.of(observations).discrepancies()).isEmpty();
  }

  @Test
  void discrepancies_compareAgeBandsThatCoverAllAgesWithoutOverlapping() {
    Observation total = cell(Y2016, FRANCE, ALL, 100);
    Observation under14 = cell(Y2016, FRANCE, key(Dimension.AGE_BAND, AgeBand.under(14)), 10);
    Observation from14to17 = cell(Y2016, FRANCE, key(Dimension.AGE_BAND, AgeBand.of(14, 17)), 10);
    Observation under18 = cell(Y2016, FRANCE, key(Dimension.AGE_BAND, AgeBand.under(18)), 25);
    Observation from18to34 = cell(Y2016, FRANCE, key(Dimension.AGE_BAND, AgeBand.of(18, 34)), 40);
    Observation from35to64 = cell(Y2016, FRANCE, key(Dimension.AGE_BAND, AgeBand.of(35, 64)), 30);
    Observation from65 = cell(Y2016, FRANCE, key(Dimension.AGE_BAND, AgeBand.from(65)), 3);
    Observation unknown = cell(Y2016, FRANCE, key(Dimension.AGE_BAND, AgeBand.UNKNOWN), 2);
    Observation from20to29 = cell(Y2016, FRANCE, key(Dimension.AGE_BAND, AgeBand.of(20, 29)), 500);
    ObservationIndex index = ObservationIndex.of(List.of(
        total, under14, from14to17, under18, from18to34, from35to64, from65, unknown, from20to29));

    // 10 + 10 + 40 + 30 + 3 + 2 = 95 falls 5 short of 100, 25 + 40 + 30 + 3 + 2 adds up; 0-17 is
    // 5 more than 0-13 and 14-17. 20-29 is in no set that covers every age once.
    assertThat(index.discrepancies()).hasSize(2);
    assertThat(index.discrepancies().get(0)).satisfies(discrepancy -> {
      assertThat(discrepancy.margin()).isSameAs(total);
      assertThat(discrepancy.dimension()).isEqualTo(Dimension.AGE_BAND);
      assertThat(discrepancy.cells()).containsExactly(under14, from14to17, from18to34, from35to64, from65, unknown);
      assertThat(discrepancy.cellsExceedMargin()).isFalse();
      assertThat(discrepancy.beyondRounding()).isEqualTo(5);
    });
    assertThat(index.discrepancies().get(1)).satisfies(discrepancy -> {
      assertThat(discrepancy.margin()).isSameAs(under18);
      assertThat(discrepancy.cells()).containsExactly(under14, from14to17);
      assertThat(discrepancy.beyondRounding()).isEqualTo(5);
    });
  }

  @Test
  void discrepancies_compareTheFirstOfRepeatedObservations_andLeaveWithheldMarginsAlone() {
    Observation total = cell(Y2016, FRANCE, ALL, 100);
    Observation again = cell(Y2016, FRANCE, ALL, 200);
    Observation women = cell(Y2016, FRANCE, key(Dimension.SEX, Sex.FEMALE), 40);
    Observation men = cell(Y2016, FRANCE, key(Dimension.SEX, Sex.MALE), 60);
    Observation bySexElsewhere = cell(Y2017, FRANCE, key(Dimension.SEX, Sex.MALE), 600);

    assertThat(ObservationIndex.of(List.of(total, again, women, men, bySexElsewhere)).discrepancies()).isEmpty();
    assertThat(ObservationIndex.of(List.of(again, total, women, men)).discrepancies()).singleElement()
        .satisfies(discrepancy -> assertThat(discrepancy.margin()).isSameAs(again));
    assertThat(ObservationIndex.of(List.of(confidential(ALL), women, men)).discrepancies()).isEmpty();
  }

  //-----------------------------------------------------------------------
  @Test
  void aDatasetsIndex_isBuiltOnceOverItsObservations_andIsNoPartOfItsValue() {
    List<Observation> observations = franceBySexAndCitizenship();
    Dataset dataset = Dataset.builder().addAllObservations(observations).build();

    ObservationIndex index = dataset.observationIndex();
    assertThat(dataset.observationIndex()).isSameAs(index);
    assertThat(index.select(ObservationFilter.all())).containsExactlyElementsOf(dataset.observations());
    assertThat(index.select(ObservationFilter.all()).get(0)).isSameAs(dataset.observations().get(0));
    Dataset copy = Dataset.builder().from(dataset).build();
    assertThat(copy).isEqualTo(dataset);
    assertThat(copy.observationIndex()).isNotSameAs(index);
    assertThat(Dataset.builder().build().observationIndex().size()).isZero();
  }

  @Test
  void aDatasetsIndex_isTheSameForEveryThreadThatAsksAtOnce() throws Exception {
    Dataset dataset = Dataset.builder().addAllObservations(Cubes.generate(new SplittableRandom(3), false).observations).build();
    int threads = 8;
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<ObservationIndex>> asked = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        asked.add(pool.submit(() -> {
          start.await();
          return dataset.observationIndex();
        }));
      }
      for (java.util.concurrent.Future<ObservationIndex> index : asked) {
        assertThat(index.get()).isSameAs(dataset.observationIndex());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  //-----------------------------------------------------------------------
  static Stream<Arguments> consistentCubes() {
    return SeededCases.of(random -> Cubes.generate(random, random.nextBoolean())).limit(200);
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("consistentCubes")
  void aConsistentCube_hasNoDiscrepancies_andItsCellsAddUpToItsMargins(long seed, Cubes.Cube cube) {
    ObservationIndex index = ObservationIndex.of(cube.observations);

    assertThat(index.discrepancies()).isEmpty();
    for (Observation margin : cube.observations) {
      for (Dimension dimension : cube.dimensions) {
        if (margin.key().category(dimension).isPresent() || dimension.equals(Dimension.AGE_BAND)) {
          continue;
        }
        ObservationFilter cells = ObservationFilter.builder()
            .metric(margin.metric())
            .period(margin.period())
            .geography(margin.geography())
            .key(margin.key())
            .addAllUndivided(others(cube, margin.key(), dimension))
            .build();
        List<Quantity> parts = index.totalsBy(cells, dimension).values().stream()
            .map(ObservationTotal::sum).collect(Collectors.toList());
        Quantity sum = Quantity.sum(parts);
        long truth = cube.truth.get(margin);
        assertThat(sum.min()).as("%s by %s", margin, dimension).isLessThanOrEqualTo(truth);
        if (sum.max().isPresent()) {
          assertThat(sum.max().getAsLong()).as("%s by %s", margin, dimension).isGreaterThanOrEqualTo(truth);
        }
        if (!cube.rounded && !cube.withWithheld) {
          assertThat(sum).as("%s by %s", margin, dimension).isEqualTo(margin.value().orElseThrow());
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("consistentCubes")
  void aCubeWithOneBrokenObservation_showsExactlyThatObservationInEveryDiscrepancy(long seed, Cubes.Cube cube) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Observation> valued = cube.observations.stream()
        .filter(observation -> observation.value().isPresent()).collect(Collectors.toList());
    Observation original = valued.get(random.nextInt(valued.size()));
    long value = original.value().orElseThrow().value();
    long broken = value >= 5000 && random.nextBoolean() ? value - 5000 : value + 5000;
    Observation replacement = original.withValue(Quantity.exactly(broken));
    List<Observation> observations = new ArrayList<>(cube.observations);
    observations.set(observations.indexOf(original), replacement);

    List<Discrepancy> discrepancies = ObservationIndex.of(observations).discrepancies();

    assertThat(discrepancies).isNotEmpty();
    Set<Observation> inEvery = null;
    for (Discrepancy discrepancy : discrepancies) {
      Set<Observation> involved = Collections.newSetFromMap(new IdentityHashMap<>());
      involved.add(discrepancy.margin());
      involved.addAll(discrepancy.cells());
      assertThat(involved).as(discrepancy.toString()).contains(replacement);
      if (inEvery == null) {
        inEvery = involved;
      } else {
        inEvery.retainAll(involved);
      }
    }
    if (!cube.withWithheld) {
      // Every observation of a cube of two or more dimensions is compared two ways or more, with
      // different other observations: only the broken one is in every comparison.
      assertThat(inEvery).containsExactly(replacement);
    }
  }

  private static Set<Dimension> others(Cubes.Cube cube, DimensionKey key, Dimension dimension) {
    Set<Dimension> others = new HashSet<>(cube.dimensions);
    others.removeAll(key.dimensions());
    others.remove(dimension);
    return others;
  }

  @Test
  void aLargeCube_isIndexedAndComparedQuickly() {
    // Not a benchmark (see the benchmarks module): a guard against quadratic work.
    List<Observation> observations = new ArrayList<>();
    List<DimensionKey> keys = new ArrayList<>();
    for (String country : new String[] {"SY", "AF", "IQ", "ER", "SO", "SD", "CD", "IR", "PK", "NG"}) {
      for (Sex sex : Sex.values()) {
        for (AgeBand band : Arrays.asList(AgeBand.under(18), AgeBand.of(18, 34), AgeBand.of(35, 64), AgeBand.from(65))) {
          keys.add(key(Dimension.CITIZENSHIP, CountryCategory.of(CountryCode.of(country)), Dimension.SEX, sex,
              Dimension.AGE_BAND, band));
        }
      }
    }
    for (int year = 1900; year < 2020; year++) {
      DateRange period = DateRange.of(PartialDate.ofYear(year));
      for (CountryCode country : CountryCode.all()) {
        Geography geography = Geography.of(country);
        for (DimensionKey key : keys) {
          observations.add(cell(period, geography, key, 5));
        }
        if (observations.size() > 200_000) {
          break;
        }
      }
      if (observations.size() > 200_000) {
        break;
      }
    }
    ObservationIndex index = ObservationIndex.of(observations);
    assertThat(index.discrepancies()).isEmpty();
    assertThat(index.total(ObservationFilter.all()).publishedSum().value()).isEqualTo(5L * observations.size());
  }
}
