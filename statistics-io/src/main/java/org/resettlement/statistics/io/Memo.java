package org.resettlement.statistics.io;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the cells of one column have been read as, so that each distinct text is read once. The
 * last text is checked first: the rows of a publisher's file are sorted, so a column often repeats
 * the row before, and comparing with it is cheaper than hashing a text the parser has just made.
 * Not thread-safe: one reading, one thread.
 *
 * @param <V> what a text is read as; a reader may return null for a text it cannot read, which is
 *     then read again each time it comes (and reported each time)
 */
final class Memo<V> {
  private final Function<String, V> reader;
  private final Map<String, V> read = new HashMap<>();
  private String lastText;
  private V lastValue;

  Memo(Function<String, V> reader) {
    this.reader = reader;
  }

  V get(String text) {
    if (text.equals(lastText)) {
      return lastValue;
    }
    V value = read.get(text);
    if (value == null) {
      value = reader.apply(text);
      if (value == null) {
        return null;
      }
      read.put(text, value);
    }
    lastText = text;
    lastValue = value;
    return value;
  }
}
