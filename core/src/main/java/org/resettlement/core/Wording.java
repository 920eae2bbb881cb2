package org.resettlement.core;

/**
 * How the core's reasons quote the input they refuse.
 *
 * <p>The JSON bindings quote input in their own reasons the same way, and tell by it whether a
 * reason of the core already quotes a text ({@code org.resettlement.json.support.Wording}). The
 * core depends on nothing and exports no helper, so the rule is written twice; a test of the
 * resettlement-json-support module holds the two to each other.
 */
final class Wording {
  private static final int QUOTE_LIMIT = 40;

  private Wording() {}

  /**
   * Quotes input for a message, cut to a length that keeps the message readable.
   *
   * @param input  what the caller gave, may be null
   * @return the input in single quotes, at most 40 characters of it, not null
   */
  static String quoted(Object input) {
    String text = String.valueOf(input);
    return "'" + (text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "..." : text) + "'";
  }
}
