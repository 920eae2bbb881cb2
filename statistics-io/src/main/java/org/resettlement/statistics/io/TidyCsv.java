package org.resettlement.statistics.io;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.resettlement.core.DateRange;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.PartialDate;
import org.resettlement.core.StatisticMetric;

/**
 * The tidy layout: one row per observation, one column per dimension, and the value, status and
 * rounding, in this library's own codes, those of its JSON wire format.
 *
 * <pre>
 * metric,period,geography,sex,age-band,citizenship,value,status,rounding
 * resettled-persons,2017,FR,female,18-34,SY,85,,5
 * resettled-persons,2017,GR,,,SY,,not-available,5
 * </pre>
 *
 * <p>An empty dimension cell means the whole population of that dimension (the dimension is not in
 * the key). The period is a year, month or day, or two of them joined by {@code /}; the geography
 * is written as {@link GeographyText} writes it; the value as {@link
 * org.resettlement.core.Quantity} writes it; the statuses are separated by spaces.
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

  private static final Map<String, StatisticMetric> METRICS = codes(StatisticMetric.values());
  private static final Map<String, ObservationStatus> STATUSES = codes(ObservationStatus.values());

  private TidyCsv() {}

  /** The code of a constant, as the wire format writes it: {@code resettled-persons}. */
  static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <E extends Enum<E>> Map<String, E> codes(E[] constants) {
    Map<String, E> codes = new HashMap<>();
    for (E constant : constants) {
      codes.put(code(constant), constant);
    }
    return codes;
  }

  /** Reads a metric, or returns null if the text is not one. */
  static StatisticMetric metric(String text) {
    return METRICS.get(text);
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

  static String statuses(Set<ObservationStatus> statuses) {
    StringJoiner text = new StringJoiner(" ");
    statuses.forEach(status -> text.add(code(status)));
    return text.toString();
  }

  /** Reads statuses, or returns null if a word is not a status. */
  static Set<ObservationStatus> statuses(String text) {
    EnumSet<ObservationStatus> statuses = EnumSet.noneOf(ObservationStatus.class);
    if (text.isEmpty()) {
      return statuses;
    }
    for (String word : text.split(" ", -1)) {
      ObservationStatus status = STATUSES.get(word);
      if (status == null) {
        return null;
      }
      statuses.add(status);
    }
    return statuses;
  }
}
