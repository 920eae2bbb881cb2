package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.resettlement.core.AgeBand;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Quantity;
import org.resettlement.core.Rounding;
import org.resettlement.core.Sex;
import org.resettlement.core.Source;
import org.resettlement.core.StatisticMetric;
import org.resettlement.testkit.BrokenRule;
import org.resettlement.testkit.validation.ViolationAssert;

/**
 * The rules on observations: {@link Rule#VALUE_MATCHES_STATUS}, {@link Rule#CELLS_WITHIN_TOTAL},
 * the rules on their keys, periods and notes, and the rules on their sources, which a dataset
 * checks once per source.
 */
class ObservationRulesTest {

  private final Validator validator = Validators.validator();

  private static final DateRange YEAR_2016 = DateRange.of(PartialDate.ofYear(2016));
  private static final Geography FRANCE = Geography.of(CountryCode.of("FR"));
  private static final CountryCategory SY = CountryCategory.parse("SY");
  private static final CountryCategory AF = CountryCategory.parse("AF");

  private static Observation cell(DimensionKey key, long value) {
    return Observation.of(StatisticMetric.RESETTLED_PERSONS, key, YEAR_2016, FRANCE, Quantity.exactly(value));
  }

  private static DimensionKey by(Dimension dimension, String category) {
    return DimensionKey.of(dimension, dimension.category(category));
  }

  private static Set<ConstraintViolation<Dataset>> validate(Validator validator, List<Observation> observations) {
    return validator.validate(Dataset.builder().addAllObservations(observations).build());
  }

  //-----------------------------------------------------------------------
  @Test
  void valueMatchesStatus_acceptsAValueWithoutAStatusThatWithholdsIt() {
    Observation estimated = cell(DimensionKey.of(), 85).withStatuses(ObservationStatus.ESTIMATED);

    ViolationAssert.assertThat(validator.validate(estimated)).hasNoViolations();
  }

  @ParameterizedTest
  @EnumSource(value = ObservationStatus.class, names = {"CONFIDENTIAL", "NOT_AVAILABLE"})
  void valueMatchesStatus_acceptsNoValueOfAWithheldOrMissingObservation(ObservationStatus status) {
    Observation valueless = cell(DimensionKey.of(), 85).withValue(Optional.empty()).withStatuses(status);

    ViolationAssert.assertThat(validator.validate(valueless)).hasNoViolations();
  }

  @ParameterizedTest
  @EnumSource(value = ObservationStatus.class, names = {"CONFIDENTIAL", "NOT_AVAILABLE"})
  void valueMatchesStatus_rejectsAValueOfAWithheldOrMissingObservation(ObservationStatus status) {
    Observation withheld = cell(DimensionKey.of(), 85).withStatuses(status);

    ViolationAssert.assertThat(validator.validate(withheld))
        .containsOnlyViolations(violationOf(BrokenRule.VALUE_MATCHES_STATUS).withProperty("value"));
  }

  @Test
  void valueMatchesStatus_rejectsNoValueWithoutAReason_inADatasetAtItsIndex() {
    Observation empty = cell(DimensionKey.of(), 85).withValue(Optional.empty())
        .withStatuses(ObservationStatus.PROVISIONAL);

    ViolationAssert.assertThat(validate(validator, List.of(cell(DimensionKey.of(), 85), empty)))
        .containsOnlyViolations(violationOf(BrokenRule.VALUE_MATCHES_STATUS).withProperty("observations[1].value"));
  }

  @Test
  void observation_keyPeriodAndNote_areChecked() {
    Observation odd = cell(by(Dimension.CITIZENSHIP, "TIB").with(Dimension.SEX, Sex.FEMALE), 5)
        .withPeriod(DateRange.of(PartialDate.ofYear(1914)))
        .withNote(LocalizedText.of("en", "Footnote\u202E"));

    ViolationAssert.assertThat(validate(validator, List.of(odd))).containsOnlyViolations(
        violationOf(BrokenRule.WELL_FORMED_CATEGORY).withProperty("observations[0].key.citizenship"),
        violationOf(BrokenRule.PLAUSIBLE_DATE).withProperty("observations[0].period.start"),
        violationOf(BrokenRule.PLAUSIBLE_DATE).withProperty("observations[0].period.end"),
        violationOf(BrokenRule.NO_DIRECTIONAL_FORMATTING).withProperty("observations[0].note"));
  }

  //-----------------------------------------------------------------------
  /**
   * Eurostat's case: four citizenships of 3 people each, 12 in all, published rounded to the
   * nearest 5 as 5 each and a total of 10. The rounded cells exceed the rounded total by 10, and
   * that is correct data.
   */
  @Test
  void cellsWithinTotal_allowsTheErrorOfRounding() {
    List<Observation> table = new ArrayList<>();
    table.add(cell(DimensionKey.of(), 10).withRounding(Rounding.NEAREST_5));
    for (String country : new String[] {"SY", "AF", "ER", "SO"}) {
      table.add(cell(by(Dimension.CITIZENSHIP, country), 5).withRounding(Rounding.NEAREST_5));
    }

    ViolationAssert.assertThat(validate(validator, table)).hasNoViolations();
    List<Observation> exact = new ArrayList<>();
    table.forEach(observation -> exact.add(observation.withRounding(Optional.empty())));
    ViolationAssert.assertThat(validate(validator, exact))
        .containsOnlyViolations(violationOf(BrokenRule.CELLS_WITHIN_TOTAL).withProperty("observations[0].value"));
  }

