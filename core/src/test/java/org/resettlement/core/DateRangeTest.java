package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {

  private static DateRange range(String text) {
    return DateRange.parse(text);
  }

  @Test
  void of_rejectsAnEndBeforeTheStart_namingTheEnd() {
    assertThatThrownBy(
            () -> DateRange.of(PartialDate.parse("2023-11-15"), PartialDate.parse("2023-11-13")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.valueType()).isEqualTo(DateRange.class);
              assertThat(e.fields()).containsExactly("end");
            })
        .hasMessage("DateRange.end: must not be before the start 2023-11-15, was 2023-11-13");
  }

  @Test
  void builder_rejectsAnEndBeforeTheStart() {
    DateRange.Builder builder =
        DateRange.builder().start(PartialDate.parse("2023")).end(PartialDate.parse("2022-12"));

    assertThatThrownBy(builder::build).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void builder_requiresTheStart() {
    assertThatThrownBy(() -> DateRange.builder().build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.fields()).containsExactly("start"))
        .hasMessage("DateRange.start: required but not set");
  }

  @Test
  void of_acceptsEndsOfDifferentPrecisionThatOverlap() {
    DateRange range = DateRange.of(PartialDate.parse("2023-06"), PartialDate.parse("2023"));

    assertThat(range.latestDate()).contains(LocalDate.of(2023, 12, 31));
  }

  @Test
  void of_singleDateCoversItsWholeSpan() {
    DateRange year2012 = DateRange.of(PartialDate.ofYear(2012));

    assertThat(year2012.earliestDate()).isEqualTo(LocalDate.of(2012, 1, 1));
    assertThat(year2012.latestDate()).contains(LocalDate.of(2012, 12, 31));
    assertThat(year2012).hasToString("2012/2012");
  }

  @Test
  void since_hasNoEndAndContainsEveryLaterDay() {
    DateRange since2004 = DateRange.since(PartialDate.ofYear(2004));

    assertThat(since2004.openEnded()).isTrue();
    assertThat(since2004.contains(LocalDate.of(9999, 12, 31))).isTrue();
    assertThat(since2004.contains(LocalDate.of(2003, 12, 31))).isFalse();
    assertThat(since2004).hasToString("2004/..");
  }

  @Test
  void contains_includesBothEnds() {
    DateRange warsaw = range("2023-11-13/2023-11-15");

    assertThat(warsaw.contains(LocalDate.of(2023, 11, 13))).isTrue();
    assertThat(warsaw.contains(LocalDate.of(2023, 11, 15))).isTrue();
    assertThat(warsaw.contains(LocalDate.of(2023, 11, 16))).isFalse();
    assertThat(warsaw.contains(PartialDate.parse("2023-11-14"))).isTrue();
    assertThat(warsaw.contains(PartialDate.parse("2023-11"))).isFalse();
  }

  @Test
  void contains_partialDate_requiresBothEndsOfItsSpan() {
    PartialDate november = PartialDate.parse("2023-11");

    assertThat(range("2023-11-02/2023-11-30").contains(november)).isFalse();
    assertThat(range("2023-11-01/2023-11-29").contains(november)).isFalse();
    assertThat(range("2023-11-01/2023-11-30").contains(november)).isTrue();
  }

  @Test
  void openEnded_onlyWithoutAnEnd() {
    assertThat(range("2023-11-13/2023-11-15").openEnded()).isFalse();
    assertThat(DateRange.of(PartialDate.ofYear(2012)).openEnded()).isFalse();
    assertThat(range("2004/..").openEnded()).isTrue();
  }

  static Stream<Arguments> overlaps() {
    return Stream.of(
        Arguments.of("2022-05-01/2022-12-31", "2022-12-31/2023-01-05", true),
        Arguments.of("2022-05-01/2022-12-30", "2022-12-31/2023-01-05", false),
        Arguments.of("2012/2020", "2015", true),
        Arguments.of("2004/..", "1990/2003", false),
        Arguments.of("2004/..", "1990/2004-01", true),
        Arguments.of("2004/..", "2030/..", true));
  }

  @ParameterizedTest(name = "{0} overlaps {1}: {2}")
  @MethodSource("overlaps")
  void overlaps_isSymmetricAndIncludesEnds(String left, String right, boolean expected) {
    DateRange a = range(left);
    DateRange b = right.contains("/") ? range(right) : DateRange.of(PartialDate.parse(right));

    assertThat(a.overlaps(b)).isEqualTo(expected);
    assertThat(b.overlaps(a)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-11-13", "2023/2024/2025", "/2023", "2023/", "2023/..x", "x/2024"})
  void parse_rejectsTextThatIsNotAnInterval(String text) {
    assertThatThrownBy(() -> DateRange.parse(text)).isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-11-13", "2023/2024/2025", "2023//2024"})
  void parse_rejectsTextWithoutExactlyOneSlash_quotingTheWholeText(String text) {
    assertThatThrownBy(() -> DateRange.parse(text))
        .hasMessage(
            "DateRange: '" + text + "' is not an ISO 8601 interval such as 2023-11-13/2023-11-15 or 2004/..");
  }

  @Test
  void with_copiesAndChecksAgain() {
    DateRange project = range("2022-05-01/2022-12-31");

    assertThat(project.withEnd(PartialDate.parse("2023"))).hasToString("2022-05-01/2023");
    assertThatThrownBy(() -> project.withEnd(PartialDate.parse("2021")))
        .isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest(name = "{0} excludes {1}: {2}")
  @CsvSource({
    "2023-11-13/2023-11-15, 2023-11-12, true",
    "2023-11-13/2023-11-15, 2023-11-16, true",
    "2023-11-13/2023-11-15, 2023-10, true",
    "2023-11-13/2023-11-15, 2024, true",
    "2023-11-13/2023-11-15, 2023-11-13, false",
    "2023-11-13/2023-11-15, 2023-11-15, false",
    "2023-11-13/2023-11-15, 2023-11, false",
    "2023-11-13/2023-11-15, 2023, false",
    "2023-06/2024, 2023, false",
    "2023-06/2024, 2023-05-31, true",
    "2023-06/2024, 2025-01, true",
    "2004/.., 2003, true",
    "2004/.., 2004-01-01, false",
    "2004/.., 9999, false",
  })
  void excludes_onlyADateWhoseEveryDayIsOutside(String period, String date, boolean excluded) {
    assertThat(range(period).excludes(PartialDate.parse(date))).isEqualTo(excluded);
  }

  @Test
  void excludes_isNotTheOppositeOfContains() {
    DateRange period = range("2023-06/2024");
    PartialDate year = PartialDate.parse("2023");

    assertThat(period.contains(year)).isFalse();
    assertThat(period.excludes(year)).isFalse();
  }

  @Test
  void excludes_rejectsNull() {
    assertThatThrownBy(() -> range("2004/..").excludes(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }

  /** Short periods, and dates in the years around them, so that many touch or overlap. */
  static Stream<Arguments> generatedRangesAndDates() {
    return SeededCases.of(
        random -> {
          PartialDate start = dateIn(random, random.nextInt(2, 9990));
          PartialDate end = dateIn(random, start.year() + random.nextInt(0, 3));
          DateRange range =
              end.endsBefore(start) || random.nextInt(5) == 0 ? DateRange.since(start) : DateRange.of(start, end);
          PartialDate date = dateIn(random, start.year() + random.nextInt(-1, 5));
          return List.<Object>of(range, date);
        });
  }

  private static PartialDate dateIn(java.util.SplittableRandom random, int year) {
    PartialDate some = SeededCases.partialDate(random);
    switch (some.precision()) {
      case YEAR:
        return PartialDate.ofYear(year);
      case MONTH:
        return PartialDate.of(year, some.month().getAsInt());
      default:
        return PartialDate.of(year, some.month().getAsInt(), Math.min(28, some.day().getAsInt()));
    }
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("generatedRangesAndDates")
  void excludes_exactlyWhenNoDayOfTheDateIsInThePeriod(long seed, List<Object> rangeAndDate) {
    DateRange range = (DateRange) rangeAndDate.get(0);
    PartialDate date = (PartialDate) rangeAndDate.get(1);

    boolean excluded = range.excludes(date);

    assertThat(excluded).isEqualTo(!range.overlaps(DateRange.of(date)));
    assertThat(excluded)
        .isEqualTo(
            !range.contains(date.earliestDate())
                && !range.contains(date.latestDate())
                && !date.contains(range.earliestDate()));
    if (range.contains(date)) {
      assertThat(excluded).isFalse();
    }
  }

  static Stream<Arguments> generatedRanges() {
    return SeededCases.of(
        random -> {
          PartialDate first = SeededCases.partialDate(random);
          PartialDate second = SeededCases.partialDate(random);
          boolean ordered = !second.endsBefore(first);
          PartialDate start = ordered ? first : second;
          PartialDate end = ordered ? second : first;
          return random.nextInt(4) == 0 ? DateRange.since(start) : DateRange.of(start, end);
        });
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("generatedRanges")
  void parse_readsBackWhatToStringWrites(long seed, DateRange range) {
    assertThat(DateRange.parse(range.toString())).isEqualTo(range);
    assertThat(range.overlaps(range)).isTrue();
    assertThat(range.contains(range.earliestDate())).isTrue();
  }
}
