package org.resettlement.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * The observations an {@link ObservationFilter} selects, added up: what their true counts add up
 * to, what their published figures add up to, and how many were withheld or missing, as {@link
 * ObservationIndex#total(ObservationFilter)} and {@link ObservationIndex#totalsBy(ObservationFilter,
 * Dimension)} compute it.
 *
 * <h2>Rounded figures add up to a range</h2>
 * A publisher that rounds to the nearest 5 publishes 85 for any true count from 83 to 87, so
 * three such cells of 85, 10 and 0 add up to a published 95 but a true count from 91 to 101: each
 * figure may be off by up to 2 ({@link Rounding#maxErrorOfSum(int)}). {@link #sum()} is that
 * range (the sum of each observation's {@link Observation#bounds()}); {@link #publishedSum()} is
 * the plain sum of the published figures, to show next to the publisher's own total.
 *
 * <h2>Withheld and missing observations</h2>
 * A confidential or missing observation has no value, but its population exists: a sum that
 * leaves it out is only a lower bound. When any observation was withheld or missing, {@link
 * #sum()} is therefore "at least" the sum of the others ({@link Quantity#atLeast(long)}), and
 * {@link #complete()} is false. An observation counts by whether it has a value: one with a value
 * is added whatever its status says, one without is withheld if it is confidential and missing
 * otherwise, with or without the status {@link ObservationStatus#NOT_AVAILABLE} (the validation
 * module reports a value that disagrees with its status).
 *
 * <p>A computed view of an index, not a record of a {@link Dataset}.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class ObservationTotal implements WithObservationTotal {

  ObservationTotal() {}

  /**
   * Returns the true counts the observations can add up to: the sum of their values widened by
   * their publishers' rounding, or at least that sum if any observation was withheld or missing.
   *
   * @return the sum, {@link Quantity#ZERO} if no observation has a value, not null
   */
  public abstract Quantity sum();

  /**
   * Returns the sum of the published figures, as a publisher's table would show it, without
   * allowing for rounding or for withheld and missing observations.
   *
   * @return the sum of the values, {@link Quantity#ZERO} if no observation has a value, not null
   */
  public abstract Quantity publishedSum();

  /**
   * Returns how many observations were added up, withheld and missing ones included.
   *
   * @return the number of observations, not negative
   */
  public abstract int observations();

  /**
   * Returns how many of the observations have no value and are {@linkplain Observation#withheld()
   * withheld} (confidential).
   *
   * @return the number of withheld observations, not negative
   */
  public abstract int withheld();

  /**
   * Returns how many of the observations have no value and are not withheld: not available, or
   * without a value and without a status that says why.
   *
   * @return the number of missing observations, not negative
   */
  public abstract int missing();

  //-----------------------------------------------------------------------
  /**
   * Creates a builder for a total.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether every observation added up has a value, so that {@link #sum()} bounds the true
   * total from both sides.
   *
   * @return true if no observation was withheld or missing
   */
  public boolean complete() {
    return withheld() == 0 && missing() == 0;
  }

  @Value.Check
  void check() {
    Invariants.nonNegative(ObservationTotal.class, "observations", observations());
    Invariants.nonNegative(ObservationTotal.class, "withheld", withheld());
    Invariants.nonNegative(ObservationTotal.class, "missing", missing());
    if ((long) withheld() + missing() > observations()) {
      // Any of the three can be the wrong one: all are named, so that a document is refused at
      // the total rather than at a count that may be right.
      throw new InvalidValueException(
          ObservationTotal.class,
          List.of("observations", "withheld", "missing"),
          "withheld and missing observations (" + withheld() + " and " + missing()
              + ") must not be more than the observations, " + observations());
    }
  }

  /**
   * Builds an {@link ObservationTotal}; {@code sum}, {@code publishedSum} and the three counts are
   * required.
   */
  public static final class Builder extends ImmutableObservationTotal.Builder {
    /** Creates an empty builder; the same as {@link ObservationTotal#builder()}. */
    public Builder() {}
  }
}
