package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeographyTest {

  private static final CountryCode POLAND = CountryCode.of("PL");
  private static final CountryCode NORWAY = CountryCode.of("NO");

  @Test
  void world_coversEveryCountry() {
    assertThat(Geography.world().worldwide()).isTrue();
    assertThat(Geography.world().covers(NORWAY, LocalDate.of(2012, 1, 1))).isTrue();
    assertThat(Geography.world()).hasToString("world");
    assertThat(Geography.builder().build()).isEqualTo(Geography.world());
  }

  @Test
  void group_coversItsMembersOnTheDay() {
    Geography eu = Geography.of(CountryGroup.EUROPEAN_UNION);

    assertThat(eu.covers(POLAND, LocalDate.of(2012, 1, 1))).isTrue();
    assertThat(eu.covers(POLAND, LocalDate.of(2003, 1, 1))).isFalse();
    assertThat(eu.covers(NORWAY, LocalDate.of(2012, 1, 1))).isFalse();
    assertThat(eu.worldwide()).isFalse();
    assertThat(eu).hasToString("EU");
  }

  @Test
  void groupAndCountries_coverTheUnion() {
    Geography euAndNorway = Geography.builder().group(CountryGroup.EUROPEAN_UNION).addCountry(NORWAY).build();

    assertThat(euAndNorway.covers(NORWAY, LocalDate.of(2012, 1, 1))).isTrue();
    assertThat(euAndNorway.covers(POLAND, LocalDate.of(2012, 1, 1))).isTrue();
    assertThat(euAndNorway).hasToString("EU + NO");
  }

  @Test
  void countries_keepTheirOrder() {
    Geography traditional = Geography.of(CountryCode.of("US"), CountryCode.of("CA"), CountryCode.of("AU"));

    assertThat(traditional.countries()).extracting(CountryCode::alpha2).containsExactly("US", "CA", "AU");
    assertThat(traditional).hasToString("US, CA, AU");
    assertThat(traditional.covers(POLAND, LocalDate.of(2007, 1, 1))).isFalse();
  }
}
