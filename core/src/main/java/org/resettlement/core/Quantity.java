package org.resettlement.core;

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
 *   <tr><td>{@link Qualifier#AT_LEAST AT_LEAST}</td><td>{@code atLeast(100)}</td><td>{@code over 100}</td><td>100</td><td>none</td></tr>
 *   <tr><td>{@link Qualifier#AT_MOST AT_MOST}</td><td>{@code atMost(20)}</td><td>{@code up to 20}</td><td>0</td><td>20</td></tr>
 *   <tr><td>{@link Qualifier#RANGE RANGE}</td><td>{@code between(30, 40)}</td><td>{@code 30-40}</td><td>30</td><td>40</td></tr>
 * </table>
 *
 * <p>Counts are never negative. {@link #plus(Quantity)} adds two quantities and keeps the weaker
 * qualifier, so that "50 + about 3,500" is "about 3,550". {@code toString()} writes the text form
 * above and {@link #parse(CharSequence)} reads it back.
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
    /** The figure is a lower bound: "over 100 participants", "at least 100". */
    AT_LEAST,
    /** The figure is an estimate: "some 50", "around 3,500". */
    APPROXIMATE
  }

  /** Exactly nothing: the neutral element of {@link #plus(Quantity)}. */
  public static final Quantity ZERO = new Quantity(Qualifier.EXACT, 0, 0);

  private static final Pattern TEXT =
      Pattern.compile("(?:(about|over|up to) )?(\\d{1,18})(?:-(\\d{1,18}))?");

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
   * Obtains a count known only from below, such as "over 100" or "at least 100".
   *
   * @param minimum the lower bound, not negative
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
   * @param quantities the quantities to add, not null, without null elements
   * @return the total, {@link #ZERO} if there are none, not null
   * @throws InvalidValueException if the total does not fit in a {@code long}
   */
  public static Quantity sum(Iterable<Quantity> quantities) {
    Invariants.notNull(Quantity.class, "quantities", quantities);
    Quantity total = ZERO;
    for (Quantity quantity : quantities) {
      total = total.plus(quantity);
    }
    return total;
  }

  /**
   * Reads a quantity from the text that {@link #toString()} writes: {@code 50}, {@code about 50},
   * {@code over 100}, {@code up to 20} or {@code 30-40}.
   *
   * <p>Digits only, without thousands separators; one space after the qualifying words.
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
              + " is not a quantity (such as 50, about 50, over 100, up to 20 or 30-40)");
    }
    long figure = Long.parseLong(matcher.group(2));
    if (matcher.group(3) != null) {
      return between(figure, Long.parseLong(matcher.group(3)));
    }
    String words = matcher.group(1);
    if (words == null) {
      return exactly(figure);
    }
    switch (words) {
      case "about":
        return approximately(figure);
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
  public boolean isExact() {
    return qualifier == Qualifier.EXACT;
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
   *   <li>{@code AT_LEAST}: the sum of the minimums; {@code over 100 + up to 20 = over 100}.
   *   <li>{@code APPROXIMATE}: the sum of the {@linkplain #estimate() estimates}; {@code 50 +
   *       about 3500 = about 3550}.
   * </ul>
   *
   * @param other the quantity to add, not null
   * @return the total, not null
   * @throws InvalidValueException if the other is null or the total does not fit in a {@code
   *     long}
   */
  public Quantity plus(Quantity other) {
    Invariants.notNull(Quantity.class, "other", other);
    Qualifier weaker =
        qualifier.compareTo(other.qualifier) >= 0 ? qualifier : other.qualifier;
    try {
      switch (weaker) {
        case EXACT:
          return exactly(Math.addExact(value, other.value));
        case RANGE:
          return between(
              Math.addExact(min(), other.min()),
              Math.addExact(max().getAsLong(), other.max().getAsLong()));
        case AT_MOST:
          return atMost(Math.addExact(max().getAsLong(), other.max().getAsLong()));
        case AT_LEAST:
          return atLeast(Math.addExact(min(), other.min()));
        default:
          return approximately(Math.addExact(estimate(), other.estimate()));
      }
    } catch (ArithmeticException e) {
      throw new InvalidValueException(Quantity.class, "value", "total exceeds " + Long.MAX_VALUE);
    }
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
   * about 50}, {@code over 100}, {@code up to 20} or {@code 30-40}.
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
        return "over " + value;
      case AT_MOST:
        return "up to " + value;
      default:
        return value + "-" + rangeMax;
    }
  }
}
