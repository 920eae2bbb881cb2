package org.resettlement.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.Year;
import org.resettlement.core.DateRange;
import org.resettlement.core.PartialDate;
import org.resettlement.validation.internal.Constraints.NotInFuture;
import org.resettlement.validation.internal.Constraints.PlausibleDate;

/**
 * The validators of {@link PlausibleDate} and {@link NotInFuture}, for every date type of the
 * model.
 *
 * <p>"Today" is the date of the validator factory's {@link jakarta.validation.ClockProvider}
 * clock, in the clock's zone, so that tests and batch jobs can fix it. A partial date is reported
 * only when every day it may stand for is out of bounds: {@code 2036} is plausible until the end
 * of 2026, and {@code 1944-12} never is.
 */
public final class DateValidators {
  private DateValidators() {}

  /** The first plausible day of a resettlement record: 1 January {@value #EARLIEST_YEAR}. */
  static final int EARLIEST_YEAR = 1945;

  /** How many years after today a date of a record may lie: {@value}. */
  static final int YEARS_AHEAD = 10;

  private static final LocalDate EARLIEST = LocalDate.of(EARLIEST_YEAR, 1, 1);

  /** Today, in the clock of the validator factory. */
  static LocalDate today(ConstraintValidatorContext context) {
    return LocalDate.now(context.getClockProvider().getClock());
  }

  private static boolean plausible(LocalDate first, LocalDate last, ConstraintValidatorContext context) {
    return !last.isBefore(EARLIEST) && !first.isAfter(today(context).plusYears(YEARS_AHEAD));
  }

  /** {@link PlausibleDate} on a partial date. */
  public static final class PlausiblePartialDate implements ConstraintValidator<PlausibleDate, PartialDate> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public PlausiblePartialDate() {}

    @Override
    public boolean isValid(PartialDate date, ConstraintValidatorContext context) {
      return date == null || plausible(date.earliestDate(), date.latestDate(), context);
    }
  }

  /** {@link PlausibleDate} on each end of a period, reported at {@code start} or {@code end}. */
  public static final class PlausibleDateRange implements ConstraintValidator<PlausibleDate, DateRange> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public PlausibleDateRange() {}

    @Override
    public boolean isValid(DateRange period, ConstraintValidatorContext context) {
      if (period == null) {
        return true;
      }
      boolean valid = true;
      PartialDate start = period.start();
      if (!plausible(start.earliestDate(), start.latestDate(), context)) {
        Violations.at(context, "start");
        valid = false;
      }
      PartialDate end = period.end().orElse(null);
      if (end != null && !plausible(end.earliestDate(), end.latestDate(), context)) {
        Violations.at(context, "end");
        valid = false;
      }
      return valid;
    }
  }

  /** {@link PlausibleDate} on a year, such as a funding's budget year. */
  public static final class PlausibleYear implements ConstraintValidator<PlausibleDate, Year> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public PlausibleYear() {}

    @Override
    public boolean isValid(Year year, ConstraintValidatorContext context) {
      return year == null || plausible(year.atDay(1), year.atMonth(12).atEndOfMonth(), context);
    }
  }

  /** {@link NotInFuture} on a partial date, such as a source's publication date. */
  public static final class PastPartialDate implements ConstraintValidator<NotInFuture, PartialDate> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public PastPartialDate() {}

    @Override
    public boolean isValid(PartialDate date, ConstraintValidatorContext context) {
      return date == null || !date.earliestDate().isAfter(today(context));
    }
  }

  /** {@link NotInFuture} on a date, such as the day a source was read. */
  public static final class PastLocalDate implements ConstraintValidator<NotInFuture, LocalDate> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public PastLocalDate() {}

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
      return date == null || !date.isAfter(today(context));
    }
  }
}
