package org.resettlement.validation;

import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;
import static org.resettlement.validation.Samples.statistic;

import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.Breakdown;
import org.resettlement.core.Dimension;
import org.resettlement.core.Dataset;
import org.resettlement.core.Quantity;
import org.resettlement.core.Statistic;
import org.resettlement.testkit.BrokenRule;

/**
 * {@link Rule#BREAKDOWN_WITHIN_TOTAL} and {@link Rule#BREAKDOWN_CATEGORY_CODE}, on a sample
 * statistic of exactly 3,500 people resettled.
 */
class StatisticRulesTest {

  private final Validator validator = Validators.validator();

  private static Breakdown bySex(String category, String value) {
    return Breakdown.of(Dimension.SEX, category, Quantity.parse(value));
  }

  private static Breakdown byAge(String category, String value) {
    return Breakdown.of(Dimension.AGE_BAND, category, Quantity.parse(value));
  }

  private static Breakdown byCitizenship(String category) {
    return Breakdown.of(Dimension.CITIZENSHIP, category, Quantity.exactly(100));
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
  @ParameterizedTest
  @ValueSource(strings = {"SY", "AF", "XK", "UA"})
  void breakdownCategoryCode_acceptsCountryCodes(String code) {
    Statistic statistic =
        statistic("s").withBreakdown(byCitizenship(code),
            Breakdown.of(Dimension.COUNTRY_OF_ASYLUM, code, Quantity.exactly(100)));

    assertThat(validator.validate(statistic)).hasNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sy", "SYR", "EL", "UK", "Syria", "XX"})
  void breakdownCategoryCode_rejectsOtherCategoriesOfCountryDimensions(String code) {
    Statistic statistic = statistic("s").withBreakdown(byCitizenship("AF"), byCitizenship(code));

    assertThat(validator.validate(statistic))
        .containsOnlyViolations(violationOf(BrokenRule.BREAKDOWN_CATEGORY_CODE).withProperty("breakdown[1].category"));
  }

  @Test
  void breakdownCategoryCode_rejectsNonCodeCountryOfAsylum() {
    Statistic statistic =
        statistic("s").withBreakdown(Breakdown.of(Dimension.COUNTRY_OF_ASYLUM, "Lebanon", Quantity.exactly(1)));

    assertThat(validator.validate(statistic))
        .containsOnlyViolations(violationOf(BrokenRule.BREAKDOWN_CATEGORY_CODE).withProperty("breakdown[0].category"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"stateless", "unknown"})
  void breakdownCategoryCode_acceptsStatelessAndUnknown(String code) {
    Statistic statistic =
        statistic("s").withBreakdown(byCitizenship(code),
            Breakdown.of(Dimension.COUNTRY_OF_ORIGIN, code, Quantity.exactly(100)));

    assertThat(validator.validate(statistic)).hasNoViolations();
  }

  @Test
  void breakdownCategoryCode_rejectsAPublishersCodeOfCountryOfOrigin() {
    Statistic statistic =
        statistic("s").withBreakdown(Breakdown.of(Dimension.COUNTRY_OF_ORIGIN, "TIB", Quantity.exactly(1)));

    assertThat(validator.validate(statistic))
        .containsOnlyViolations(violationOf(BrokenRule.BREAKDOWN_CATEGORY_CODE).withProperty("breakdown[0].category"));
  }

  @Test
  void breakdownCategoryCode_acceptsAnyCodeOfAPublishersDimension() {
    assertThat(validator.validate(statistic("s").withBreakdown(
            Breakdown.of(Dimension.of("eurostat:unit"), "PER", Quantity.exactly(1)))))
        .hasNoViolations();
  }

  @Test
  void breakdownCategoryCode_acceptsAnyTokenForSexAndAge() {
    assertThat(validator.validate(statistic("s").withBreakdown(bySex("SY", "1"), byAge("sixty-plus", "1"))))
        .hasNoViolations();
  }
}
