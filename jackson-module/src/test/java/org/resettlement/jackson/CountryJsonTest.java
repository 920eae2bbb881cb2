package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Geography;
import org.resettlement.core.Place;

/** Country codes and country groups are strings: the ISO 3166-1 alpha-2 code and the group code. */
class CountryJsonTest extends JsonTestBase {

  @Test
  void countryCode_isWrittenAndReadAsAlpha2() {
    assertThat(write(CountryCode.of("PL"))).isEqualTo("\"PL\"");
    assertThat(read("\"XK\"", CountryCode.class)).isEqualTo(CountryCode.of("XK"));
  }

  @Test
  void countryCode_rejectsLowerCase() {
    ResettlementJsonException problem =
        readFails(json("{'locality':{'pl':'Wrocław'},'country':'pl'}"), Place.class);

    assertThat(problem.path()).isEqualTo("country");
    assertThat(problem.reason()).isEqualTo("'pl' is not an ISO 3166-1 alpha-2 code in upper case");
  }

  @Test
  void countryCode_rejectsAlpha3() {
    assertThat(readFails("\"POL\"", CountryCode.class).reason())
        .isEqualTo("'POL' is not an ISO 3166-1 alpha-2 code in upper case");
  }

  @Test
  void countryCode_rejectsEurostatCodesWithAHint() {
    assertThat(readFails("\"EL\"", CountryCode.class).reason())
        .isEqualTo("'EL' is not an ISO 3166-1 alpha-2 code in upper case (Eurostat's EL and UK are GR and GB in ISO 3166-1)");
  }

  @Test
  void countryCode_inAListIsReportedWithItsIndex() {
    ResettlementJsonException problem = readFails(json("{'countries':['PL','XX']}"), Geography.class);

    assertThat(problem.path()).isEqualTo("countries[1]");
    assertThat(problem.reason()).isEqualTo("'XX' is not an ISO 3166-1 alpha-2 code in upper case");
  }

  @Test
  void countryGroup_isWrittenAndReadAsItsCode() {
    for (CountryGroup group : CountryGroup.known()) {
      assertThat(write(group)).isEqualTo("\"" + group.code() + "\"");
      assertThat(read("\"" + group.code() + "\"", CountryGroup.class)).isEqualTo(group);
    }
  }

  @Test
  void countryGroup_rejectsAnUnknownCode() {
    ResettlementJsonException problem = readFails(json("{'group':'EU99'}"), Geography.class);

    assertThat(problem.path()).isEqualTo("group");
    assertThat(problem.reason())
        .isEqualTo("'EU99' is not a known country group; known: [EU, EU27_2020, EU28, EU27_2007]");
  }
}
