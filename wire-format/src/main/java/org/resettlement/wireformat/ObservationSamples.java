package org.resettlement.wireformat;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.resettlement.core.AgeBand;
import org.resettlement.core.Category;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Dataset;
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
 * Observations of every shape the wire format writes, generated from a seed, for the property-style
 * tests of both Jackson modules: keys of any built-in and publishers' dimensions with typed
 * categories and publishers' codes (Eurostat's, UNHCR's, and codes with spaces, quotes and
 * characters beyond the Basic Multilingual Plane), every form of quantity, any set of statuses
 * (confidential and not-available cells without a value, and a few cells whose value disagrees
 * with their statuses), roundings, periods of each precision, geographies and shared sources.
 *
 * <p>The same seed gives the same observations. An instance is not thread-safe.
 */
public final class ObservationSamples {
  private static final List<StatisticMetric> METRICS = List.of(StatisticMetric.values());
  private static final List<Dimension> PUBLISHERS_DIMENSIONS = List.of(
      Dimension.of("eurostat:unit"), Dimension.of("eurostat:decision"), Dimension.of("unhcr:population-type"),
      Dimension.ofPublisher("x-9", "a-1-b"));
  private static final List<String> PUBLISHERS_CODES = List.of(
      "PER", "Y_LT18", "Y18-34", "TOTAL", "UNK", "TIB", "XXA", "EXT_EU27_2020", "GENCONV", "T", "F",
      "Serbia and Kosovo: S/RES/1244 (1999)", "\"quoted\" \\ back", "Pracownia \uD841\uDF0E", "151-200", "30-18",
      "sy", "x".repeat(100));
  private static final List<ObservationStatus> STATUSES_WITH_VALUE =
      List.copyOf(EnumSet.complementOf(EnumSet.of(ObservationStatus.CONFIDENTIAL, ObservationStatus.NOT_AVAILABLE)));
  private static final List<CountryCode> COUNTRIES = List.copyOf(CountryCode.all());
  private static final List<CountryGroup> GROUPS = List.copyOf(CountryGroup.known());

  private final Random random;
  private final List<Source> sources;

  private ObservationSamples(long seed) {
    this.random = new Random(seed);
    this.sources = List.of(ObservationData.MIGR_ASYRESA, ObservationData.REFUGEE_DATA_FINDER,
        Source.builder()
            .title(LocalizedText.of("pl", "Źródło \u2013 \u201Ecytat\u201D"))
            .url(URI.create("https://example.org/a?b=c&d=%C5%BA"))
            .publishedOn(PartialDate.of(2023, 6))
            .build());
  }

  /**
   * Creates a generator.
   *
   * @param seed  the seed: the same seed gives the same observations
   * @return the generator, not null
   */
  public static ObservationSamples withSeed(long seed) {
    return new ObservationSamples(seed);
  }

