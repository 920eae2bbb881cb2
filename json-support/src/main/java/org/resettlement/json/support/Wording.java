package org.resettlement.json.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Collection;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resettlement.core.InvalidValueException;

/**
 * The words of the reasons given for a document that is not valid, where they do not depend on
 * the JSON library: how rejected input is quoted and what a value of a type looks like in JSON.
 *
 * <p>{@link #quoted} quotes as the core quotes input in its own reasons, so that {@link
 * #invalidText} can tell a reason that already quotes the text. The core, which depends on nothing,
 * has its own copy of the rule; a test holds the two together.
 */
public final class Wording {
  private static final int QUOTE_LIMIT = 40;
  /** Jackson's advice to enable one of its features, which a reader of the wire format must not take. */
  private static final Pattern FEATURE_ADVICE = Pattern.compile(
      ": enable `[^`]*` to allow"
          + "|\\s*\\(consider enabling `[^`]*`[^()]*\\([^()]*\\)\\)"
          + "|\\s*\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)"
          + "|(?<=hexadecimal number literals) require enabling `[^`]*`");
  /** A token of input that a parser quotes, up to 256 characters of it. */
  private static final Pattern QUOTATION = Pattern.compile("(?<=token )'([^']{" + (QUOTE_LIMIT + 1) + ",})'");
  /** The range of a number in Jackson's report of a number out of range. */
  private static final Pattern RANGE = Pattern.compile("\\((-?[0-9]+) - (-?[0-9]+)\\)");
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("`?(?:[a-z_][A-Za-z0-9_]*\\.)+(?:Immutable)?([A-Z][A-Za-z0-9_]*)(?:\\$[A-Za-z0-9_$]*)?`?");

  /** The reason for a required property that a document leaves out. */
  public static final String REQUIRED = "required but not set";
  /** The reason for a property that an object gives more than once. */
  public static final String GIVEN_TWICE = "property given twice";

  /** Jackson's report of a missing required creator property, such as a record component. */
  private static final Pattern MISSING_CREATOR_PROPERTY = Pattern.compile("Missing required creator property '([^']*)'");
  /** The Jackson setting that Jackson's report of a read limit names. */
  private static final Pattern JACKSON_SETTING = Pattern.compile(", from `[^`]*`");
  /** A property name written after a dot in a path; others are quoted in brackets. */
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private Wording() {}

  /**
   * Quotes input for a message, cut to a length that keeps the message readable.
   *
   * @param input  what a document holds, may be null
   * @return the input in single quotes, at most 40 characters of it, not null
   */
  public static String quoted(Object input) {
    String text = String.valueOf(input);
    return "'" + (text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "..." : text) + "'";
  }

  /**
   * Explains that an object has a property the format does not define.
   *
   * @param known  the properties it defines, not null
   * @return the explanation, listing them, not null
   */
  public static String unknownProperty(Iterable<String> known) {
    return "unknown property; expected one of: " + String.join(", ", known);
  }

  /**
   * Finds the property that Jackson reports as a missing required creator property, such as a
   * component of a record.
   *
   * @param message  Jackson's message, not null
   * @return the property's name, or empty if the message reports something else
   */
  public static Optional<String> missingCreatorProperty(String message) {
    Matcher missing = MISSING_CREATOR_PROPERTY.matcher(message);
    return missing.lookingAt() ? Optional.of(missing.group(1)) : Optional.empty();
  }

  /**
   * Words Jackson's report of a document beyond a read limit, without the Jackson setting it names.
   *
   * @param message  Jackson's message, not null
   * @return the explanation, not null
   */
  public static String readLimit(String message) {
    return "the document exceeds a limit of the reader: " + JACKSON_SETTING.matcher(message).replaceAll("");
  }

  /**
   * Words a parser's report of malformed JSON, in which a location is already worded as {@code
   * line 1, column 12}: a property given twice, or malformed JSON in {@linkplain #parserMessage the
   * wire format's words}.
   *
   * @param message  the parser's message, not null
   * @return the explanation, not null
   */
  public static String malformed(String message) {
    return message.startsWith("Duplicate") ? GIVEN_TWICE : "malformed JSON: " + parserMessage(message);
  }

  /**
   * Explains that a text names none of the values allowed, such as an enum constant.
   *
   * @param text  the text the document holds, not null
   * @param names  the names allowed, joined with commas, not null
   * @return the explanation, not null
   */
  public static String unknownValue(String text, String names) {
    return "unknown value " + quoted(text) + "; expected one of " + names;
  }

  /**
   * Explains that an element of a set is given twice, which a builder would drop without a word.
   *
   * @param element  the repeated element, not null
   * @return the explanation, not null
   */
  public static String repeatedElement(Object element) {
    // An enum constant is quoted as the document writes it (estimated), not as Java names it.
    Object written = element instanceof Enum<?> && CoreTypes.isCoreEnum(((Enum<?>) element).getDeclaringClass())
        ? KebabCase.of((Enum<?>) element)
        : element;
    return quoted(written) + " is given twice; the elements of this set must differ";
  }

