package org.resettlement.json.support;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.Quantity;
import org.resettlement.core.Quantity.Qualifier;

/**
 * The JSON form of a {@link Quantity}, as far as it does not depend on the JSON library: an exact
 * count is a bare number, {@code 50}; any other is an object with the qualifier first, {@code
 * {"qualifier": "approximate", "value": 50}}, or, for a range, {@code {"qualifier": "range",
 * "min": 30, "max": 40}}. The object form of an exact count is read too. Counts are whole numbers
 * from 0 to 9223372036854775807.
 *
 * <p>An instance collects the properties of one object as a binding reads them and builds the
 * quantity at its end; every rule it breaks is thrown as a {@link WireProblem}. An instance is
 * mutable and serves one object only.
 */
public final class QuantityForm {
  /** The property naming the qualifier. */
  public static final String QUALIFIER = "qualifier";
  /** The property of the count of a quantity that is not a range. */
  public static final String VALUE = "value";
  /** The property of the lower bound of a range. */
  public static final String MIN = "min";
  /** The property of the upper bound of a range. */
  public static final String MAX = "max";

  /** What a quantity looks like, for a value of another JSON type. */
  public static final String EXPECTED =
      "a count such as 50, or an object such as {\"qualifier\": \"approximate\", \"value\": 50}";
  /** What a count looks like, for a value of another JSON type. */
  public static final String EXPECTED_COUNT = "a count (a whole number)";
  /** What a qualifier looks like, for a value of another JSON type. */
  public static final String EXPECTED_QUALIFIER;
  /** The reason for a count beyond the range of a {@code long}. */
  public static final String TOO_LARGE = "must not be more than " + Long.MAX_VALUE;

  private static final List<String> PROPERTIES = List.of(QUALIFIER, VALUE, MIN, MAX);
  private static final Map<String, Qualifier> QUALIFIERS = KebabCase.byName(Qualifier.class);
  private static final Map<Qualifier, String> NAMES = new EnumMap<>(Qualifier.class);
  private static final String QUALIFIER_NAMES = String.join(", ", QUALIFIERS.keySet());

  static {
    QUALIFIERS.forEach((name, qualifier) -> NAMES.put(qualifier, name));
    EXPECTED_QUALIFIER = "one of " + QUALIFIER_NAMES;
  }

  // Primitives and flags rather than boxed counts: one of these is made for every quantity read in
  // the object form, and it should cost no more than the boxes it replaces.
  private Qualifier qualifier;
  private long value;
  private long min;
  private long max;
  private boolean hasValue;
  private boolean hasMin;
  private boolean hasMax;

  /** Creates the form of one object, with no property read yet. */
  public QuantityForm() {}

  //-----------------------------------------------------------------------
  /**
   * Returns the JSON name of a qualifier, such as {@code at-least}.
   *
   * @param qualifier  the qualifier, not null
   * @return the name, not null
   */
  public static String nameOf(Qualifier qualifier) {
    return NAMES.get(qualifier);
  }

  /**
   * Checks a count read from a document.
   *
   * @param count  the whole number the document gives
   * @return the count
   * @throws WireProblem if the count is negative
   */
  public static long count(long count) {
    if (count < 0) {
      throw new WireProblem("must not be negative, was " + count);
    }
    return count;
  }

  //-----------------------------------------------------------------------
  /**
   * Starts a property of the object; call it before reading the property's value.
   *
   * @param name  the property's name, not null
   * @throws WireProblem if the form has no such property, or the object gave it before
   */
  public void property(String name) {
    switch (name) {
      case QUALIFIER:
        once(qualifier != null);
        break;
      case VALUE:
        once(hasValue);
        break;
      case MIN:
        once(hasMin);
        break;
      case MAX:
        once(hasMax);
        break;
      default:
        throw new WireProblem(Wording.unknownProperty(PROPERTIES));
    }
  }

  private static void once(boolean given) {
    if (given) {
      throw new WireProblem(Wording.GIVEN_TWICE);
    }
  }

  /**
   * Sets the qualifier from its JSON name.
   *
   * @param name  the text of the {@code qualifier} property, not null
   * @throws WireProblem if no qualifier has that name
   */
  public void qualifier(String name) {
    Qualifier named = QUALIFIERS.get(name);
    if (named == null) {
      throw new WireProblem(Wording.unknownValue(name, QUALIFIER_NAMES));
    }
    qualifier = named;
  }

  /**
   * Sets a count: the value or a bound.
   *
   * @param name  {@link #VALUE}, {@link #MIN} or {@link #MAX}
   * @param count  the count, checked with {@link #count(long)}
   */
  public void count(String name, long count) {
    switch (name) {
      case VALUE:
        value = count;
        hasValue = true;
        break;
      case MIN:
        min = count;
        hasMin = true;
        break;
      default:
        max = count;
        hasMax = true;
        break;
    }
  }

  /**
   * Builds the quantity the object describes, once all its properties are read.
   *
   * @return the quantity, not null
   * @throws WireProblem naming the property at fault, if the properties do not make a quantity
   */
  public Quantity build() {
    if (qualifier == null) {
      throw missing(QUALIFIER);
    }
    if (qualifier == Qualifier.RANGE) {
      return range();
    }
    if (hasMin || hasMax) {
      throw new WireProblem(hasMin ? MIN : MAX, "allowed only with the qualifier range");
    }
    if (!hasValue) {
      throw missing(VALUE);
    }
    long count = value;
    switch (qualifier) {
      case EXACT:
        return build(() -> Quantity.exactly(count));
      case APPROXIMATE:
        return build(() -> Quantity.approximately(count));
      case AT_LEAST:
        return build(() -> Quantity.atLeast(count));
      default:
        return build(() -> Quantity.atMost(count));
    }
  }

  private Quantity range() {
    if (hasValue) {
      throw new WireProblem(VALUE, "not allowed with the qualifier range; give min and max");
    }
    if (!hasMin) {
      throw missing(MIN);
    }
    if (!hasMax) {
      throw missing(MAX);
    }
    long lower = min;
    long upper = max;
    return build(() -> Quantity.between(lower, upper));
  }

  private static Quantity build(Supplier<Quantity> factory) {
    try {
      return factory.get();
    } catch (InvalidValueException e) {
      throw new WireProblem(e.field().orElse(null), e.reason());
    }
  }

  private static WireProblem missing(String name) {
    return new WireProblem(name, Wording.REQUIRED);
  }
}
