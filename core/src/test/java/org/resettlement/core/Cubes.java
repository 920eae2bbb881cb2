package org.resettlement.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded cubes of observations whose totals, margins and cells agree: every observation's true
 * count is the sum of the leaf cells within its population, and its published value is that count,
 * rounded to the nearest 5 in some cubes. Leaf cells may be withheld.
 *
 * <p>Age bands overlap as Eurostat's do: the leaves are {@code 0-13}, {@code 14-17}, {@code
 * 18-34}, {@code 35-64} and {@code 65+}, and {@code 0-17} and {@code 18-64} are published beside
 * them in some cubes.
 */
final class Cubes {
  static final List<CountryCode> COUNTRIES =
      List.of(CountryCode.of("SY"), CountryCode.of("AF"), CountryCode.of("IQ"), CountryCode.of("ER"),
          CountryCode.of("SO"));
  static final Dimension UNIT = Dimension.of("eurostat:unit");
  static final List<Source> SOURCES = List.of(Source.builder().title(LocalizedText.of("en", "migr_asyresa")).build());

  private Cubes() {}

  /** A cube: its observations, as published, and the true count of each. */
  static final class Cube {
    final List<Observation> observations = new ArrayList<>();
    final Map<Observation, Long> truth = new IdentityHashMap<>();
    final List<Dimension> dimensions = new ArrayList<>();
    boolean rounded;
    boolean withWithheld;

    @Override
    public String toString() {
      return observations.size() + " observations by " + dimensions + (rounded ? ", rounded to 5" : "")
          + (withWithheld ? ", some withheld" : "");
    }
  }

  /** A category of a cube's dimension and the leaf categories it stands for. */
  private static final class Part {
    final Category category;
    final List<Integer> leaves;

    Part(Category category, List<Integer> leaves) {
      this.category = category;
      this.leaves = leaves;
    }
  }

  /**
   * Generates a cube of two or three dimensions (sex, age band, citizenship), for one or two
   * years, every observation carrying the unit {@code PER} in some cubes.
   */
  static Cube generate(SplittableRandom random, boolean withheld) {
    Cube cube = new Cube();
    List<Dimension> candidates = new ArrayList<>(List.of(Dimension.SEX, Dimension.AGE_BAND, Dimension.CITIZENSHIP));
    Collections.shuffle(candidates, new java.util.Random(random.nextLong()));
    int count = random.nextInt(2, 4);
    for (Dimension dimension : List.of(Dimension.SEX, Dimension.AGE_BAND, Dimension.CITIZENSHIP)) {
      if (candidates.subList(0, count).contains(dimension)) {
        cube.dimensions.add(dimension);
      }
    }
    cube.rounded = random.nextBoolean();
    cube.withWithheld = withheld;
    boolean unit = random.nextInt(4) == 0;
    Map<Dimension, List<Part>> parts = new LinkedHashMap<>();
    List<Integer> leafCounts = new ArrayList<>();
    for (Dimension dimension : cube.dimensions) {
      List<Part> dimensionParts = parts(dimension, random);
      parts.put(dimension, dimensionParts);
      leafCounts.add((int) dimensionParts.stream().filter(part -> part.leaves.size() == 1).count());
    }
    Geography geography = Geography.of(CountryCode.of("FR"));
    int years = random.nextInt(1, 3);
    for (int year = 2016; year < 2016 + years; year++) {
      DateRange period = DateRange.of(PartialDate.ofYear(year));
      int leaves = leafCounts.stream().reduce(1, (a, b) -> a * b);
      long[] leafValues = new long[leaves];
      boolean[] leafWithheld = new boolean[leaves];
      for (int i = 0; i < leaves; i++) {
        leafValues[i] = random.nextInt(5) == 0 ? 0 : random.nextInt(1, 200);
        leafWithheld[i] = withheld && random.nextInt(8) == 0;
      }
      addAll(cube, parts, leafCounts, leafValues, leafWithheld, 0, new LinkedHashMap<>(), period, geography, unit);
    }
    Collections.shuffle(cube.observations, new java.util.Random(random.nextLong()));
    return cube;
  }

