package org.resettlement.validation.internal;

import java.util.OptionalLong;
import org.resettlement.core.DateRange;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Quantity;

/**
 * Comparisons that are certain whatever the unknown part of a figure or a date is: quantities by
 * their bounds, partial dates by their spans.
 */
final class Bounds {
  private Bounds() {}

  /**
   * Checks whether a count is certainly above what a quantity allows.
   *
   * @param count the smallest value of the other figure
   * @param limit the quantity, not null
   * @return true if the quantity has a maximum and the count exceeds it
   */
  static boolean certainlyAbove(long count, Quantity limit) {
    OptionalLong max = limit.max();
    return max.isPresent() && count > max.getAsLong();
  }

  /**
   * Checks whether one quantity is certainly below another: its largest value is smaller than the
   * other's smallest.
   *
   * @param quantity the quantity, not null
   * @param other the other quantity, not null
   * @return true if every count the first allows is below every count the second allows
   */
  static boolean certainlyBelow(Quantity quantity, Quantity other) {
    OptionalLong max = quantity.max();
    return max.isPresent() && max.getAsLong() < other.min();
  }

  /**
   * Adds the smallest counts of quantities, stopping at {@link Long#MAX_VALUE}.
   *
   * @param quantities the quantities, not null
   * @return the smallest total they allow
   */
  static long sumOfMinimums(Iterable<Quantity> quantities) {
    long total = 0;
    for (Quantity quantity : quantities) {
      total = total > Long.MAX_VALUE - quantity.min() ? Long.MAX_VALUE : total + quantity.min();
    }
    return total;
  }

  /**
   * Checks whether a partial date lies certainly outside a period: wholly before its start, or
   * wholly after its end.
   *
   * @param date the date, not null
   * @param period the period, not null
   * @return true if no day of the date falls within the period
   */
  static boolean certainlyOutside(PartialDate date, DateRange period) {
    boolean before = date.latestDate().isBefore(period.earliestDate());
    boolean after = period.latestDate().map(last -> date.earliestDate().isAfter(last)).orElse(false);
    return before || after;
  }
}
