package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @CsvSource({
    "2012, YEAR, 2012-01-01, 2012-12-31",
    "2023-06, MONTH, 2023-06-01, 2023-06-30",
    "2023-06-29, DAY, 2023-06-29, 2023-06-29",
    "2024-02, MONTH, 2024-02-01, 2024-02-29",
    "2023-02, MONTH, 2023-02-01, 2023-02-28",
    "0001, YEAR, 0001-01-01, 0001-12-31",
    "9999-12-31, DAY, 9999-12-31, 9999-12-31",
  })
  void parse_readsEachPrecisionAndItsSpan(
      String text, PartialDate.Precision precision, LocalDate earliest, LocalDate latest) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.earliestDate()).isEqualTo(earliest);
    assertThat(date.latestDate()).isEqualTo(latest);
    assertThat(date).hasToString(text);
  }

  @Test
  void parse_acceptsLeapDayInLeapYear() {
    assertThat(PartialDate.parse("2024-02-29").toLocalDate()).contains(LocalDate.of(2024, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-02-29", "1900-02-29", "2023-13", "2023-00", "2023-04-31", "0000", "12", "20123",
        "2023-6", "2023-06-1", "2023/06", "+2023", "2023-06-29T10:00", " 2023", "2023-", "", "abcd",
        "-023", "2023x06", "2023-0a", "2023-06x01", "2023-06-0-", "2023-06-0a", "\u0662\u0660\u0662\u0663",
        "2023-\uff10\uff16"
      })
  void parse_rejectsTextThatIsNotAPartialDate(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("PartialDate");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-13    | month | PartialDate.month: '2023-13' is not a date: the month must be 1 to 12",
        "2023-00-01 | month | PartialDate.month: '2023-00-01' is not a date: the month must be 1 to 12",
        "0000       | year  | PartialDate.year: '0000' is not a date: the year must be 1 to 9999",
        "0000-06    | year  | PartialDate.year: '0000-06' is not a date: the year must be 1 to 9999",
        "2023-02-29 | day   | PartialDate.day: '2023-02-29' is not a date: the day must be 1 to 28 in 2023-02",
        "1900-02-29 | day   | PartialDate.day: '1900-02-29' is not a date: the day must be 1 to 28 in 1900-02",
        "2024-04-31 | day   | PartialDate.day: '2024-04-31' is not a date: the day must be 1 to 30 in 2024-04",
        "2024-02-00 | day   | PartialDate.day: '2024-02-00' is not a date: the day must be 1 to 29 in 2024-02",
      })
  void parse_rejectsAFieldOutOfRange_quotingTheTextAsGivenAndNamingTheField(
      String text, String field, String message) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isExactlyInstanceOf(InvalidValueException.class)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).contains(field);
              assertThat(e.valueType()).isEqualTo(PartialDate.class);
            })
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0}-{1}-{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023 | 2  | 29 | PartialDate.day: must be 1 to 28 in 2023-02, was 29",
        "2023 | 6  | 0  | PartialDate.day: must be 1 to 30 in 2023-06, was 0",
        "2023 | 13 | 1  | PartialDate.month: must be 1 to 12, was 13",
        "0    | 1  | 1  | PartialDate.year: must be 1 to 9999, was 0",
      })
  void of_rejectsAFieldOutOfRange_inTheLibrarysWords(int year, int month, int day, String message) {
    assertThatThrownBy(() -> PartialDate.of(year, month, day)).hasMessage(message);
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> generatedDateTexts() {
    return SeededCases.of(
        random ->
            String.format(
                java.util.Locale.ROOT,
                "%04d-%02d-%02d",
                random.nextInt(0, 10_000),
                random.nextInt(0, 14),
                random.nextInt(0, 33)));
  }

  /** The JDK says which days exist; the library says so in its own words, quoting the input. */
  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("generatedDateTexts")
  void parse_acceptsExactlyTheDaysThatExist_andRefusesOthersInItsOwnWords(long seed, String text) {
    int year = Integer.parseInt(text.substring(0, 4));
    int month = Integer.parseInt(text.substring(5, 7));
    int day = Integer.parseInt(text.substring(8, 10));
    boolean exists;
    try {
      LocalDate.of(year, month, day);
      exists = year >= 1;
    } catch (java.time.DateTimeException e) {
      exists = false;
    }

    if (exists) {
      assertThat(PartialDate.parse(text)).hasToString(text).isEqualTo(PartialDate.of(year, month, day));
    } else {
      assertThatThrownBy(() -> PartialDate.parse(text))
          .isExactlyInstanceOf(InvalidValueException.class)
          .hasMessageMatching("PartialDate\\.(year|month|day): '" + text + "' is not a date: the (year|month|day) must be 1 to .*")
          .hasMessageNotContaining("Invalid")
          .hasMessageNotContaining("leap");
    }
  }

  @Test
  void parse_rejectsNull() {
    assertThatThrownBy(() -> PartialDate.parse(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PartialDate.text: must not be null");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 10_000})
  void ofYear_rejectsYearsOutsideOneTo9999(int year) {
    assertThatThrownBy(() -> PartialDate.ofYear(year))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PartialDate.year: must be 1 to 9999, was " + year);
  }

  @Test
  void of_convertsFromJavaTimeAtTheirPrecision() {
    assertThat(PartialDate.of(Year.of(2012))).isEqualTo(PartialDate.ofYear(2012));
    assertThat(PartialDate.of(YearMonth.of(2023, 6))).isEqualTo(PartialDate.of(2023, 6));
    assertThat(PartialDate.of(LocalDate.of(2023, 6, 29))).isEqualTo(PartialDate.of(2023, 6, 29));
  }

  @Test
  void accessors_reportOnlyTheKnownFields() {
    PartialDate year = PartialDate.ofYear(2012);
    PartialDate month = PartialDate.of(2023, 6);

    assertThat(year.month()).isEqualTo(OptionalInt.empty());
    assertThat(year.day()).isEqualTo(OptionalInt.empty());
    assertThat(year.toLocalDate()).isEmpty();
    assertThat(month.month()).isEqualTo(OptionalInt.of(6));
    assertThat(month.day()).isEqualTo(OptionalInt.empty());
    assertThat(PartialDate.of(2023, 11, 13).month()).isEqualTo(OptionalInt.of(11));
    assertThat(PartialDate.of(2023, 11, 13).day()).isEqualTo(OptionalInt.of(13));
  }

  @Test
  void compareTo_ordersByEarliestDayThenLessPreciseFirst() {
    List<PartialDate> sorted =
        new ArrayList<>(
            List.of(
                PartialDate.parse("2023-02"),
                PartialDate.parse("2023-01-02"),
                PartialDate.parse("2023-01-01"),
                PartialDate.parse("2023-01"),
                PartialDate.parse("2023"),
                PartialDate.parse("2022-12-31")));
    sorted.sort(null);

    assertThat(sorted)
        .extracting(PartialDate::toString)
        .containsExactly("2022-12-31", "2023", "2023-01", "2023-01-01", "2023-01-02", "2023-02");
  }

  @Test
  void equals_distinguishesPrecision() {
    assertThat(PartialDate.parse("2023")).isNotEqualTo(PartialDate.parse("2023-01-01"));
    assertThat(PartialDate.parse("2023").compareTo(PartialDate.parse("2023-01-01"))).isNegative();
  }

  @ParameterizedTest(name = "{0} ends before {1}: {2}, starts after it: {3}")
  @CsvSource({
    "2022, 2023-05, true, false",
    "2023-04-30, 2023-05, true, false",
    "2023-04, 2023-05-01, true, false",
    "2023-12-31, 2024, true, false",
    "2023, 2023-05, false, false",
    "2023-05, 2023, false, false",
    "2023-05, 2023-05, false, false",
    "2023-05-01, 2023-05, false, false",
    "2023-05-31, 2023-05, false, false",
    "2023-06-01, 2023-05, false, true",
    "2023-06, 2023-05-31, false, true",
    "2024, 2023-05, false, true",
    "2024-01-01, 2023, false, true",
  })
  void endsBeforeAndStartsAfter_compareEveryDayOfBothSpans(
      String date, String other, boolean endsBefore, boolean startsAfter) {
    assertThat(PartialDate.parse(date).endsBefore(PartialDate.parse(other))).isEqualTo(endsBefore);
    assertThat(PartialDate.parse(date).startsAfter(PartialDate.parse(other))).isEqualTo(startsAfter);
  }

  @Test
  void endsBefore_disagreesWithTheNaturalOrderWhenSpansOverlap() {
    PartialDate year = PartialDate.parse("2023");
    PartialDate may = PartialDate.parse("2023-05");

    assertThat(year).isLessThan(may);
    assertThat(year.endsBefore(may)).isFalse();
    assertThat(may.startsAfter(year)).isFalse();
  }

  @Test
  void endsBeforeAndStartsAfter_rejectNull_namingTheParameter() {
    PartialDate year = PartialDate.parse("2023");

    assertThatThrownBy(() -> year.endsBefore(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("other");
    assertThatThrownBy(() -> year.startsAfter(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("other");
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("generatedPairs")
  void endsBeforeAndStartsAfter_arePairedAndCompareTheSpans(long seed, List<PartialDate> pair) {
    PartialDate a = pair.get(0);
    PartialDate b = pair.get(1);

    assertThat(a.endsBefore(b)).isEqualTo(b.startsAfter(a));
    assertThat(a.endsBefore(b)).isEqualTo(a.latestDate().isBefore(b.earliestDate()));
    assertThat(a.startsAfter(b)).isEqualTo(a.earliestDate().isAfter(b.latestDate()));
    assertThat(a.endsBefore(b) && a.startsAfter(b)).isFalse();
    if (a.endsBefore(b)) {
      assertThat(a).isLessThan(b);
    }
  }

  @Test
  void contains_coversEveryDayOfTheSpan() {
    PartialDate february = PartialDate.parse("2024-02");

    assertThat(february.contains(LocalDate.of(2024, 2, 1))).isTrue();
    assertThat(february.contains(LocalDate.of(2024, 2, 29))).isTrue();
    assertThat(february.contains(LocalDate.of(2024, 3, 1))).isFalse();
    assertThat(february.contains(LocalDate.of(2024, 1, 31))).isFalse();
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("generatedDates")
  void parse_readsBackWhatToStringWrites(long seed, PartialDate date) {
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("generatedDates")
  void compareTo_isConsistentWithEqualsAndEarliestDay(long seed, PartialDate date) {
    PartialDate sameDay = PartialDate.of(date.earliestDate());

    assertThat(date.compareTo(sameDay) == 0).isEqualTo(date.equals(sameDay));
    assertThat(date.compareTo(sameDay)).isLessThanOrEqualTo(0);
    assertThat(date.earliestDate()).isBeforeOrEqualTo(date.latestDate());
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> generatedDates() {
    return SeededCases.of(SeededCases::partialDate);
  }

  /** Pairs of dates close enough that their spans often touch or overlap. */
  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> generatedPairs() {
    return SeededCases.of(
        random -> {
          PartialDate first = SeededCases.partialDate(random);
          int year = Math.min(9999, Math.max(1, first.year() + random.nextInt(-1, 2)));
          PartialDate near = SeededCases.partialDate(random);
          PartialDate second =
              near.precision() == PartialDate.Precision.YEAR
                  ? PartialDate.ofYear(year)
                  : PartialDate.of(year, near.month().getAsInt());
          return List.of(first, random.nextBoolean() ? second : near);
        });
  }
}
