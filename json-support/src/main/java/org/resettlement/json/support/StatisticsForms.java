package org.resettlement.json.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resettlement.core.Category;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.Rounding;

/**
 * The JSON forms of the values of official statistics that are neither text nor objects of the
 * Immutables convention, as far as they do not depend on the JSON library:
 *
 * <ul>
 *   <li>a {@link DimensionKey} is an object of dimension codes to category codes, in the order of
 *       the dimensions: {@code {"sex": "female", "age-band": "18-34", "citizenship": "SY",
 *       "eurostat:unit": "PER"}}. Each category is read for its dimension ({@link
 *       Dimension#category(String)}), so {@code "female"} of {@code sex} is the sex female and a
 *       code the dimension does not know is kept as the publisher's code. A key names at most
 *       {@value #MAX_DIMENSIONS} dimensions;
 *   <li>a {@link Rounding} is an object naming its method, {@code {"toNearest": 5}}.
 * </ul>
 *
 * <p>Each form is an instance that collects the properties of one object as a binding reads them,
 * and builds the value at its end; every rule it breaks is thrown as a {@link WireProblem}. An
 * instance is mutable and serves one object only.
 */
public final class StatisticsForms {

  /**
   * The most dimensions a key names. Publishers' tables divide by a handful (Eurostat's {@code
   * migr_asyresa} by five, with its unit and frequency); a hundred leaves room for any real table
   * and bounds what a document can make a reader build for one key.
   */
  public static final int MAX_DIMENSIONS = 100;

  /** What a key looks like, for a value of another JSON type. */
  public static final String EXPECTED_KEY =
      "an object of dimension codes to category codes, such as {\"sex\": \"female\"}";

  /** What a category looks like, for a value of another JSON type. */
  public static final String EXPECTED_CATEGORY = "a category code (a string) such as female, 18-34 or SY";

  /** What a dimension looks like, for a value of another JSON type. */
  public static final String EXPECTED_DIMENSION =
      "a dimension such as sex, age-band, citizenship, country-of-origin, country-of-asylum or"
          + " eurostat:unit";

  /** What a rounding looks like, for a value of another JSON type. */
  public static final String EXPECTED_ROUNDING = "an object such as {\"toNearest\": 5}";

  /** What the unit of a rounding looks like, for a value of another JSON type. */
  public static final String EXPECTED_UNIT = "a whole number from 2 to " + Integer.MAX_VALUE;

  /** The property of a rounding to the nearest multiple of a unit: the unit. */
  public static final String TO_NEAREST = "toNearest";

  private static final List<String> ROUNDING_PROPERTIES = List.of(TO_NEAREST);

  private StatisticsForms() {}

  /**
   * Reads a dimension code, as a key's property name or a breakdown's dimension.
   *
   * @param code  the code the document holds, not null
   * @return the dimension, not null
   * @throws WireProblem if the code is no dimension
   */
  public static Dimension dimension(String code) {
    try {
      return Dimension.of(code);
    } catch (InvalidValueException e) {
      throw new WireProblem(Wording.invalidText(code, EXPECTED_DIMENSION, e));
    }
  }

  /**
   * Checks that a key can be written: that it names no more dimensions than a reader reads.
   *
   * @param key  the key, not null
   * @return the key
   * @throws IllegalArgumentException if the key names more than {@value #MAX_DIMENSIONS}
   *     dimensions
   */
  public static DimensionKey writable(DimensionKey key) {
    if (key.size() > MAX_DIMENSIONS) {
      throw new IllegalArgumentException(tooManyDimensions(key.size()));
    }
    return key;
  }

  private static String tooManyDimensions(int count) {
    return "a key must not name more than " + MAX_DIMENSIONS + " dimensions, found " + count;
  }

  //-----------------------------------------------------------------------
  /** The properties of a key read so far: give each with {@link #category}, then {@link #build}. */
  public static final class KeyForm {
    private final Map<Dimension, Category> categories = new LinkedHashMap<>();

    /** Creates an empty form. */
    public KeyForm() {}

    /**
     * Reads one property of a key, while the parser stands at its value.
     *
     * @param name  the property name, a dimension code, not null
     * @param code  the property value, a category code of the dimension, not null
     * @throws WireProblem if the key names too many dimensions, the name is no dimension, the
     *     dimension is given twice, or the code is no category code
     */
    public void category(String name, String code) {
      if (categories.size() == MAX_DIMENSIONS) {
        throw new WireProblem(tooManyDimensions(MAX_DIMENSIONS + 1));
      }
      Dimension dimension = dimension(name);
      if (categories.containsKey(dimension)) {
        // A mapper that detects duplicate properties says the same; one that does not would
        // otherwise keep the last, and the first would be dropped without a word.
        throw new WireProblem(Wording.GIVEN_TWICE);
      }
      try {
        categories.put(dimension, dimension.category(code));
      } catch (InvalidValueException e) {
        throw new WireProblem(Wording.invalidText(code, EXPECTED_CATEGORY, e));
      }
    }

    /**
     * Returns the key of the properties read.
     *
     * @return the key, not null
     * @throws WireProblem if no property was read: the whole population is written by leaving the
     *     key out, so that {@code {}}, like any other value of the wrong kind, is not read as if it
     *     were not there
     */
    public DimensionKey build() {
      // {} is the whole population, as a left-out key is: the writer leaves it out, and a key
      // written on its own (a value of its type) is {}.
      // Every category was read for its dimension, which accepts it.
      return DimensionKey.of(categories);
    }
  }

  //-----------------------------------------------------------------------
  /**
   * The properties of a rounding read so far: start each with {@link #property}, give the unit with
   * {@link #unit}, then {@link #build}.
   */
  public static final class RoundingForm {
    private int unit;

    /** Creates an empty form. */
    public RoundingForm() {}

    /**
     * Starts a property of the object; call it before reading the property's value.
     *
     * @param name  the property's name, not null
     * @throws WireProblem if the form has no such property, or the object gave it before
     */
    public void property(String name) {
      if (!name.equals(TO_NEAREST)) {
        throw new WireProblem(Wording.unknownProperty(ROUNDING_PROPERTIES));
      }
      if (unit != 0) {
        throw new WireProblem(Wording.GIVEN_TWICE);
      }
    }

    /**
     * Sets the unit, while the parser stands at it.
     *
     * @param text  the whole number as the document gives it, not null
     * @param value  its value, or any value if it is beyond the range of a {@code long}
     * @param fitsLong  whether the number is within the range of a {@code long}
     * @throws WireProblem if the unit is not from 2 to {@value Integer#MAX_VALUE}
     */
    public void unit(String text, long value, boolean fitsLong) {
      if (!fitsLong || value < 2 || value > Integer.MAX_VALUE) {
        throw new WireProblem(Wording.quoted(text) + " is not " + EXPECTED_UNIT);
      }
      unit = (int) value;
    }

    /**
     * Builds the rounding the object describes, once all its properties are read.
     *
     * @return the rounding, not null
     * @throws WireProblem naming the property, if the object does not give the unit
     */
    public Rounding build() {
      if (unit == 0) {
        throw new WireProblem(TO_NEAREST, Wording.REQUIRED);
      }
      return Rounding.toNearest(unit);
    }
  }
}
