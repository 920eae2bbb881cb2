package org.resettlement.benchmarks.baseline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resettlement.core.Category;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationFilter;
import org.resettlement.core.ObservationTotal;
import org.resettlement.core.Quantity;
import org.resettlement.core.StatisticMetric;

/**
 * The baseline of {@code ObservationIndex}: the index a developer writes with plain {@link
 * HashMap}s, a map from metric, period and geography to a map from key to observation, answering
 * the same questions with the same results (a list in another order, a map of totals in another
 * order) by walking it.
 *
 * <p>It keeps the first observation of a repeated cell, as the index compares the first. Its
 * totals are computed as the index computes them, with the same {@link Quantity} arithmetic, so
 * that the two differ only in how they find the observations.
 */
public final class HashMapObservationIndex {

  /** Where and when a cube's cell was counted. */
  record Coordinates(StatisticMetric metric, DateRange period, Geography geography) {}

  private final Map<Coordinates, Map<DimensionKey, Observation>> cells = new HashMap<>();

  private HashMapObservationIndex() {}

  /**
   * Builds the index.
   *
   * @param observations the observations
   * @return the index
   */
  public static HashMapObservationIndex of(Collection<Observation> observations) {
    HashMapObservationIndex index = new HashMapObservationIndex();
    for (Observation observation : observations) {
      index.cells
          .computeIfAbsent(new Coordinates(observation.metric(), observation.period(), observation.geography()),
              coordinates -> new HashMap<>())
          .putIfAbsent(observation.key(), observation);
    }
    return index;
  }

  /**
   * Finds the observations a filter matches.
   *
   * @param filter the filter
   * @return the observations, in no particular order
   */
  public List<Observation> select(ObservationFilter filter) {
    List<Observation> selected = new ArrayList<>();
    for (Map.Entry<Coordinates, Map<DimensionKey, Observation>> entry : cells.entrySet()) {
      Coordinates coordinates = entry.getKey();
      if (matches(filter.metric(), coordinates.metric())
          && matches(filter.period(), coordinates.period())
          && matches(filter.geography(), coordinates.geography())) {
        for (Observation observation : entry.getValue().values()) {
          if (filter.matches(observation)) {
            selected.add(observation);
          }
        }
      }
    }
    return selected;
  }

  private static <T> boolean matches(Optional<T> wanted, T value) {
    return wanted.isEmpty() || wanted.get().equals(value);
  }

  /**
   * Returns the observations of a metric, a geography and exactly a key, ordered by period.
   *
   * @param metric the metric
   * @param geography the geography
   * @param key the key
   * @return the observations
   */
  public List<Observation> timeSeries(StatisticMetric metric, Geography geography, DimensionKey key) {
    List<Coordinates> series = new ArrayList<>();
    for (Coordinates coordinates : cells.keySet()) {
      if (coordinates.metric() == metric && coordinates.geography().equals(geography)) {
        series.add(coordinates);
      }
    }
    series.sort(Comparator.comparing(Coordinates::period, Comparator.comparing(DateRange::earliestDate)
        .thenComparing(period -> period.latestDate().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))));
    List<Observation> observed = new ArrayList<>();
    for (Coordinates coordinates : series) {
      Observation observation = cells.get(coordinates).get(key);
      if (observation != null) {
        observed.add(observation);
      }
    }
    return observed;
  }

  /**
   * Adds up the observations a filter matches by their category of a dimension.
   *
   * @param filter the filter
   * @param dimension the dimension
   * @return each category's total, in no particular order
   */
  public Map<Category, ObservationTotal> totalsBy(ObservationFilter filter, Dimension dimension) {
    Map<Category, List<Observation>> byCategory = new HashMap<>();
    for (Observation observation : select(filter)) {
      observation.key().category(dimension)
          .ifPresent(category -> byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(observation));
    }
    Map<Category, ObservationTotal> totals = new HashMap<>();
    byCategory.forEach((category, observations) -> totals.put(category, total(observations)));
    return totals;
  }

  /** Adds up observations as the core's index does. */
  static ObservationTotal total(List<Observation> observations) {
    List<Quantity> bounds = new ArrayList<>();
    List<Quantity> values = new ArrayList<>();
    int withheld = 0;
    int missing = 0;
    for (Observation observation : observations) {
      if (observation.value().isPresent()) {
        bounds.add(observation.bounds().orElseThrow());
        values.add(observation.value().orElseThrow());
      } else if (observation.withheld()) {
        withheld++;
      } else {
        missing++;
      }
    }
    Quantity sum = Quantity.sum(bounds);
    return ObservationTotal.builder()
        .sum(withheld + missing == 0 ? sum : Quantity.atLeast(sum.min()))
        .publishedSum(Quantity.sum(values))
        .observations(observations.size())
        .withheld(withheld)
        .missing(missing)
        .build();
  }
}
