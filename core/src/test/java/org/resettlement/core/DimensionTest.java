package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DimensionTest {

  @ParameterizedTest
  @ValueSource(strings = {"sex", "age-band", "citizenship", "country-of-origin", "country-of-asylum"})
  void of_readsEveryBuiltInCodeAsItsConstant(String code) {
    Dimension dimension = Dimension.of(code);
    assertThat(Dimension.builtIn()).containsOnlyOnce(dimension);
    assertThat(Dimension.builtIn().get(Dimension.builtIn().indexOf(dimension))).isSameAs(dimension);
    assertThat(dimension).hasToString(code);
    assertThat(dimension.code()).isEqualTo(code);
    assertThat(dimension.name()).isEqualTo(code);
    assertThat(dimension.publisherDefined()).isFalse();
    assertThat(dimension.publisher()).isEmpty();
  }

  @Test
  void builtIn_listsTheConstantsInOrder() {
    assertThat(Dimension.builtIn())
        .containsExactly(
            Dimension.SEX, Dimension.AGE_BAND, Dimension.CITIZENSHIP, Dimension.COUNTRY_OF_ORIGIN,
            Dimension.COUNTRY_OF_ASYLUM);
  }

  @ParameterizedTest
  @CsvSource({"eurostat:unit, eurostat, unit", "unhcr:population-type, unhcr, population-type",
    "x-1:a1-b2, x-1, a1-b2"})
  void of_readsAPublishersDimension(String code, String publisher, String name) {
    Dimension dimension = Dimension.of(code);
    assertThat(dimension).isEqualTo(Dimension.ofPublisher(publisher, name)).hasToString(code);
    assertThat(dimension.publisherDefined()).isTrue();
    assertThat(dimension.publisher()).contains(publisher);
    assertThat(dimension.name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Sex", "age_band", "gender", "unit", " sex", ":unit", "eurostat:",
    "Eurostat:unit", "eurostat:Unit", "eurostat:unit-", "eurostat:-unit", "eurostat:a--b",
    "1eurostat:unit", "eurostat:unit:x", "eurostat: unit"})
  void of_refusesWhatIsNoDimension(String code) {
    assertThatThrownBy(() -> Dimension.of(code))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.valueType()).isEqualTo(Dimension.class);
              assertThat(e.field()).hasValueSatisfying(
                  field -> assertThat(field).isIn("code", "publisher", "name"));
            });
  }

  @Test
  void of_namesTheFieldAndSaysWhatIsExpected() {
    assertThatThrownBy(() -> Dimension.of("gender"))
        .hasMessage("Dimension.code: 'gender' is not a dimension: expected sex, age-band, citizenship,"
            + " country-of-origin, country-of-asylum, or a publisher's dimension such as eurostat:unit");
    assertThatThrownBy(() -> Dimension.of("Eurostat:unit"))
        .hasMessageStartingWith("Dimension.publisher: 'Eurostat' is not a publisher's prefix");
    assertThatThrownBy(() -> Dimension.of("eurostat:Unit"))
        .hasMessageStartingWith("Dimension.name: 'Unit' is not a dimension name");
    assertThatThrownBy(() -> Dimension.of(null)).hasMessage("Dimension.code: must not be null");
    assertThatThrownBy(() -> Dimension.ofPublisher(null, "unit"))
        .hasMessage("Dimension.publisher: must not be null");
    assertThatThrownBy(() -> Dimension.ofPublisher("eurostat", null))
        .hasMessage("Dimension.name: must not be null");
  }

  @Test
  void of_refusesCodesLongerThan100Characters() {
    String name = "a".repeat(91);
    assertThat(Dimension.of("eurostat:" + name).code()).hasSize(100);
    assertThatThrownBy(() -> Dimension.of("eurostat:" + name + "a"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Dimension.code");
    assertThatThrownBy(() -> Dimension.ofPublisher("eurostat", name + "a"))
        .hasMessage("Dimension.code: must be at most 100 characters, was 101");
  }

  @Test
  void compareTo_putsBuiltInDimensionsFirstInTheirOrderThenPublishersByCode() {
    List<Dimension> sorted =
        List.of(
            Dimension.SEX, Dimension.AGE_BAND, Dimension.CITIZENSHIP, Dimension.COUNTRY_OF_ORIGIN,
            Dimension.COUNTRY_OF_ASYLUM, Dimension.of("a:z"), Dimension.of("eurostat:unit"),
            Dimension.of("unhcr:a"));
    List<Dimension> shuffled = new ArrayList<>(sorted);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(sorted);
    assertThat(Dimension.of("eurostat:unit").compareTo(Dimension.of("eurostat:unit"))).isZero();
    assertThatThrownBy(() -> Dimension.SEX.compareTo(null)).isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest
  @CsvSource({"female, FEMALE", "male, MALE", "unknown, UNKNOWN"})
  void category_readsEverySexCode(String code, Sex sex) {
    assertThat(Dimension.SEX.category(code)).isSameAs(sex);
    assertThat(sex.code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0-17", "18-34", "35-64", "65+", "0-4", "5-11", "12-17", "18-59", "60+",
    "unknown", "0-0", "0+", "150+", "150-150"})
  void category_readsEveryAgeBandCode(String code) {
    Category category = Dimension.AGE_BAND.category(code);
    assertThat(category).isInstanceOf(AgeBand.class).isEqualTo(AgeBand.parse(code));
    assertThat(category.code()).isEqualTo(code);
    assertThat(category.mapped()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"citizenship", "country-of-origin", "country-of-asylum"})
  void category_readsEveryCountryCodeStatelessAndUnknown(String dimensionCode) {
    Dimension dimension = Dimension.of(dimensionCode);
    for (CountryCode country : CountryCode.all()) {
      assertThat(dimension.category(country.alpha2())).isSameAs(CountryCategory.of(country));
    }
    assertThat(dimension.category("stateless")).isSameAs(CountryCategory.STATELESS);
    assertThat(dimension.category("unknown")).isSameAs(CountryCategory.UNKNOWN);
  }

  @ParameterizedTest
  @CsvSource({
    "sex, F", "sex, T", "sex, Female", "sex, total",
    "age-band, Y_LT18", "age-band, Y18-34", "age-band, Y_GE65", "age-band, UNK", "age-band, 18-17",
    "age-band, 151+", "age-band, 018-34", "age-band, 18 - 34",
    "citizenship, STLS", "citizenship, EL", "citizenship, UK", "citizenship, sy", "citizenship, SYR",
    "country-of-origin, XXA", "country-of-origin, TIB", "country-of-origin, UNK",
    "country-of-asylum, EU27_2020",
    "eurostat:unit, PER", "eurostat:unit, female", "eurostat:unit, SY", "eurostat:unit, 0-17"
  })
  void category_keepsACodeThatMapsToNothingKnownAsWritten(String dimensionCode, String code) {
    Category category = Dimension.of(dimensionCode).category(code);
    assertThat(category).isEqualTo(CategoryCode.of(code));
    assertThat(category.code()).isEqualTo(code);
    assertThat(category.mapped()).isFalse();
  }

  @Test
  void category_refusesWhatIsNoCodeAtAllNamingTheField() {
    assertThatThrownBy(() -> Dimension.SEX.category(" female"))
        .hasMessage("CategoryCode.code: must not start or end with whitespace");
    assertThatThrownBy(() -> Dimension.CITIZENSHIP.category(""))
        .hasMessage("CategoryCode.code: must not be blank");
    assertThatThrownBy(() -> Dimension.SEX.category(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
  }

  @Test
  void accepts_eachBuiltInDimensionItsOwnKindOfCategoryAndPublishersCodesEverywhere() {
    Category female = Sex.FEMALE;
    Category adult = AgeBand.from(18);
    Category syria = CountryCategory.parse("SY");
    Category code = CategoryCode.of("PER");
    assertThat(Dimension.SEX.accepts(female)).isTrue();
    assertThat(Dimension.SEX.accepts(adult)).isFalse();
    assertThat(Dimension.SEX.accepts(syria)).isFalse();
    assertThat(Dimension.AGE_BAND.accepts(adult)).isTrue();
    assertThat(Dimension.AGE_BAND.accepts(female)).isFalse();
    for (Dimension country :
        List.of(Dimension.CITIZENSHIP, Dimension.COUNTRY_OF_ORIGIN, Dimension.COUNTRY_OF_ASYLUM)) {
      assertThat(country.accepts(syria)).isTrue();
      assertThat(country.accepts(CountryCategory.STATELESS)).isTrue();
      assertThat(country.accepts(female)).isFalse();
      assertThat(country.accepts(adult)).isFalse();
    }
    Dimension unit = Dimension.of("eurostat:unit");
    assertThat(unit.accepts(female)).isFalse();
    assertThat(unit.accepts(adult)).isFalse();
    assertThat(unit.accepts(syria)).isFalse();
    for (Dimension dimension : List.of(Dimension.SEX, Dimension.AGE_BAND, Dimension.CITIZENSHIP, unit)) {
      assertThat(dimension.accepts(code)).isTrue();
    }
    assertThatThrownBy(() -> Dimension.SEX.accepts(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("category");
  }

  @Test
  void canonical_typesAPublishersCodeThatTheDimensionKnows() {
    assertThat(Dimension.SEX.canonical(CategoryCode.of("female"))).isSameAs(Sex.FEMALE);
    assertThat(Dimension.AGE_BAND.canonical(CategoryCode.of("65+"))).isEqualTo(AgeBand.from(65));
    assertThat(Dimension.CITIZENSHIP.canonical(CategoryCode.of("SY")))
        .isSameAs(CountryCategory.parse("SY"));
    assertThat(Dimension.SEX.canonical(CategoryCode.of("F"))).isEqualTo(CategoryCode.of("F"));
    assertThat(Dimension.of("eurostat:sex").canonical(CategoryCode.of("female")))
        .isEqualTo(CategoryCode.of("female"));
  }

  @Test
  void equalsAndHashCode_dependOnTheCodeOnly() {
    assertThat(Dimension.of("eurostat:unit"))
        .isEqualTo(Dimension.ofPublisher("eurostat", "unit"))
        .hasSameHashCodeAs(Dimension.ofPublisher("eurostat", "unit"))
        .isNotEqualTo(Dimension.of("unhcr:unit"))
        .isNotEqualTo("eurostat:unit");
  }
}
