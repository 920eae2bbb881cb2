package org.resettlement.json.support;

/**
 * The read limits of the wire format, the same on both Jackson lines; {@code docs/wire-format.md}
 * gives the reasons.
 */
public final class ReadLimits {
  /** How deep objects and arrays may nest: ten times as deep as a valid document nests. */
  public static final int MAX_NESTING_DEPTH = 100;
  /** The longest string, in characters: far more than the longest text a record holds. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The longest number, in characters: four times the longest a writer writes. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The longest property name, in characters: names are the format's own, or language tags. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** The longest document, in bytes (or characters when read as text): some 90,000 records. */
  public static final long MAX_DOCUMENT_LENGTH = 50_000_000L;

  private ReadLimits() {}
}
