package org.resettlement.statistics.io;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Eurostat's {@code LAST UPDATE} column of SDMX-CSV 1.0: {@code 10/06/21 23:00:00}. */
final class EurostatLastUpdate {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("dd/MM/uu HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private EurostatLastUpdate() {}

  /** Checks that a cell is empty or a time of update. */
  static boolean valid(String text) {
    return text.isEmpty() || read(text) != null;
  }

  /** Reads a time of update, or null if the text is not one. */
  static LocalDateTime read(String text) {
    try {
      return LocalDateTime.parse(text, FORMAT);
    } catch (DateTimeParseException notATime) {
      return null;
    }
  }

  static String write(LocalDateTime time) {
    return FORMAT.format(time);
  }
}