  /**
   * Generates observations.
   *
   * @param count  how many
   * @return the observations, not null
   */
  public List<Observation> list(int count) {
    List<Observation> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(observation());
    }
    return list;
  }

  /**
   * Generates a dataset of observations and nothing else.
   *
   * @param count  how many observations
   * @return the dataset, of the version written, not null
   */
  public Dataset dataset(int count) {
    return Dataset.builder().addAllObservations(list(count)).build();
  }

  /**
   * Generates one observation.
   *
   * @return the observation, not null
   */
  public Observation observation() {
    Observation.Builder observation = Observation.builder()
        .metric(pick(METRICS))
        .key(key())
        .period(period())
        .geography(geography());
    Set<ObservationStatus> statuses = EnumSet.noneOf(ObservationStatus.class);
    int withStatus = random.nextInt(10);
    if (withStatus == 0) {
      statuses.add(ObservationStatus.CONFIDENTIAL);
    } else if (withStatus == 1) {
      statuses.add(ObservationStatus.NOT_AVAILABLE);
    } else if (withStatus == 2) {
      statuses.addAll(EnumSet.allOf(ObservationStatus.class));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      statuses.add(pick(STATUSES_WITH_VALUE));
    }
    observation.statuses(statuses);
    boolean valueless = statuses.contains(ObservationStatus.CONFIDENTIAL) || statuses.contains(ObservationStatus.NOT_AVAILABLE);
    // One in fifty disagrees with its statuses, as publishers' files sometimes do: the core keeps
    // it, the validation module reports it, and the wire format must carry it as it is.
    if (valueless == (random.nextInt(50) == 0)) {
      observation.value(quantity());
    }
    if (random.nextBoolean()) {
      observation.rounding(random.nextInt(4) > 0 ? Rounding.NEAREST_5 : Rounding.toNearest(2 + random.nextInt(Integer.MAX_VALUE - 1)));
    }
    if (random.nextInt(5) == 0) {
      observation.note(LocalizedText.of("en", "Note " + random.nextInt(1000)).and("pl", "Przypis \u0141\u00F3d\u017A"));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      observation.addSource(pick(sources));
    }
    return observation.build();
  }

  /** A key: the empty key, or some built-in dimensions and some publishers' ones. */
  public DimensionKey key() {
    DimensionKey key = DimensionKey.of();
    if (random.nextInt(6) == 0) {
      return key;
    }
    for (Dimension dimension : Dimension.builtIn()) {
      if (random.nextInt(3) == 0) {
        key = key.with(dimension, category(dimension));
      }
    }
    for (Dimension dimension : PUBLISHERS_DIMENSIONS) {
      if (random.nextInt(5) == 0) {
        key = key.with(dimension, CategoryCode.of(pick(PUBLISHERS_CODES)));
      }
    }
    if (key.empty()) {
      key = key.with(Dimension.CITIZENSHIP, category(Dimension.CITIZENSHIP));
    }
    return key;
  }

  /** A category of a dimension: mostly typed, sometimes a publisher's code it does not know. */
  private Category category(Dimension dimension) {
    if (random.nextInt(5) == 0) {
      return dimension.category(pick(PUBLISHERS_CODES));
    }
    if (dimension.equals(Dimension.SEX)) {
      return pick(List.of(Sex.values()));
    }
    if (dimension.equals(Dimension.AGE_BAND)) {
      int lowest = random.nextInt(151);
      switch (random.nextInt(5)) {
        case 0:
          return AgeBand.UNKNOWN;
        case 1:
          return AgeBand.from(lowest);
        case 2:
          return AgeBand.under(1 + random.nextInt(151));
        default:
          return AgeBand.of(lowest, lowest + random.nextInt(151 - lowest));
      }
    }
    switch (random.nextInt(8)) {
      case 0:
        return CountryCategory.STATELESS;
      case 1:
        return CountryCategory.UNKNOWN;
      default:
        return CountryCategory.of(pick(COUNTRIES));
    }
  }

  private Quantity quantity() {
    long value = random.nextInt(4) == 0 ? random.nextLong() & Long.MAX_VALUE : random.nextInt(100_000);
    switch (random.nextInt(8)) {
      case 0:
        return Quantity.approximately(value);
      case 1:
        return Quantity.atLeast(value);
      case 2:
        return Quantity.atMost(value);
      case 3:
        return Quantity.between(value / 2, value);
      default:
        return Quantity.exactly(value);
    }
  }

  private DateRange period() {
    int year = 1951 + random.nextInt(80);
    switch (random.nextInt(4)) {
      case 0:
        return DateRange.of(PartialDate.of(year, 1 + random.nextInt(12)));
      case 1:
        return DateRange.of(PartialDate.of(year, 1, 1), PartialDate.of(year, 6, 30));
      default:
        return DateRange.of(PartialDate.ofYear(year));
    }
  }

  private Geography geography() {
    switch (random.nextInt(6)) {
      case 0:
        return Geography.world();
      case 1:
        return Geography.of(pick(GROUPS));
      default:
        return Geography.of(pick(COUNTRIES));
    }
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
