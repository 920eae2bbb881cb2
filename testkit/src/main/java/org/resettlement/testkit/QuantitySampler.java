package org.resettlement.testkit;

import java.math.BigDecimal;
import java.util.Currency;
import org.resettlement.core.MonetaryAmount;
import org.resettlement.core.Quantity;
import org.resettlement.core.StatisticMetric;

/**
 * Makes quantities and amounts of money as sources state them: exact counts, and estimates and
 * bounds rounded down to two significant digits ("about 3500", "at least 100").
 */
final class QuantitySampler {
  private static final Quantity.Qualifier[] QUALIFIERS = Quantity.Qualifier.values();

  /** The smallest and largest plausible figure of each metric, in the order of {@link StatisticMetric}. */
  private static final long[][] METRIC_RANGES = {
    {50_000, 2_500_000}, {100, 100_000}, {500, 150_000}, {200, 100_000}, {100, 100_000},
    {100, 100_000}, {1, 35}, {10, 500_000}, {100, 2_000_000}, {10, 50_000}, {100, 1_000_000}
  };

  private final Draw draw;

  QuantitySampler(Draw draw) {
    this.draw = draw;
  }

  /** A quantity of 1 to 5,000 with any qualifier. */
  Quantity quantity() {
    return quantity(1, 5_000);
  }

  /** A quantity of 1 to 5,000 with the given qualifier. */
  Quantity quantity(Quantity.Qualifier qualifier) {
    return quantity(qualifier, 1, 5_000);
  }

  /** A quantity with any qualifier and a figure from {@code low} to {@code high}. */
  Quantity quantity(long low, long high) {
    return quantity(draw.pick(QUALIFIERS), low, high);
  }

  /** A quantity with any qualifier and a figure of a plausible size for a metric. */
  Quantity figure(StatisticMetric metric) {
    long[] range = METRIC_RANGES[metric.ordinal()];
    return quantity(range[0], range[1]);
  }

  /**
   * A quantity with a figure from {@code low} to {@code high}; estimates and bounds are rounded
   * down to two significant digits, as sources round them ("about 3500", "at least 100").
   */
  Quantity quantity(Quantity.Qualifier qualifier, long low, long high) {
    long figure = draw.between(low, high);
    switch (qualifier) {
      case EXACT:
        return Quantity.exactly(figure);
      case APPROXIMATE:
        return Quantity.approximately(rounded(figure));
      case AT_LEAST:
        return Quantity.atLeast(rounded(figure));
      case AT_MOST:
        return Quantity.atMost(rounded(figure));
      default:
        long start = rounded(figure);
        return Quantity.between(start, start + rounded(Math.max(1, start / 4)));
    }
  }

  /** A quantity whose largest possible count is at most {@code limit}, which is at least 1. */
  Quantity within(long limit) {
    long figure = draw.between(1L, limit);
    switch (draw.below(4)) {
      case 0:
        return Quantity.exactly(figure);
      case 1:
        return Quantity.approximately(rounded(figure));
      case 2:
        return Quantity.atMost(figure);
      default:
        return Quantity.between(draw.between(0L, figure), figure);
    }
  }

  /** A quantity certainly above a maximum: an exact figure up to a fifth above it. */
  Quantity above(long maximum) {
    return Quantity.exactly(maximum + draw.between(1L, Math.max(1L, maximum / 5)));
  }

  /** Rounds a positive figure down to two significant digits: 3547 gives 3500. */
  private static long rounded(long figure) {
    long unit = 1;
    while (figure / unit >= 100) {
      unit *= 10;
    }
    return figure / unit * unit;
  }

  //-----------------------------------------------------------------------
  /** An amount of 500 to 2,000,000 units, in euro more often than not. */
  MonetaryAmount monetaryAmount() {
    return money(Currency.getInstance(draw.pick(Vocabulary.CURRENCIES)));
  }

  /** An amount of 500 to 2,000,000 units of a currency, whole or with cents. */
  MonetaryAmount money(Currency currency) {
    long units = rounded(draw.between(500L, 2_000_000L));
    BigDecimal amount = draw.chance(50) ? BigDecimal.valueOf(units) : BigDecimal.valueOf(units * 100, 2);
    return MonetaryAmount.of(amount, currency);
  }
}
