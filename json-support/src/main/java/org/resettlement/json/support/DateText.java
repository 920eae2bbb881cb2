package org.resettlement.json.support;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * The common form of a {@link LocalDate} in a document, {@code "2024-03-01"}, read without
 * Jackson's {@code DateTimeFormatter}: every source's access date has it, and parsing them with
 * the formatter took a twentieth of the time of reading a dataset from JSON (benchmarks, JFR).
 *
 * <p>Only a text that the ISO formatter reads to the same date is read here; everything else,
 * errors included, is left to Jackson's own reader.
 */
public final class DateText {
  private static final int LENGTH = "YYYY-MM-DD".length();

  private DateText() {}

  /**
   * Reads a date of the form {@code YYYY-MM-DD} that exists.
   *
   * @param text  the string the document holds, not null
   * @return the date, or null if the text is not of that form or the date does not exist
   */
  public static LocalDate parseCommonForm(String text) {
    if (text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1
        || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** Reads the decimal digits from {@code start} to {@code end}, or -1 if one is no digit. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + c - '0';
    }
    return value;
  }
}
