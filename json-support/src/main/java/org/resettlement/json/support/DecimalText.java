package org.resettlement.json.support;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Decimal attributes, such as the amount of a {@code MonetaryAmount}: a JSON string of plain
 * decimal digits, {@code "1250.00"}.
 *
 * <p>A string keeps the scale ({@code "1000"} and {@code "1000.00"} are different amounts in the
 * model) and every digit in languages whose JSON parsers read numbers as binary floating point.
 * Only non-negative plain decimals are read: no sign, exponent, or spaces, and no more digits than
 * the reader's number length limit.
 */
public final class DecimalText {
  /** What a decimal looks like, for a value of another JSON type. */
  public static final String EXPECTED = "a decimal amount written as a string, such as \"1250.00\"";

  private static final Pattern PLAIN = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");

  private DecimalText() {}

  /**
   * Returns the text a decimal is written as.
   *
   * @param value  the decimal, not null
   * @return its plain digits, not null
   */
  public static String of(BigDecimal value) {
    return value.toPlainString();
  }

  /**
   * Reads a decimal from its text.
   *
   * @param text  the string the document holds, not null
   * @param maxLength  the reader's limit on the length of numbers
   * @return the decimal, with the scale the text gives, not null
   * @throws WireProblem if the text is too long or not a plain non-negative decimal
   */
  public static BigDecimal parse(String text, int maxLength) {
    if (text.length() > maxLength) {
      throw new WireProblem("a decimal amount must not have more than " + maxLength + " characters");
    }
    if (!PLAIN.matcher(text).matches()) {
      throw new WireProblem(Wording.quoted(text) + " is not " + EXPECTED);
    }
    return new BigDecimal(text);
  }
}
