package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.AgeBand;
import org.resettlement.core.Category;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Sex;

/** The publishers' code lists, read and written back. */
class CodeListTest {
  private static final long SEED = 20250127L;

  @ParameterizedTest(name = "{0} {1} is {2}")
  @CsvSource(textBlock = """
      EUROSTAT_COUNTRY, SY,            SY
      EUROSTAT_COUNTRY, EL,            GR
      EUROSTAT_COUNTRY, UK,            GB
      EUROSTAT_COUNTRY, XK,            XK
      EUROSTAT_COUNTRY, STLS,          stateless
      EUROSTAT_COUNTRY, UNK,           unknown
      EUROSTAT_COUNTRY, EXT_EU27_2020, kept:EXT_EU27_2020
      EUROSTAT_COUNTRY, XX,            kept:XX
      EUROSTAT_SEX,     F,             female
      EUROSTAT_SEX,     M,             male
      EUROSTAT_SEX,     UNK,           unknown
      EUROSTAT_SEX,     X,             kept:X
      EUROSTAT_AGE,     Y_LT18,        0-17
      EUROSTAT_AGE,     Y18-34,        18-34
      EUROSTAT_AGE,     Y35-64,        35-64
      EUROSTAT_AGE,     Y_GE65,        65+
      EUROSTAT_AGE,     Y15,           15-15
      EUROSTAT_AGE,     Y_LT1,         0-0
      EUROSTAT_AGE,     UNK,           unknown
      EUROSTAT_AGE,     Y_LT0,         kept:Y_LT0
      EUROSTAT_AGE,     Y34-18,        kept:Y34-18
      EUROSTAT_AGE,     Y_GE999,       kept:Y_GE999
      EUROSTAT_AGE,     Y14-17_F,      kept:Y14-17_F
      UNHCR_COUNTRY,    SYR,           SY
      UNHCR_COUNTRY,    XKX,           XK
      UNHCR_COUNTRY,    XXA,           stateless
      UNHCR_COUNTRY,    UNK,           unknown
      UNHCR_COUNTRY,    TIB,           kept:TIB
      UNHCR_COUNTRY,    All others,    kept:All others
      PUBLISHER,        TOTAL_POS,     kept:TOTAL_POS
      """)
  void read(CodeList list, String code, String meaning) {
    if (meaning.startsWith("kept:")) {
      assertThat(list.read(code)).isEqualTo(CategoryCode.of(meaning.substring("kept:".length())));
    } else {
      assertThat(list.read(code)).isNotInstanceOf(CategoryCode.class).hasToString(meaning);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(textBlock = """
      EUROSTAT_COUNTRY, SY
      EUROSTAT_COUNTRY, EL
      EUROSTAT_COUNTRY, UK
      EUROSTAT_COUNTRY, STLS
      EUROSTAT_COUNTRY, UNK
      EUROSTAT_COUNTRY, EXT_EU27_2020
      EUROSTAT_SEX,     F
      EUROSTAT_SEX,     M
      EUROSTAT_SEX,     UNK
      EUROSTAT_AGE,     Y_LT18
      EUROSTAT_AGE,     Y18-34
      EUROSTAT_AGE,     Y_GE65
      EUROSTAT_AGE,     Y15
      EUROSTAT_AGE,     UNK
      EUROSTAT_AGE,     Y_LT0
      UNHCR_COUNTRY,    SYR
      UNHCR_COUNTRY,    XXA
      UNHCR_COUNTRY,    UNK
      UNHCR_COUNTRY,    TIB
      PUBLISHER,        REJECTED
      """)
  void write_givesBackThePublishersCode(CodeList list, String code) {
    assertThat(list.write(list.read(code))).isEqualTo(code);
  }

  @Test
  void write_refusesWhatTheListHasNoCodeFor() {
    assertThat(CodeList.EUROSTAT_COUNTRY.write(Sex.FEMALE)).isNull();
    assertThat(CodeList.EUROSTAT_SEX.write(CountryCategory.STATELESS)).isNull();
    assertThat(CodeList.EUROSTAT_AGE.write(CountryCategory.of(CountryCode.of("SY")))).isNull();
    assertThat(CodeList.UNHCR_COUNTRY.write(AgeBand.under(18))).isNull();
    assertThat(CodeList.PUBLISHER.write(Sex.UNKNOWN)).isNull();
  }

  @Test
  void everyCountry_roundTripsThroughEurostatAndUnhcrCodes() {
    for (CountryCode country : CountryCode.all()) {
      Category coded = CountryCategory.of(country);

      assertThat(CodeList.EUROSTAT_COUNTRY.read(CodeList.EUROSTAT_COUNTRY.write(coded))).isEqualTo(coded);
      assertThat(CodeList.UNHCR_COUNTRY.read(CodeList.UNHCR_COUNTRY.write(coded))).isEqualTo(coded);
    }
  }

  static Stream<Object[]> ageIntervals() {
    SplittableRandom random = new SplittableRandom(SEED);
    return IntStream.range(0, 500).mapToObj(i -> {
      int lowest = random.nextInt(3) == 0 ? 0 : random.nextInt(120);
      int highest = random.nextInt(4) == 0 ? -1 : lowest + random.nextInt(30);
      return new Object[] {i, lowest, highest};
    });
  }

  @ParameterizedTest(name = "case {0}: {1} to {2}")
  @MethodSource("ageIntervals")
  void everyAgeInterval_roundTripsThroughEurostatsCodes(int number, int lowest, int highest) {
    AgeBand ages = highest < 0 ? AgeBand.from(lowest) : AgeBand.of(lowest, highest);

    String code = CodeList.EUROSTAT_AGE.write(ages);

    assertThat(CodeList.EUROSTAT_AGE.read(code))
        .as("case %d of 500 from seed %d: %s written as %s", number, SEED, ages, code)
        .isEqualTo(ages);
  }
}