  @Test
  void cellsWithinTotal_reportsTheTotalOnce_withTheDimensionsItIsBelow() {
    List<Observation> table = List.of(
        cell(DimensionKey.of(), 100),
        cell(by(Dimension.SEX, "female"), 60), cell(by(Dimension.SEX, "male"), 41),
        cell(by(Dimension.CITIZENSHIP, "SY"), 100),
        cell(by(Dimension.AGE_BAND, "0-17"), 30), cell(by(Dimension.AGE_BAND, "18-59"), 80));

    Set<ConstraintViolation<Dataset>> violations = validate(validator, table);

    ViolationAssert.assertThat(violations).containsOnlyViolations(
        violationOf(BrokenRule.CELLS_WITHIN_TOTAL).withProperty("observations[0].value"));
    assertThat(ResettlementValidation.dimensions(violations.iterator().next()))
        .containsExactly(Dimension.SEX, Dimension.AGE_BAND);
  }

  @Test
  void cellsWithinTotal_comparesEachTotalWithTheCellsOneDimensionBelow() {
    DimensionKey syrians = DimensionKey.of(Dimension.CITIZENSHIP, SY);
    List<Observation> table = List.of(
        cell(DimensionKey.of(), 1_000),
        cell(syrians, 90),
        cell(DimensionKey.of(Dimension.CITIZENSHIP, AF), 800),
        cell(syrians.with(Dimension.SEX, Sex.FEMALE), 50),
        cell(syrians.with(Dimension.SEX, Sex.MALE), 50),
        // Two dimensions below the grand total: compared with the margins, not with it.
        cell(syrians.with(Dimension.SEX, Sex.MALE).with(Dimension.AGE_BAND, AgeBand.under(18)), 40));

    ViolationAssert.assertThat(validate(validator, table))
        .containsOnlyViolations(violationOf(BrokenRule.CELLS_WITHIN_TOTAL).withProperty("observations[1].value"));
  }

  @Test
  void cellsWithinTotal_comparesOnlyTheSameMetricPeriodAndGeography() {
    List<Observation> table = List.of(
        cell(DimensionKey.of(), 10),
        cell(by(Dimension.SEX, "female"), 20).withPeriod(DateRange.of(PartialDate.ofYear(2017))),
        cell(by(Dimension.SEX, "female"), 20).withGeography(Geography.of(CountryCode.of("DE"))),
        cell(by(Dimension.SEX, "female"), 20).withMetric(StatisticMetric.ARRIVALS));

    ViolationAssert.assertThat(validate(validator, table)).hasNoViolations();
  }

  @Test
  void cellsWithinTotal_countsOverlappingAgeBandsOnce_andPublishersCodesNot() {
    List<Observation> table = List.of(
        cell(DimensionKey.of(), 100),
        cell(by(Dimension.AGE_BAND, "0-17"), 40), cell(by(Dimension.AGE_BAND, "0-4"), 30),
        cell(by(Dimension.AGE_BAND, "18-59"), 60), cell(by(Dimension.AGE_BAND, "unknown"), 0),
        cell(by(Dimension.CITIZENSHIP, "SY"), 70), cell(by(Dimension.CITIZENSHIP, "EXT_EU27_2020"), 100));

    ViolationAssert.assertThat(validate(validator, table)).containsOnlyViolations(
        violationOf(BrokenRule.WELL_FORMED_CATEGORY).withProperty("observations[6].key.citizenship"));
  }

  @Test
  void cellsWithinTotal_leavesOutWhatHasNoValueOrAnotherDefinition() {
    List<Observation> table = List.of(
        cell(DimensionKey.of(), 100),
        cell(by(Dimension.SEX, "female"), 60).withValue(Optional.empty())
            .withStatuses(ObservationStatus.CONFIDENTIAL),
        cell(by(Dimension.SEX, "male"), 70),
        cell(by(Dimension.CITIZENSHIP, "SY"), 150).withStatuses(ObservationStatus.DEFINITION_DIFFERS),
        cell(DimensionKey.of(Dimension.AGE_BAND, AgeBand.UNKNOWN), 5).withMetric(StatisticMetric.ARRIVALS),
        cell(DimensionKey.of(), 1).withMetric(StatisticMetric.ARRIVALS).withStatuses(ObservationStatus.DEFINITION_DIFFERS));

    ViolationAssert.assertThat(validate(validator, table)).hasNoViolations();
  }

