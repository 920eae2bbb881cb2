package org.resettlement.testkit;

import static org.resettlement.testkit.Vocabulary.ORIGINS;
import static org.resettlement.testkit.Vocabulary.RESETTLEMENT_STATES;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resettlement.core.AgeBand;
import org.resettlement.core.Breakdown;
import org.resettlement.core.Category;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Quantity;
import org.resettlement.core.Rounding;
import org.resettlement.core.Sex;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticId;
import org.resettlement.core.StatisticMetric;

/**
 * Makes the values of official statistics one at a time: dimensions, categories, keys, roundings,
 * single observations, and statistics of part of a population (with a key) as documents quote
 * them. {@link CubeSampler} makes whole tables.
 */
final class ObservationSampler {

  /** The publishers' own dimensions, with the codes of their categories. */
  private static final Map<Dimension, String[]> PUBLISHER_DIMENSIONS = publisherDimensions();

  /** Codes publishers write that the core keeps as they are, from Eurostat and UNHCR tables. */
  private static final String[] PUBLISHERS_CODES = {
    "TIB", "EXT_EU27_2020", "EU27_2020_FOR", "Y_LT14", "Y14-17", "PER", "GENCONV", "HUMSTAT", "SUB_PROT", "TOTAL_POS"
  };

  /** Age bands as publishers give them: UNHCR's and Eurostat's, some of them overlapping. */
  private static final AgeBand[] AGE_BANDS = {
    AgeBand.of(0, 4), AgeBand.of(5, 11), AgeBand.of(12, 17), AgeBand.of(18, 59), AgeBand.from(60),
    AgeBand.under(14), AgeBand.of(14, 17), AgeBand.under(18), AgeBand.of(18, 34), AgeBand.of(35, 64),
    AgeBand.from(65), AgeBand.UNKNOWN
  };

  /** The metrics that count people, which tables divide by sex, age and nationality. */
  private static final StatisticMetric[] PEOPLE_COUNTED = {
    StatisticMetric.RESETTLED_PERSONS, StatisticMetric.ARRIVALS, StatisticMetric.DEPARTURES, StatisticMetric.SUBMISSIONS
  };

  /** The dimensions a quoted figure of part of a population is keyed by. */
  private static final Dimension[] KEY_DIMENSIONS = {Dimension.CITIZENSHIP, Dimension.SEX, Dimension.AGE_BAND};

  /** The dimensions its breakdown may then divide it along. */
  private static final Dimension[] BREAKDOWN_DIMENSIONS = {
    Dimension.SEX, Dimension.AGE_BAND, Dimension.COUNTRY_OF_ASYLUM, Dimension.CITIZENSHIP
  };

  private static final Rounding[] ROUNDINGS = {
    Rounding.NEAREST_5, Rounding.NEAREST_5, Rounding.NEAREST_5, Rounding.toNearest(10), Rounding.toNearest(3)
  };

  private final Draw draw;
  private final QuantitySampler quantities;

  ObservationSampler(Draw draw, QuantitySampler quantities) {
    this.draw = draw;
    this.quantities = quantities;
  }

  private static Map<Dimension, String[]> publisherDimensions() {
    Map<Dimension, String[]> dimensions = new LinkedHashMap<>();
    dimensions.put(Dimension.of("eurostat:unit"), new String[] {"PER"});
    dimensions.put(Dimension.of("eurostat:decision"), new String[] {"TOTAL_POS", "GENCONV", "HUMSTAT", "SUB_PROT"});
    dimensions.put(Dimension.of("unhcr:population-type"), new String[] {"REF", "ASY", "OIP"});
    return dimensions;
  }

  //-----------------------------------------------------------------------
  /** A dimension: built-in four times in five, else a publisher's own. */
  Dimension dimension() {
    if (draw.chance(80)) {
      return draw.pick(Dimension.builtIn());
    }
    return draw.pick(new ArrayList<>(PUBLISHER_DIMENSIONS.keySet()));
  }

  /** A category of a dimension, one the dimension knows if it is built in. */
  Category category(Dimension dimension) {
    if (dimension.equals(Dimension.SEX)) {
      return draw.chance(95) ? (draw.chance(50) ? Sex.FEMALE : Sex.MALE) : Sex.UNKNOWN;
    }
    if (dimension.equals(Dimension.AGE_BAND)) {
      return ageBand();
    }
    if (!dimension.publisherDefined()) {
      return countryCategory();
    }
    String[] codes = PUBLISHER_DIMENSIONS.get(dimension);
    return CategoryCode.of(codes != null ? draw.pick(codes) : draw.pick(PUBLISHERS_CODES));
  }

  /** A category of any kind: of a dimension drawn first. */
  Category category() {
    return category(dimension());
  }

  AgeBand ageBand() {
    return draw.pick(AGE_BANDS);
  }

  /** A country people flee most often, any country, stateless or unknown. */
  CountryCategory countryCategory() {
    int roll = draw.below(100);
    if (roll < 5) {
      return roll < 3 ? CountryCategory.STATELESS : CountryCategory.UNKNOWN;
    }
    return CountryCategory.of(roll < 70 ? draw.pick(ORIGINS) : draw.pick(Vocabulary.ALL_COUNTRIES));
  }

