package org.resettlement.statistics.io;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.resettlement.core.Category;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.Quantity;

/**
 * The values that the observations of one reading share: a file of a million cells has a few
 * hundred distinct keys and values, each made once. Not thread-safe: one reading, one thread.
 */
final class Shared {
  /** Counts below this are made once each; a cube's counts are mostly small. */
  private static final int SMALL = 1 << 16;

  private final Quantity[] small = new Quantity[SMALL];
  /**
   * Keys by the numbers of their categories, a level per dimension of a table; number 0 where a
   * dimension is absent. The categories of a reading are made once per code and numbered then, so
   * that finding a key takes an index into an array per dimension, not a lookup in a map; two codes
   * of one category (Eurostat's EL and GR) have two numbers and make two equal keys.
   */
  private final Map<Object, Level> keys = new IdentityHashMap<>();
  private Object lastTable;
  private Level lastTableKeys;
  private int lastNumber;
  private final Map<Set<ObservationStatus>, Set<ObservationStatus>> statuses = new HashMap<>();

  /** A category that keys are made of, with its number in this reading. */
  static final class KeyCategory {
    final Category category;
    final int number;

    private KeyCategory(Category category, int number) {
      this.category = category;
      this.number = number;
    }
  }

  /** The keys, or the next levels, by the number of a category of one dimension. */
  private static final class Level {
    Object[] next = new Object[8];
  }

  /** An exact count. */
  Quantity count(long count) {
    if (count >= SMALL) {
      return Quantity.exactly(count);
    }
    Quantity quantity = small[(int) count];
    if (quantity == null) {
      quantity = Quantity.exactly(count);
      small[(int) count] = quantity;
    }
    return quantity;
  }

  /** Numbers a category read from a code, once per code: keys of it are found by the number. */
  KeyCategory keyCategory(Category category) {
    return new KeyCategory(category, ++lastNumber);
  }

  /**
   * The key of a category, or none, of each of the dimensions of a table.
   *
   * @param table what tells tables apart: the same for every call with the same dimensions
   * @param dimensions the dimensions of the table, in the same order for every call of the table
   * @param categories the category of each dimension, or null for the whole population of it
   * @param count the number of dimensions
   */
  DimensionKey key(Object table, Dimension[] dimensions, KeyCategory[] categories, int count) {
    if (count == 0) {
      return DimensionKey.of();
    }
    // The first level tells tables apart: the same categories may be of other dimensions.
    if (table != lastTable) {
      lastTableKeys = keys.computeIfAbsent(table, unused -> new Level());
      lastTable = table;
    }
    Level level = lastTableKeys;
    for (int i = 0; ; i++) {
      int number = categories[i] == null ? 0 : categories[i].number;
      if (number >= level.next.length) {
        level.next = Arrays.copyOf(level.next, Math.max(number + 1, 2 * level.next.length));
      }
      Object next = level.next[number];
      if (i == count - 1) {
        if (next == null) {
          next = key(dimensions, categories, count);
          level.next[number] = next;
        }
        return (DimensionKey) next;
      }
      if (next == null) {
        next = new Level();
        level.next[number] = next;
      }
      level = (Level) next;
    }
  }

  private static DimensionKey key(Dimension[] dimensions, KeyCategory[] categories, int count) {
    Map<Dimension, Category> map = new HashMap<>();
    for (int i = 0; i < count; i++) {
      if (categories[i] != null) {
        map.put(dimensions[i], categories[i].category);
      }
    }
    return DimensionKey.of(map);
  }

  /** The same set of statuses as one made before, or this one. */
  Set<ObservationStatus> statuses(EnumSet<ObservationStatus> set) {
    return statuses.computeIfAbsent(set, Collections::unmodifiableSet);
  }
}
