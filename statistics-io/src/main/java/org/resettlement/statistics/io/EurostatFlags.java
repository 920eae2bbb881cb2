package org.resettlement.statistics.io;

import java.util.EnumSet;
import java.util.Set;
import org.resettlement.core.ObservationStatus;

/**
 * Eurostat's flags, in both directions: the observation status letters of {@code OBS_FLAG} (and of
 * the cells of the TSV form) and the confidentiality codes of {@code CONF_STATUS}.
 *
 * <table>
 *   <caption>Eurostat's flags and the statuses they are read as</caption>
 *   <tr><th>flag</th><th>Eurostat's meaning</th><th>status</th></tr>
 *   <tr><td>{@code b}</td><td>break in time series</td><td>{@code BREAK_IN_SERIES}</td></tr>
 *   <tr><td>{@code d}</td><td>definition differs (see metadata)</td><td>{@code DEFINITION_DIFFERS}</td></tr>
 *   <tr><td>{@code e}</td><td>estimated</td><td>{@code ESTIMATED}</td></tr>
 *   <tr><td>{@code f}</td><td>forecast</td><td>{@code FORECAST}</td></tr>
 *   <tr><td>{@code i}, before 2025 {@code s}</td><td>value imputed by Eurostat or other receiving
 *       agencies (was: Eurostat estimate)</td><td>{@code IMPUTED}</td></tr>
 *   <tr><td>{@code m}, before 2025 {@code z}</td><td>missing value, data cannot exist (was: not
 *       applicable)</td><td>{@code NOT_AVAILABLE}</td></tr>
 *   <tr><td>{@code n}</td><td>not significant</td><td>{@code NOT_SIGNIFICANT}</td></tr>
 *   <tr><td>{@code p}</td><td>provisional</td><td>{@code PROVISIONAL}</td></tr>
 *   <tr><td>{@code u}</td><td>low reliability</td><td>{@code LOW_RELIABILITY}</td></tr>
 *   <tr><td>{@code c} (before 2025), {@code CONF_STATUS} {@code C}</td><td>confidential</td>
 *       <td>{@code CONFIDENTIAL}</td></tr>
 *   <tr><td>{@code CONF_STATUS} {@code N}</td><td>not for publication</td><td>{@code CONFIDENTIAL}</td></tr>
 *   <tr><td>{@code CONF_STATUS} {@code P}</td><td>information under non-statistical secrecy
 *       arrangements</td><td>{@code CONFIDENTIAL}</td></tr>
 *   <tr><td>{@code CONF_STATUS} {@code F}</td><td>free (public)</td><td>no status</td></tr>
 * </table>
 *
 * <p>Written back, the statuses become today's flags ({@code i}, not {@code s}), {@code C} in {@code
 * CONF_STATUS} where the layout has that column and {@code c} in the flags where it has not. A value
 * that is not available is written as an empty value without a flag, which reads back the same;
 * {@code SEE_METADATA} has no Eurostat flag.
 */
final class EurostatFlags {
  /** Every letter {@code OBS_FLAG} may hold, today's and the old ones. */
  static final String KNOWN_FLAGS = "b d e f i m n p u (before 2025 also c s z)";
  /** Every code {@code CONF_STATUS} may hold. */
  static final String KNOWN_CONF_STATUS = "C N P F";

  private EurostatFlags() {}

  /**
   * Reads one letter of an {@code OBS_FLAG} cell.
   *
   * @return the status, or null if the letter is not a flag
   */
  static ObservationStatus flag(char letter) {
    switch (letter) {
      case 'b':
        return ObservationStatus.BREAK_IN_SERIES;
      case 'd':
        return ObservationStatus.DEFINITION_DIFFERS;
      case 'e':
        return ObservationStatus.ESTIMATED;
      case 'f':
        return ObservationStatus.FORECAST;
      case 'i':
      case 's':
        return ObservationStatus.IMPUTED;
      case 'm':
      case 'z':
        return ObservationStatus.NOT_AVAILABLE;
      case 'n':
        return ObservationStatus.NOT_SIGNIFICANT;
      case 'p':
        return ObservationStatus.PROVISIONAL;
      case 'u':
        return ObservationStatus.LOW_RELIABILITY;
      case 'c':
        return ObservationStatus.CONFIDENTIAL;
      default:
        return null;
    }
  }

  /**
   * Reads a {@code CONF_STATUS} cell.
   *
   * @return true if the code withholds the value, false for {@code F} (free); null if the code is
   *     not a confidentiality status
   */
  static Boolean confidential(String code) {
    switch (code) {
      case "C":
      case "N":
      case "P":
        return Boolean.TRUE;
      case "F":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /**
   * Writes statuses as the letters of an {@code OBS_FLAG} cell, in a fixed order.
   *
   * @param statuses the statuses
   * @param withConfidential whether to write {@code CONFIDENTIAL} as the old flag {@code c}, for a
   *     layout without a {@code CONF_STATUS} column
   * @return the letters, possibly empty, not null
   */
  static String flags(Set<ObservationStatus> statuses, boolean withConfidential) {
    StringBuilder letters = new StringBuilder(2);
    for (ObservationStatus status : statuses) {
      char letter = letter(status);
      if (letter == 'c' && !withConfidential) {
        continue;
      }
      if (letter != 0) {
        letters.append(letter);
      }
    }
    return letters.toString();
  }

  /** The {@code CONF_STATUS} code of statuses: {@code C} if confidential, else empty. */
  static String confStatus(Set<ObservationStatus> statuses) {
    return statuses.contains(ObservationStatus.CONFIDENTIAL) ? "C" : "";
  }

  /**
   * The statuses that have no Eurostat flag and cannot be written to an Eurostat layout: all but
   * {@code NOT_AVAILABLE}, which an empty value says.
   */
  static Set<ObservationStatus> unwritable(Set<ObservationStatus> statuses) {
    Set<ObservationStatus> unwritable = EnumSet.noneOf(ObservationStatus.class);
    for (ObservationStatus status : statuses) {
      if (letter(status) == 0 && status != ObservationStatus.NOT_AVAILABLE) {
        unwritable.add(status);
      }
    }
    return unwritable;
  }

  private static char letter(ObservationStatus status) {
    switch (status) {
      case BREAK_IN_SERIES:
        return 'b';
      case DEFINITION_DIFFERS:
        return 'd';
      case ESTIMATED:
        return 'e';
      case FORECAST:
        return 'f';
      case IMPUTED:
        return 'i';
      case NOT_SIGNIFICANT:
        return 'n';
      case PROVISIONAL:
        return 'p';
      case LOW_RELIABILITY:
        return 'u';
      case CONFIDENTIAL:
        return 'c';
      default:
        return 0;
    }
  }
}
