package org.resettlement.json.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.resettlement.json.support.QuantityFormTest.assertProblem;

import org.junit.jupiter.api.Test;
import org.resettlement.core.AgeBand;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Rounding;
import org.resettlement.core.Sex;
import org.resettlement.json.support.StatisticsForms.KeyForm;
import org.resettlement.json.support.StatisticsForms.RoundingForm;

/** The forms of a dimension key and a rounding, without a JSON library. */
class StatisticsFormsTest {

  //-----------------------------------------------------------------------
  @Test
  void keyForm_readsEachCategoryForItsDimension() {
    KeyForm form = new KeyForm();
    form.category("citizenship", "SY");
    form.category("sex", "female");
    form.category("age-band", "18-34");
    form.category("eurostat:unit", "PER");

    assertThat(form.build())
        .isEqualTo(DimensionKey.of(Dimension.SEX, Sex.FEMALE)
            .with(Dimension.AGE_BAND, AgeBand.of(18, 34))
            .with(Dimension.CITIZENSHIP, CountryCategory.of(CountryCode.of("SY")))
            .with(Dimension.of("eurostat:unit"), CategoryCode.of("PER")));
  }

  @Test
  void keyForm_keepsACodeItsDimensionDoesNotKnowAsThePublishersCode() {
    KeyForm form = new KeyForm();
    form.category("sex", "F");
    form.category("citizenship", "TIB");
    form.category("age-band", "Y_LT18");

    DimensionKey key = form.build();

    assertThat(key.category(Dimension.SEX)).contains(CategoryCode.of("F"));
    assertThat(key.category(Dimension.CITIZENSHIP)).contains(CategoryCode.of("TIB"));
    assertThat(key.category(Dimension.AGE_BAND)).contains(CategoryCode.of("Y_LT18"));
  }

  @Test
  void keyForm_readsAKeyOfNoDimension_asTheWholePopulation() {
    assertThat(new KeyForm().build()).isEqualTo(DimensionKey.of());
  }

  @Test
  void keyForm_refusesWhatIsNoDimension() {
    assertProblem(() -> new KeyForm().category("gender", "female"), null,
        "'gender' is not a dimension: expected sex, age-band, citizenship, country-of-origin,"
            + " country-of-asylum, or a publisher's dimension such as eurostat:unit");
    assertProblem(() -> new KeyForm().category("Eurostat:unit", "PER"), null,
        "'Eurostat:unit' is not " + StatisticsForms.EXPECTED_DIMENSION + ": publisher 'Eurostat' is not a"
            + " publisher's prefix: a lower-case letter, then lower-case letters, digits and hyphens, such as eurostat");
    for (String name : new String[] {"Sex", "eurostat", ":unit", "eurostat:Unit", "x:a b", "x:"}) {
      WireProblem problem = catchThrowableOfType(() -> new KeyForm().category(name, "female"), WireProblem.class);
      assertThat(problem).as(name).isNotNull();
      assertThat(problem.reason()).as(name).startsWith(Wording.quoted(name) + " is not");
    }
  }

  @Test
  void keyForm_refusesADimensionGivenTwice() {
    KeyForm form = new KeyForm();
    form.category("sex", "female");

    assertProblem(() -> form.category("sex", "male"), null, "property given twice");
  }

  @Test
  void keyForm_refusesACodeThatIsNotEvenAPublishersCode() {
    assertProblem(() -> new KeyForm().category("age-band", " 0-17"), null,
        "' 0-17' is not " + StatisticsForms.EXPECTED_CATEGORY + ": code must not start or end with whitespace");
    assertProblem(() -> new KeyForm().category("sex", ""), null,
        "'' is not " + StatisticsForms.EXPECTED_CATEGORY + ": code must not be blank");
    assertProblem(() -> new KeyForm().category("sex", "x".repeat(101)), null,
        Wording.quoted("x".repeat(101)) + " is not " + StatisticsForms.EXPECTED_CATEGORY
            + ": code must be at most 100 characters, was 101");
  }

  @Test
  void keyForm_readsAHundredDimensionsAndRefusesTheNext() {
    KeyForm form = new KeyForm();
    for (int i = 1; i <= StatisticsForms.MAX_DIMENSIONS; i++) {
      form.category("x:d" + i, "c");
    }
    assertThat(form.build().size()).isEqualTo(100);

    assertProblem(() -> form.category("x:d101", "c"), null, "a key must not name more than 100 dimensions, found 101");
  }

  @Test
  void writable_refusesAKeyThatAReaderWouldRefuse() {
    DimensionKey key = DimensionKey.of();
    for (int i = 1; i <= StatisticsForms.MAX_DIMENSIONS; i++) {
      key = key.with(Dimension.of("x:d" + i), CategoryCode.of("c"));
    }
    assertThat(StatisticsForms.writable(key)).isSameAs(key);

    DimensionKey tooLarge = key.with(Dimension.of("x:d101"), CategoryCode.of("c"));
    assertThatThrownBy(() -> StatisticsForms.writable(tooLarge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a key must not name more than 100 dimensions, found 101");
  }

  //-----------------------------------------------------------------------
  @Test
  void roundingForm_readsTheUnit() {
    RoundingForm form = new RoundingForm();
    form.property("toNearest");
    form.unit("5", 5, true);

    assertThat(form.build()).isSameAs(Rounding.NEAREST_5);
  }

  @Test
  void roundingForm_refusesAUnitBelow2OrBeyondAnInt() {
    assertProblem(() -> new RoundingForm().unit("1", 1, true), null, "'1' is not a whole number from 2 to 2147483647");
    assertProblem(() -> new RoundingForm().unit("0", 0, true), null, "'0' is not a whole number from 2 to 2147483647");
    assertProblem(() -> new RoundingForm().unit("-5", -5, true), null, "'-5' is not a whole number from 2 to 2147483647");
    assertProblem(() -> new RoundingForm().unit("2147483648", 2_147_483_648L, true), null,
        "'2147483648' is not a whole number from 2 to 2147483647");
    assertProblem(() -> new RoundingForm().unit("99999999999999999999", 0, false), null,
        "'99999999999999999999' is not a whole number from 2 to 2147483647");
  }

  @Test
  void roundingForm_refusesAnUnknownPropertyAPropertyGivenTwiceAndNoUnit() {
    assertProblem(() -> new RoundingForm().property("unit"), null, "unknown property; expected one of: toNearest");
    RoundingForm twice = new RoundingForm();
    twice.property("toNearest");
    twice.unit("5", 5, true);
    assertProblem(() -> twice.property("toNearest"), null, "property given twice");
    assertProblem(() -> new RoundingForm().build(), "toNearest", "required but not set");
  }
}
