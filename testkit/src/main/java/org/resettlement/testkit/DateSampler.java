package org.resettlement.testkit;

import static org.resettlement.testkit.SampleData.EARLIEST_DATE;
import static org.resettlement.testkit.SampleData.LATEST_DATE;

import java.time.LocalDate;
import java.time.YearMonth;
import org.resettlement.core.DateRange;
import org.resettlement.core.PartialDate;

/**
 * Makes dates and periods between {@link SampleData#EARLIEST_DATE} and {@link
 * SampleData#LATEST_DATE}, at the precisions sources state them: a day, a month or a year.
 */
final class DateSampler {
  /** The year of {@link SampleData#EARLIEST_DATE}. */
  static final int FIRST_YEAR = EARLIEST_DATE.getYear();

  /** The year of {@link SampleData#LATEST_DATE}. */
  static final int LAST_YEAR = LATEST_DATE.getYear();

  private final Draw draw;

  DateSampler(Draw draw) {
    this.draw = draw;
  }

  PartialDate partialDate() {
    return partialDate(draw.day(EARLIEST_DATE, LATEST_DATE));
  }

  /** A day as a source would state it: to the day in 60% of cases, the month in 25%, the year in 15%. */
  PartialDate partialDate(LocalDate day) {
    return at(day, precision());
  }

  private PartialDate.Precision precision() {
    int roll = draw.below(100);
    return roll < 60 ? PartialDate.Precision.DAY : roll < 85 ? PartialDate.Precision.MONTH : PartialDate.Precision.YEAR;
  }

  /** The day, month or year that holds a day. */
  static PartialDate at(LocalDate day, PartialDate.Precision precision) {
    switch (precision) {
      case DAY:
        return PartialDate.of(day);
      case MONTH:
        return PartialDate.of(YearMonth.from(day));
      default:
        return PartialDate.ofYear(day.getYear());
    }
  }

  /** A few days, months or years at one precision, or open-ended in one case out of ten. */
  DateRange dateRange() {
    LocalDate start = draw.day(EARLIEST_DATE, LATEST_DATE);
    PartialDate.Precision precision = precision();
    PartialDate from = at(start, precision);
    if (draw.chance(10)) {
      return DateRange.since(from);
    }
    LocalDate end;
    switch (precision) {
      case DAY:
        end = start.plusDays(draw.between(0, 400));
        break;
      case MONTH:
        end = start.plusMonths(draw.between(0, 24));
        break;
      default:
        end = start.plusYears(draw.between(0, 4));
        break;
    }
    return DateRange.of(from, at(earlier(end, LATEST_DATE), precision));
  }

  /** The earlier of two days. */
  static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
