package org.resettlement.core;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count of people, places or other things, as precisely as the source states it.
 *
 * <p>Sources rarely give exact figures: "some 50 representatives", "over 100 participants", "up
 * to 500 places", "between 30 and 40 cities". A quantity keeps the figure and how it was
 * qualified, so nothing is made more precise than it was:
 *
 * <table>
 *   <caption>Qualifiers, their text form, and their bounds</caption>
 *   <tr><th>qualifier</th><th>factory</th><th>text</th><th>{@link #min()}</th><th>{@link #max()}</th></tr>
 *   <tr><td>{@link Qualifier#EXACT EXACT}</td><td>{@code exactly(50)}</td><td>{@code 50}</td><td>50</td><td>50</td></tr>
 *   <tr><td>{@link Qualifier#APPROXIMATE APPROXIMATE}</td><td>{@code approximately(50)}</td><td>{@code about 50}</td><td>50</td><td>50</td></tr>
 *   <tr><td>{@link Qualifier#AT_LEAST AT_LEAST}</td><td>{@code atLeast(100)}</td><td>{@code at least 100}</td><td>100</td><td>none</td></tr>
 *   <tr><td>{@link Qualifier#AT_MOST AT_MOST}</td><td>{@code atMost(20)}</td><td>{@code up to 20}</td><td>0</td><td>20</td></tr>
 *   <tr><td>{@link Qualifier#RANGE RANGE}</td><td>{@code between(30, 40)}</td><td>{@code 30-40}</td><td>30</td><td>40</td></tr>
 * </table>
 *
 * <p>Counts are never negative. {@link #plus(Quantity)} adds two quantities and keeps the weaker
 * qualifier, so that "50 + about 3,500" is "about 3,550". {@code toString()} writes the text form
 * above and {@link #parse(CharSequence)} reads it back.
 *
 * <h2>"Over 100" is at least 100</h2>
 * Sources write "over 100 participants" for a rounded lower bound, not for "101 or more": the
 * figure is what they counted up to, and the first figure they would not claim is unknown. So a
 * source's "over 100" is {@code atLeast(100)}, whose smallest count is 100, and it is written
 * {@code at least 100}, so that the words and {@link #min()} agree. {@link #parse(CharSequence)}
 * reads {@code over 100} too, as the same quantity, so that figures can be taken from sources as
 * they are worded. No quantity means "more than N"; where a source is strict, give {@code
 * atLeast(N + 1)}.
 *
 * <h2>Certain comparisons</h2>
 * A quantity stands for one count that is not known exactly. {@link #isCertainlyAbove(Quantity)},
 * {@link #isCertainlyBelow(Quantity)} and their overloads for a plain count answer only what holds
 * for every count the statements allow: "30-60" is certainly below "at least 70", but "about 60"
 * is not certainly above "30-60". An approximate figure is taken as stated, from {@link #min()} to
 * {@link #max()}.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class Quantity {

  /**
   * How a figure was qualified. The constants are declared from the strongest statement to the
   * weakest; {@link Quantity#plus(Quantity)} keeps the later of two.
   */
  public enum Qualifier {
    /** The figure is exact: "50 participants". */
    EXACT,
    /** The count lies between a minimum and a maximum, both included: "30 to 40 cities". */
    RANGE,
    /** The figure is an upper bound: "up to 20 places". */
    AT_MOST,
    /** The figure is a lower bound, included: "at least 100", and "over 100" as sources say it. */
    AT_LEAST,
    /** The figure is an estimate: "some 50", "around 3,500". */
    APPROXIMATE
  }

  /** Exactly nothing: the neutral element of {@link #plus(Quantity)}. */
  public static final Quantity ZERO = new Quantity(Qualifier.EXACT, 0, 0);

  private static final Pattern TEXT =
      Pattern.compile("(?:(about|at least|over|up to) )?(\\d{1,18})(?:-(\\d{1,18}))?");

  private final Qualifier qualifier;
  private final long value;
  private final long rangeMax;

  private Quantity(Qualifier qualifier, long value, long rangeMax) {
    this.qualifier = qualifier;
    this.value = value;
    this.rangeMax = rangeMax;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains an exact count.
   *
   * @param count the count, not negative
   * @return the quantity, not null
   * @throws InvalidValueException if the count is negative
   */
  public static Quantity exactly(long count) {
    return count == 0 ? ZERO : new Quantity(Qualifier.EXACT, nonNegative("value", count), count);
  }

  /**
   * Obtains an approximate count, such as "some 50" or "around 3,500".
   *
   * @param count the estimated count, not negative
   * @return the quantity, not null
   * @throws InvalidValueException if the count is negative
   */
  public static Quantity approximately(long count) {
    return new Quantity(Qualifier.APPROXIMATE, nonNegative("value", count), count);
  }

  /**
   * Obtains a count known only from below, such as "at least 100", or "over 100" as sources word
   * it; the count may be the bound itself.
   *
   * @param minimum the lower bound, included, not negative
   * @return the quantity, not null
   * @throws InvalidValueException if the bound is negative
   */
  public static Quantity atLeast(long minimum) {
    return new Quantity(Qualifier.AT_LEAST, nonNegative("value", minimum), minimum);
  }

  /**
   * Obtains a count known only from above, such as "up to 20".
   *
   * @param maximum the upper bound, not negative
   * @return the quantity, not null
   * @throws InvalidValueException if the bound is negative
   */
  public static Quantity atMost(long maximum) {
    return new Quantity(Qualifier.AT_MOST, nonNegative("value", maximum), maximum);
  }

  /**
   * Obtains a count between two figures, both included, such as "30 to 40".
   *
   * @param minimum the smallest count, not negative
   * @param maximum the largest count, not less than the minimum
   * @return the quantity, not null
   * @throws InvalidValueException if the minimum is negative or above the maximum
   */
  public static Quantity between(long minimum, long maximum) {
    nonNegative("min", minimum);
    Invariants.check(
        minimum <= maximum,
        Quantity.class,
        "max",
        () -> "must not be less than the minimum " + minimum + ", was " + maximum);
    return new Quantity(Qualifier.RANGE, minimum, maximum);
  }

  /**
   * Adds up quantities, keeping the weakest qualifier among them.
   *
   * <p>All are added at once, by the rules of {@link #plus(Quantity)} applied to every term: the
   * total has the weakest qualifier of them all, and its figures are the sums of the terms'
   * minimums, maximums or estimates, as that qualifier needs. So the total does not depend on the
   * order of the quantities, which adding them one by one with {@code plus} does for "at least"
   * and approximate totals.
   *
   * @param quantities the quantities to add, not null, without null elements
   * @return the total, {@link #ZERO} if there are none, not null
   * @throws NullPointerException if the quantities or one of them is null
   * @throws InvalidValueException if the total does not fit in a {@code long}
   */
  public static Quantity sum(Iterable<Quantity> quantities) {
    Objects.requireNonNull(quantities, "quantities");
    Total total = new Total();
    for (Quantity quantity : quantities) {
      total.add(Objects.requireNonNull(quantity, "quantities"));
    }
    return total.result();
  }

  /**
   * The sums a total is made of, as the terms come: its weakest qualifier and the sums of the
   * terms' minimums, maximums and estimates. A sum beyond {@code Long.MAX_VALUE} is kept as {@code
   * -1} and refused only if the total's qualifier needs it.
   */
  private static final class Total {
    private static final long TOO_LARGE = -1;

    private Qualifier weakest = Qualifier.EXACT;
    private long minimums;
    private long maximums;
    private long estimates;

    void add(Quantity term) {
      if (term.qualifier.compareTo(weakest) > 0) {
        weakest = term.qualifier;
      }
      minimums = add(minimums, term.min());
      // An "at least" term adds its bound here too, but makes the total "at least" or
      // approximate, which uses no maximum.
      maximums = add(maximums, term.rangeMax);
      estimates = add(estimates, term.estimate());
    }

    private static long add(long sum, long figure) {
      return sum == TOO_LARGE || sum > Long.MAX_VALUE - figure ? TOO_LARGE : sum + figure;
    }

    Quantity result() {
      switch (weakest) {
        case EXACT:
          return exactly(fitting(minimums));
        case RANGE:
          return between(fitting(minimums), fitting(maximums));
        case AT_MOST:
          return atMost(fitting(maximums));
        case AT_LEAST:
          return atLeast(fitting(minimums));
        default:
          return approximately(fitting(estimates));
      }
    }

    private static long fitting(long sum) {
      if (sum == TOO_LARGE) {
        throw new InvalidValueException(Quantity.class, "value", "total exceeds " + Long.MAX_VALUE);
      }
      return sum;
    }
  }

  /**
   * Reads a quantity from the text that {@link #toString()} writes: {@code 50}, {@code about 50},
   * {@code at least 100}, {@code up to 20} or {@code 30-40}.
   *
   * <p>{@code over 100} is read as {@code at least 100}, as sources use it (see the class
   * comment), and written back as {@code at least 100}. Digits only, without thousands separators;
   * one space after the qualifying words.
   *
   * @param text the text to read, not null
   * @return the quantity, not null
   * @throws InvalidValueException if the text is null, not in one of the forms, or a range has
   *     its minimum above its maximum
   */
  public static Quantity parse(CharSequence text) {
    Invariants.notNull(Quantity.class, "text", text);
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches() || (matcher.group(1) != null && matcher.group(3) != null)) {
      throw new InvalidValueException(
          Quantity.class,
          Wording.quoted(text)
              + " is not a quantity (such as 50, about 50, at least 100, up to 20 or 30-40)");
    }
    long figure = Long.parseLong(matcher.group(2));
    if (matcher.group(3) != null) {
      long maximum = Long.parseLong(matcher.group(3));
      if (maximum < figure) {
        throw new InvalidValueException(
            Quantity.class,
            "max",
            Wording.quoted(text) + " is not a quantity: the maximum must not be less than the minimum");
      }
      return between(figure, maximum);
    }
    String words = matcher.group(1);
    if (words == null) {
      return exactly(figure);
    }
    switch (words) {
      case "about":
        return approximately(figure);
      case "at least":
      case "over":
        return atLeast(figure);
      default:
        return atMost(figure);
    }
  }

  private static long nonNegative(String field, long count) {
    return Invariants.nonNegative(Quantity.class, field, count);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns how the figure was qualified.
   *
   * @return the qualifier, not null
   */
  public Qualifier qualifier() {
    return qualifier;
  }

  /**
   * Returns the figure the source stated: the exact or approximate count, the bound of {@code
   * AT_LEAST} or {@code AT_MOST}, or the minimum of a {@code RANGE} (whose maximum is {@link
   * #max()}).
   *
   * @return the figure, not negative
   */
  public long value() {
    return value;
  }

  /**
   * Returns the smallest count this statement allows: the figure itself, except {@code 0} for
   * {@code AT_MOST}. An approximate figure is taken as stated.
   *
   * @return the lower bound, not negative
   */
  public long min() {
    return qualifier == Qualifier.AT_MOST ? 0 : value;
  }

  /**
   * Returns the largest count this statement allows, if it has one: the figure itself, the
   * maximum of a range, or none for {@code AT_LEAST}. An approximate figure is taken as stated.
   *
   * @return the upper bound, or empty for {@code AT_LEAST}
   */
  public OptionalLong max() {
    return qualifier == Qualifier.AT_LEAST ? OptionalLong.empty() : OptionalLong.of(rangeMax);
  }

  /**
   * Returns one figure to compare or divide by: the stated figure, or the middle of a range
   * rounded down.
   *
   * @return the estimate, not negative
   */
  public long estimate() {
    return qualifier == Qualifier.RANGE ? value + (rangeMax - value) / 2 : value;
  }

  /**
   * Checks whether this is an exact count.
   *
   * @return true if the qualifier is {@link Qualifier#EXACT}
   */
  public boolean exact() {
    return qualifier == Qualifier.EXACT;
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether every count this quantity allows is above a count.
   *
   * <p>{@code at least 70} and {@code 71} are certainly above 70; {@code about 70} and {@code
   * up to 100} are not.
   *
   * @param count the count to compare with
   * @return true if {@link #min()} is above the count
   */
  public boolean isCertainlyAbove(long count) {
    return min() > count;
  }

  /**
   * Checks whether every count this quantity allows is below a count.
   *
   * <p>{@code up to 60} and {@code 30-59} are certainly below 60; {@code at least 10} is never
   * certainly below anything, as it has no upper bound.
   *
   * @param count the count to compare with
   * @return true if this quantity has a {@link #max()} and it is below the count
   */
  public boolean isCertainlyBelow(long count) {
    OptionalLong max = max();
    return max.isPresent() && max.getAsLong() < count;
  }

  /**
   * Checks whether every count this quantity allows is above every count another allows.
   *
   * <p>{@code at least 70} is certainly above {@code 30-60}; {@code about 60} is not, and nothing
   * is certainly above {@code at least 100}. {@code a.isCertainlyAbove(b)} is the same as {@code
   * b.isCertainlyBelow(a)}.
   *
   * @param other the other quantity, not null
   * @return true if the other has a {@link #max()} and this quantity's {@link #min()} is above it
   * @throws NullPointerException if the other is null
   */
  public boolean isCertainlyAbove(Quantity other) {
    Objects.requireNonNull(other, "other");
    return other.isCertainlyBelow(min());
  }

  /**
   * Checks whether every count this quantity allows is below every count another allows.
   *
   * <p>{@code 80} is certainly below {@code 100} and {@code up to 90} below {@code at least 95};
   * {@code 30-60} is not certainly below {@code about 60}.
   *
   * @param other the other quantity, not null
   * @return true if this quantity has a {@link #max()} and it is below the other's {@link #min()}
   * @throws NullPointerException if the other is null
   */
  public boolean isCertainlyBelow(Quantity other) {
    Objects.requireNonNull(other, "other");
    return isCertainlyBelow(other.min());
  }

  /**
   * Adds up the smallest counts that quantities allow: the least their total can be.
   *
   * <p>Compare the result with {@link #isCertainlyBelow(long)} to ask whether parts certainly add
   * up to more than a total allows: {@code total.isCertainlyBelow(sumOfMinimums(parts))}. A sum
   * beyond {@link Long#MAX_VALUE} is given as {@code Long.MAX_VALUE}, which no quantity's maximum
   * is below, so such a comparison never reports what it cannot be sure of.
   *
   * @param quantities the quantities, not null, without null elements
   * @return the sum of their {@link #min()}s, at most {@link Long#MAX_VALUE}, not negative
   * @throws NullPointerException if the quantities or one of them is null
   */
  public static long sumOfMinimums(Iterable<Quantity> quantities) {
    Objects.requireNonNull(quantities, "quantities");
    long total = 0;
    for (Quantity quantity : quantities) {
      long min = Objects.requireNonNull(quantity, "quantities").min();
      total = total > Long.MAX_VALUE - min ? Long.MAX_VALUE : total + min;
    }
    return total;
  }

  //-----------------------------------------------------------------------
  /**
   * Adds another quantity to this one, keeping the weaker of the two qualifiers.
   *
   * <p>The total has the later of the two qualifiers in the order {@code EXACT, RANGE, AT_MOST,
   * AT_LEAST, APPROXIMATE}, and its figures follow from that qualifier:
   *
   * <ul>
   *   <li>{@code EXACT}: the sum of the counts; {@code 50 + 30 = 80}.
   *   <li>{@code RANGE}: the sums of the minimums and of the maximums; {@code 30-40 + 5 = 35-45}.
   *   <li>{@code AT_MOST}: the sum of the maximums; {@code up to 20 + 30-40 = up to 60}.
   *   <li>{@code AT_LEAST}: the sum of the minimums; {@code at least 100 + up to 20 = at least
   *       100}.
   *   <li>{@code APPROXIMATE}: the sum of the {@linkplain #estimate() estimates}; {@code 50 +
   *       about 3500 = about 3550}.
   * </ul>
   *
   * <p>Adding is commutative, and associative for exact, range and "up to" totals. It is not
   * associative for "at least" and approximate totals, since an "up to" total keeps no minimum and
   * estimates round: {@code (up to 20 + 30) + at least 100} is {@code at least 100}, but {@code up
   * to 20 + (30 + at least 100)} is {@code at least 130}. To add more than two quantities, use
   * {@link #sum(Iterable)}, which adds them all at once and gives the same total in any order.
   *
   * @param other the quantity to add, not null
   * @return the total, not null
   * @throws NullPointerException if the other is null
   * @throws InvalidValueException if the total does not fit in a {@code long}
   */
  public Quantity plus(Quantity other) {
    Objects.requireNonNull(other, "other");
    Total total = new Total();
    total.add(this);
    total.add(other);
    return total.result();
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether this quantity has the same qualifier and figures as another object.
   *
   * <p>{@code exactly(50)} does not equal {@code approximately(50)}.
   *
   * @param other the object to compare with, may be null
   * @return true if the other is an equal quantity
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Quantity)) {
      return false;
    }
    Quantity that = (Quantity) other;
    return qualifier == that.qualifier && value == that.value && rangeMax == that.rangeMax;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (Long.hashCode(value) * 31 + Long.hashCode(rangeMax)) * 31 + qualifier.ordinal();
  }

  /**
   * Returns the text form, which {@link #parse(CharSequence)} reads back: {@code 50}, {@code
   * about 50}, {@code at least 100}, {@code up to 20} or {@code 30-40}.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    switch (qualifier) {
      case EXACT:
        return Long.toString(value);
      case APPROXIMATE:
        return "about " + value;
      case AT_LEAST:
        return "at least " + value;
      case AT_MOST:
        return "up to " + value;
      default:
        return value + "-" + rangeMax;
    }
  }
}
