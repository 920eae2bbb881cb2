package org.resettlement.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The random draws sample data is made of, all derived from {@link RandomGenerator#nextLong()}.
 *
 * <p>Only {@code nextLong()} is taken from the generator: it is the one method whose output the
 * named algorithm fixes. Bounded and floating-point draws are derived here rather than through the
 * generator's default methods, so that their results cannot change with the JDK.
 */
final class Draw {
  private final RandomGenerator random;

  Draw(RandomGenerator random) {
    this.random = random;
  }

  long nextLong() {
    return random.nextLong();
  }

  /** A number from 0 to {@code bound - 1}; the bias is below {@code bound / 2^32}. */
  int below(int bound) {
    return (int) (((random.nextLong() >>> 32) * bound) >>> 32);
  }

  /** A number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return min + below(max - min + 1);
  }

  /** A number from {@code min} to {@code max}, both included, for ranges beyond {@code int}. */
  long between(long min, long max) {
    long span = max - min + 1;
    return span <= Integer.MAX_VALUE ? min + below((int) span) : min + Math.floorMod(nextLong(), span);
  }

  /** True in {@code percent} cases out of 100. */
  boolean chance(int percent) {
    return below(100) < percent;
  }

  /** A number from 0 (included) to 1 (excluded), with 53 random bits. */
  double unit() {
    return (random.nextLong() >>> 11) * 0x1.0p-53;
  }

  <T> T pick(T[] items) {
    return items[below(items.length)];
  }

  <T> T pick(List<T> items) {
    return items.get(below(items.size()));
  }

  /** Appends {@code count} decimal digits to a text. */
  void digits(StringBuilder text, int count) {
    for (int i = 0; i < count; i++) {
      text.append((char) ('0' + below(10)));
    }
  }

  /** A day from {@code first} to {@code last}, both included. */
  LocalDate day(LocalDate first, LocalDate last) {
    return first.plusDays(between(0L, last.toEpochDay() - first.toEpochDay()));
  }

  /** Picks {@code count} distinct indexes below {@code size}, in the order drawn. */
  int[] distinct(int count, int size) {
    int n = Math.min(count, size);
    int[] chosen = new int[n];
    for (int i = 0; i < n; i++) {
      int candidate = below(size);
      while (contains(chosen, i, candidate)) {
        candidate = candidate + 1 == size ? 0 : candidate + 1;
      }
      chosen[i] = candidate;
    }
    return chosen;
  }

  private static boolean contains(int[] values, int length, int value) {
    for (int i = 0; i < length; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }
}
