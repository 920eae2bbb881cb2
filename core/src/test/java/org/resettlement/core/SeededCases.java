package org.resettlement.core;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Many generated cases from one fixed seed, for property-style tests.
 *
 * <p>Each case carries its own seed, derived from the base seed and the case index, and shows it
 * in the test's display name: a failing case can be replayed on its own with that seed.
 */
final class SeededCases {
  static final long BASE_SEED = 0x5EED_2026L;
  static final int CASES = 500;

  private SeededCases() {}

  /**
   * Returns {@link #CASES} arguments {@code (seed, value)}, where each value is generated from a
   * random source seeded with its own seed.
   */
  static <T> Stream<Arguments> of(Function<SplittableRandom, T> generator) {
    SplittableRandom base = new SplittableRandom(BASE_SEED);
    return IntStream.range(0, CASES)
        .mapToObj(index -> base.nextLong())
        .map(seed -> Arguments.of(seed, generator.apply(new SplittableRandom(seed))));
  }

  static PartialDate partialDate(SplittableRandom random) {
    int year = random.nextInt(1, 10_000);
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.of(year, random.nextInt(1, 13));
      default:
        int month = random.nextInt(1, 13);
        int length = java.time.YearMonth.of(year, month).lengthOfMonth();
        return PartialDate.of(year, month, random.nextInt(1, length + 1));
    }
  }

  /** A quantity with both bounds known: exact, a range, or "up to". */
  static Quantity boundedQuantity(SplittableRandom random) {
    return quantity(random, Quantity.Qualifier.EXACT, Quantity.Qualifier.AT_MOST, Quantity.Qualifier.RANGE);
  }

  static Quantity quantity(SplittableRandom random) {
    return quantity(
        random,
        Quantity.Qualifier.EXACT,
        Quantity.Qualifier.APPROXIMATE,
        Quantity.Qualifier.AT_LEAST,
        Quantity.Qualifier.AT_MOST,
        Quantity.Qualifier.RANGE);
  }

  private static Quantity quantity(SplittableRandom random, Quantity.Qualifier... qualifiers) {
    long figure = random.nextLong(0, 1_000_000_000L);
    Quantity.Qualifier qualifier = qualifiers[random.nextInt(qualifiers.length)];
    long span = qualifier == Quantity.Qualifier.RANGE ? random.nextLong(0, 1_000_000L) : 0;
    return quantity(qualifier, figure, span);
  }

  /** A quantity of a qualifier: the figure, or for a range the minimum and its distance to the maximum. */
  static Quantity quantity(Quantity.Qualifier qualifier, long figure, long span) {
    switch (qualifier) {
      case EXACT:
        return Quantity.exactly(figure);
      case APPROXIMATE:
        return Quantity.approximately(figure);
      case AT_LEAST:
        return Quantity.atLeast(figure);
      case AT_MOST:
        return Quantity.atMost(figure);
      default:
        return Quantity.between(figure, figure + span);
    }
  }
}
