package org.resettlement.json.support;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.resettlement.core.DateRange;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
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

  private final Map<Key, Object> values = new HashMap<>();
  private final Map<Key, URI> webAddresses = new HashMap<>();

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
    Object first = values.putIfAbsent(new Key(value, hashOfValue(value)), value);
    return first == null ? value : (T) first;
  }

  /**
   * Returns the web address this reading has read from the same text.
   *
   * @param text  the string the document holds, not null
   * @return the address read from that text, or null if none was read yet
   */
  public URI webAddress(String text) {
    return webAddresses.get(new Key(text, hashOfText(text)));
  }

  /**
   * Keeps a web address read from a text, for the next time the text is read.
   *
   * @param text  the string the document holds, not null
   * @param address  the address read from it, not null
   */
  public void keepWebAddress(String text, URI address) {
    webAddresses.put(new Key(text, hashOfText(text)), address);
  }

  //-----------------------------------------------------------------------
  // The texts of a document are new strings, whose hash codes are not yet known: String.hashCode
  // reads every character, and hashing the sources and the addresses of a document by their texts
  // took about a twentieth of the time of reading a dataset from JSON (benchmarks, JFR). The keys
  // here are hashed by the lengths of their texts and a few characters; equal values have equal
  // hashes, and equals() still compares every character.

  /** A value, or a text, with the hash it is kept under. */
  private static final class Key {
    private final Object value;
    private final int hash;

    Key(Object value, int hash) {
      this.value = value;
      this.hash = hash;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key && value.equals(((Key) other).value);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private static int hashOfValue(Object value) {
    if (!(value instanceof Source)) {
      return value.hashCode();
    }
    Source source = (Source) value;
    LocalizedText title = source.title();
    int hash = title.defaultLanguage().hashCode();
    hash = 31 * hash + title.languages().size();
    hash = 31 * hash + title.text().length();
    // An address's hash code is kept in it, and equal texts are one address (webAddress).
    hash = 31 * hash + source.url().hashCode();
    hash = 31 * hash + source.publishedOn().hashCode();
    hash = 31 * hash + source.accessedOn().hashCode();
    hash = 31 * hash + (source.publisher().isPresent() ? source.publisher().get().length() : -1);
    return 31 * hash + (source.note().isPresent() ? source.note().get().length() : -1);
  }

  /** Hashes a text by its length and at most nine of its characters, the last among them. */
  private static int hashOfText(String text) {
    int length = text.length();
    int hash = length;
    for (int i = 0, step = Math.max(1, length / 8); i < length; i += step) {
      hash = 31 * hash + text.charAt(i);
    }
    return length == 0 ? hash : 31 * hash + text.charAt(length - 1);
  }
}
