package org.resettlement.statistics.io;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
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
  private final Map<String, DimensionKey> keys = new HashMap<>();
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
   * The key of some categories of some dimensions, named by the text they were read from.
   *
   * @param codes the text the categories were read from, which tells keys apart
   */
  DimensionKey key(String codes, Dimension[] dimensions, Category[] categories, int count) {
    DimensionKey key = keys.get(codes);
    if (key == null) {
      Map<Dimension, Category> map = new HashMap<>();
      for (int i = 0; i < count; i++) {
        map.put(dimensions[i], categories[i]);
      }
      key = DimensionKey.of(map);
      keys.put(codes, key);
    }
    return key;
  }

  /** The same set of statuses as one made before, or this one. */
  Set<ObservationStatus> statuses(EnumSet<ObservationStatus> set) {
    return statuses.computeIfAbsent(set, Collections::unmodifiableSet);
  }
}
