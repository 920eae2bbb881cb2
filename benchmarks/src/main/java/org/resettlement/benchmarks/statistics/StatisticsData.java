package org.resettlement.benchmarks.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.resettlement.benchmarks.baseline.ObservationRecord;
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
import org.resettlement.core.StatisticMetric;

/**
 * The benchmark cube: a table of resettled persons like Eurostat's {@code migr_asyresa}, by
 * citizenship (24 countries), sex (female, male, unknown) and age band (0-13, 14-17, 0-17, 18-34,
 * 35-64, 65+, unknown, overlapping as Eurostat's do), with every total and margin, for 50 reporting
 * countries and 25 years: 800 keys in each of 1,250 country-years, 1,000,000 cells.
 *
 * <p>The figures agree: every margin and total is the sum of its leaf cells, rounded to the nearest
 * 5 like every other figure, so that the cube has no discrepancy. One leaf cell in a hundred is
 * confidential. The cells share their key, period, geography, rounding and source objects, as a
 * reader of a publisher's file makes them; each has a {@link Quantity} of its own.
 *
 * <p>The cube is generated from a fixed seed, the same in every run.
 */
public final class StatisticsData {

  /** The number of cells of the cube. */
  public static final int CELLS = 1_000_000;

  /** The seed of the figures. */
  public static final long SEED = 20160101L;

  /** The reporting country of the queries. */
  public static final Geography FRANCE = Geography.of(CountryCode.of("FR"));

  /** The year of the queries. */
  public static final DateRange YEAR = DateRange.of(PartialDate.ofYear(2016));

  /** Syrian citizens, the population of the queries. */
  public static final Category SYRIA = CountryCategory.of(CountryCode.of("SY"));

  private static final String[] CITIZENSHIPS = {
    "SY", "AF", "IQ", "IR", "ER", "SO", "SD", "SS", "CD", "CF", "NG", "ET",
    "PK", "BD", "MM", "YE", "LY", "PS", "LB", "TR", "UA", "RU", "VE", "CO"};
  private static final String[] REPORTERS = {
    "FR", "DE", "SE", "NL", "BE", "AT", "DK", "FI", "IE", "IT", "ES", "PT", "NO", "CH", "GB",
    "PL", "CZ", "SK", "HU", "SI", "HR", "RO", "BG", "GR", "CY", "MT", "LU", "LT", "LV", "EE",
    "IS", "LI", "US", "CA", "AU", "NZ", "JP", "KR", "BR", "AR", "CL", "UY", "MX", "ZA", "KE",
    "UG", "TZ", "RW", "JO", "EG"};
  private static final int FIRST_YEAR = 2001;
  private static final int YEARS = 25;
  /** The leaf age bands, and which leaves each published band adds up. */
  private static final AgeBand[] BANDS = {
    AgeBand.under(14), AgeBand.of(14, 17), AgeBand.under(18), AgeBand.of(18, 34), AgeBand.of(35, 64),
    AgeBand.from(65), AgeBand.UNKNOWN};
  private static final int[][] BAND_LEAVES = {{0}, {1}, {0, 1}, {2}, {3}, {4}, {5}};
  private static final int AGE_LEAVES = 6;
  private static final Sex[] SEXES = Sex.values();

  private StatisticsData() {}

  /** The cube, as core observations and as the same figures in records. */
  public static final class Cube {
    private final List<Observation> observations;
    private final List<ObservationRecord> records;
    private final List<DimensionKey> keys;

    Cube(List<Observation> observations, List<ObservationRecord> records, List<DimensionKey> keys) {
      this.observations = observations;
      this.records = records;
      this.keys = keys;
    }

    /**
     * Returns the cells as observations, in the order a reader of the table would make them:
     * country by country, year by year.
     *
     * @return the unmodifiable list of 1,000,000 observations
     */
    public List<Observation> observations() {
      return observations;
    }

    /**
     * Returns the same cells as records, sharing the same objects, or an empty list if the cube
     * was made without records.
     *
     * @return the unmodifiable list of records
     */
    public List<ObservationRecord> records() {
      return records;
    }

    /**
     * Returns the 800 keys of each country-year, shared by all cells.
     *
     * @return the unmodifiable list of keys
     */
    public List<DimensionKey> keys() {
      return keys;
    }
  }

  /**
   * Generates the cube as observations only.
   *
   * @return the cube, without records
   */
  public static Cube observations() {
    return generate(false);
  }