  @Test
  void cellsWithinTotal_ofTwoObservationsOfACell_usesTheFirst() {
    List<Observation> table = List.of(
        cell(DimensionKey.of(), 100), cell(DimensionKey.of(), 10), cell(by(Dimension.SEX, "female"), 60),
        cell(by(Dimension.SEX, "female"), 500));

    ViolationAssert.assertThat(validate(validator, table)).hasNoViolations();
  }

  //-----------------------------------------------------------------------
  private static Source source(String title) {
    return Source.builder().title(LocalizedText.of("en", title)).publisher("Eurostat")
        .url(URI.create("https://ec.europa.eu/eurostat/databrowser/view/migr_asyresa/default/table"))
        .publishedOn(PartialDate.of(2024, 3)).build();
  }

  private static List<Observation> citing(int count, Source source) {
    List<Observation> observations = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      observations.add(cell(DimensionKey.of(Dimension.of("eurostat:cell"), CategoryCode.of("C" + i)), 0)
          .withSources(source));
    }
    return observations;
  }

  @Test
  void sharedSource_isReportedOnce_atTheFirstObservationCitingIt() {
    Source blank = source("\u200B");
    List<Observation> observations = new ArrayList<>(citing(1_000, blank));
    // Equal sources that are different objects, as a JSON reader makes them, count as one too.
    observations.addAll(citing(1_000, source("\u200B")));

    ViolationAssert.assertThat(validate(validator, observations))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("observations[0].sources[0].title"));
  }

  @Test
  void sharedSource_everyRuleOnSources_isChecked() {
    Source broken = Source.builder().title(LocalizedText.of("en", "Resettled\u000C persons")).publisher("Euro\u202Estat")
        .url(URI.create("ec.europa.eu/eurostat")).publishedOn(PartialDate.ofYear(2114))
        .accessedOn(LocalDate.of(2114, 1, 1)).note("Rounded\r\nto 5").build();
    List<Observation> observations = new ArrayList<>(citing(3, source("Resettled persons")));
    observations.addAll(citing(3, broken));

    ViolationAssert.assertThat(validate(validator, observations)).containsOnlyViolations(
        violationOf(BrokenRule.NO_CONTROL_CHARACTERS).withProperty("observations[3].sources[0].title"),
        violationOf(BrokenRule.NO_CONTROL_CHARACTERS).withProperty("observations[3].sources[0].note"),
        violationOf(BrokenRule.NO_DIRECTIONAL_FORMATTING).withProperty("observations[3].sources[0].publisher"),
        violationOf(BrokenRule.WEB_ADDRESS).withProperty("observations[3].sources[0].url"),
        violationOf(BrokenRule.NOT_IN_FUTURE).withProperty("observations[3].sources[0].publishedOn"),
        violationOf(BrokenRule.NOT_IN_FUTURE).withProperty("observations[3].sources[0].accessedOn"));
  }

  /** A source of observations breaks the same rules, at the same properties, as the source on its own. */
  @Test
  void sharedSource_isCheckedAsASourceOnItsOwnIs() {
    List<Source> sources = List.of(
        source("Resettled persons"), source(" "), source("a\tb"), source("\u2067Resettled\u2069"),
        source("Resettled").withNote("Rounded\tto 5"), source("Resettled").withNote("\u202Dto 5"),
        source("Resettled").withNote(" "), source("Resettled").withPublisher("\u00A0"),
        source("Resettled").withUrl(URI.create("ftp://example.org/")),
        source("Resettled").withPublishedOn(PartialDate.of(2024, 6)),
        source("Resettled").withAccessedOn(Validators.TODAY.plusDays(1)));
    for (Source source : sources) {
      List<String> alone = new ArrayList<>();
      for (ConstraintViolation<Source> violation : validator.validate(source)) {
        alone.add(Rule.of(violation).orElseThrow() + " at " + violation.getPropertyPath());
      }
      List<String> cited = new ArrayList<>();
      for (ConstraintViolation<Dataset> violation : validate(validator, citing(2, source))) {
        cited.add(Rule.of(violation).orElseThrow() + " at "
            + violation.getPropertyPath().toString().replace("observations[0].sources[0].", ""));
      }
      assertThat(cited).as("%s", source).containsExactlyInAnyOrderElementsOf(alone);
    }
  }

  @Test
  void observation_onItsOwn_leavesItsSourcesToItsDataset() {
    Observation observation = cell(DimensionKey.of(), 5).withSources(source(" "));

    ViolationAssert.assertThat(validator.validate(observation)).hasNoViolations();
    ViolationAssert.assertThat(validator.validate(observation.sources().get(0)))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("title"));
  }

  @Test
  void keyCategories_ofPublishersDimensions_areNotWarnedOf() {
    Observation eurostat = cell(DimensionKey.of(Dimension.of("eurostat:unit"), CategoryCode.of("PER")), 5);

    ViolationAssert.assertThat(validator.validate(eurostat)).hasNoViolations();
  }
}
