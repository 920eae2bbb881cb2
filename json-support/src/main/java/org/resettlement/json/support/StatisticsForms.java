package org.resettlement.json.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.resettlement.core.Category;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.Rounding;

/**
 * The JSON forms of the values of official statistics that are neither text nor objects of the
 * Immutables convention: a {@link DimensionKey}, an object of dimension codes to category codes
 * such as {@code {"sex": "female", "citizenship": "SY"}}, and a {@link Rounding}, its unit as a
 * whole number such as {@code 5}.
 */
public final class StatisticsForms {

  /** What a key looks like, for a value of another JSON type. */
  public static final String EXPECTED_KEY =
      "an object of dimension codes to category codes, such as {\"sex\": \"female\"}";

  /** What a category looks like, for a value of another JSON type. */
  public static final String EXPECTED_CATEGORY = "a category code (a string) such as female, 18-34 or SY";

  /** What a rounding looks like, for a value of another JSON type. */
  public static final String EXPECTED_ROUNDING = "a rounding unit (a whole number of at least 2) such as 5";

  private static final String EMPTY_KEY =
      "a key must name at least one dimension; leave the key out for the whole population";

  private static final String EXPECTED_DIMENSION =
      "a dimension such as sex, age-band, citizenship, country-of-origin, country-of-asylum or"
          + " eurostat:unit";

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
   * Reads a rounding unit.
   *
   * @param unit  the number the document holds
   * @return the rounding, not null
   * @throws WireProblem if the unit is below 2 or too large
   */
  public static Rounding rounding(long unit) {
    if (unit < 2 || unit > Integer.MAX_VALUE) {
      throw new WireProblem(unit + " is not " + EXPECTED_ROUNDING);
    }
    return Rounding.toNearest((int) unit);
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
     * @throws WireProblem if the name is no dimension, the dimension is given twice, or the code is
     *     no category code
     */
    public void category(String name, String code) {
      Dimension dimension = dimension(name);
      if (categories.containsKey(dimension)) {
        throw new WireProblem("the dimension " + Wording.quoted(name) + " is given twice");
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
     * @throws WireProblem if no property was read: the whole population is written by leaving
     *     the key out, so that a key that is there always divides the population
     */
    public DimensionKey build() {
      if (categories.isEmpty()) {
        throw new WireProblem(EMPTY_KEY);
      }
      // Every category was read for its dimension, which accepts it.
      return DimensionKey.of(categories);
    }
  }
}