  CategoryCode categoryCode() {
    return CategoryCode.of(draw.pick(PUBLISHERS_CODES));
  }

  /** A key of up to three dimensions, each with a category it knows; the empty key one time in six. */
  DimensionKey dimensionKey() {
    Map<Dimension, Category> key = new LinkedHashMap<>();
    for (int i = draw.below(4) - (draw.chance(20) ? 1 : 0); i > 0; i--) {
      Dimension dimension = dimension();
      key.put(dimension, category(dimension));
    }
    return DimensionKey.of(key);
  }

  Rounding rounding() {
    return draw.pick(ROUNDINGS);
  }

  //-----------------------------------------------------------------------
  /**
   * An observation of one cell: a value of a plausible size, rounded two times in five, with a
   * status one time in eight; one in twenty-five is confidential or not available, without a value.
   */
  Observation observation(Refs refs) {
    Rounding rounding = draw.chance(40) ? rounding() : null;
    Observation.Builder observation =
        Observation.builder()
            .metric(draw.pick(PEOPLE_COUNTED))
            .key(dimensionKey())
            .period(DateRange.of(PartialDate.ofYear(draw.between(1995, CubeSampler.LAST_YEAR))))
            .geography(Geography.of(draw.pick(RESETTLEMENT_STATES)));
    if (rounding != null) {
      observation.rounding(rounding);
    }
    int roll = draw.below(100);
    if (roll < 4) {
      observation.addStatus(roll < 2 ? ObservationStatus.CONFIDENTIAL : ObservationStatus.NOT_AVAILABLE);
    } else {
      if (roll < 16) {
        observation.addStatus(draw.pick(new ObservationStatus[] {
          ObservationStatus.ESTIMATED, ObservationStatus.PROVISIONAL, ObservationStatus.BREAK_IN_SERIES,
          ObservationStatus.LOW_RELIABILITY, ObservationStatus.DEFINITION_DIFFERS}));
      }
      long count = draw.between(0L, draw.chance(70) ? 500L : 20_000L);
      observation.value(Quantity.exactly(rounding == null ? count : CubeSampler.rounded(count, rounding.unit())));
    }
    if (draw.chance(5)) {
      observation.note(draw.pick(Vocabulary.NOTE_TEXTS));
    }
    return observation.sources(refs.sources()).build();
  }

  /**
   * A statistic of part of a population, as a document quotes it: "85 Syrian women resettled in
   * France in 2016, of which 60 from Lebanon". Its key has one or two of citizenship, sex and age
   * band; its breakdown, most of the time, divides it along a dimension the key does not have,
   * into parts that add up to it. Rounded half of the time, to the nearest 5, as Eurostat rounds:
   * each figure is the true count rounded, so the parts may add up to a little more than the
   * figure.
   */
  Statistic keyedStatistic(StatisticId id, Refs refs) {
    Map<Dimension, Category> key = new LinkedHashMap<>();
    for (int index : draw.distinct(draw.between(1, 2), KEY_DIMENSIONS.length)) {
      Dimension dimension = KEY_DIMENSIONS[index];
      key.put(dimension, dimension.equals(Dimension.CITIZENSHIP)
          ? CountryCategory.of(draw.pick(ORIGINS)) : CubeSampler.categoriesOf(dimension)[draw.below(2)]);
    }
    Rounding rounding = draw.chance(50) ? Rounding.NEAREST_5 : null;
    List<Dimension> free = new ArrayList<>();
    for (Dimension dimension : BREAKDOWN_DIMENSIONS) {
      if (!key.containsKey(dimension)) {
        free.add(dimension);
      }
    }
    List<Breakdown> breakdown = new ArrayList<>();
    long total;
    if (draw.chance(75)) {
      Dimension dimension = draw.pick(free);
      Category[] categories = CubeSampler.categoriesOf(dimension);
      int parts = Math.min(categories.length, draw.between(2, 5));
      total = 0;
      for (int i = 0; i < parts; i++) {
        long count = draw.between(0L, 400L);
        total += count;
        breakdown.add(Breakdown.of(dimension, categories[i], Quantity.exactly(published(count, rounding))));
      }
    } else {
      total = draw.between(1L, 2_000L);
    }
    Statistic.Builder statistic =
        Statistic.builder()
            .id(id)
            .metric(draw.pick(PEOPLE_COUNTED))
            .key(DimensionKey.of(key))
            .value(Quantity.exactly(published(total, rounding)))
            .period(DateRange.of(PartialDate.ofYear(draw.between(2008, CubeSampler.LAST_YEAR))))
            .geography(Geography.of(draw.pick(RESETTLEMENT_STATES)))
            .breakdown(breakdown);
    if (rounding != null) {
      statistic.rounding(rounding);
    }
    return statistic.sources(refs.sources()).build();
  }

  private static long published(long count, Rounding rounding) {
    return rounding == null ? count : CubeSampler.rounded(count, rounding.unit());
  }
}
