package org.resettlement.core;

import java.util.Objects;

/**
 * How a publisher rounds the figures it publishes: to the nearest multiple of a unit, as Eurostat
 * rounds its asylum and resettlement statistics to the nearest 5.
 *
 * <p>A rounded figure stands for any true count within half a unit of it: a published 85 rounded
 * to the nearest 5 is a true count from 83 to 87 ({@link #bounds(long)}). Rounded parts therefore
 * need not add up to their rounded total: three parts of 1 each are published as 0, 0 and 0, with
 * a total of 5. Rules and sums that compare figures allow the error of each figure ({@link
 * #maxErrorOfSum(int)}).
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class Rounding {

  /** To the nearest 5, as Eurostat rounds asylum and resettlement statistics. */
  public static final Rounding NEAREST_5 = new Rounding(5);

  private final int unit;

  private Rounding(int unit) {
    this.unit = unit;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains the rounding to the nearest multiple of a unit.
   *
   * @param unit  the unit, at least 2, such as 5 or 10
   * @return the rounding, not null
   * @throws InvalidValueException if the unit is below 2
   */
  public static Rounding toNearest(int unit) {
    Invariants.check(
        unit >= 2, Rounding.class, "unit", () -> "must be at least 2, was " + unit);
    return unit == NEAREST_5.unit ? NEAREST_5 : new Rounding(unit);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the unit that figures are rounded to a multiple of.
   *
   * @return the unit, at least 2
   */
  public int unit() {
    return unit;
  }

  /**
   * Returns the largest difference between a published figure and the true count: half the unit,
   * rounded down, as a count is a whole number (2 for a unit of 5, 5 for a unit of 10).
   *
   * @return the largest error of one figure, at least 1
   */
  public int maxError() {
    return unit / 2;
  }

  /**
   * Returns the largest difference between the sum of published figures and the sum of their true
   * counts: the error of each figure, added up.
   *
   * @param parts  the number of rounded figures in the sum, not negative
   * @return the largest error of the sum, not negative
   * @throws IllegalArgumentException if the number of parts is negative
   */
  public long maxErrorOfSum(int parts) {
    if (parts < 0) {
      throw new IllegalArgumentException("parts must not be negative, was " + parts);
    }
    return (long) parts * maxError();
  }

  /**
   * Returns the true counts that a published figure can stand for: from the figure less the
   * {@linkplain #maxError() largest error}, but not below zero, to the figure plus it.
   *
   * @param published  the published figure, not negative
   * @return the range of true counts, such as 83-87 for 85 rounded to the nearest 5, not null
   * @throws IllegalArgumentException if the figure is negative
   */
  public Quantity bounds(long published) {
    if (published < 0) {
      throw new IllegalArgumentException("published must not be negative, was " + published);
    }
    return Quantity.between(below(published), above(published));
  }

  /**
   * Returns the true counts that a published quantity can stand for, widened by the {@linkplain
   * #maxError() largest error} on each side it has: an exact figure or a range becomes a range, "up
   * to" and "at least" move their bound. An approximate figure is returned as it is: it states no
   * bounds to widen.
   *
   * @param published  the published quantity, not null
   * @return the widened quantity, not null
   * @throws NullPointerException if the quantity is null
   */
  public Quantity bounds(Quantity published) {
    Objects.requireNonNull(published, "published");
    switch (published.qualifier()) {
      case EXACT:
      case RANGE:
        return Quantity.between(below(published.min()), above(published.max().orElseThrow()));
      case AT_MOST:
        return Quantity.atMost(above(published.value()));
      case AT_LEAST:
        return Quantity.atLeast(below(published.value()));
      default:
        return published;
    }
  }

  private long below(long figure) {
    return Math.max(0, figure - maxError());
  }

  private long above(long figure) {
    return figure > Long.MAX_VALUE - maxError() ? Long.MAX_VALUE : figure + maxError();
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether this rounding is the same as another.
   *
   * @param other  the object to compare with, null returns false
   * @return true if the other rounds to the same unit
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Rounding && unit == ((Rounding) other).unit;
  }

  /**
   * Returns a hash code from the unit.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return unit;
  }

  /**
   * Returns the rounding as text, such as {@code "to nearest 5"}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "to nearest " + unit;
  }
}
