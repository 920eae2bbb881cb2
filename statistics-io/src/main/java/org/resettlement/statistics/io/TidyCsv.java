package org.resettlement.statistics.io;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resettlement.core.CountryCode;
import org.resettlement.core.DateRange;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.PartialDate;

/**
 * The tidy layout: one row per observation, one column per dimension, and the value, status and
 * rounding, in this library's own codes.
 *
 * <pre>
 * metric,period,geography,sex,age-band,citizenship,value,status,rounding
 * resettled-persons,2017,FR,female,18-34,SY,85,,5
 * resettled-persons,2017,EL,,,SY,,not-available,5
 * </pre>
 *
 * <p>An empty dimension cell means the whole population of that dimension (the dimension is not in
 * the key). The period is a year, month or day, or two of them joined by {@code /}; the geography
 * is written as {@link GeographyText} writes it; the statuses are separated by spaces.
 */
final class TidyCsv {
  static final String METRIC = "metric";
  static final String PERIOD = "period";
  static final String GEOGRAPHY = "geography";
  static final String VALUE = "value";
  static final String STATUS = "status";
  static final String ROUNDING = "rounding";
  static final List<String> LEADING = List.of(METRIC, PERIOD, GEOGRAPHY);
  static final List<String> TRAILING = List.of(VALUE, STATUS, ROUNDING);

  static final List<String> BUILT_IN = List.of("sex", "age-band", "citizenship", "country-of-origin", "country-of-asylum");
  private static final Pattern PUBLISHER_DIMENSION = Pattern.compile("[a-z][a-z0-9-]*:[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern AGES = Pattern.compile("([0-9]{1,3})(?:-([0-9]{1,3})|(\\+))");

  private TidyCsv() {}

  static boolean dimension(String code) {
    return BUILT_IN.contains(code) || PUBLISHER_DIMENSION.matcher(code).matches();
  }

  static String period(DateRange period) {
    String start = period.start().toString();
    return period.end().map(end -> end.equals(period.start()) ? start : start + "/" + end).orElse(start + "/..");
  }

  /** Reads a period, or returns null if the text is not one. */
  static DateRange period(String text) {
    try {
      return text.indexOf('/') < 0 ? DateRange.of(PartialDate.parse(text)) : DateRange.parse(text);
    } catch (InvalidValueException notAPeriod) {
      return null;
    }
  }

  static String statuses(Set<Status> statuses) {
    StringJoiner text = new StringJoiner(" ");
    statuses.forEach(status -> text.add(status.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    return text.toString();
  }

  /** Reads statuses, or returns null if a word is not a status. */
  static Set<Status> statuses(String text) {
    EnumSet<Status> statuses = EnumSet.noneOf(Status.class);
    if (text.isEmpty()) {
      return statuses;
    }
    for (String word : text.split(" ", -1)) {
      try {
        statuses.add(Status.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException notAStatus) {
        return null;
      }
    }
    return statuses;
  }

  /** Reads a category of a dimension from this library's own code; a code it does not know is kept. */
  static Coded category(String dimension, String code) {
    switch (dimension) {
      case "sex":
        return code.equals("female") ? Coded.FEMALE : code.equals("male") ? Coded.MALE
            : code.equals("unknown") ? Coded.UNKNOWN : Coded.kept(code);
      case "age-band":
        if (code.equals("unknown")) {
          return Coded.UNKNOWN;
        }
        Matcher ages = AGES.matcher(code);
        if (ages.matches()) {
          int lowest = Integer.parseInt(ages.group(1));
          int highest = ages.group(3) != null ? -1 : Integer.parseInt(ages.group(2));
          if (highest < 0 || lowest <= highest) {
            return Coded.ages(lowest, highest);
          }
        }
        return Coded.kept(code);
      case "citizenship":
      case "country-of-origin":
      case "country-of-asylum":
        if (code.equals("stateless")) {
          return Coded.STATELESS;
        }
        if (code.equals("unknown")) {
          return Coded.UNKNOWN;
        }
        try {
          return code.length() == 2 ? Coded.country(CountryCode.of(code)) : Coded.kept(code);
        } catch (InvalidValueException notACountry) {
          return Coded.kept(code);
        }
      default:
        return Coded.kept(code);
    }
  }
}
