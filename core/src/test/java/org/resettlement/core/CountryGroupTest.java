package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CountryGroupTest {

  private static final CountryGroup EU = CountryGroup.EUROPEAN_UNION;
  private static final CountryCode UNITED_KINGDOM = CountryCode.of("GB");
  private static final CountryCode CROATIA = CountryCode.of("HR");

  @ParameterizedTest(name = "EU on {0}: {1} members")
  @CsvSource({
    "1957-12-31, 0",
    "1958-01-01, 6",
    "1973-01-01, 9",
    "1981-01-01, 10",
    "1986-01-01, 12",
    "1995-01-01, 15",
    "2004-04-30, 15",
    "2004-05-01, 25",
    "2007-11-21, 27",
    "2012-06-30, 27",
    "2013-06-30, 27",
    "2013-07-01, 28",
    "2020-01-31, 28",
    "2020-02-01, 27",
    "2026-11-23, 27",
  })
  void membersOn_followsAccessionsAndTheUnitedKingdomsDeparture(LocalDate date, int members) {
    assertThat(EU.membersOn(date)).hasSize(members);
  }

  @Test
  void contains_knowsWhenTheUnitedKingdomAndCroatiaBelonged() {
    assertThat(EU.contains(UNITED_KINGDOM, LocalDate.of(2020, 1, 31))).isTrue();
    assertThat(EU.contains(UNITED_KINGDOM, LocalDate.of(2020, 2, 1))).isFalse();
    assertThat(EU.contains(CROATIA, LocalDate.of(2012, 1, 1))).isFalse();
    assertThat(EU.contains(CROATIA, LocalDate.of(2013, 7, 1))).isTrue();
    assertThat(EU.contains(CountryCode.of("NO"), LocalDate.of(2013, 7, 1))).isFalse();
  }

  @Test
  void fixedGroups_haveTheSameMembersOnEveryDay() {
    assertThat(CountryGroup.EU28.membersOn(LocalDate.of(1950, 1, 1))).hasSize(28).contains(UNITED_KINGDOM);
    assertThat(CountryGroup.EU27_2020.membersOn(LocalDate.of(2012, 1, 1)))
        .hasSize(27)
        .contains(CROATIA)
        .doesNotContain(UNITED_KINGDOM);
    assertThat(CountryGroup.EU27_2007.membersOn(LocalDate.of(2030, 1, 1)))
        .hasSize(27)
        .contains(UNITED_KINGDOM)
        .doesNotContain(CROATIA);
    assertThat(CountryGroup.EU28.dated()).isFalse();
    assertThat(EU.dated()).isTrue();
  }

  @Test
  void of_findsKnownGroupsByCodeAndRejectsOthers() {
    assertThat(CountryGroup.known())
        .containsExactly(EU, CountryGroup.EU27_2020, CountryGroup.EU28, CountryGroup.EU27_2007);
    for (CountryGroup group : CountryGroup.known()) {
      assertThat(CountryGroup.of(group.toString())).isSameAs(group);
    }
    assertThatThrownBy(() -> CountryGroup.of("ASEAN"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "CountryGroup.code: 'ASEAN' is not a known country group; known: [EU, EU27_2020, EU28, EU27_2007]");
  }

  @Test
  void name_isTheEnglishNameOfTheGroup() {
    assertThat(EU.name()).isEqualTo("European Union");
    assertThat(CountryGroup.EU28.name()).isEqualTo("European Union (28 countries, 2013-2020)");
  }

  @Test
  void membersOn_isUnmodifiable() {
    assertThatThrownBy(() -> EU.membersOn(LocalDate.of(2012, 1, 1)).add(CountryCode.of("NO")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
