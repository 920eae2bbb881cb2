package org.resettlement.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which population a figure counts: at most one {@link Category} for each {@link Dimension}, such
 * as "citizenship Syria, sex female, age 18 to 34".
 *
 * <p>This is the series key of SDMX without the metric, period and geography, which an {@link
 * Observation} and a {@link Statistic} carry as fields of their own. A dimension that a key leaves
 * out is not divided: the {@linkplain #of() empty key} counts the whole population, {@code
 * {sex=female}} counts women of every age and citizenship. So a published total and its margins
 * and cells differ only in their keys, and {@link #includes(DimensionKey)} says which population is
 * part of which.
 *
 * <p>A key lists its dimensions in their order ({@link Dimension#compareTo(Dimension)}), whatever
 * the order they were given in. {@code toString()} gives {@code {sex=female, citizenship=SY}}.
 *
 * <p>A category that its dimension does not {@linkplain Dimension#accepts(Category) accept} is
 * refused with an {@link InvalidValueException} whose field is the dimension's code, such as
 * {@code "DimensionKey.sex: 'SY' is not a category of sex (it is a country category)"}.
 *
 * <p>A category given as a publisher's {@link CategoryCode} that the dimension knows is kept typed:
 * {@code of(SEX, CategoryCode.of("female"))} is {@code of(SEX, Sex.FEMALE)}.
 *
 * <p>This class is immutable and thread-safe, and is a value type. A cube of a million cells has
 * few distinct keys; share them where cells are built.
 */
public final class DimensionKey {

  private static final Dimension[] NO_DIMENSIONS = {};
  private static final Category[] NO_CATEGORIES = {};

  private static final DimensionKey EMPTY = new DimensionKey(NO_DIMENSIONS, NO_CATEGORIES);

  /** The dimensions in their order, and the category of each at the same index. */
  private final Dimension[] dimensions;
  private final Category[] categories;
  private final int hash;

  private DimensionKey(Dimension[] dimensions, Category[] categories) {
    this.dimensions = dimensions;
    this.categories = categories;
    this.hash = computeHash();
  }

  /** The hash code, computed once: keys are looked up in the maps of an index over many cells. */
  private int computeHash() {
    return 31 * Arrays.hashCode(dimensions) + Arrays.hashCode(categories);
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains the empty key, which counts the whole population.
   *
   * @return the empty key, not null
   */
  public static DimensionKey of() {
    return EMPTY;
  }

  /**
   * Obtains a key of one dimension, such as {@code {sex=female}}.
   *
   * @param dimension  the dimension, not null
   * @param category  the category of the dimension, not null
   * @return the key, not null
   * @throws InvalidValueException if either is null, or the dimension does not {@linkplain
   *     Dimension#accepts(Category) accept} the category
   */
  public static DimensionKey of(Dimension dimension, Category category) {
    Invariants.notNull(DimensionKey.class, "dimension", dimension);
    Invariants.notNull(DimensionKey.class, "category", category);
    Category checked = dimension.checked(DimensionKey.class, dimension.code(), category);
    return new DimensionKey(new Dimension[] {dimension}, new Category[] {checked});
  }

  /**
   * Obtains a key from a map of dimensions to their categories, in any order.
   *
   * @param categories  the category of each dimension, not null
   * @return the key, not null
   * @throws InvalidValueException if the map is null or holds null, or a dimension does not
   *     {@linkplain Dimension#accepts(Category) accept} its category; the field is the dimension's
   *     code
   */
  public static DimensionKey of(Map<Dimension, ? extends Category> categories) {
    Invariants.notNull(DimensionKey.class, "categories", categories);
    if (categories.isEmpty()) {
      return EMPTY;
    }
    Map<Dimension, Category> sorted = new TreeMap<>();
    for (Map.Entry<Dimension, ? extends Category> entry : categories.entrySet()) {
      Dimension dimension = Invariants.notNull(DimensionKey.class, "dimension", entry.getKey());
      sorted.put(dimension, dimension.checked(DimensionKey.class, dimension.code(), entry.getValue()));
    }
    return new DimensionKey(
        sorted.keySet().toArray(NO_DIMENSIONS), sorted.values().toArray(NO_CATEGORIES));
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy of this key with a dimension set to a category, replacing the category it had.
   *
   * @param dimension  the dimension, not null
   * @param category  the category of the dimension, not null
   * @return the key with the category, not null
   * @throws InvalidValueException if either is null, or the dimension does not accept the category
   */
  public DimensionKey with(Dimension dimension, Category category) {
    Invariants.notNull(DimensionKey.class, "dimension", dimension);
    Invariants.notNull(DimensionKey.class, "category", category);
    Category checked = dimension.checked(DimensionKey.class, dimension.code(), category);
    int at = Arrays.binarySearch(dimensions, dimension);
    if (at >= 0) {
      if (categories[at].equals(checked)) {
        return this;
      }
      Category[] replaced = categories.clone();
      replaced[at] = checked;
      return new DimensionKey(dimensions, replaced);
    }
    int insert = -at - 1;
    Dimension[] moreDimensions = new Dimension[dimensions.length + 1];
    Category[] moreCategories = new Category[categories.length + 1];
    System.arraycopy(dimensions, 0, moreDimensions, 0, insert);
    System.arraycopy(categories, 0, moreCategories, 0, insert);
    moreDimensions[insert] = dimension;
    moreCategories[insert] = checked;
    System.arraycopy(dimensions, insert, moreDimensions, insert + 1, dimensions.length - insert);
    System.arraycopy(categories, insert, moreCategories, insert + 1, categories.length - insert);
    return new DimensionKey(moreDimensions, moreCategories);
  }

  /**
   * Returns a copy of this key without a dimension: the wider population of every category of it.
   *
   * @param dimension  the dimension to leave out, not null
   * @return the key without the dimension, this key if it has none, not null
   * @throws InvalidValueException if the dimension is null
   */
  public DimensionKey without(Dimension dimension) {
    Invariants.notNull(DimensionKey.class, "dimension", dimension);
    int at = Arrays.binarySearch(dimensions, dimension);
    if (at < 0) {
      return this;
    }
    if (dimensions.length == 1) {
      return EMPTY;
    }
    Dimension[] fewerDimensions = new Dimension[dimensions.length - 1];
    Category[] fewerCategories = new Category[categories.length - 1];
    System.arraycopy(dimensions, 0, fewerDimensions, 0, at);
    System.arraycopy(categories, 0, fewerCategories, 0, at);
    System.arraycopy(dimensions, at + 1, fewerDimensions, at, dimensions.length - at - 1);
    System.arraycopy(categories, at + 1, fewerCategories, at, categories.length - at - 1);
    return new DimensionKey(fewerDimensions, fewerCategories);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the category of a dimension.
   *
   * @param dimension  the dimension, not null
   * @return the category, or empty if this key does not divide by the dimension
   * @throws NullPointerException if the dimension is null
   */
  public Optional<Category> category(Dimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    int at = Arrays.binarySearch(dimensions, dimension);
    return at < 0 ? Optional.empty() : Optional.of(categories[at]);
  }

  /**
   * Returns the dimensions of this key, in their order.
   *
   * @return the unmodifiable set of dimensions, empty for the whole population, not null
   */
  public Set<Dimension> dimensions() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(dimensions)));
  }

  /**
   * Returns this key as a map of each dimension to its category, in the order of the dimensions.
   *
   * @return the unmodifiable map, empty for the whole population, not null
   */
  public Map<Dimension, Category> asMap() {
    Map<Dimension, Category> map = new LinkedHashMap<>();
    for (int i = 0; i < dimensions.length; i++) {
      map.put(dimensions[i], categories[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the number of dimensions of this key.
   *
   * @return the number of dimensions, 0 for the whole population
   */
  public int size() {
    return dimensions.length;
  }

  /**
   * Checks whether this key is the empty key, which counts the whole population.
   *
   * @return true if this key has no dimension
   */
  public boolean empty() {
    return dimensions.length == 0;
  }

  /**
   * Checks whether the population of another key is part of the population of this key: every
   * dimension of this key has the same category in the other. {@code {sex=female}} includes
   * {@code {sex=female, citizenship=SY}}, and every key includes itself; the empty key includes
   * every key.
   *
   * <p>This compares categories as they are: it does not know that an age band {@code 0-17}
   * encloses {@code 5-11}.
   *
   * @param other  the other key, not null
   * @return true if every dimension and category of this key is in the other
   * @throws NullPointerException if the other key is null
   */
  public boolean includes(DimensionKey other) {
    Objects.requireNonNull(other, "other");
    if (other.dimensions.length < dimensions.length) {
      return false;
    }
    int j = 0;
    for (int i = 0; i < dimensions.length; i++) {
      while (j < other.dimensions.length && other.dimensions[j].compareTo(dimensions[i]) < 0) {
        j++;
      }
      if (j == other.dimensions.length
          || !other.dimensions[j].equals(dimensions[i])
          || !other.categories[j].equals(categories[i])) {
        return false;
      }
      j++;
    }
    return true;
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether this key is the same as another.
   *
   * @param other  the object to compare with, null returns false
   * @return true if the other is a key with the same dimensions and categories
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DimensionKey)) {
      return false;
    }
    DimensionKey key = (DimensionKey) other;
    return hash == key.hash
        && Arrays.equals(dimensions, key.dimensions)
        && Arrays.equals(categories, key.categories);
  }

  /**
   * Returns a hash code from the dimensions and categories.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Returns the key as text, such as {@code {sex=female, citizenship=SY}}, or {@code {}} for the
   * whole population.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < dimensions.length; i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(dimensions[i].code()).append('=').append(categories[i].code());
    }
    return text.append('}').toString();
  }
}