  private static List<Part> parts(Dimension dimension, SplittableRandom random) {
    List<Part> parts = new ArrayList<>();
    if (dimension.equals(Dimension.SEX)) {
      parts.add(new Part(Sex.FEMALE, List.of(0)));
      parts.add(new Part(Sex.MALE, List.of(1)));
      if (random.nextBoolean()) {
        parts.add(new Part(Sex.UNKNOWN, List.of(2)));
      }
    } else if (dimension.equals(Dimension.CITIZENSHIP)) {
      int countries = random.nextInt(1, COUNTRIES.size() + 1);
      for (int i = 0; i < countries; i++) {
        parts.add(new Part(CountryCategory.of(COUNTRIES.get(i)), List.of(i)));
      }
      if (random.nextBoolean()) {
        parts.add(new Part(CountryCategory.STATELESS, List.of(parts.size())));
      }
      if (random.nextBoolean()) {
        parts.add(new Part(CountryCategory.UNKNOWN, List.of(parts.size())));
      }
    } else {
      parts.add(new Part(AgeBand.of(0, 13), List.of(0)));
      parts.add(new Part(AgeBand.of(14, 17), List.of(1)));
      parts.add(new Part(AgeBand.of(18, 34), List.of(2)));
      parts.add(new Part(AgeBand.of(35, 64), List.of(3)));
      parts.add(new Part(AgeBand.from(65), List.of(4)));
      if (random.nextBoolean()) {
        parts.add(new Part(AgeBand.UNKNOWN, List.of(5)));
      }
      if (random.nextBoolean()) {
        parts.add(new Part(AgeBand.under(18), List.of(0, 1)));
      }
      if (random.nextBoolean()) {
        parts.add(new Part(AgeBand.of(18, 64), List.of(2, 3)));
      }
    }
    return parts;
  }

  /** Adds an observation for every choice of the total or a part of each dimension, in turn. */
  private static void addAll(
      Cube cube,
      Map<Dimension, List<Part>> parts,
      List<Integer> leafCounts,
      long[] leafValues,
      boolean[] leafWithheld,
      int dimension,
      Map<Dimension, Part> chosen,
      DateRange period,
      Geography geography,
      boolean unit) {
    if (dimension == cube.dimensions.size()) {
      cube.observations.add(observation(cube, parts, leafCounts, leafValues, leafWithheld, chosen, period, geography, unit));
      return;
    }
    Dimension current = cube.dimensions.get(dimension);
    chosen.remove(current);
    addAll(cube, parts, leafCounts, leafValues, leafWithheld, dimension + 1, chosen, period, geography, unit);
    for (Part part : parts.get(current)) {
      chosen.put(current, part);
      addAll(cube, parts, leafCounts, leafValues, leafWithheld, dimension + 1, chosen, period, geography, unit);
    }
    chosen.remove(current);
  }

  private static Observation observation(
      Cube cube,
      Map<Dimension, List<Part>> parts,
      List<Integer> leafCounts,
      long[] leafValues,
      boolean[] leafWithheld,
      Map<Dimension, Part> chosen,
      DateRange period,
      Geography geography,
      boolean unit) {
    long truth = 0;
    boolean leaf = true;
    boolean withheld = false;
    for (int cell = 0; cell < leafValues.length; cell++) {
      if (within(cube, chosen, leafCounts, cell)) {
        truth += leafValues[cell];
        withheld = leafWithheld[cell];
      }
    }
    for (Dimension dimension : cube.dimensions) {
      Part part = chosen.get(dimension);
      leaf &= part != null && part.leaves.size() == 1;
    }
    Map<Dimension, Category> key = new LinkedHashMap<>();
    chosen.forEach((dimension, part) -> key.put(dimension, part.category));
    if (unit) {
      key.put(UNIT, CategoryCode.of("PER"));
    }
    Observation.Builder builder = Observation.builder()
        .metric(StatisticMetric.RESETTLED_PERSONS)
        .key(DimensionKey.of(key))
        .period(period)
        .geography(geography)
        .sources(SOURCES);
    if (leaf && withheld) {
      builder.addStatus(ObservationStatus.CONFIDENTIAL);
    } else {
      builder.value(Quantity.exactly(cube.rounded ? roundedTo5(truth) : truth));
      if (cube.rounded) {
        builder.rounding(Rounding.NEAREST_5);
      }
    }
    Observation observation = builder.build();
    cube.truth.put(observation, truth);
    return observation;
  }

  /** Whether a leaf cell, numbered in mixed radix over the dimensions' leaves, is in a population. */
  private static boolean within(Cube cube, Map<Dimension, Part> chosen, List<Integer> leafCounts, int cell) {
    int rest = cell;
    for (int d = cube.dimensions.size() - 1; d >= 0; d--) {
      int leaf = rest % leafCounts.get(d);
      rest /= leafCounts.get(d);
      Part part = chosen.get(cube.dimensions.get(d));
      if (part != null && !part.leaves.contains(leaf)) {
        return false;
      }
    }
    return true;
  }

  static long roundedTo5(long count) {
    return (count + 2) / 5 * 5;
  }
}
