package org.resettlement.validation;

import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;
import static org.resettlement.validation.Samples.statistic;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.Breakdown;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.Dataset;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Quantity;
import org.resettlement.core.Rounding;
import org.resettlement.core.Sex;
import org.resettlement.core.Statistic;
import org.resettlement.testkit.BrokenRule;

/**
 * {@link Rule#BREAKDOWN_WITHIN_TOTAL}, {@link Rule#WELL_FORMED_CATEGORY} and {@link
 * Rule#KEY_NOT_BROKEN_DOWN}, on a sample statistic of exactly 3,500 people resettled.
 */
class StatisticRulesTest {

  private final Validator validator = Validators.validator();

  private static Breakdown bySex(String category, String value) {
    return Breakdown.of(Dimension.SEX, category, Quantity.parse(value));
  }

  private static Breakdown byAge(String category, String value) {
    return Breakdown.of(Dimension.AGE_BAND, category, Quantity.parse(value));
  }

  private static Breakdown byCitizenship(String category, String value) {
    return Breakdown.of(Dimension.CITIZENSHIP, category, Quantity.parse(value));
  }

  @Test
  void breakdownWithinTotal_acceptsAPartialBreakdown() {
    assertThat(validator.validate(statistic("s").withBreakdown(bySex("female", "1200")))).hasNoViolations();
  }

  @Test
  void breakdownWithinTotal_acceptsCategoriesAddingUpToTheTotalInEachDimension() {
    Statistic statistic =
        statistic("s").withBreakdown(
            bySex("female", "2000"), bySex("male", "1500"), byAge("0-17", "1500"), byAge("18-59", "2000"));

    assertThat(validator.validate(statistic)).hasNoViolations();
  }

  @Test
  void breakdownWithinTotal_rejectsDimensionAboveTheTotal() {
    Statistic statistic =
        statistic("s").withBreakdown(
            bySex("female", "2000"), bySex("male", "1500"), byAge("0-17", "1500"), byAge("18-59", "2001"));

    assertThat(validator.validate(statistic))
        .containsOnlyViolations(violationOf(BrokenRule.BREAKDOWN_WITHIN_TOTAL).withProperty("breakdown[2]"));
  }

  @Test
  void breakdownWithinTotal_comparesBounds() {
    Statistic approximate =
        statistic("s").withValue(Quantity.approximately(3500)).withBreakdown(bySex("female", "about 2000"),
            bySex("male", "about 1600"));
    Statistic open = statistic("s").withValue(Quantity.atLeast(3000)).withBreakdown(bySex("female", "5000"));
    Statistic ranges = statistic("s").withBreakdown(bySex("female", "1000-2000"), bySex("male", "1000-2000"));

    assertThat(validator.validate(approximate))
        .containsOnlyViolations(violationOf(BrokenRule.BREAKDOWN_WITHIN_TOTAL).withProperty("breakdown[0]"));
    assertThat(validator.validate(open)).hasNoViolations();
    assertThat(validator.validate(ranges)).hasNoViolations();
  }

  @Test
  void breakdownWithinTotal_inDataset_reportedAtTheStatistic() {
    Dataset dataset = Dataset.builder().addStatistic(statistic("s").withBreakdown(bySex("female", "3501"))).build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(violationOf(BrokenRule.BREAKDOWN_WITHIN_TOTAL).withProperty("statistics[0].breakdown[0]"));
  }

  //-----------------------------------------------------------------------
  @Test
  void breakdownWithinTotal_allowsTheErrorOfRounding_asInEurostatsTables() {
    // Four true counts of 3 each, 12 in all, rounded to the nearest 5: the parts are published as 5
    // each, 20 in all, and the total as 10.
    Statistic rounded =
        statistic("s").withValue(Quantity.exactly(10)).withRounding(Rounding.NEAREST_5).withBreakdown(
            byAge("0-4", "5"), byAge("5-11", "5"), byAge("12-17", "5"), byAge("18-59", "5"));

    assertThat(validator.validate(rounded)).hasNoViolations();
    assertThat(validator.validate(rounded.withRounding(Optional.empty())))
        .containsOnlyViolations(violationOf(BrokenRule.BREAKDOWN_WITHIN_TOTAL).withProperty("breakdown[0]"));
  }

