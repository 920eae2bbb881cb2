package org.resettlement.statistics.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * A text whose first characters were read ahead, to find its layout: gives them back first, then
 * the rest of the text as it comes. Unlike a {@code BufferedReader} with a mark, it copies only the
 * first characters once, not the whole text on its way to the CSV parser.
 */
final class HeadFirstReader extends Reader {
  private final char[] head;
  private final int end;
  private int next;
  private final Reader rest;

  /**
   * Reads the first characters of a text.
   *
   * @param text the text, which this reader closes
   * @param size how many characters to read ahead at most
   */
  HeadFirstReader(Reader text, int size) throws IOException {
    this.rest = text;
    this.head = new char[size];
    int length = 0;
    int read;
    while (length < size && (read = text.read(head, length, size - length)) > 0) {
      length += read;
    }
    this.end = length;
  }

  /** The characters read ahead, from the first one not yet given back. */
  String head() {
    return new String(head, next, end - next);
  }

  /** Leaves out the first character, such as a byte order mark. */
  void skipFirst() {
    if (next < end) {
      next++;
    }
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    if (next < end) {
      int count = Math.min(length, end - next);
      System.arraycopy(head, next, buffer, offset, count);
      next += count;
      return count;
    }
    return rest.read(buffer, offset, length);
  }

  @Override
  public void close() throws IOException {
    rest.close();
  }
}
