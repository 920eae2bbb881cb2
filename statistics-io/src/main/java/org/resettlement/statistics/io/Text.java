package org.resettlement.statistics.io;

/**
 * How problems quote what a file holds: in single quotes, at most 40 characters, control
 * characters as escapes, so that a problem stays one line of a log.
 *
 * <p>The core and the JSON modules quote the same way ({@code 'text'}, 40 characters); the core
 * exports no helper, so this module has its own copy of the rule, with the escapes that the JSON
 * modules add.
 */
final class Text {
  private static final int QUOTE_LIMIT = 40;

  private Text() {}

  /** Quotes a cell for a reason: {@code '12a'}. */
  static String quoted(String text) {
    String cut = text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "..." : text;
    return "'" + escaped(cut) + "'";
  }

  /** Writes control characters (a line break, a tab) and lone surrogates as {@code \u000a}. */
  static String escaped(String text) {
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain =
          !Character.isISOControl(c)
              && !(Character.isSurrogate(c) && !pairedAt(text, i))
              && c != '\u2028'
              && c != '\u2029';
      if (!plain && escaped == null) {
        escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (escaped != null) {
        if (plain) {
          escaped.append(c);
        } else {
          escaped.append(String.format("\\u%04x", (int) c));
        }
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  private static boolean pairedAt(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
