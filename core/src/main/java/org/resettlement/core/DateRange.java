package org.resettlement.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period from a start to an optional end, each a {@link PartialDate}: "13-15 November 2023",
 * "1 May - 31 December 2022", "2012-2020", or "since 2004" with no end.
 *
 * <p>Both ends are included. The period covers every day from the start's {@linkplain
 * PartialDate#earliestDate() earliest day} to the end's {@linkplain PartialDate#latestDate()
 * latest day}, or without limit when there is no end.
 *
 * <p>The end is never before the start: a range whose end {@linkplain
 * PartialDate#endsBefore(PartialDate) ends before} its start begins is refused. Ends of different
 * precision are allowed ({@code 2023-06/2023} is "from June 2023 to some time in 2023").
 *
 * <p>{@code toString()} writes the ISO 8601 interval, {@code 2023-11-13/2023-11-15}, or {@code
 * 2004/..} for an open end, which {@link #parse(CharSequence)} reads back.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class DateRange implements WithDateRange {

  private static final String OPEN_END = "..";

  DateRange() {}

  /**
   * Returns the first day, month or year of the period.
   *
   * @return the start, not null
   */
  public abstract PartialDate start();

  /**
   * Returns the last day, month or year of the period, if it has ended or its end is known.
   *
   * @return the end, or empty for an open-ended period such as "since 2004"
   */
  public abstract Optional<PartialDate> end();

  //-----------------------------------------------------------------------
  /**
   * Obtains a period with a start and an end.
   *
   * @param start the start, not null
   * @param end the end, not wholly before the start
   * @return the period, not null
   * @throws InvalidValueException if either is null or the end is before the start
   */
  public static DateRange of(PartialDate start, PartialDate end) {
    return builder().start(start).end(end).build();
  }

  /**
   * Obtains the period of one partial date: {@code of(2012)} is the year 2012, from its start to
   * its end.
   *
   * @param date the day, month or year, not null
   * @return the period starting and ending with the date, not null
   * @throws InvalidValueException if the date is null
   */
  public static DateRange of(PartialDate date) {
    return of(date, date);
  }

  /**
   * Obtains an open-ended period, such as "since 2004".
   *
   * @param start the start, not null
   * @return the period without an end, not null
   * @throws InvalidValueException if the start is null
   */
  public static DateRange since(PartialDate start) {
    return builder().start(start).build();
  }

  /**
   * Reads a period from its ISO 8601 interval text: {@code 2023-11-13/2023-11-15}, {@code
   * 2012/2020}, or {@code 2004/..} for an open end.
   *
   * @param text the text to read, not null
   * @return the period, not null
   * @throws InvalidValueException if the text is null, has no single {@code /}, either end is not
   *     a partial date, or the end is before the start
   */
  public static DateRange parse(CharSequence text) {
    Invariants.notNull(DateRange.class, "text", text);
    String interval = text.toString();
    int slash = interval.indexOf('/');
    if (slash < 0 || slash != interval.lastIndexOf('/')) {
      throw new InvalidValueException(
          DateRange.class,
          Wording.quoted(text) + " is not an ISO 8601 interval such as 2023-11-13/2023-11-15 or 2004/..");
    }
    PartialDate start = PartialDate.parse(interval.substring(0, slash));
    String end = interval.substring(slash + 1);
    return end.equals(OPEN_END) ? since(start) : of(start, PartialDate.parse(end));
  }

  /**
   * Creates a builder for a period.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    end().ifPresent(
        end ->
            Invariants.check(
                !end.endsBefore(start()),
                DateRange.class,
                "end",
                () -> "must not be before the start " + start() + ", was " + end));
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether the period has no end.
   *
   * @return true if there is no end
   */
  public boolean openEnded() {
    return end().isEmpty();
  }

  /**
   * Returns the first day the period may cover.
   *
   * @return the earliest day of the start, not null
   */
  public LocalDate earliestDate() {
    return start().earliestDate();
  }

  /**
   * Returns the last day the period may cover, if it has an end.
   *
   * @return the latest day of the end, or empty for an open-ended period
   */
  public Optional<LocalDate> latestDate() {
    return end().map(PartialDate::latestDate);
  }

  /**
   * Checks whether a day falls within the period.
   *
   * @param date the day, not null
   * @return true if the day is on or after the earliest day and, when there is an end, on or
   *     before the latest day
   * @throws NullPointerException if the date is null
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(earliestDate())
        && latestDate().map(latest -> !date.isAfter(latest)).orElse(true);
  }

  /**
   * Checks whether every day of a partial date falls within the period.
   *
   * @param date the day, month or year, not null
   * @return true if the whole span of the date lies within the period
   * @throws NullPointerException if the date is null
   */
  public boolean contains(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return contains(date.earliestDate()) && contains(date.latestDate());
  }

  /**
   * Checks whether a partial date certainly falls outside the period: no day it may stand for is
   * within the period.
   *
   * <p>This is not the opposite of {@link #contains(PartialDate)}: a date whose span reaches over
   * an end of the period, such as {@code 2023} for the period {@code 2023-06/2024}, is neither
   * contained nor excluded, since its unknown day may fall either side.
   *
   * @param date the day, month or year, not null
   * @return true if the date {@linkplain PartialDate#endsBefore(PartialDate) ends before} the start
   *     begins, or {@linkplain PartialDate#startsAfter(PartialDate) starts after} the end ends
   * @throws NullPointerException if the date is null
   */
  public boolean excludes(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return date.endsBefore(start()) || (end().isPresent() && date.startsAfter(end().get()));
  }

  /**
   * Checks whether this period shares at least one day with another.
   *
   * @param other the other period, not null
   * @return true if the two periods may overlap
   * @throws NullPointerException if the other is null
   */
  public boolean overlaps(DateRange other) {
    Objects.requireNonNull(other, "other");
    boolean otherStartsInTime =
        latestDate().map(latest -> !other.earliestDate().isAfter(latest)).orElse(true);
    boolean thisStartsInTime =
        other.latestDate().map(latest -> !earliestDate().isAfter(latest)).orElse(true);
    return otherStartsInTime && thisStartsInTime;
  }

  /**
   * Returns the ISO 8601 interval, which {@link #parse(CharSequence)} reads back.
   *
   * @return {@code start/end}, or {@code start/..} for an open end, not null
   */
  @Override
  public String toString() {
    return start() + "/" + end().map(PartialDate::toString).orElse(OPEN_END);
  }

  /** Builds a {@link DateRange}; {@code start} is required. */
  public static final class Builder extends ImmutableDateRange.Builder {
    /** Creates an empty builder; the same as {@link DateRange#builder()}. */
    public Builder() {}
  }
}
