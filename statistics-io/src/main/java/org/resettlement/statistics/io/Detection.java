package org.resettlement.statistics.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds a file's layout from its first lines: the header that each layout starts with, or, for
 * UNHCR's downloads, the header that follows their preamble.
 */
final class Detection {
  /** How many characters of a file are looked at. */
  static final int HEAD = 1 << 16;
  /** How many lines a UNHCR preamble may have before the header. */
  static final int PREAMBLE_LINES = 40;

  final StatisticsFormat format;
  final char separator;

  private Detection(StatisticsFormat format, char separator) {
    this.format = format;
    this.separator = separator;
  }

  /** Finds the layout of a file from its first characters, or null if it is none of them. */
  static Detection detect(String head) {
    String[] lines = lines(head);
    String first = "";
    for (String line : lines) {
      if (!line.isBlank()) {
        first = line;
        break;
      }
    }
    if (first.startsWith("metric,period,geography,")) {
      return new Detection(StatisticsFormat.TIDY_CSV, ',');
    }
    if (first.startsWith("DATAFLOW")) {
      return new Detection(StatisticsFormat.SDMX_CSV_1, separatorAfter(first, "DATAFLOW"));
    }
    if (first.startsWith("STRUCTURE") && first.length() > 9 && (first.charAt(9) == ',' || first.charAt(9) == ';')) {
      return new Detection(StatisticsFormat.SDMX_CSV_2, first.charAt(9));
    }
    int tab = first.indexOf('\t');
    String firstCell = tab < 0 ? first : first.substring(0, tab);
    if (firstCell.indexOf('\\') > 0 && firstCell.indexOf(',') > 0) {
      return new Detection(StatisticsFormat.EUROSTAT_TSV, '\t');
    }
    for (int i = 0; i < Math.min(lines.length, PREAMBLE_LINES); i++) {
      String line = lines[i].toLowerCase(Locale.ROOT);
      if ((line.startsWith("year,") || line.startsWith("\"year\",")) && line.contains("(iso)")) {
        return new Detection(
            line.contains("country of resettlement") ? StatisticsFormat.UNHCR_RESETTLEMENT : StatisticsFormat.UNHCR_SOLUTIONS,
            ',');
      }
    }
    return null;
  }

  /**
   * Splits the first {@value #PREAMBLE_LINES} lines off a text, ended by CR LF, CR or LF: them
   * and the rest of the text, as {@code text.split("\r\n|\r|\n", PREAMBLE_LINES + 1)} does. A
   * loop, not that pattern: a reader runs it once per file, too seldom for the pattern's matching
   * to be compiled, and interpreted it took a millisecond a file.
   */
  static String[] lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length() && lines.size() < PREAMBLE_LINES; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines.toArray(new String[0]);
  }

  /** The separator of a layout the reader was told, found as detection finds it. */
  static Detection of(StatisticsFormat format, String head) {
    Detection found = detect(head);
    if (found != null && found.format == format) {
      return found;
    }
    return new Detection(format, format == StatisticsFormat.EUROSTAT_TSV ? '\t' : ',');
  }

  private static char separatorAfter(String line, String first) {
    return line.length() > first.length() && line.charAt(first.length()) == ';' ? ';' : ',';
  }

  /** Says why a file is none of the layouts. */
  static String unknown() {
    return "the file is not in a layout this reader knows: expected a header starting DATAFLOW (SDMX-CSV 1.0),"
        + " STRUCTURE (SDMX-CSV 2.0), freq,...\\TIME_PERIOD (Eurostat TSV) or metric,period,geography (tidy CSV),"
        + " or a UNHCR download whose header Year,...(ISO)... comes within its first " + PREAMBLE_LINES + " lines";
  }
}
