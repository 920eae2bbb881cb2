package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @Test
  void all_holdsEveryAssignedCodeAndKosovo() {
    assertThat(CountryCode.all()).hasSize(250);
    assertThat(CountryCode.all()).contains(CountryCode.of("XK"), CountryCode.of("PL"));
    assertThat(CountryCode.all().first()).hasToString("AD");
    assertThat(CountryCode.all().last()).hasToString("ZW");
  }

  @Test
  void all_agreesWithTheJdksIsoTable() {
    for (String alpha2 : Locale.getISOCountries()) {
      assertThat(CountryCode.of(alpha2).alpha3())
          .as(alpha2)
          .isEqualTo(new Locale("", alpha2).getISO3Country());
    }
  }

  @ParameterizedTest
  @CsvSource({"PL, POL", "RO, ROU", "MD, MDA", "PT, PRT", "XK, XKX", "GR, GRC", "GB, GBR"})
  void fromAlpha3_isTheInverseOfAlpha3(String alpha2, String alpha3) {
    assertThat(CountryCode.of(alpha2).alpha3()).isEqualTo(alpha3);
    assertThat(CountryCode.fromAlpha3(alpha3)).isEqualTo(CountryCode.of(alpha2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pl", "Pl", "P", "POL", "ZZ", "EU", "", " PL", "AN"})
  void of_rejectsWhatIsNotAnUpperCaseAlpha2Code(String text) {
    assertThatThrownBy(() -> CountryCode.of(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("alpha2"))
        .hasMessage("CountryCode.alpha2: '" + text + "' is not an ISO 3166-1 alpha-2 code in upper case");
  }

  @Test
  void of_explainsEurostatCodes() {
    assertThatThrownBy(() -> CountryCode.of("EL"))
        .hasMessage("CountryCode.alpha2: 'EL' is not an ISO 3166-1 alpha-2 code in upper case"
            + " (Eurostat's EL and UK are GR and GB in ISO 3166-1)");
    assertThatThrownBy(() -> CountryCode.of("UK")).hasMessageContaining("Eurostat's EL and UK");
  }

  @Test
  void fromEurostat_mapsElAndUkAndPassesOtherCodes() {
    assertThat(CountryCode.fromEurostat("EL")).isEqualTo(CountryCode.of("GR"));
    assertThat(CountryCode.fromEurostat("UK")).isEqualTo(CountryCode.of("GB"));
    assertThat(CountryCode.fromEurostat("PL")).isEqualTo(CountryCode.of("PL"));
    assertThatThrownBy(() -> CountryCode.fromEurostat("EU")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void toEurostat_isTheInverseOfFromEurostat() {
    for (CountryCode code : CountryCode.all()) {
      assertThat(CountryCode.fromEurostat(code.toEurostat())).isEqualTo(code);
    }
    assertThat(CountryCode.of("GR").toEurostat()).isEqualTo("EL");
  }

  @Test
  void fromAlpha3_rejectsUnknownCodes() {
    assertThatThrownBy(() -> CountryCode.fromAlpha3("ZZZ"))
        .hasMessage("CountryCode.alpha3: 'ZZZ' is not an ISO 3166-1 alpha-3 code in upper case");
    assertThatThrownBy(() -> CountryCode.fromAlpha3(null))
        .hasMessage("CountryCode.alpha3: must not be null");
  }

  @Test
  void displayName_namesTheCountryInTheGivenLanguage() {
    assertThat(CountryCode.of("PL").displayName(Locale.ENGLISH)).isEqualTo("Poland");
    assertThat(CountryCode.of("PL").displayName(new Locale("pl"))).isEqualTo("Polska");
    assertThat(CountryCode.of("XK").displayName(Locale.ENGLISH)).isEqualTo("Kosovo");
  }

  @Test
  void of_returnsEqualValuesThatSortByCode() {
    assertThat(CountryCode.of("PL")).isEqualTo(CountryCode.of("PL"));
    assertThat(CountryCode.of("PL").compareTo(CountryCode.of("RO"))).isNegative();
    assertThat(CountryCode.of("PL").actorKind()).isEqualTo(ActorKind.COUNTRY);
  }
}