  /**
   * Generates the cube as observations and as records of the same figures.
   *
   * @return the cube
   */
  public static Cube withRecords() {
    return generate(true);
  }

  private static Cube generate(boolean withRecords) {
    List<DimensionKey> keys = new ArrayList<>();
    List<int[]> leavesOfKey = new ArrayList<>();
    int leaves = CITIZENSHIPS.length * SEXES.length * AGE_LEAVES;
    for (int citizenship = -1; citizenship < CITIZENSHIPS.length; citizenship++) {
      for (int sex = -1; sex < SEXES.length; sex++) {
        for (int band = -1; band < BANDS.length; band++) {
          DimensionKey key = DimensionKey.of();
          if (citizenship >= 0) {
            key = key.with(Dimension.CITIZENSHIP, CountryCategory.of(CountryCode.of(CITIZENSHIPS[citizenship])));
          }
          if (sex >= 0) {
            key = key.with(Dimension.SEX, SEXES[sex]);
          }
          if (band >= 0) {
            key = key.with(Dimension.AGE_BAND, BANDS[band]);
          }
          keys.add(key);
          List<Integer> within = new ArrayList<>();
          for (int leaf = 0; leaf < leaves; leaf++) {
            int leafAge = leaf % AGE_LEAVES;
            int leafSex = leaf / AGE_LEAVES % SEXES.length;
            int leafCitizenship = leaf / AGE_LEAVES / SEXES.length;
            if ((citizenship < 0 || citizenship == leafCitizenship)
                && (sex < 0 || sex == leafSex)
                && (band < 0 || contains(BAND_LEAVES[band], leafAge))) {
              within.add(leaf);
            }
          }
          leavesOfKey.add(within.stream().mapToInt(Integer::intValue).toArray());
        }
      }
    }
    boolean[] isLeaf = new boolean[keys.size()];
    for (int k = 0; k < keys.size(); k++) {
      isLeaf[k] = leavesOfKey.get(k).length == 1;
    }

    List<Source> sources = List.of(Source.builder()
        .title(LocalizedText.of("en", "Resettled persons by age, sex and citizenship (migr_asyresa)"))
        .publisher("Eurostat")
        .build());
    SplittableRandom random = new SplittableRandom(SEED);
    List<Observation> observations = new ArrayList<>(CELLS);
    List<ObservationRecord> records = new ArrayList<>(withRecords ? CELLS : 0);
    long[] leafValues = new long[leaves];
    boolean[] leafWithheld = new boolean[leaves];
    for (String reporter : REPORTERS) {
      Geography geography = Geography.of(CountryCode.of(reporter));
      for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
        DateRange period = DateRange.of(PartialDate.ofYear(year));
        for (int leaf = 0; leaf < leaves; leaf++) {
          leafValues[leaf] = random.nextInt(4) == 0 ? 0 : random.nextInt(1, 400);
          leafWithheld[leaf] = random.nextInt(100) == 0;
        }
        for (int k = 0; k < keys.size(); k++) {
          Observation.Builder cell = Observation.builder()
              .metric(StatisticMetric.RESETTLED_PERSONS)
              .key(keys.get(k))
              .period(period)
              .geography(geography)
              .sources(sources);
          int[] within = leavesOfKey.get(k);
          Quantity value = null;
          if (isLeaf[k] && leafWithheld[within[0]]) {
            cell.addStatus(ObservationStatus.CONFIDENTIAL);
          } else {
            long truth = 0;
            for (int leaf : within) {
              truth += leafValues[leaf];
            }
            value = Quantity.exactly((truth + 2) / 5 * 5);
            cell.value(value).rounding(Rounding.NEAREST_5);
          }
          Observation observation = cell.build();
          observations.add(observation);
          if (withRecords) {
            // What a reader would make as a record: the shared sources, a status set of its own
            // for the rare withheld cell.
            records.add(new ObservationRecord(
                StatisticMetric.RESETTLED_PERSONS,
                keys.get(k),
                value,
                value == null ? Set.of(ObservationStatus.CONFIDENTIAL) : Set.of(),
                value == null ? null : Rounding.NEAREST_5,
                period,
                geography,
                null,
                sources));
          }
        }
      }
    }
    return new Cube(List.copyOf(observations), List.copyOf(records), List.copyOf(keys));
  }

  private static boolean contains(int[] values, int value) {
    for (int candidate : values) {
      if (candidate == value) {
        return true;
      }
    }
    return false;
  }
}