  /**
   * Writes the characters of a text that would break, hide or reorder a line of a log as escapes
   * such as {@code \u000a}, so that a message is one line of a log and cannot forge another.
   *
   * @param text  the text, not null
   * @return the text with C0 and C1 controls, line and paragraph separators, the characters that
   *     control the direction of text and unpaired surrogates escaped, not null
   */
  public static String escaped(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    appendEscaped(escaped, text, false);
    return escaped.toString();
  }

  /**
   * Appends a property name to a path such as {@code events[2].period}: after a {@code .}, or, for
   * a name that is not a simple word, as {@code ["name"]} with its quotes, backslashes and the
   * characters that {@link #escaped} escapes written as escapes.
   *
   * @param path  the path so far, empty for the root, not null
   * @param name  the property name, not null
   */
  public static void appendProperty(StringBuilder path, String name) {
    if (SIMPLE_NAME.matcher(name).matches()) {
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(name);
    } else {
      path.append("[\"");
      appendEscaped(path, name, true);
      path.append("\"]");
    }
  }

  /** Appends a text with its characters escaped as {@link #escaped} says, and quotes and backslashes if asked. */
  private static void appendEscaped(StringBuilder builder, String text, boolean quotesAndBackslashes) {
    for (int i = 0, length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        builder.append(c).append(text.charAt(++i));
      } else if (isControl(c) || isDirectionControl(c) || Character.isSurrogate(c)) {
        builder.append(String.format("\\u%04x", (int) c));
      } else if (quotesAndBackslashes && (c == '"' || c == '\\')) {
        builder.append('\\').append(c);
      } else {
        builder.append(c);
      }
    }
  }

  /** Checks whether a character breaks or hides a line of a log: C0 and C1 controls, line and paragraph separators. */
  private static boolean isControl(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }

  /**
   * Checks whether a character controls the direction of the text around it (Unicode's
   * Bidi_Control characters: marks, embeddings, overrides and isolates), which could show a line
   * of a log in another order than it has.
   */
  private static boolean isDirectionControl(char c) {
    return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Explains why a text the core refused is not the value expected. The core's reasons for a
   * text it cannot parse already quote it; other reasons are given after the quoted text.
   *
   * @param text  the text the document holds, not null
   * @param expected  what the text should be, such as {@code "a partial date"}, not null
   * @param problem  the core's reason for refusing the text, not null
   * @return the explanation, not null
   */
  public static String invalidText(String text, String expected, InvalidValueException problem) {
    if (problem.reason().startsWith(quoted(text))) {
      return problem.reason();
    }
    String detail = problem.field().map(field -> field + " " + problem.reason()).orElse(problem.reason());
    return quoted(text) + " is not " + expected + ": " + detail;
  }

  /**
   * Describes what a value of a type looks like in JSON.
   *
   * @param type  the Java type that was expected, may be null if unknown
   * @return a description such as {@code "a whole number"} or {@code "an object"}, not null
   */
  public static String expected(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (ValueType.of(type).isPresent()
        || ValueType.ofBuilder(type).isPresent()
        || ValueType.ofImplementation(type).isPresent()
        || type.isRecord()) {
      return "an object";
    }
    if (Collection.class.isAssignableFrom(type) || Iterable.class == type || type.isArray()) {
      return "an array";
    }
    if (type == String.class || type == CharSequence.class) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == BigInteger.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class || type == float.class || type == Float.class
        || type == BigDecimal.class) {
      return "a number";
    }
    if (type == URI.class) {
      return "a URI";
    }
    if (type == Currency.class) {
      return "an ISO 4217 currency code such as EUR";
    }
    if (type == LocalDate.class) {
      return "a date such as 2023-06-29";
    }
    if (type == Year.class) {
      return "a year such as 2005";
    }
    if (type == Period.class) {
      return "an ISO 8601 period such as P2Y";
    }
    return "a value of another type";
  }

  /**
   * Words a JSON parser's report of malformed input: without Jackson's advice to enable a feature
   * that would accept it, and quoting at most 40 characters of the input.
   *
   * @param message  the parser's message, not null
   * @return the message in the wire format's words, not null
   */
  public static String parserMessage(String message) {
    String withoutAdvice = FEATURE_ADVICE.matcher(message).replaceAll("");
    Matcher quotation = QUOTATION.matcher(withoutAdvice);
    StringBuilder worded = new StringBuilder();
    while (quotation.find()) {
      quotation.appendReplacement(worded, Matcher.quoteReplacement(quoted(quotation.group(1))));
    }
    quotation.appendTail(worded);
    return worded.toString();
  }

  /**
   * Explains that a number does not fit the whole number expected, from Jackson's report of it,
   * which names the range and a Java type.
   *
   * @param number  the number as the document gives it, not null
   * @param report  Jackson's message about it, not null
   * @return the explanation, naming the range when the report gives it, not null
   */
  public static String outOfRange(String number, String report) {
    Matcher range = RANGE.matcher(report);
    return quoted(number) + " is not a whole number"
        + (range.find() ? " from " + range.group(1) + " to " + range.group(2) : " in the range of this value");
  }

  /**
   * Removes Java package and generated class names from a message.
   *
   * @param message  a message of Jackson or of the JDK, not null
   * @return the message with each qualified or generated class name cut to its simple public name
   */
  public static String sanitized(String message) {
    return QUALIFIED_NAME.matcher(message).replaceAll("$1");
  }
}
