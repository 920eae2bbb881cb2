package org.resettlement.testkit;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.resettlement.core.AgeBand;
import org.resettlement.core.Category;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Quantity;
import org.resettlement.core.Rounding;
import org.resettlement.core.Sex;
import org.resettlement.core.Source;

/**
 * Makes the observations of a sample cube one at a time, slice by slice (one reporting country in
 * one year), so that a cube of any size is read without holding its cells.
 *
 * <p>A slice's true counts are drawn for its cells, then summed into its totals and margins, so
 * that every margin is the sum of its cells; the published figures are the true ones rounded, and
 * some are withheld. A slice holds its counts as numbers only, one per observation of the slice,
 * and is dropped when the next begins. The keys of a slice are made once and shared by every
 * slice, as are the cube's periods, geographies and its one source.
 *
 * <p>Each slice draws from its own generator, seeded from the cube's seed and the slice's number,
 * so that what a slice holds does not depend on how much of the cube was read before, nor on what
 * else the {@link SampleData} made meanwhile: {@link SampleData#cube(CubeSpec)} takes one number
 * from the sample data, when called.
 */
final class CubeSampler {

  /** The last year of every cube: years run up to it. */
  static final int LAST_YEAR = 2024;

  private static final Category[] SEXES = {Sex.FEMALE, Sex.MALE, Sex.UNKNOWN};

  private static final Category[] AGE_BANDS = {
    AgeBand.of(0, 4), AgeBand.of(5, 11), AgeBand.of(12, 17), AgeBand.of(18, 34), AgeBand.of(35, 59),
    AgeBand.from(60), AgeBand.UNKNOWN
  };

  private static final Category[] ORIGINS = countries(Vocabulary.ORIGINS);

  private static final Category[] ASYLUM = countries(Vocabulary.FIRST_ASYLUM);

  private CubeSampler() {}

  /** The categories of a built-in dimension, in the order a cube takes them. */
  static Category[] categoriesOf(Dimension dimension) {
    if (dimension.equals(Dimension.SEX)) {
      return SEXES;
    }
    if (dimension.equals(Dimension.AGE_BAND)) {
      return AGE_BANDS;
    }
    return dimension.equals(Dimension.COUNTRY_OF_ASYLUM) ? ASYLUM : ORIGINS;
  }

  /** The countries most often named first, stateless and unknown, then every other country. */
  private static Category[] countries(CountryCode[] first) {
    Set<Category> categories = new LinkedHashSet<>();
    for (CountryCode country : first) {
      categories.add(CountryCategory.of(country));
    }
    categories.add(CountryCategory.STATELESS);
    categories.add(CountryCategory.UNKNOWN);
    for (CountryCode country : CountryCode.all()) {
      categories.add(CountryCategory.of(country));
    }
    return categories.toArray(new Category[0]);
  }

