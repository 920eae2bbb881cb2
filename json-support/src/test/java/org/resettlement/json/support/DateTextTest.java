package org.resettlement.json.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The common form of a date, read as Jackson's ISO formatter reads it, or not at all. */
class DateTextTest {
  private static final long SEED = 20_231_113L;

  @Test
  void parseCommonForm_readsWhatTheIsoFormatterReads_andNothingElse() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < 200_000; i++) {
      String text = candidate(random);
      LocalDate iso;
      try {
        iso = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        iso = null;
      }
      LocalDate read = DateText.parseCommonForm(text);

      if (read != null) {
        assertThat(read).as("seed %d, case %d: %s", SEED, i, text).isEqualTo(iso);
      } else {
        // Left to Jackson: texts the formatter refuses, or reads in another form.
        assertThat(iso == null || text.length() != 10).as("seed %d, case %d: %s", SEED, i, text).isTrue();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-01", "0000-01-01", "9999-12-31", "2024-02-29", "2000-02-29"})
  void parseCommonForm_readsDatesThatExist(String text) {
    assertThat(DateText.parseCommonForm(text)).isEqualTo(LocalDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
      "2024-1-01", "2024/01/01", "+2024-01-01", " 2024-01-01", "2024-01-01T00:00", "２０２４-01-01", ""})
  void parseCommonForm_leavesEverythingElseToJackson(String text) {
    assertThat(DateText.parseCommonForm(text)).isNull();
  }

  /** Mostly well-formed dates, with a wrong character or length now and then. */
  private static String candidate(SplittableRandom random) {
    char[] text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33)).toCharArray();
    if (random.nextInt(10) == 0) {
      text[random.nextInt(text.length)] = "0123456789-/+ Tx".charAt(random.nextInt(16));
    }
    String result = new String(text);
    return random.nextInt(20) == 0 ? result.substring(0, random.nextInt(result.length())) : result;
  }
}
