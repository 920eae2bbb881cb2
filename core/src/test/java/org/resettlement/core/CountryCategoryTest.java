package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCategoryTest {

  @Test
  void of_givesOneSharedCategoryPerCountry() {
    for (CountryCode country : CountryCode.all()) {
      CountryCategory category = CountryCategory.of(country);
      assertThat(category.country()).contains(country);
      assertThat(category.code()).isEqualTo(country.alpha2());
      assertThat(category).hasToString(country.alpha2()).isSameAs(CountryCategory.parse(country.alpha2()));
      assertThat(category.mapped()).isTrue();
    }
    assertThat(CountryCategory.parse("XK").country()).contains(CountryCode.of("XK"));
  }

  @Test
  void statelessAndUnknown_haveNoCountry() {
    assertThat(CountryCategory.parse("stateless")).isSameAs(CountryCategory.STATELESS);
    assertThat(CountryCategory.parse("unknown")).isSameAs(CountryCategory.UNKNOWN);
    assertThat(CountryCategory.STATELESS.country()).isEmpty();
    assertThat(CountryCategory.UNKNOWN.country()).isEmpty();
    assertThat(CountryCategory.STATELESS).hasToString("stateless").isNotEqualTo(CountryCategory.UNKNOWN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "STLS", "XXA", "UNK", "Stateless", "sy", "SYR", "EL", "ZZ"})
  void parse_refusesOtherCodesNamingTheField(String code) {
    assertThatThrownBy(() -> CountryCategory.parse(code))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("CountryCategory.code: '" + code + "' is not a country category: expected an"
            + " ISO 3166-1 alpha-2 code in upper case, stateless or unknown");
  }

  @Test
  void factories_refuseNull() {
    assertThatThrownBy(() -> CountryCategory.of(null)).hasMessage("CountryCategory.country: must not be null");
    assertThatThrownBy(() -> CountryCategory.parse(null)).hasMessage("CountryCategory.code: must not be null");
  }
}
