package org.resettlement.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.resettlement.core.AgeBand;
import org.resettlement.core.Category;
import org.resettlement.core.CategoryCode;

/**
 * Sums the parts of a whole along one dimension (the categories of a statistic's breakdown, the
 * cells below a total), counting only parts that no one can be counted in twice, so that a rule
 * that compares the sum with the whole reports only what is certainly wrong.
 *
 * <ul>
 *   <li>Sexes and country categories never overlap: each is counted, once however often it is
 *       given (the largest of its figures).
 *   <li>Age bands may overlap ({@code 0-17} and {@code 0-4}): of the known bands, the set of bands
 *       that do not overlap with the largest sum is counted, so that a rule reports a sum only if
 *       even the parts that surely hold different people exceed the whole. The unknown age band
 *       overlaps no other.
 *   <li>A publisher's code ({@link CategoryCode}) is not counted: it may stand for several other
 *       categories, as Eurostat's {@code EXT_EU27_2020} stands for every country outside the EU.
 * </ul>
 */
final class Parts {
  private Parts() {}

  /**
   * Checks whether a part of a category is counted in a sum: it is not a publisher's code.
   *
   * @param category the category, not null
   * @return true unless the category is a {@link CategoryCode}
   */
  static boolean counted(Category category) {
    return !(category instanceof CategoryCode);
  }

  /**
   * Checks whether a category may hold some of the people of another of its dimension: a known
   * age band.
   *
   * @param category the category, not null
   * @return true for a known {@link AgeBand}
   */
  static boolean mayOverlap(Category category) {
    return category instanceof AgeBand && ((AgeBand) category).known();
  }

  /**
   * Returns the largest sum of parts that hold different people.
   *
   * @param categories the category of each part, not null
   * @param figures the figure of each part, in the same order, not negative
   * @return the sum, not negative
   */
  static long largestDisjointSum(List<? extends Category> categories, long[] figures) {
    Map<Category, Long> largest = new HashMap<>();
    for (int i = 0; i < figures.length; i++) {
      Category category = categories.get(i);
      if (counted(category)) {
        largest.merge(category, figures[i], Math::max);
      }
    }
    long sum = 0;
    List<Map.Entry<Category, Long>> bands = new ArrayList<>();
    for (Map.Entry<Category, Long> part : largest.entrySet()) {
      if (mayOverlap(part.getKey())) {
        bands.add(part);
      } else {
        sum = Math.addExact(sum, part.getValue());
      }
    }
    return Math.addExact(sum, largestSumOfBandsApart(bands));
  }

  /**
   * The largest sum of age bands no two of which overlap: weighted interval scheduling over the
   * bands ordered by their highest age, "and over" last.
   */
  private static long largestSumOfBandsApart(List<Map.Entry<Category, Long>> parts) {
    if (parts.isEmpty()) {
      return 0;
    }
    parts.sort(Comparator.comparingLong(part -> highest((AgeBand) part.getKey())));
    long[] best = new long[parts.size() + 1];
    for (int i = 0; i < parts.size(); i++) {
      best[i + 1] = Math.max(best[i], Math.addExact(parts.get(i).getValue(), best[firstApart(parts, i)]));
    }
    return best[parts.size()];
  }

  /**
   * The number of bands, from the first, that end before the band at an index starts: as the
   * bands are ordered by their end, those are the first ones.
   */
  private static int firstApart(List<Map.Entry<Category, Long>> parts, int index) {
    AgeBand band = (AgeBand) parts.get(index).getKey();
    int count = index;
    while (count > 0 && highest((AgeBand) parts.get(count - 1).getKey()) >= band.lowest().getAsInt()) {
      count--;
    }
    return count;
  }

  private static long highest(AgeBand band) {
    return band.highest().isPresent() ? band.highest().getAsInt() : Long.MAX_VALUE;
  }
}
