package org.resettlement.json.support;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.resettlement.core.DateRange;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.Source;

/**
 * The values that the records of one document repeat, read once each: equal sources, periods,
 * geographies and keys of one document are one object, as they are in a dataset built in Java.
 *
 * <p>The cells of a publisher's table share these values (every cell of Eurostat's {@code
 * migr_asyresa} cites the same source, most cite one of a few periods and geographies, and many
 * cells of a table share a key), and the wire format writes them with each cell. Without sharing, a
 * document of 100,000 cells would be read as 100,000 copies of its source. The values are
 * immutable, so sharing them changes nothing but the memory they take.
 *
 * <p>Web addresses are shared by their text, before they are parsed: the sources of a document
 * cite the same few addresses again and again, and parsing one took about a tenth of the time of
 * reading a dataset (benchmarks, JFR). A text is parsed once per reading; {@link URI} is immutable,
 * and the same text gives an equal address, so sharing changes nothing but the time and memory.
 *
 * <p>An instance keeps the values of one reading of a document. It is mutable and not
 * thread-safe: a binding keeps one for each call that reads a document.
 */
public final class SharedValues {
  private static final Set<Class<?>> SHARED = Set.of(Source.class, DateRange.class, Geography.class, DimensionKey.class);

  private final Map<Object, Object> values = new HashMap<>();
  private final Map<String, URI> webAddresses = new HashMap<>();

  /** Creates the values of a reading that has read none yet. */
  public SharedValues() {}

  /**
   * Checks whether the values of a type are shared.
   *
   * @param type  the type of the values, not null
   * @return true for sources, date ranges, geographies and keys
   */
  public static boolean isShared(Class<?> type) {
    return SHARED.contains(type);
  }

  /**
   * Returns the value of this reading that is equal to a value just read.
   *
   * @param <T>  the type of the value
   * @param value  the value just read, not null
   * @return the equal value read first, which is the given value if none was, not null
   */
  @SuppressWarnings("unchecked")
  public <T> T share(T value) {
    Object first = values.putIfAbsent(value, value);
    return first == null ? value : (T) first;
  }

  /**
   * Returns the web address this reading has read from the same text.
   *
   * @param text  the string the document holds, not null
   * @return the address read from that text, or null if none was read yet
   */
  public URI webAddress(String text) {
    return webAddresses.get(text);
  }

  /**
   * Keeps a web address read from a text, for the next time the text is read.
   *
   * @param text  the string the document holds, not null
   * @param address  the address read from it, not null
   */
  public void keepWebAddress(String text, URI address) {
    webAddresses.put(text, address);
  }
}
