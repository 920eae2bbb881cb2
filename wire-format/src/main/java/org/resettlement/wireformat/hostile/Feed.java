package org.resettlement.wireformat.hostile;

/** How a document is given to a reader; the encoding matters for bytes and streams only. */
public enum Feed {
  /** As a Java string: the reader sees characters, and never bytes that are not UTF-8. */
  STRING,
  /** As a byte array: the reader detects the encoding and decodes the bytes. */
  BYTES,
  /** As an input stream that hands out a few bytes per read, as a network connection may. */
  STREAM;

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
