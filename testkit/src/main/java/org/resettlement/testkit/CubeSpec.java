package org.resettlement.testkit;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.resettlement.core.Dimension;
import org.resettlement.core.Rounding;
import org.resettlement.core.StatisticMetric;

/**
 * The shape of a sample cube of official statistics: a publisher's table with one {@link
 * org.resettlement.core.Observation} per cell, as {@link SampleData#cube(CubeSpec)} makes it.
 *
 * <pre>{@code
 * CubeSpec spec = CubeSpec.defaults()                        // citizenship x sex x age band
 *     .withDimension(Dimension.CITIZENSHIP, 40).withYears(10).withGeographies(27)
 *     .withRounding(Rounding.NEAREST_5).withStatuses(true);  // as Eurostat publishes migr_asyresa
 * try (Stream<Observation> cells = SampleData.withSeed(42).cube(spec)) {
 *   cells.forEach(...);                                       // spec.size() observations, one at a time
 * }
 * }</pre>
 *
 * <p>A cube divides a metric (resettled persons, by default) by its dimensions, each with a number
 * of categories, for a number of years and of reporting countries. Each (country, year) is one
 * slice of the cube, with a cell for every combination of categories. With {@linkplain
 * #margins() margins} (the default), each slice also has its total and every margin, as Eurostat
 * publishes them: a total leaves a dimension out of the key, so the slice holds an observation for
 * every combination of categories and totals. The categories of each dimension are the first of a
 * fixed list, which never overlap:
 * <ul>
 *   <li>{@link Dimension#SEX}: female, male, unknown (at most 3);
 *   <li>{@link Dimension#AGE_BAND}: 0-4, 5-11, 12-17, 18-34, 35-59, 60+, unknown (at most 7);
 *   <li>{@link Dimension#CITIZENSHIP} and {@link Dimension#COUNTRY_OF_ORIGIN}: countries people
 *       flee (SY, AF, ER, ...), stateless, unknown, then every other country in alphabetical order
 *       (at most {@value #MOST_COUNTRY_CATEGORIES});
 *   <li>{@link Dimension#COUNTRY_OF_ASYLUM}: countries of first asylum (TR, LB, JO, ...), stateless,
 *       unknown, then every other country.
 * </ul>
 * Years run up to 2024, the last one; countries are the resettlement states, the member states of
 * the European Union first.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class CubeSpec {

  /** The most categories a country dimension has: every country, stateless and unknown. */
  public static final int MOST_COUNTRY_CATEGORIES = 252;

  /** The most years a cube covers: 1990 to 2024. */
  public static final int MOST_YEARS = 2024 - 1990 + 1;

  private static final CubeSpec DEFAULTS =
      new CubeSpec(StatisticMetric.RESETTLED_PERSONS,
          new Dimension[] {Dimension.CITIZENSHIP, Dimension.SEX, Dimension.AGE_BAND}, new int[] {5, 2, 4},
          2, 1, true, null, false);

  private final StatisticMetric metric;
  private final Dimension[] dimensions;
  private final int[] categories;
  private final int years;
  private final int geographies;
  private final boolean margins;
  private final Rounding rounding;
  private final boolean statuses;

  private CubeSpec(StatisticMetric metric, Dimension[] dimensions, int[] categories, int years, int geographies,
      boolean margins, Rounding rounding, boolean statuses) {
    this.metric = metric;
    this.dimensions = dimensions;
    this.categories = categories;
    this.years = years;
    this.geographies = geographies;
    this.margins = margins;
    this.rounding = rounding;
    this.statuses = statuses;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a small cube of resettled persons by citizenship (5 categories), sex (female, male)
   * and age band (4 bands), for 2 years and 1 country, with margins, without rounding or statuses:
   * 2 x 5 x 2 x 4 = 80 cells and 2 x 6 x 3 x 5 = 180 observations.
   *
   * @return the default spec, not null
   */
  public static CubeSpec defaults() {
    return DEFAULTS;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns what the cube counts.
   *
   * @return the metric, not null
   */
  public StatisticMetric metric() {
    return metric;
  }

  /**
   * Returns the dimensions of the cube with their numbers of categories, in the order of the keys
   * the cube is read in.
   *
   * @return the unmodifiable map of dimensions to numbers of categories, possibly empty, not null
   */
  public Map<Dimension, Integer> dimensions() {
    Map<Dimension, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < dimensions.length; i++) {
      map.put(dimensions[i], categories[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns how many years the cube covers, up to 2024.
   *
   * @return the number of years, from 1 to {@value #MOST_YEARS}
   */
  public int years() {
    return years;
  }

  /**
   * Returns how many reporting countries the cube covers.
   *
   * @return the number of countries, at least 1
   */
  public int geographies() {
    return geographies;
  }

  /**
   * Returns whether each slice of the cube has its total and margins besides its cells.
   *
   * @return true if the cube has margins
   */
  public boolean margins() {
    return margins;
  }

  /**
   * Returns how the publisher rounds every figure of the cube. Rounded cells may then add up to
   * more than their rounded total, by up to the rounding's largest error for each cell, as
   * Eurostat's do.
   *
   * @return the rounding, or empty if figures are exact
   */
  public Optional<Rounding> rounding() {
    return Optional.ofNullable(rounding);
  }

  /**
   * Returns whether some observations carry statuses: about 2.5% are confidential and 1.5% not
   * available (both without a value), and about 9% estimated or provisional.
   *
   * @return true if observations carry statuses
   */
  public boolean statuses() {
    return statuses;
  }

  /**
   * Returns how many cells the cube has: one per combination of categories, year and country.
   *
   * @return the number of cells
   */
  public long cells() {
    long count = (long) years * geographies;
    for (int n : categories) {
      count *= n;
    }
    return count;
  }

  /**
   * Returns how many observations the cube has: its cells, and with margins also its totals and
   * margins.
   *
   * @return the number of observations, at least {@link #cells()}
   */
  public long size() {
    if (!margins) {
      return cells();
    }
    long count = (long) years * geographies;
    for (int n : categories) {
      count *= n + 1;
    }
    return count;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy that counts another metric.
   *
   * @param metric the metric, not null
   * @return the changed spec, not null
   * @throws NullPointerException if the metric is null
   */
  public CubeSpec withMetric(StatisticMetric metric) {
    Objects.requireNonNull(metric, "metric");
    return new CubeSpec(metric, dimensions, categories, years, geographies, margins, rounding, statuses);
  }

  /**
   * Returns a copy with a dimension of a number of categories: added after the others, or, if the
   * cube has the dimension, with the new number of categories in its place.
   *
   * @param dimension a built-in dimension, not null
   * @param count the number of categories, from 1 to the most the dimension has (see the class
   *     comment)
   * @return the changed spec, not null
   * @throws NullPointerException if the dimension is null
   * @throws IllegalArgumentException if the dimension is a publisher's, or the count is out of range
   */
  public CubeSpec withDimension(Dimension dimension, int count) {
    Objects.requireNonNull(dimension, "dimension");
    if (dimension.publisherDefined()) {
      throw new IllegalArgumentException(
          "a sample cube has built-in dimensions only, not " + dimension);
    }
    int most = mostCategories(dimension);
    if (count < 1 || count > most) {
      throw new IllegalArgumentException(
          "categories of " + dimension + " must be from 1 to " + most + ", was " + count);
    }
    int at = Arrays.asList(dimensions).indexOf(dimension);
    Dimension[] changedDimensions = at < 0 ? Arrays.copyOf(dimensions, dimensions.length + 1) : dimensions;
    int[] changedCategories = Arrays.copyOf(categories, changedDimensions.length);
    int index = at < 0 ? dimensions.length : at;
    changedDimensions[index] = dimension;
    changedCategories[index] = count;
    return new CubeSpec(metric, changedDimensions, changedCategories, years, geographies, margins, rounding, statuses);
  }

  /**
   * Returns a copy without a dimension; the copy is the same if the cube does not have it.
   *
   * @param dimension the dimension, not null
   * @return the changed spec, not null
   * @throws NullPointerException if the dimension is null
   */
  public CubeSpec withoutDimension(Dimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    int at = Arrays.asList(dimensions).indexOf(dimension);
    if (at < 0) {
      return this;
    }
    Dimension[] changedDimensions = new Dimension[dimensions.length - 1];
    int[] changedCategories = new int[dimensions.length - 1];
    for (int i = 0, j = 0; i < dimensions.length; i++) {
      if (i != at) {
        changedDimensions[j] = dimensions[i];
        changedCategories[j++] = categories[i];
      }
    }
    return new CubeSpec(metric, changedDimensions, changedCategories, years, geographies, margins, rounding, statuses);
  }

  /**
   * Returns a copy that covers another number of years, the last of them 2024.
   *
   * @param count the number of years, from 1 to {@value #MOST_YEARS}
   * @return the changed spec, not null
   * @throws IllegalArgumentException if the count is out of range
   */
  public CubeSpec withYears(int count) {
    if (count < 1 || count > MOST_YEARS) {
      throw new IllegalArgumentException("years must be from 1 to " + MOST_YEARS + ", was " + count);
    }
    return new CubeSpec(metric, dimensions, categories, count, geographies, margins, rounding, statuses);
  }

  /**
   * Returns a copy that covers another number of reporting countries.
   *
   * @param count the number of countries, from 1 to the number of resettlement states the testkit
   *     knows (35)
   * @return the changed spec, not null
   * @throws IllegalArgumentException if the count is out of range
   */
  public CubeSpec withGeographies(int count) {
    int most = Vocabulary.RESETTLEMENT_STATES.length;
    if (count < 1 || count > most) {
      throw new IllegalArgumentException("geographies must be from 1 to " + most + ", was " + count);
    }
    return new CubeSpec(metric, dimensions, categories, years, count, margins, rounding, statuses);
  }

  /**
   * Returns a copy with or without totals and margins.
   *
   * @param margins true for totals and margins besides the cells
   * @return the changed spec, not null
   */
  public CubeSpec withMargins(boolean margins) {
    return new CubeSpec(metric, dimensions, categories, years, geographies, margins, rounding, statuses);
  }

  /**
   * Returns a copy whose figures are rounded, every one of them, as Eurostat rounds to the nearest
   * 5: the true counts add up, the rounded ones may not.
   *
   * @param rounding the rounding, not null
   * @return the changed spec, not null
   * @throws NullPointerException if the rounding is null
   */
  public CubeSpec withRounding(Rounding rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return new CubeSpec(metric, dimensions, categories, years, geographies, margins, rounding, statuses);
  }

  /**
   * Returns a copy whose figures are exact.
   *
   * @return the changed spec, not null
   */
  public CubeSpec withoutRounding() {
    return new CubeSpec(metric, dimensions, categories, years, geographies, margins, null, statuses);
  }

  /**
   * Returns a copy with or without statuses on some observations, as {@link #statuses()} says.
   *
   * @param statuses true for statuses
   * @return the changed spec, not null
   */
  public CubeSpec withStatuses(boolean statuses) {
    return new CubeSpec(metric, dimensions, categories, years, geographies, margins, rounding, statuses);
  }

  /** The most categories a dimension of a sample cube has. */
  static int mostCategories(Dimension dimension) {
    return CubeSampler.categoriesOf(dimension).length;
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether another object is a spec of the same cube.
   *
   * @param other the object to compare with, may be null
   * @return true if the other is an equal spec
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CubeSpec)) {
      return false;
    }
    CubeSpec spec = (CubeSpec) other;
    return metric == spec.metric
        && Arrays.equals(dimensions, spec.dimensions)
        && Arrays.equals(categories, spec.categories)
        && years == spec.years
        && geographies == spec.geographies
        && margins == spec.margins
        && Objects.equals(rounding, spec.rounding)
        && statuses == spec.statuses;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(metric, Arrays.hashCode(dimensions), Arrays.hashCode(categories), years, geographies,
        margins, rounding, statuses);
  }

  /**
   * Returns the shape, such as {@code CubeSpec[RESETTLED_PERSONS by citizenship=5, sex=2,
   * age-band=4; years=2, geographies=1, margins, exact]}.
   *
   * @return the readable form, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("CubeSpec[").append(metric);
    for (int i = 0; i < dimensions.length; i++) {
      text.append(i == 0 ? " by " : ", ").append(dimensions[i]).append('=').append(categories[i]);
    }
    text.append("; years=").append(years).append(", geographies=").append(geographies)
        .append(margins ? ", margins" : ", cells only")
        .append(rounding == null ? ", exact" : ", rounded to " + rounding.unit());
    return text.append(statuses ? ", statuses]" : "]").toString();
  }
}
