package org.resettlement.statistics.io;

import org.resettlement.core.DateRange;
import org.resettlement.core.PartialDate;

/** Reading the cells that every layout has: counts and years. */
final class Cells {
  /** The first year a statistics file may hold; an earlier one is a typing error. */
  static final int FIRST_YEAR = 1900;
  /** The last year a statistics file may hold; a later one is a typing error. */
  static final int LAST_YEAR = 2099;
  /** Counts up to 18 digits fit a long. */
  private static final int MAX_DIGITS = 18;

  private Cells() {}

  /**
   * Reads a count: digits only.
   *
   * @return the count, or -1 if the text is not a count ({@link #whyNotCount} says why)
   */
  static long count(String text) {
    int length = text.length();
    if (length == 0 || length > MAX_DIGITS) {
      return -1;
    }
    long count = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      count = count * 10 + (c - '0');
    }
    return count;
  }

  /** Says why a text is not a count. */
  static String whyNotCount(String text) {
    String quoted = Text.quoted(text);
    if (text.isEmpty()) {
      return "is empty; a count is written as digits";
    }
    if (text.startsWith("-") && count(text.substring(1)) >= 0) {
      return quoted + " is negative; a count of persons cannot be";
    }
    if (text.strip().length() != text.length()) {
      return quoted + " has spaces around the number; write digits only";
    }
    if (text.matches("[0-9]{1,3}([ ,.'\u00a0\u202f][0-9]{3})+")) {
      return quoted + " has a thousands separator; write digits only, such as "
          + text.replaceAll("[^0-9]", "");
    }
    if (text.matches("[0-9]+[.,][0-9]+")) {
      return quoted + " is not a whole number";
    }
    if (text.matches("[0-9]+") && text.length() > MAX_DIGITS) {
      return quoted + " is too large for a count (at most " + MAX_DIGITS + " digits)";
    }
    return quoted + " is not a whole number";
  }

  /**
   * Reads a year of four digits.
   *
   * @return the year, or -1 if the text is not four digits, or 0 if it is out of range
   */
  static int year(String text) {
    if (text.length() != 4 || count(text) < 0) {
      return -1;
    }
    int year = Integer.parseInt(text);
    return year >= FIRST_YEAR && year <= LAST_YEAR ? year : 0;
  }

  /** Says why a text is not a year, as {@link #year} found. */
  static String whyNotYear(String text, int found) {
    return found == 0
        ? "year " + text + " is out of range: a statistics file has years " + FIRST_YEAR + " to " + LAST_YEAR
        : Text.quoted(text) + " is not a year such as 2017";
  }

  /** The period of one year. */
  static DateRange yearPeriod(int year) {
    return DateRange.of(PartialDate.ofYear(year));
  }
}