  @Test
  void breakdownWithinTotal_beyondTheErrorOfRounding_isReported() {
    // Five age bands of at least 3 each (5 less 2) are 15, more than the 12 that 10 stands for at most.
    Statistic rounded =
        statistic("s").withValue(Quantity.exactly(10)).withRounding(Rounding.NEAREST_5).withBreakdown(
            bySex("female", "5"), bySex("male", "5"), byAge("0-4", "5"), byAge("5-11", "5"), byAge("12-17", "5"),
            byAge("18-59", "5"), byAge("60+", "5"));

    assertThat(validator.validate(rounded))
        .containsOnlyViolations(violationOf(BrokenRule.BREAKDOWN_WITHIN_TOTAL).withProperty("breakdown[2]"));
  }

  @Test
  void breakdownWithinTotal_countsOverlappingAgeBandsOnce() {
    // Of 3,500: 2,000 children, of whom 1,500 under 5; 1,500 adults. Summed, 5,000.
    Statistic nested = statistic("s").withBreakdown(byAge("0-17", "2000"), byAge("0-4", "1500"), byAge("18-59", "1500"));
    Statistic tooMany = statistic("s").withBreakdown(byAge("0-17", "2000"), byAge("0-4", "1500"), byAge("18-59", "1501"));
    Statistic unknownApart =
        statistic("s").withBreakdown(byAge("0-17", "2000"), byAge("18-59", "1000"), byAge("unknown", "501"));

    assertThat(validator.validate(nested)).hasNoViolations();
    assertThat(validator.validate(tooMany))
        .containsOnlyViolations(violationOf(BrokenRule.BREAKDOWN_WITHIN_TOTAL).withProperty("breakdown[0]"));
    assertThat(validator.validate(unknownApart))
        .containsOnlyViolations(violationOf(BrokenRule.BREAKDOWN_WITHIN_TOTAL).withProperty("breakdown[0]"));
  }

