package org.resettlement.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Observations made ready for questions: which observations a {@link ObservationFilter} matches,
 * the time series of a population in a country, totals and shares by one dimension, and where a
 * cube's published totals and margins disagree with its cells.
 *
 * <p>An index is built once, from a collection of observations such as the cells of a Eurostat or
 * UNHCR cube ({@link #of(Collection)}, or {@link Dataset#observationIndex()} for a dataset's
 * observations), and then answers any number of questions without scanning every observation:
 *
 * <pre>
 * ObservationIndex index = ObservationIndex.of(observations);
 * ObservationFilter syriansInFrance2016 = ObservationFilter.builder()
 *     .metric(StatisticMetric.RESETTLED_PERSONS)
 *     .period(DateRange.of(PartialDate.ofYear(2016)))
 *     .geography(CountryCode.of("FR"))
 *     .category(Dimension.CITIZENSHIP, CountryCategory.of(CountryCode.of("SY")))
 *     .addUndivided(Dimension.AGE_BAND)
 *     .build();
 * Map&lt;Category, ObservationTotal&gt; bySex = index.totalsBy(syriansInFrance2016, Dimension.SEX);
 * </pre>
 *
 * <h2>What is compared</h2>
 * Observations belong together when they have the same metric, period and geography (by {@code
 * equals}): the cells, margins and total of one cube for one country and year. Their {@link
 * DimensionKey}s say which is which. Keys are compared by {@code equals} too, and categories as
 * they are: an observation of the age band {@code 0-17} is not one of {@code 5-11}.
 *
 * <h2>Memory</h2>
 * The index holds the observations it was given, not copies, and in addition about 12 bytes for
 * each of them, plus a table of the distinct keys, periods and geographies, of which a cube has
 * few. An index of a million observations takes about 12 MB besides them.
 *
 * <p>This class is immutable and thread-safe: it can be built once and queried from any thread.
 */
public final class ObservationIndex {

  /** The most ways of tiling one margin's age bands that {@link #discrepancies()} compares. */
  private static final int MAX_TILINGS = 16;

  /** An index without observations. */
  private static final ObservationIndex EMPTY = new ObservationIndex(new Observation[0]);

  /** The observations in the order given. */
  private final Observation[] observations;
  /** The distinct keys, by their number. */
  private final DimensionKey[] keys;
  /** The number of each distinct key. */
  private final Map<DimensionKey, Integer> keyNumbers;
  /** The number of the key of each observation, by its position. */
  private final int[] keyOf;
  /** The groups of observations of one metric, period and geography, in order of appearance. */
  private final Slice[] slices;
  /** The positions of the observations, slice by slice, then by key number, then by position. */
  private final int[] bySlice;

  /** The discrepancies, found the first time they are asked for. */
  private volatile List<Discrepancy> discrepancies;

  /** The observations of one metric, period and geography: those of one cube in one place and time. */
  private static final class Slice {
    final StatisticMetric metric;
    final DateRange period;
    final Geography geography;
    final int hash;
    /** The first index in {@link #bySlice} of this slice's observations, and the index after the last. */
    int from;
    int to;

    Slice(StatisticMetric metric, DateRange period, Geography geography) {
      this.metric = metric;
      this.period = period;
      this.geography = geography;
      this.hash = (metric.hashCode() * 31 + period.hashCode()) * 31 + geography.hashCode();
    }

    boolean holds(Observation observation) {
      return metric == observation.metric()
          && period == observation.period()
          && geography == observation.geography();
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Slice)) {
        return false;
      }
      Slice slice = (Slice) other;
      return metric == slice.metric && period.equals(slice.period) && geography.equals(slice.geography);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private ObservationIndex(Observation[] observations) {
    int count = observations.length;
    this.observations = observations;
    this.keyOf = new int[count];
    int[] sliceOf = new int[count];

    List<DimensionKey> distinctKeys = new ArrayList<>();
    Map<DimensionKey, Integer> numbers = new HashMap<>();
    List<Slice> distinctSlices = new ArrayList<>();
    Map<Slice, Integer> sliceNumbers = new HashMap<>();
    // A cube's cells share their key, period and geography objects and come in runs: the last key
    // and slice found answer most look-ups without hashing.
    DimensionKey lastKey = null;
    int lastKeyNumber = -1;
    Slice lastSlice = null;
    int lastSliceNumber = -1;
    for (int i = 0; i < count; i++) {
      Observation observation = observations[i];
      DimensionKey key = observation.key();
      if (key != lastKey) {
        Integer number = numbers.get(key);
        if (number == null) {
          number = distinctKeys.size();
          distinctKeys.add(key);
          numbers.put(key, number);
        }
        lastKey = key;
        lastKeyNumber = number;
      }
      keyOf[i] = lastKeyNumber;
      if (lastSlice == null || !lastSlice.holds(observation)) {
        Slice slice = new Slice(observation.metric(), observation.period(), observation.geography());
        Integer number = sliceNumbers.get(slice);
        if (number == null) {
          number = distinctSlices.size();
          distinctSlices.add(slice);
          sliceNumbers.put(slice, number);
        }
        // This observation's own objects, so that the next of its cube is found by identity.
        lastSlice = slice;
        lastSliceNumber = number;
      }
      sliceOf[i] = lastSliceNumber;
    }
    this.keys = distinctKeys.toArray(new DimensionKey[0]);
    this.keyNumbers = Collections.unmodifiableMap(numbers);
    this.slices = distinctSlices.toArray(new Slice[0]);

    // Two stable counting sorts: by key number, then by slice, so that each slice's observations
    // are in the order of their key numbers, and each key's in the order given.
    int[] byKey = sortedBy(null, keyOf, keys.length);
    this.bySlice = sortedBy(byKey, sliceOf, slices.length);
    int at = 0;
    int[] sizes = new int[slices.length];
    for (int slice : sliceOf) {
      sizes[slice]++;
    }
    for (int s = 0; s < slices.length; s++) {
      slices[s].from = at;
      at += sizes[s];
      slices[s].to = at;
    }
  }

  /**
   * Sorts positions by a number each has, keeping the order of positions with the same number:
   * the positions in {@code order}, or from 0 up if it is null.
   */
  private static int[] sortedBy(int[] order, int[] numberOf, int numbers) {
    int[] starts = new int[numbers + 1];
    for (int number : numberOf) {
      starts[number + 1]++;
    }
    for (int i = 0; i < numbers; i++) {
      starts[i + 1] += starts[i];
    }
    int[] sorted = new int[numberOf.length];
    for (int i = 0; i < numberOf.length; i++) {
      int position = order == null ? i : order[i];
      sorted[starts[numberOf[position]]++] = position;
    }
    return sorted;
  }

  //-----------------------------------------------------------------------
  /**
   * Builds an index of observations.
   *
   * <p>The index keeps the observations themselves, in the order of the collection's iterator, and
   * reads the collection once: changing it later does not change the index.
   *
   * @param observations  the observations, such as the cells of a cube, not null
   * @return the index, not null
   * @throws InvalidValueException if the collection is null or holds null
   */
  public static ObservationIndex of(Collection<Observation> observations) {
    Invariants.notNull(ObservationIndex.class, "observations", observations);
    Observation[] copy = observations.toArray(new Observation[0]);
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        int index = i;
        Invariants.check(
            false, ObservationIndex.class, "observations", () -> "must not hold null, as at index " + index);
      }
    }
    return copy.length == 0 ? EMPTY : new ObservationIndex(copy);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the number of observations in the index.
   *
   * @return the number of observations, not negative
   */
  public int size() {
    return observations.length;
  }

  /**
   * Finds the observations that a filter matches.
   *
   * @param filter  the filter, not null
   * @return the unmodifiable list of the observations, in the order the index was given them,
   *     possibly empty, not null
   * @throws NullPointerException if the filter is null
   */
  public List<Observation> select(ObservationFilter filter) {
    Objects.requireNonNull(filter, "filter");
    Positions positions = new Positions();
    forEachSelected(filter, positions::add);
    List<Observation> selected = new ArrayList<>(positions.count);
    if (positions.count < observations.length / Long.SIZE) {
      // Few: sort them. Many: mark them, and read the marks in order, which takes no sorting.
      Arrays.sort(positions.positions, 0, positions.count);
      for (int i = 0; i < positions.count; i++) {
        selected.add(observations[positions.positions[i]]);
      }
    } else {
      BitSet chosen = new BitSet(observations.length);
      for (int i = 0; i < positions.count; i++) {
        chosen.set(positions.positions[i]);
      }
      for (int p = chosen.nextSetBit(0); p >= 0; p = chosen.nextSetBit(p + 1)) {
        selected.add(observations[p]);
      }
    }
    return Collections.unmodifiableList(selected);
  }

  /**
   * Returns the time series of one population in one place: the observations of a metric, a
   * geography and exactly a key, ordered by period.
   *
   * <p>Periods are ordered by their first day, then by their last day, open-ended ones last; where
   * two observations have the same period (two sources, or a year and the same year written as a
   * range of days), they keep the order the index was given them.
   *
   * @param metric  what was counted, not null
   * @param geography  where, such as {@code Geography.of(CountryCode.of("FR"))}, not null
   * @param key  exactly which population, such as {@code {citizenship=SY}} or the empty key for
   *     the whole population, not null
   * @return the unmodifiable list of observations in the order of their periods, possibly empty,
   *     not null
   * @throws NullPointerException if any argument is null
   */
  public List<Observation> timeSeries(StatisticMetric metric, Geography geography, DimensionKey key) {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(geography, "geography");
    Objects.requireNonNull(key, "key");
    Integer number = keyNumbers.get(key);
    if (number == null) {
      return List.of();
    }
    List<Slice> series = new ArrayList<>();
    for (Slice slice : slices) {
      if (slice.metric == metric && slice.geography.equals(geography)) {
        series.add(slice);
      }
    }
    series.sort(Comparator.comparing((Slice slice) -> slice.period, PERIOD_ORDER));
    List<Observation> observed = new ArrayList<>(series.size());
    for (Slice slice : series) {
      for (int j = firstOf(slice, number); j < slice.to && keyOf[bySlice[j]] == number; j++) {
        observed.add(observations[bySlice[j]]);
      }
    }
    return Collections.unmodifiableList(observed);
  }

  /** The order of periods in a time series: by first day, then by last day, open-ended last. */
  private static final Comparator<DateRange> PERIOD_ORDER =
      Comparator.comparing(DateRange::earliestDate)
          .thenComparing(period -> period.latestDate().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));

  /** The first index in {@link #bySlice} of a slice at or after which its observations of a key start. */
  private int firstOf(Slice slice, int keyNumber) {
    int low = slice.from;
    int high = slice.to;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (keyOf[bySlice[middle]] < keyNumber) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * Adds up the observations that a filter matches.
   *
   * <p>Every observation the filter matches is added, as it is: a filter that matches both a
   * margin and its cells counts their people twice (see {@link ObservationFilter} on how to ask
   * for one level of a cube). An observation with a value is added whatever its status; one
   * without a value counts as withheld if it is confidential and as missing otherwise.
   *
   * @param filter  the filter, not null
   * @return the total, with a {@linkplain ObservationTotal#sum() sum} widened by rounding, not null
   * @throws NullPointerException if the filter is null
   */
  public ObservationTotal total(ObservationFilter filter) {
    Objects.requireNonNull(filter, "filter");
    Accumulator total = new Accumulator();
    forEachSelected(filter, total::add);
    return total.total();
  }

  /**
   * Adds up the observations that a filter matches by their category of a dimension.
   *
   * <p>Observations whose keys do not divide by the dimension (its total, or margins over it) are
   * left out. Every other observation is added to its category's total, as in {@link
   * #total(ObservationFilter)}.
   *
   * @param filter  the filter, not null
   * @param dimension  the dimension, such as {@link Dimension#SEX}, not null
   * @return the unmodifiable map of each category found to its total, ordered by category (sexes
   *     as {@link Sex} lists them, age bands in their order, countries by code then stateless and
   *     unknown, and publishers' codes last, by code), possibly empty, not null
   * @throws NullPointerException if either is null
   */
  public Map<Category, ObservationTotal> totalsBy(ObservationFilter filter, Dimension dimension) {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(dimension, "dimension");
    Map<Category, Accumulator> byCategory = new HashMap<>();
    Accumulator[] ofKey = new Accumulator[keys.length];
    boolean[] seen = new boolean[keys.length];
    forEachSelected(filter, position -> {
      int key = keyOf[position];
      if (!seen[key]) {
        seen[key] = true;
        keys[key].category(dimension)
            .ifPresent(category -> ofKey[key] = byCategory.computeIfAbsent(category, c -> new Accumulator()));
      }
      if (ofKey[key] != null) {
        ofKey[key].add(position);
      }
    });
    List<Category> categories = new ArrayList<>(byCategory.keySet());
    categories.sort(CATEGORY_ORDER);
    Map<Category, ObservationTotal> totals = new LinkedHashMap<>();
    for (Category category : categories) {
      totals.put(category, byCategory.get(category).total());
    }
    return Collections.unmodifiableMap(totals);
  }

  /**
   * Computes the share of each category of a dimension in the observations that a filter matches:
   * each category's {@linkplain #totalsBy(ObservationFilter, Dimension) total} divided by the
   * totals of all categories found, from the {@linkplain Quantity#estimate() estimates} of their
   * {@linkplain ObservationTotal#publishedSum() published sums}.
   *
   * <p>The shares are of the categories found, not of a published total: they add up to 1 (but
   * for the rounding of {@code double}s), unless every total is zero, when every share is 0.
   * Withheld and missing observations count for nothing.
   *
   * @param filter  the filter, not null
   * @param dimension  the dimension, such as {@link Dimension#CITIZENSHIP}, not null
   * @return the unmodifiable map of each category found to its share, from 0 to 1, in the order
   *     of {@link #totalsBy(ObservationFilter, Dimension)}, possibly empty, not null
   * @throws NullPointerException if either is null
   */
  public Map<Category, Double> sharesBy(ObservationFilter filter, Dimension dimension) {
    Map<Category, ObservationTotal> totals = totalsBy(filter, dimension);
    double all = 0;
    for (ObservationTotal total : totals.values()) {
      all += total.publishedSum().estimate();
    }
    Map<Category, Double> shares = new LinkedHashMap<>();
    for (Map.Entry<Category, ObservationTotal> entry : totals.entrySet()) {
      shares.put(entry.getKey(), all == 0 ? 0.0 : entry.getValue().publishedSum().estimate() / all);
    }
    return Collections.unmodifiableMap(shares);
  }

  /**
   * Finds every published total or margin that its cells one dimension deeper do not add up to,
   * beyond what rounding allows.
   *
   * <p>For each observation with a value (the margin), and each dimension its key does not divide
   * by, the cells are the observations of the same metric, period and geography whose keys are the
   * margin's key with one category of that dimension more. Their true counts ({@link
   * Observation#bounds()}: each value widened by its publisher's rounding) must add up to a sum
   * that the margin's true count can be:
   *
   * <ul>
   *   <li>If the cells certainly add up to more than the margin, that is a discrepancy. Cells
   *       without a value (withheld or missing) count as nothing here, since they count at least
   *       that. A value is compared whatever the observation's status says.
   *   <li>If they certainly add up to less, that is a discrepancy too, but only where every cell
   *       has a value and a category the library knows: a publisher's own code may stand for a
   *       group of other categories (Eurostat's {@code EXT_EU27_2020} for every citizenship
   *       outside the EU) or for one of its own (UNHCR's {@code TIB}), so it cannot be told
   *       whether it belongs in the sum. For the same reason the cells of a publisher's own
   *       dimension (Eurostat's {@code unit}, whose categories need not add up at all) are never
   *       said to fall short. A table that leaves out some categories, such as an extract of a
   *       few citizenships, falls short of its totals and is reported so.
   * </ul>
   *
   * <p>Age bands may overlap: Eurostat publishes {@code Y_LT14}, {@code Y14-17} and {@code Y_LT18}
   * side by side. The cells of a margin by age are therefore every set of age bands found that
   * covers all ages without overlapping, together with the unknown age band if there is one; each
   * such set (up to 16 of them) is compared with the margin, and bands that cover all ages in no
   * such set are not compared. In the same way a margin of an age band ({@code Y_LT18}) is compared
   * with every set of the bands within it that covers it ({@code Y_LT14} and {@code Y14-17}).
   *
   * <p>Where one metric, period, geography and key have several observations (from two sources,
   * say), the first is compared.
   *
   * @return the unmodifiable list of discrepancies, in the order of their margins in the index,
   *     empty if the cubes add up, not null
   */
  public List<Discrepancy> discrepancies() {
    List<Discrepancy> found = discrepancies;
    if (found == null) {
      found = new CubeComparison().run();
      discrepancies = found;
    }
    return found;
  }

  //-----------------------------------------------------------------------
  /**
   * Calls an action with the position of every observation a filter matches, slice by slice, in
   * the order of key numbers within a slice.
   */
  private void forEachSelected(ObservationFilter filter, IntConsumer action) {
    if (filter.exactKey()) {
      Integer number = keyNumbers.get(filter.key());
      if (number != null) {
        for (Slice slice : slices) {
          if (filter.matchesCoordinates(slice.metric, slice.period, slice.geography)) {
            // A slice's observations are in the order of their keys: find the key's run.
            for (int j = firstOf(slice, number); j < slice.to && keyOf[bySlice[j]] == number; j++) {
              action.accept(bySlice[j]);
            }
          }
        }
      }
      return;
    }
    boolean[] keyMatches = new boolean[keys.length];
    for (int k = 0; k < keys.length; k++) {
      keyMatches[k] = filter.matchesKey(keys[k]);
    }
    for (Slice slice : slices) {
      if (!filter.matchesCoordinates(slice.metric, slice.period, slice.geography)) {
        continue;
      }
      for (int j = slice.from; j < slice.to; j++) {
        int position = bySlice[j];
        if (keyMatches[keyOf[position]]) {
          action.accept(position);
        }
      }
    }
  }

  /** Positions of observations, in the order they come. */
  private static final class Positions {
    int[] positions = new int[16];
    int count;

    void add(int position) {
      if (count == positions.length) {
        positions = Arrays.copyOf(positions, count * 2);
      }
      positions[count++] = position;
    }
  }

  /** The observations of a total, added up as they come. */
  private final class Accumulator {
    private final Positions valued = new Positions();
    private int observed;
    private int withheld;
    private int missing;

    void add(int position) {
      Observation observation = observations[position];
      observed++;
      if (observation.value().isPresent()) {
        // Added whatever its status says: a figure the publisher gave is not dropped.
        valued.add(position);
      } else if (observation.withheld()) {
        withheld++;
      } else {
        missing++;
      }
    }

    ObservationTotal total() {
      Quantity bounds = Quantity.sum(values(true));
      return ObservationTotal.builder()
          .sum(withheld + missing == 0 ? bounds : Quantity.atLeast(bounds.min()))
          .publishedSum(Quantity.sum(values(false)))
          .observations(observed)
          .withheld(withheld)
          .missing(missing)
          .build();
    }

    /** The values of the valued observations, or their bounds, one by one without a list. */
    private Iterable<Quantity> values(boolean bounds) {
      return () -> new Iterator<Quantity>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < valued.count;
        }

        @Override
        public Quantity next() {
          if (next >= valued.count) {
            throw new NoSuchElementException();
          }
          Observation observation = observations[valued.positions[next++]];
          return (bounds ? observation.bounds() : observation.value()).orElseThrow();
        }
      };
    }
  }

  //-----------------------------------------------------------------------
  /**
   * The order of categories in the maps of an index: sexes in the order of {@link Sex}, age bands
   * in theirs, countries by code then stateless and unknown, publishers' codes last, by code.
   */
  static final Comparator<Category> CATEGORY_ORDER = ObservationIndex::compareCategories;

  private static int compareCategories(Category one, Category other) {
    int byKind = Integer.compare(kindOf(one), kindOf(other));
    if (byKind != 0) {
      return byKind;
    }
    if (one instanceof Sex) {
      return ((Sex) one).compareTo((Sex) other);
    }
    if (one instanceof AgeBand) {
      return ((AgeBand) one).compareTo((AgeBand) other);
    }
    if (one instanceof CountryCategory) {
      int byGroup = Integer.compare(countryRank((CountryCategory) one), countryRank((CountryCategory) other));
      return byGroup != 0 ? byGroup : one.code().compareTo(other.code());
    }
    return one.code().compareTo(other.code());
  }

  private static int kindOf(Category category) {
    if (category instanceof Sex) {
      return 0;
    }
    if (category instanceof AgeBand) {
      return 1;
    }
    return category instanceof CountryCategory ? 2 : 3;
  }

  private static int countryRank(CountryCategory category) {
    if (category.country().isPresent()) {
      return 0;
    }
    return category.equals(CountryCategory.STATELESS) ? 1 : 2;
  }

  //-----------------------------------------------------------------------
  /**
   * Finds the discrepancies of the whole index, slice by slice. What does not depend on the slice
   * (which keys are one dimension deeper than which, which age bands lie within which) is worked
   * out once, over the distinct keys.
   */
  private final class CubeComparison {
    /** For each key number, the key numbers of its cells by each dimension they add, or null. */
    private final Cells[] cellsOf;
    /** For each key number of a known age band, the key numbers of the bands within it, or null. */
    private final int[][] bandsWithin;
    /** For each key number, the position of its first observation in the current slice, or -1. */
    private final int[] firstIn;
    private final List<Found> found = new ArrayList<>();

    CubeComparison() {
      cellsOf = new Cells[keys.length];
      bandsWithin = new int[keys.length][];
      firstIn = new int[keys.length];
      Arrays.fill(firstIn, -1);
      Map<Integer, Map<Dimension, List<Integer>>> children = new HashMap<>();
      Map<DimensionKey, List<Integer>> byAgeless = new HashMap<>();
      for (int k = 0; k < keys.length; k++) {
        int number = k;
        DimensionKey key = keys[k];
        for (Dimension dimension : key.dimensions()) {
          Integer parent = keyNumbers.get(key.without(dimension));
          if (parent != null) {
            children.computeIfAbsent(parent, p -> new TreeMap<>())
                .computeIfAbsent(dimension, d -> new ArrayList<>())
                .add(number);
          }
        }
        Optional<Category> age = key.category(Dimension.AGE_BAND);
        if (age.isPresent() && age.get() instanceof AgeBand && ((AgeBand) age.get()).known()) {
          byAgeless.computeIfAbsent(key.without(Dimension.AGE_BAND), a -> new ArrayList<>()).add(number);
        }
      }
      children.forEach((parent, byDimension) -> cellsOf[parent] = new Cells(byDimension));
      for (List<Integer> sameOtherwise : byAgeless.values()) {
        sameOtherwise.sort(Comparator.comparing((Integer k) -> band(keys[k])));
        for (int outer : sameOtherwise) {
          AgeBand enclosing = band(keys[outer]);
          int[] within = sameOtherwise.stream()
              .mapToInt(Integer::intValue)
              .filter(inner -> inner != outer && enclosing.encloses(band(keys[inner])))
              .toArray();
          if (within.length > 0) {
            bandsWithin[outer] = within;
          }
        }
      }
    }

    List<Discrepancy> run() {
      for (Slice slice : slices) {
        compare(slice);
      }
      // Slice by slice, the margins came in the order of their keys: put them in the index's.
      found.sort(Comparator.comparingInt((Found f) -> f.marginPosition).thenComparingInt(f -> f.sequence));
      List<Discrepancy> discrepancies = new ArrayList<>(found.size());
      for (Found f : found) {
        discrepancies.add(f.discrepancy);
      }
      return Collections.unmodifiableList(discrepancies);
    }

    private void compare(Slice slice) {
      List<Integer> present = new ArrayList<>();
      for (int j = slice.from; j < slice.to; j++) {
        int position = bySlice[j];
        int key = keyOf[position];
        if (firstIn[key] < 0) {
          firstIn[key] = position;
          present.add(key);
        }
      }
      for (int key : present) {
        Observation margin = observations[firstIn[key]];
        if (margin.value().isEmpty()) {
          continue;
        }
        Cells cells = cellsOf[key];
        if (cells != null) {
          for (int d = 0; d < cells.dimensions.length; d++) {
            compareWithCells(firstIn[key], cells.dimensions[d], cells.keys[d]);
          }
        }
        if (bandsWithin[key] != null) {
          AgeBand enclosing = band(keys[key]);
          List<Integer> within = presentOf(bandsWithin[key]);
          for (List<Integer> tiling : tilings(within, enclosing.lowest().getAsInt(), highestOf(enclosing))) {
            compare(firstIn[key], Dimension.AGE_BAND, tiling, true);
          }
        }
      }
      for (int key : present) {
        firstIn[key] = -1;
      }
    }

    /** Compares a margin with its cells by one dimension, in tilings of their age bands if by age. */
    private void compareWithCells(int marginPosition, Dimension dimension, int[] cellKeys) {
      List<Integer> cells = presentOf(cellKeys);
      if (cells.isEmpty()) {
        return;
      }
      if (!dimension.equals(Dimension.AGE_BAND)) {
        compare(marginPosition, dimension, cells, true);
        return;
      }
      List<Integer> known = new ArrayList<>();
      Integer unknown = null;
      boolean allMapped = true;
      for (int position : cells) {
        Category category = observations[position].key().category(Dimension.AGE_BAND).orElseThrow();
        if (!(category instanceof AgeBand)) {
          allMapped = false;
        } else if (((AgeBand) category).known()) {
          known.add(position);
        } else {
          unknown = position;
        }
      }
      for (List<Integer> tiling : tilings(known, 0, Integer.MAX_VALUE)) {
        List<Integer> withUnknown = new ArrayList<>(tiling);
        if (unknown != null) {
          withUnknown.add(unknown);
        }
        compare(marginPosition, dimension, withUnknown, allMapped);
      }
    }

    /** The positions in the current slice of the first observations of keys, for those present. */
    private List<Integer> presentOf(int[] keyNumbers) {
      List<Integer> positions = new ArrayList<>(keyNumbers.length);
      for (int key : keyNumbers) {
        if (firstIn[key] >= 0) {
          positions.add(firstIn[key]);
        }
      }
      return positions;
    }

    /**
     * The sets of observations whose age bands cover the ages from one to another (both included,
     * {@code Integer.MAX_VALUE} for "and over") without overlapping, up to {@link #MAX_TILINGS}:
     * the observations come in the order of their bands, and so do the sets' members.
     */
    private List<List<Integer>> tilings(List<Integer> positions, int lowest, int highest) {
      List<List<Integer>> tilings = new ArrayList<>();
      tile(positions, lowest, highest, new HashMap<>(), new ArrayList<>(), tilings);
      return tilings;
    }

    /**
     * Adds the tilings from an age on to those found, after the bands chosen so far. Only bands
     * after which the tiling can be finished are tried, so that every try ends in a tiling and
     * overlapping bands that lead nowhere cost nothing.
     */
    private void tile(
        List<Integer> positions,
        int from,
        int highest,
        Map<Integer, Boolean> finishable,
        List<Integer> chosen,
        List<List<Integer>> tilings) {
      for (int position : positions) {
        if (tilings.size() == MAX_TILINGS) {
          return;
        }
        AgeBand band = band(observations[position].key());
        int to = highestOf(band);
        if (band.lowest().getAsInt() != from || to > highest) {
          continue;
        }
        if (to == highest) {
          chosen.add(position);
          tilings.add(List.copyOf(chosen));
          chosen.remove(chosen.size() - 1);
        } else if (canFinish(positions, to + 1, highest, finishable)) {
          chosen.add(position);
          tile(positions, to + 1, highest, finishable, chosen, tilings);
          chosen.remove(chosen.size() - 1);
        }
      }
    }

    /** Whether some bands cover the ages from one to another without overlapping. */
    private boolean canFinish(List<Integer> positions, int from, int highest, Map<Integer, Boolean> finishable) {
      Boolean known = finishable.get(from);
      if (known != null) {
        return known;
      }
      boolean can = false;
      for (int position : positions) {
        AgeBand band = band(observations[position].key());
        int to = highestOf(band);
        if (band.lowest().getAsInt() == from && to <= highest
            && (to == highest || canFinish(positions, to + 1, highest, finishable))) {
          can = true;
          break;
        }
      }
      finishable.put(from, can);
      return can;
    }

    /**
     * Compares a margin with cells, and records a discrepancy if their true counts cannot agree.
     * The cells that the library cannot tell belong in the sum (publishers' codes) count only
     * towards "more than the margin"; a sum with them, or with withheld and missing cells, is
     * never said to fall short.
     */
    private void compare(int marginPosition, Dimension dimension, List<Integer> cellPositions, boolean allMapped) {
      Observation margin = observations[marginPosition];
      Quantity marginBounds = margin.bounds().orElseThrow();
      List<Observation> counted = new ArrayList<>(cellPositions.size());
      boolean complete = allMapped;
      long least = 0;
      long most = 0;
      boolean mostKnown = true;
      for (int position : cellPositions) {
        Observation cell = observations[position];
        Category category = cell.key().category(dimension).orElseThrow();
        if (!category.mapped()) {
          complete = false;
          continue;
        }
        Optional<Quantity> bounds = cell.bounds();
        if (bounds.isEmpty()) {
          complete = false;
          continue;
        }
        counted.add(cell);
        least = saturatedSum(least, bounds.get().min());
        if (bounds.get().max().isPresent()) {
          most = saturatedSum(most, bounds.get().max().getAsLong());
        } else {
          mostKnown = false;
        }
      }
      if (counted.isEmpty()) {
        return;
      }
      long beyond = 0;
      boolean exceeds = false;
      if (marginBounds.max().isPresent() && least > marginBounds.max().getAsLong()) {
        beyond = least - marginBounds.max().getAsLong();
        exceeds = true;
      } else if (complete && mostKnown && most < marginBounds.min()) {
        beyond = marginBounds.min() - most;
      }
      if (beyond > 0) {
        List<Quantity> values = new ArrayList<>(counted.size());
        for (Observation cell : counted) {
          values.add(cell.value().orElseThrow());
        }
        found.add(new Found(
            marginPosition,
            found.size(),
            Discrepancy.builder()
                .margin(margin)
                .dimension(dimension)
                .cells(counted)
                .cellsSum(Quantity.sum(values))
                .cellsExceedMargin(exceeds)
                .beyondRounding(beyond)
                .build()));
      }
    }
  }

  /** The key numbers of a margin's cells, by each dimension they add, in order of category. */
  private final class Cells {
    final Dimension[] dimensions;
    final int[][] keys;

    Cells(Map<Dimension, List<Integer>> byDimension) {
      dimensions = byDimension.keySet().toArray(new Dimension[0]);
      keys = new int[dimensions.length][];
      for (int d = 0; d < dimensions.length; d++) {
        Dimension dimension = dimensions[d];
        List<Integer> numbers = byDimension.get(dimension);
        numbers.sort(Comparator.comparing(
            (Integer k) -> ObservationIndex.this.keys[k].category(dimension).orElseThrow(), CATEGORY_ORDER));
        keys[d] = numbers.stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  /** A discrepancy found, with the position of its margin and the order it was found in. */
  private static final class Found {
    final int marginPosition;
    final int sequence;
    final Discrepancy discrepancy;

    Found(int marginPosition, int sequence, Discrepancy discrepancy) {
      this.marginPosition = marginPosition;
      this.sequence = sequence;
      this.discrepancy = discrepancy;
    }
  }

  private static AgeBand band(DimensionKey key) {
    return (AgeBand) key.category(Dimension.AGE_BAND).orElseThrow();
  }

  /** The highest age of a known band, {@code Integer.MAX_VALUE} for "and over". */
  private static int highestOf(AgeBand band) {
    return band.highest().orElse(Integer.MAX_VALUE);
  }

  private static long saturatedSum(long sum, long figure) {
    return sum > Long.MAX_VALUE - figure ? Long.MAX_VALUE : sum + figure;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a summary of the index, such as {@code ObservationIndex[1000000 observations, 450
   * metric-period-geography groups, 2016 keys]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "ObservationIndex[" + observations.length + " observations, " + slices.length
        + " metric-period-geography groups, " + keys.length + " keys]";
  }
}
