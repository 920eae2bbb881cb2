package org.resettlement.statistics.io;

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
   * Keys by their categories, a level per dimension of a table; {@link #ALL} where one is absent.
   * The categories of a reading are made once per code, so they are told apart by identity, which
   * costs no call of equals; two codes of one category (Eurostat's EL and GR) make two equal keys.
   */
  private final Map<Object, Object> keys = new IdentityHashMap<>();
  private static final Object ALL = new Object();
  private final Map<Set<ObservationStatus>, Set<ObservationStatus>> statuses = new HashMap<>();

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

  /**
   * The key of a category, or none, of each of the dimensions of a table.
   *
   * @param table what tells tables apart: the same for every call with the same dimensions
   * @param dimensions the dimensions of the table, in the same order for every call of the table
   * @param categories the category of each dimension, or null for the whole population of it
   * @param count the number of dimensions, 1 or more
   */
  @SuppressWarnings("unchecked")
  DimensionKey key(Object table, Dimension[] dimensions, Category[] categories, int count) {
    // The first level tells tables apart: the same categories may be of other dimensions.
    Map<Object, Object> level = (Map<Object, Object>) keys.computeIfAbsent(table, unused -> new IdentityHashMap<>());
    for (int i = 0; i < count; i++) {
      Object category = categories[i] == null ? ALL : categories[i];
      Object next = level.get(category);
      if (next == null) {
        next = i == count - 1 ? key(dimensions, categories, count) : new IdentityHashMap<>();
        level.put(category, next);
      }
      if (i == count - 1) {
        return (DimensionKey) next;
      }
      level = (Map<Object, Object>) next;
    }
    return DimensionKey.of();
  }

  private static DimensionKey key(Dimension[] dimensions, Category[] categories, int count) {
    Map<Dimension, Category> map = new HashMap<>();
    for (int i = 0; i < count; i++) {
      if (categories[i] != null) {
        map.put(dimensions[i], categories[i]);
      }
    }
    return DimensionKey.of(map);
  }

  /** The same set of statuses as one made before, or this one. */
  Set<ObservationStatus> statuses(EnumSet<ObservationStatus> set) {
    return statuses.computeIfAbsent(set, Collections::unmodifiableSet);
  }
}