  @Test
  void breakdownWithinTotal_doesNotSumPublishersCodes() {
    // Eurostat's EXT_EU27_2020 counts every citizen of a country outside the EU, SY among them.
    Statistic aggregate =
        statistic("s").withBreakdown(byCitizenship("SY", "3000"), byCitizenship("EXT_EU27_2020", "3500"));
    Statistic publishersDimension = statistic("s").withBreakdown(
        Breakdown.of(Dimension.of("eurostat:decision"), "TOTAL_POS", Quantity.exactly(3500)),
        Breakdown.of(Dimension.of("eurostat:decision"), "GENCONV", Quantity.exactly(2000)));

    assertThat(validator.validate(aggregate))
        .containsOnlyViolations(violationOf(BrokenRule.WELL_FORMED_CATEGORY).withProperty("breakdown[1].category"));
    assertThat(validator.validate(publishersDimension)).hasNoViolations();
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"SY", "AF", "XK", "UA", "stateless", "unknown"})
  void wellFormedCategory_acceptsCountriesStatelessAndUnknown(String code) {
    Statistic statistic =
        statistic("s").withBreakdown(byCitizenship(code, "100"),
            Breakdown.of(Dimension.COUNTRY_OF_ASYLUM, code, Quantity.exactly(100)),
            Breakdown.of(Dimension.COUNTRY_OF_ORIGIN, code, Quantity.exactly(100)));

    assertThat(validator.validate(statistic)).hasNoViolations();
  }

  /** Codes that map to no country are kept as written, and a warning says they compare with nothing. */
  @ParameterizedTest
  @ValueSource(strings = {"sy", "SYR", "EL", "UK", "Syria", "XX", "TIB", "STLS"})
  void wellFormedCategory_warnsOfAPublishersCodeOfACountryDimension(String code) {
    Statistic statistic = statistic("s").withBreakdown(byCitizenship("AF", "100"), byCitizenship(code, "100"));

    Set<ConstraintViolation<Statistic>> violations = validator.validate(statistic);
    assertThat(violations)
        .containsOnlyViolations(violationOf(BrokenRule.WELL_FORMED_CATEGORY).withProperty("breakdown[1].category"));
    org.assertj.core.api.Assertions.assertThat(ValidationReport.of(violations).errors()).isEmpty();
  }

  @Test
  void wellFormedCategory_warnsOfPublishersCodesOfSexAndAgeBand() {
    Statistic statistic = statistic("s").withBreakdown(bySex("F", "1"), byAge("Y_LT14", "1"), byAge("sixty-plus", "1"));

    assertThat(validator.validate(statistic)).containsOnlyViolations(
        violationOf(BrokenRule.WELL_FORMED_CATEGORY).withProperty("breakdown[0].category"),
        violationOf(BrokenRule.WELL_FORMED_CATEGORY).withProperty("breakdown[1].category"),
        violationOf(BrokenRule.WELL_FORMED_CATEGORY).withProperty("breakdown[2].category"));
  }

  @Test
  void wellFormedCategory_acceptsAnyCodeOfAPublishersDimension() {
    assertThat(validator.validate(statistic("s").withBreakdown(
            Breakdown.of(Dimension.of("eurostat:unit"), "PER", Quantity.exactly(1)))))
        .hasNoViolations();
  }

  @Test
  void wellFormedCategory_inTheKey_isReportedAtTheDimension() {
    Statistic statistic = statistic("s").withKey(DimensionKey.of(Map.of(
        Dimension.CITIZENSHIP, CategoryCode.of("TIB"), Dimension.SEX, Sex.FEMALE,
        Dimension.of("unhcr:population-type"), CategoryCode.of("REF"))));

    assertThat(validator.validate(statistic))
        .containsOnlyViolations(violationOf(BrokenRule.WELL_FORMED_CATEGORY).withProperty("key.citizenship"));
    assertThat(validator.validate(Dataset.builder().addStatistic(statistic).build()))
        .containsOnlyViolations(violationOf(BrokenRule.WELL_FORMED_CATEGORY).withProperty("statistics[0].key.citizenship"));
  }

  @Test
  void publishersCodes_areTexts_heldToTheRulesOfNames() {
    Statistic statistic = statistic("s")
        .withKey(DimensionKey.of(Dimension.of("eurostat:unit"), CategoryCode.of("\u200B")))
        .withBreakdown(Breakdown.of(Dimension.of("eurostat:decision"), "GEN\u202ECONV", Quantity.exactly(1)));

    assertThat(validator.validate(statistic)).containsOnlyViolations(
        violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("key.eurostat:unit"),
        violationOf(BrokenRule.NO_DIRECTIONAL_FORMATTING).withProperty("breakdown[0].category"));
  }

  //-----------------------------------------------------------------------
  @Test
  void keyNotBrokenDown_acceptsABreakdownAlongOtherDimensions() {
    Statistic syrianWomen = statistic("s").withValue(Quantity.exactly(85))
        .withKey(DimensionKey.of(Dimension.CITIZENSHIP, CountryCategory.parse("SY")).with(Dimension.SEX, Sex.FEMALE))
        .withBreakdown(Breakdown.of(Dimension.COUNTRY_OF_ASYLUM, "LB", Quantity.exactly(60)), byAge("18-34", "40"));

    assertThat(validator.validate(syrianWomen)).hasNoViolations();
  }

  @Test
  void keyNotBrokenDown_rejectsABreakdownAlongADimensionOfTheKey() {
    Statistic syrians = statistic("s").withValue(Quantity.exactly(85))
        .withKey(DimensionKey.of(Dimension.CITIZENSHIP, CountryCategory.parse("SY")))
        .withBreakdown(bySex("female", "40"), byCitizenship("SY", "40"), byCitizenship("AF", "5"));

    assertThat(validator.validate(syrians))
        .containsOnlyViolations(violationOf(BrokenRule.KEY_NOT_BROKEN_DOWN).withProperty("breakdown[1].dimension"));
  }
}
