package org.resettlement.core;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date known to the precision a source gives: a year ({@code 2012}), a month ({@code 2023-06})
 * or a day ({@code 2023-06-29}).
 *
 * <p>Reports often say "in 2012" or "in June 2023"; a partial date keeps exactly that much and
 * never invents the rest. It covers a span of days, from {@link #earliestDate()} to {@link
 * #latestDate()}. Years run from 1 to 9999.
 *
 * <p>The text form is ISO 8601 at the date's own precision: {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}. {@code toString()} writes it and {@link #parse(CharSequence)} reads it back.
 *
 * <h2>Order</h2>
 * Partial dates are ordered by their earliest day, and, when that is the same, the less precise
 * first: {@code 2023 < 2023-01 < 2023-01-01 < 2023-01-02 < 2023-02}. The order is consistent
 * with {@code equals}: two partial dates are equal only with the same precision and the same
 * fields.
 *
 * <p>The order says which date a list shows first, not which day came first: {@code 2023} sorts
 * before {@code 2023-05}, yet the day it stands for may be later. To ask whether one date is
 * certainly earlier or later than another, whatever their unknown parts are, use {@link
 * #endsBefore(PartialDate)} and {@link #startsAfter(PartialDate)}, which compare the spans.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** How much of a {@link PartialDate} is known. */
  public enum Precision {
    /** Only the year is known. */
    YEAR,
    /** The year and the month are known. */
    MONTH,
    /** The full date is known. */
    DAY
  }

  private static final String YEAR_RANGE = "must be 1 to 9999";
  private static final String MONTH_RANGE = "must be 1 to 12";

  private final int year;
  private final int month;
  private final int day;
  private final Precision precision;

  private PartialDate(int year, int month, int day, Precision precision) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.precision = precision;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains a partial date of which only the year is known.
   *
   * @param year the year, from 1 to 9999
   * @return the partial date, not null
   * @throws InvalidValueException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    return new PartialDate(checkYear(year), 0, 0, Precision.YEAR);
  }

  /**
   * Obtains a partial date of which the year and month are known.
   *
   * @param year the year, from 1 to 9999
   * @param month the month of the year, from 1 (January) to 12 (December)
   * @return the partial date, not null
   * @throws InvalidValueException if the year or month is out of range
   */
  public static PartialDate of(int year, int month) {
    checkYear(year);
    checkMonth(month);
    return new PartialDate(year, month, 0, Precision.MONTH);
  }

  /**
   * Obtains a partial date of which the full date is known.
   *
   * @param year the year, from 1 to 9999
   * @param month the month of the year, from 1 to 12
   * @param day the day of the month, from 1 to 28-31 depending on the month
   * @return the partial date, not null
   * @throws InvalidValueException if any field is out of range, or the day does not exist in
   *     that month (such as 29 February 2023)
   */
  public static PartialDate of(int year, int month, int day) {
    checkYear(year);
    checkMonth(month);
    Invariants.check(
        isDayOf(year, month, day), PartialDate.class, "day", () -> dayRange(year, month) + ", was " + day);
    return new PartialDate(year, month, day, Precision.DAY);
  }

  /**
   * Obtains a partial date with the precision of a day.
   *
   * @param date the date, in the years 1 to 9999
   * @return the partial date, not null
   * @throws InvalidValueException if the date is null or its year is out of range
   */
  public static PartialDate of(LocalDate date) {
    Invariants.notNull(PartialDate.class, "date", date);
    return new PartialDate(
        checkYear(date.getYear()), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY);
  }

  /**
   * Obtains a partial date with the precision of a month.
   *
   * @param yearMonth the month, in the years 1 to 9999
   * @return the partial date, not null
   * @throws InvalidValueException if the month is null or its year is out of range
   */
  public static PartialDate of(YearMonth yearMonth) {
    Invariants.notNull(PartialDate.class, "yearMonth", yearMonth);
    return of(yearMonth.getYear(), yearMonth.getMonthValue());
  }

  /**
   * Obtains a partial date with the precision of a year.
   *
   * @param year the year, from 1 to 9999
   * @return the partial date, not null
   * @throws InvalidValueException if the year is null or out of range
   */
  public static PartialDate of(Year year) {
    Invariants.notNull(PartialDate.class, "year", year);
    return ofYear(year.getValue());
  }

  /**
   * Reads a partial date from its ISO 8601 text: {@code 2012}, {@code 2023-06} or {@code
   * 2023-06-29}.
   *
   * <p>Exactly four digits of year, two of month and two of day; no sign, time or zone.
   *
   * <p>A refusal quotes the text as given and names the field out of range, such as {@code
   * PartialDate.day: '2023-02-29' is not a date: the day must be 1 to 28 in 2023-02}.
   *
   * @param text the text to read, not null
   * @return the partial date, not null
   * @throws InvalidValueException if the text is null, not in one of the three forms, or names a
   *     year, month or day that does not exist
   */
  public static PartialDate parse(CharSequence text) {
    Invariants.notNull(PartialDate.class, "text", text);
    if (!isIsoForm(text)) {
      throw new InvalidValueException(
          PartialDate.class,
          Wording.quoted(text) + " is not an ISO 8601 year, month or date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    int parsedYear = Integer.parseInt(text, 0, 4, 10);
    if (!isYear(parsedYear)) {
      throw notADate(text, "year", YEAR_RANGE);
    }
    if (text.length() == 4) {
      return new PartialDate(parsedYear, 0, 0, Precision.YEAR);
    }
    int parsedMonth = Integer.parseInt(text, 5, 7, 10);
    if (!isMonth(parsedMonth)) {
      throw notADate(text, "month", MONTH_RANGE);
    }
    if (text.length() == 7) {
      return new PartialDate(parsedYear, parsedMonth, 0, Precision.MONTH);
    }
    int parsedDay = Integer.parseInt(text, 8, 10, 10);
    if (!isDayOf(parsedYear, parsedMonth, parsedDay)) {
      throw notADate(text, "day", dayRange(parsedYear, parsedMonth));
    }
    return new PartialDate(parsedYear, parsedMonth, parsedDay, Precision.DAY);
  }

  /** Refuses a text in the right form whose field is out of range, quoting the text as given. */
  private static InvalidValueException notADate(CharSequence text, String field, String range) {
    return new InvalidValueException(
        PartialDate.class, field, Wording.quoted(text) + " is not a date: the " + field + " " + range);
  }

  /**
   * Whether a text is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} in ASCII digits. Not a
   * regular expression: nearly every record holds a date, and matching one took a twentieth of the
   * time of reading a dataset from JSON (benchmarks, JFR).
   */
  private static boolean isIsoForm(CharSequence text) {
    int length = text.length();
    if (length != 4 && length != 7 && length != 10) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean wellPlaced = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
      if (!wellPlaced) {
        return false;
      }
    }
    return true;
  }

  private static int checkYear(int year) {
    Invariants.check(isYear(year), PartialDate.class, "year", () -> YEAR_RANGE + ", was " + year);
    return year;
  }

  private static void checkMonth(int month) {
    Invariants.check(isMonth(month), PartialDate.class, "month", () -> MONTH_RANGE + ", was " + month);
  }

  private static boolean isYear(int year) {
    return year >= 1 && year <= 9999;
  }

  private static boolean isMonth(int month) {
    return month >= 1 && month <= 12;
  }

  /** Checks a day of a year and month that are in range; without allocating, as JSON reading calls it. */
  private static boolean isDayOf(int year, int month, int day) {
    return day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
  }

  /** Says which days a month has, such as {@code must be 1 to 28 in 2023-02}. */
  private static String dayRange(int year, int month) {
    return "must be 1 to " + Month.of(month).length(Year.isLeap(year)) + " in " + new PartialDate(year, month, 0, Precision.MONTH);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns how much of this date is known.
   *
   * @return the precision, not null
   */
  public Precision precision() {
    return precision;
  }

  /**
   * Returns the year.
   *
   * @return the year, from 1 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * Returns the month of the year, if known.
   *
   * @return the month from 1 to 12, or empty for a year-only date
   */
  public OptionalInt month() {
    return precision == Precision.YEAR ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /**
   * Returns the day of the month, if known.
   *
   * @return the day from 1 to 31, or empty unless the precision is {@link Precision#DAY}
   */
  public OptionalInt day() {
    return precision == Precision.DAY ? OptionalInt.of(day) : OptionalInt.empty();
  }

  /**
   * Returns the full date, if this partial date has the precision of a day.
   *
   * @return the date, or empty for a year or month
   */
  public Optional<LocalDate> toLocalDate() {
    return precision == Precision.DAY ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the first day this partial date may stand for: 1 January of a year, the 1st of a
   * month, or the date itself.
   *
   * @return the earliest day, not null
   */
  public LocalDate earliestDate() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(year, 1, 1);
      case MONTH:
        return LocalDate.of(year, month, 1);
      default:
        return LocalDate.of(year, month, day);
    }
  }

  /**
   * Returns the last day this partial date may stand for: 31 December of a year, the last day of
   * a month (29 February in a leap year), or the date itself.
   *
   * @return the latest day, not null
   */
  public LocalDate latestDate() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(year, 12, 31);
      case MONTH:
        return YearMonth.of(year, month).atEndOfMonth();
      default:
        return LocalDate.of(year, month, day);
    }
  }

  /**
   * Checks whether a day falls within the span of this partial date.
   *
   * @param date the day to check, not null
   * @return true if the day is between {@link #earliestDate()} and {@link #latestDate()},
   *     inclusive
   * @throws NullPointerException if the date is null
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(earliestDate()) && !date.isAfter(latestDate());
  }

  /**
   * Checks whether this partial date ends before another begins, so that it is certainly earlier
   * whatever the unknown parts of either are.
   *
   * <p>{@code 2022} ends before {@code 2023-05}, and so does {@code 2023-04-30}; {@code 2023} does
   * not, as their spans overlap, although {@code 2023} sorts before {@code 2023-05} in the
   * {@linkplain #compareTo(PartialDate) natural order}.
   *
   * @param other the other partial date, not null
   * @return true if the latest day of this date is before the earliest day of the other
   * @throws NullPointerException if the other is null
   */
  public boolean endsBefore(PartialDate other) {
    Objects.requireNonNull(other, "other");
    return latestDate().isBefore(other.earliestDate());
  }

  /**
   * Checks whether this partial date starts after another ends, so that it is certainly later
   * whatever the unknown parts of either are.
   *
   * <p>{@code 2024} starts after {@code 2023-05}, and so does {@code 2023-06-01}; {@code 2023-05}
   * does not start after {@code 2023}, as their spans overlap. {@code a.startsAfter(b)} is the same
   * as {@code b.endsBefore(a)}.
   *
   * @param other the other partial date, not null
   * @return true if the earliest day of this date is after the latest day of the other
   * @throws NullPointerException if the other is null
   */
  public boolean startsAfter(PartialDate other) {
    Objects.requireNonNull(other, "other");
    return other.endsBefore(this);
  }

  //-----------------------------------------------------------------------
  /**
   * Compares partial dates by their earliest day and then by precision, less precise first.
   *
   * @param other the other partial date, not null
   * @return negative, zero or positive as this date sorts before, with or after the other
   * @throws NullPointerException if the other is null
   */
  @Override
  public int compareTo(PartialDate other) {
    Objects.requireNonNull(other, "other");
    int byStart = earliestDate().compareTo(other.earliestDate());
    return byStart != 0 ? byStart : precision.compareTo(other.precision);
  }

  /**
   * Checks whether this partial date has the same precision and fields as another object.
   *
   * <p>{@code 2023} does not equal {@code 2023-01-01}: they say different things.
   *
   * @param other the object to compare with, may be null
   * @return true if the other is an equal partial date
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PartialDate)) {
      return false;
    }
    PartialDate that = (PartialDate) other;
    return year == that.year
        && month == that.month
        && day == that.day
        && precision == that.precision;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return ((year * 31 + month) * 31 + day) * 31 + precision.ordinal();
  }

  /**
   * Returns the ISO 8601 text at this date's precision, which {@link #parse(CharSequence)} reads
   * back.
   *
   * @return {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, not null
   */
  @Override
  public String toString() {
    // Called for every date a JSON document holds: the digits are put in place, without
    // String.format or a StringBuilder, which took a twentieth of the time of writing a dataset
    // (benchmarks, JFR).
    int length = precision == Precision.YEAR ? 4 : precision == Precision.MONTH ? 7 : 10;
    byte[] text = new byte[length];
    digits(text, 0, year, 4);
    if (length > 4) {
      text[4] = '-';
      digits(text, 5, month, 2);
    }
    if (length > 7) {
      text[7] = '-';
      digits(text, 8, day, 2);
    }
    return new String(text, StandardCharsets.US_ASCII);
  }

  /** Writes a value that has at most {@code width} digits, padded with zeros to that width. */
  private static void digits(byte[] text, int at, int value, int width) {
    int rest = value;
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
  }
}
