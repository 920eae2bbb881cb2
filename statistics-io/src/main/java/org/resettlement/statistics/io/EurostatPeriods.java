package org.resettlement.statistics.io;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resettlement.core.DateRange;
import org.resettlement.core.PartialDate;

/**
 * Eurostat's periods, in both directions: {@code freq} with {@code TIME_PERIOD} ({@code A} with
 * {@code 2017}; {@code Q} with {@code 2017-Q1}, in the TSV form {@code 2017Q1}; {@code M} with
 * {@code 2017-01}, in the TSV form {@code 2017M01}) and the core's date ranges.
 */
final class EurostatPeriods {
  private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-?Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("([0-9]{4})(?:-|M)(0[1-9]|1[0-2])");

  private EurostatPeriods() {}

  /**
   * Reads a period of a frequency.
   *
   * @param freq the frequency code, {@code A}, {@code Q} or {@code M}
   * @param text the period as the file holds it
   * @return the period, or null if the text is not a period of that frequency ({@link #whyNot})
   */
  static DateRange read(String freq, String text) {
    switch (freq) {
      case "A":
        int year = Cells.year(text);
        return year > 0 ? Cells.yearPeriod(year) : null;
      case "Q":
        Matcher quarter = QUARTER.matcher(text);
        if (!quarter.matches() || Cells.year(quarter.group(1)) <= 0) {
          return null;
        }
        int quarterYear = Integer.parseInt(quarter.group(1));
        int last = Integer.parseInt(quarter.group(2)) * 3;
        return DateRange.of(PartialDate.of(quarterYear, last - 2), PartialDate.of(quarterYear, last));
      case "M":
        Matcher month = MONTH.matcher(text);
        if (!month.matches() || Cells.year(month.group(1)) <= 0) {
          return null;
        }
        return DateRange.of(PartialDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))));
      default:
        return null;
    }
  }

  /** Checks that a frequency is one this module reads. */
  static boolean knownFrequency(String freq) {
    return freq.equals("A") || freq.equals("Q") || freq.equals("M");
  }

  /** Says why a text is not a period of a known frequency. */
  static String whyNot(String freq, String text) {
    String year = text.length() >= 4 ? text.substring(0, 4) : text;
    int found = Cells.year(year);
    if (found == 0) {
      return Cells.whyNotYear(year, found);
    }
    switch (freq) {
      case "A":
        return Cells.whyNotYear(text, Cells.year(text));
      case "Q":
        return Text.quoted(text) + " is not a quarter such as 2017-Q1 (freq Q)";
      default:
        return Text.quoted(text) + " is not a month such as 2017-01 (freq M)";
    }
  }

  /**
   * Writes a period as Eurostat's frequency and period.
   *
   * @param period the period
   * @param tsv whether to write the TSV form ({@code 2017M01}) rather than SDMX's ({@code 2017-01})
   * @return the frequency and the period, or empty if the period is not one year, quarter or
   *     month
   */
  static Optional<String[]> write(DateRange period, boolean tsv) {
    if (period.openEnded()) {
      return Optional.empty();
    }
    PartialDate start = period.start();
    PartialDate end = period.end().get();
    if (start.year() != end.year()) {
      return Optional.empty();
    }
    int year = start.year();
    if (start.precision() == PartialDate.Precision.YEAR && end.equals(start)) {
      return Optional.of(new String[] {"A", Integer.toString(year)});
    }
    if (start.precision() != PartialDate.Precision.MONTH || end.precision() != PartialDate.Precision.MONTH) {
      return Optional.empty();
    }
    int first = start.month().getAsInt();
    int last = end.month().getAsInt();
    if (first == last) {
      return Optional.of(new String[] {"M", String.format("%d%s%02d", year, tsv ? "M" : "-", first)});
    }
    if (last == first + 2 && first % 3 == 1) {
      return Optional.of(new String[] {"Q", year + (tsv ? "Q" : "-Q") + (last / 3)});
    }
    return Optional.empty();
  }
}
