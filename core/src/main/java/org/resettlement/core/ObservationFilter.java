package org.resettlement.core;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which observations a question is about: a metric, a period or a span of periods, a geography,
 * and categories of dimensions, any of which may be left open. An {@link ObservationIndex} selects
 * and adds up the observations a filter matches.
 *
 * <p>"Syrians resettled to France in 2016" is the filter
 *
 * <pre>
 * ObservationFilter.builder()
 *     .metric(StatisticMetric.RESETTLED_PERSONS)
 *     .period(DateRange.of(PartialDate.ofYear(2016)))
 *     .geography(Geography.of(CountryCode.of("FR")))
 *     .category(Dimension.CITIZENSHIP, CountryCategory.of(CountryCode.of("SY")))
 *     .build();
 * </pre>
 *
 * <h2>Dimensions</h2>
 * For each dimension, a filter asks one of three things:
 *
 * <ul>
 *   <li>nothing (the default): an observation matches whether its {@link DimensionKey} divides by
 *       the dimension or not. Leaving a dimension out does <em>not</em> mean "the total over it".
 *       The filter above matches Eurostat's margin for Syrians, {@code {citizenship=SY}}, and
 *       also its cells {@code {sex=female, citizenship=SY}}, {@code {sex=male, citizenship=SY}}
 *       and so on.
 *   <li>a category ({@link #key()}, {@link Builder#category(Dimension, Category)}): the key must
 *       have that category of the dimension.
 *   <li>the total over the dimension ({@link #undivided()}): the key must not divide by the
 *       dimension, so the observation counts every category of it together, as SDMX's {@code
 *       _T} or Eurostat's {@code T} and {@code TOTAL} do. Adding {@code addUndivided(Dimension.SEX,
 *       Dimension.AGE_BAND)} to the filter above selects the margin for Syrians alone.
 * </ul>
 *
 * <p>{@link #exactKey()} asks for exactly the population of the key: no dimension is divided but
 * those of the key. Adding up observations that count overlapping populations (a margin and its
 * cells) counts people twice; give every dimension of a cube a category or the total, or ask for
 * an exact key, before adding up with {@link ObservationIndex#total(ObservationFilter)}.
 *
 * <p>Categories are compared as they are: the age band {@code 0-17} does not match an
 * observation of {@code 5-11}.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class ObservationFilter implements WithObservationFilter {

  private static final ObservationFilter ALL = builder().build();

  ObservationFilter() {}

  /**
   * Returns the metric the observations must have.
   *
   * @return the metric, or empty for any metric
   */
  public abstract Optional<StatisticMetric> metric();

  /**
   * Returns the period the observations must have, exactly: the year 2016 matches an observation
   * of the year 2016, not one of a month of it.
   *
   * @return the period, or empty for any period
   */
  public abstract Optional<DateRange> period();

  /**
   * Returns a span of time that the periods of the observations must lie within: {@code
   * 2010/2020} matches the yearly observations of those eleven years and every month of them.
   * Both ends count as in {@link DateRange#contains(LocalDate)}; an observation whose period
   * reaches beyond the span, or is open-ended while the span is not, does not match.
   *
   * @return the span, or empty for any period
   */
  public abstract Optional<DateRange> periodWithin();

  /**
   * Returns the geography the observations must have, exactly: France matches observations for
   * France, not those for the EU.
   *
   * @return the geography, or empty for any geography
   */
  public abstract Optional<Geography> geography();

  /**
   * Returns the categories the keys of the observations must have: every dimension and category
   * of this key must be in the observation's key ({@link DimensionKey#includes(DimensionKey)}).
   *
   * @return the key, the {@linkplain DimensionKey#of() empty key} (the default) to ask for no
   *     category, not null
   */
  @Value.Default
  public DimensionKey key() {
    return DimensionKey.of();
  }

  /**
   * Returns the dimensions the keys of the observations must not divide by: the observations
   * must count the total over every category of these dimensions.
   *
   * @return the unmodifiable set of dimensions, possibly empty, not null
   */
  public abstract Set<Dimension> undivided();

  /**
   * Returns whether the observations must count exactly the population of {@link #key()}:
   * their keys must equal it, so that no dimension is divided but those of the key.
   *
   * @return true to ask for the key exactly; false (the default) to let the observations divide
   *     by other dimensions than those of the key
   */
  @Value.Default
  public boolean exactKey() {
    return false;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the filter that matches every observation.
   *
   * @return the filter without conditions, not null
   */
  public static ObservationFilter all() {
    return ALL;
  }

  /**
   * Creates a builder for a filter.
   *
   * @return an empty builder, which builds a filter that matches every observation, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy of this filter that also asks for every category of a key, replacing the
   * category this filter asks of a dimension of the key.
   *
   * @param key  the categories to ask for, not null
   * @return the filter with the categories, not null
   * @throws InvalidValueException if the key is null, or divides by a dimension this filter asks
   *     to be {@linkplain #undivided() undivided}
   */
  public ObservationFilter with(DimensionKey key) {
    Invariants.notNull(ObservationFilter.class, "key", key);
    DimensionKey merged = key();
    for (Map.Entry<Dimension, Category> entry : key.asMap().entrySet()) {
      merged = merged.with(entry.getKey(), entry.getValue());
    }
    return withKey(merged);
  }

  /**
   * Returns a copy of this filter that also asks for a category of a dimension, replacing the
   * category it asked of that dimension.
   *
   * @param dimension  the dimension, not null
   * @param category  the category of the dimension, not null
   * @return the filter with the category, not null
   * @throws InvalidValueException if either is null, the dimension does not {@linkplain
   *     Dimension#accepts(Category) accept} the category, or this filter asks the dimension to be
   *     {@linkplain #undivided() undivided}
   */
  public ObservationFilter withCategory(Dimension dimension, Category category) {
    Invariants.notNull(ObservationFilter.class, "key", dimension);
    Invariants.notNull(ObservationFilter.class, "key", category);
    return withKey(key().with(dimension, category));
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether an observation meets every condition of this filter.
   *
   * @param observation  the observation, not null
   * @return true if the observation matches
   * @throws NullPointerException if the observation is null
   */
  public boolean matches(Observation observation) {
    Objects.requireNonNull(observation, "observation");
    return matchesCoordinates(observation.metric(), observation.period(), observation.geography())
        && matchesKey(observation.key());
  }

  /** Whether the metric, period and geography of observations meet this filter. */
  boolean matchesCoordinates(StatisticMetric metric, DateRange period, Geography geography) {
    return metric().map(metric::equals).orElse(true)
        && period().map(period::equals).orElse(true)
        && periodWithin().map(span -> within(period, span)).orElse(true)
        && geography().map(geography::equals).orElse(true);
  }

  /** Whether the key of observations meets this filter. */
  boolean matchesKey(DimensionKey observed) {
    if (exactKey()) {
      return observed.equals(key());
    }
    if (!key().includes(observed)) {
      return false;
    }
    for (Dimension dimension : undivided()) {
      if (observed.category(dimension).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /** Whether every day of a period lies within a span. */
  private static boolean within(DateRange period, DateRange span) {
    if (period.earliestDate().isBefore(span.earliestDate())) {
      return false;
    }
    Optional<LocalDate> spanEnd = span.latestDate();
    if (spanEnd.isEmpty()) {
      return true;
    }
    Optional<LocalDate> periodEnd = period.latestDate();
    return periodEnd.isPresent() && !periodEnd.get().isAfter(spanEnd.get());
  }

  @Value.Check
  void check() {
    for (Dimension dimension : undivided()) {
      Invariants.check(
          key().category(dimension).isEmpty(),
          ObservationFilter.class,
          "undivided",
          () -> "must not hold " + dimension + ", which the key divides by (" + key() + ")");
    }
  }

  /**
   * Builds an {@link ObservationFilter}; every condition is optional, and a filter without any
   * matches every observation.
   */
  public static final class Builder extends ImmutableObservationFilter.Builder {
    private DimensionKey categories = DimensionKey.of();

    /** Creates an empty builder; the same as {@link ObservationFilter#builder()}. */
    public Builder() {}

    /**
     * Asks for a category of a dimension, in addition to the categories of {@link
     * #key(DimensionKey)}, whose category of the same dimension it replaces.
     *
     * @param dimension  the dimension, not null
     * @param category  the category of the dimension, not null
     * @return this builder, not null
     * @throws InvalidValueException if either is null, or the dimension does not {@linkplain
     *     Dimension#accepts(Category) accept} the category
     */
    public Builder category(Dimension dimension, Category category) {
      Invariants.notNull(ObservationFilter.class, "key", dimension);
      Invariants.notNull(ObservationFilter.class, "key", category);
      categories = categories.with(dimension, category);
      return this;
    }

    /**
     * Asks for observations of one country: the same as {@code geography(Geography.of(country))}.
     *
     * @param country  the country, not null
     * @return this builder, not null
     * @throws InvalidValueException if the country is null
     */
    public Builder geography(CountryCode country) {
      Invariants.notNull(ObservationFilter.class, "geography", country);
      geography(Geography.of(country));
      return this;
    }

    /**
     * Builds the filter.
     *
     * @return the filter, not null
     * @throws InvalidValueException if a dimension is both asked for a category and to be
     *     undivided
     */
    @Override
    public ObservationFilter build() {
      ObservationFilter filter = super.build();
      return categories.empty() ? filter : filter.with(categories);
    }
  }
}