  /** The observations of a cube, as a sequential stream that makes them as it is read. */
  static Stream<Observation> cube(CubeSpec spec, long seed) {
    Spliterator<Observation> cells =
        Spliterators.spliterator(new Cells(spec, seed), spec.size(),
            Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
    return StreamSupport.stream(cells, false);
  }

  //-----------------------------------------------------------------------
  /**
   * The observations of a cube in order: country by country, year by year, and within a slice
   * the observations in the order of their keys, with a total before the categories it sums, so
   * that the total of the slice comes first.
   */
  private static final class Cells implements Iterator<Observation> {
    private final CubeSpec spec;
    private final long seed;
    private final Dimension[] dimensions;
    private final Category[][] categories;
    /** The number of positions along each dimension: a total (position 0), then each category. */
    private final int[] positions;
    /** The distance in a slice's table between neighbours along each dimension. */
    private final int[] strides;
    /** The key of each position of a slice's table, shared by every slice. */
    private final DimensionKey[] keys;
    /** Whether each position of a slice's table is a cell, with a category of every dimension. */
    private final boolean[] cell;
    /** The true counts of the slice being read, then its published figures are made from them. */
    private final long[] counts;
    private final Rounding rounding;
    private final List<Source> sources;
    private final Map<Integer, Geography> geographies = new LinkedHashMap<>();
    private final DateRange[] periods;
    /** The share of each category of each dimension, by position: 1/position, normalised. */
    private final double[][] weights;

    private int slice = -1;
    private Draw draw;
    private int position;
    private long remaining;

    Cells(CubeSpec spec, long seed) {
      this.spec = spec;
      this.seed = seed;
      Map<Dimension, Integer> shape = spec.dimensions();
      int k = shape.size();
      this.dimensions = shape.keySet().toArray(new Dimension[0]);
      this.categories = new Category[k][];
      this.positions = new int[k];
      this.strides = new int[k];
      int size = 1;
      for (int i = k - 1; i >= 0; i--) {
        categories[i] = categoriesOf(dimensions[i]);
        positions[i] = shape.get(dimensions[i]) + 1;
        strides[i] = size;
        size = Math.multiplyExact(size, positions[i]);
      }
      this.keys = new DimensionKey[size];
      this.cell = new boolean[size];
      for (int index = 0; index < size; index++) {
        Map<Dimension, Category> key = new LinkedHashMap<>();
        for (int i = 0; i < k; i++) {
          int at = index / strides[i] % positions[i];
          if (at > 0) {
            key.put(dimensions[i], categories[i][at - 1]);
          }
        }
        keys[index] = DimensionKey.of(key);
        cell[index] = key.size() == k;
      }
      this.counts = new long[size];
      this.rounding = spec.rounding().orElse(null);
      this.sources = List.of(source(spec));
      this.periods = new DateRange[spec.years()];
      for (int y = 0; y < periods.length; y++) {
        periods[y] = DateRange.of(PartialDate.ofYear(LAST_YEAR - periods.length + 1 + y));
      }
      this.weights = new double[k][];
      for (int i = 0; i < k; i++) {
        weights[i] = weights(positions[i] - 1);
      }
      this.remaining = spec.size();
      this.position = counts.length;
    }

    @Override
    public boolean hasNext() {
      return remaining > 0;
    }

    @Override
    public Observation next() {
      if (remaining <= 0) {
        throw new NoSuchElementException("the cube has " + spec.size() + " observations");
      }
      while (true) {
        if (position == counts.length) {
          startSlice();
        }
        if (spec.margins() || cell[position]) {
          break;
        }
        position++;
      }
      remaining--;
      return observation(position++);
    }

    /** Draws the true counts of the next slice's cells, and sums them into its totals. */
    private void startSlice() {
      slice++;
      draw = new Draw(new SplitMix(seed ^ (0x9E3779B97F4A7C15L * (slice + 1))));
      position = 0;
      // Figures of a realistic size: a few thousand people a year, most of them of the first few
      // categories of each dimension (the main nationalities, adults), many cells empty.
      double scale = draw.between(200, 8_000);
      for (int index = 0; index < counts.length; index++) {
        if (!cell[index]) {
          counts[index] = 0;
          continue;
        }
        double expected = scale;
        for (int i = 0; i < dimensions.length; i++) {
          int at = index / strides[i] % positions[i];
          expected *= weights[i][at];
        }
        counts[index] = draw.chance(15) ? 0 : Math.round(expected * (0.25 + 1.5 * draw.unit()));
      }
      // Every total sums the positions after it along its dimension: along the last dimension
      // first, so that totals along earlier ones sum totals already made.
      for (int i = dimensions.length - 1; i >= 0; i--) {
        int block = strides[i] * positions[i];
        for (int start = 0; start < counts.length; start += block) {
          for (int offset = 0; offset < strides[i]; offset++) {
            long sum = 0;
            for (int at = 1; at < positions[i]; at++) {
              sum += counts[start + offset + at * strides[i]];
            }
            counts[start + offset] = sum;
          }
        }
      }
    }

    /** The shares of n categories by position (from 1; position 0 is the total): 1/position, normalised. */
    private static double[] weights(int n) {
      double sum = 0;
      for (int j = 1; j <= n; j++) {
        sum += 1.0 / j;
      }
      double[] shares = new double[n + 1];
      for (int j = 1; j <= n; j++) {
        shares[j] = 1.0 / j / sum;
      }
      return shares;
    }

    private Observation observation(int index) {
      int geography = slice / periods.length;
      Observation.Builder observation =
          Observation.builder()
              .metric(spec.metric())
              .key(keys[index])
              .period(periods[slice % periods.length])
              .geography(geographies.computeIfAbsent(geography,
                  g -> Geography.of(Vocabulary.RESETTLEMENT_STATES[g])))
              .rounding(Optional.ofNullable(rounding))
              .sources(sources);
      long count = counts[index];
      long published = rounding == null ? count : rounded(count, rounding.unit());
      int roll = spec.statuses() ? draw.below(1_000) : 1_000;
      if (roll < 25) {
        observation.addStatus(ObservationStatus.CONFIDENTIAL);
      } else if (roll < 40) {
        observation.addStatus(ObservationStatus.NOT_AVAILABLE);
      } else {
        if (roll < 90) {
          observation.addStatus(ObservationStatus.ESTIMATED);
        } else if (roll < 130) {
          observation.addStatus(ObservationStatus.PROVISIONAL);
        }
        observation.value(Quantity.exactly(published));
      }
      return observation.build();
    }
  }

  /** A count rounded to the nearest multiple of a unit, halves up: 2 to 0 and 3 to 5 for 5. */
  static long rounded(long count, int unit) {
    return (count + unit / 2) / unit * unit;
  }

  /** The one source every observation of a cube cites, describing the table. */
  private static Source source(CubeSpec spec) {
    StringBuilder title = new StringBuilder(label(spec.metric().name()));
    int i = 0;
    for (Dimension dimension : spec.dimensions().keySet()) {
      title.append(i++ == 0 ? " by " : ", ").append(dimension.code().replace('-', ' '));
    }
    return Source.builder()
        .title(LocalizedText.of("en", title.append(", ").append(LAST_YEAR - spec.years() + 1).append('-')
            .append(LAST_YEAR).toString()))
        .publisher("Office for Migration Statistics (sample data)")
        .url(URI.create("https://stats.example.org/tables/" + spec.metric().name().toLowerCase(Locale.ROOT)
            .replace('_', '-')))
        .publishedOn(PartialDate.of(LAST_YEAR + 1, 6))
        .build();
  }

  /** RESETTLED_PERSONS as "Resettled persons". */
  private static String label(String constant) {
    String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  //-----------------------------------------------------------------------
  /**
   * SplitMix64, written out here so that what a slice holds is fixed by this code on every JVM:
   * each slice's generator is seeded from the cube's seed and the slice's number.
   */
  private static final class SplitMix implements RandomGenerator {
    private long state;

    SplitMix(long seed) {
      this.state = seed;
    }

    @Override
    public long nextLong() {
      long z = state += 0x9E3779B97F4A7C15L;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }
  }
}
