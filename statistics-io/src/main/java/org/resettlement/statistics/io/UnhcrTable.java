package org.resettlement.statistics.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resettlement.core.StatisticMetric;

/**
 * A UNHCR download this module reads: the columns of the year, of the country of origin and of the
 * country the figures are about (of asylum, or of resettlement), and the columns of figures, each
 * with the metric it counts.
 *
 * <p>Columns are matched without regard to case, as UNHCR writes {@code Country of origin} in one
 * download and {@code Country of Origin} in another.
 */
final class UnhcrTable {
  /** The columns of figures as UNHCR names them, by their lower-case keys; filled by measures(). */
  private static final Map<String, String> NAMES = new HashMap<>();

  /** Refugee Data Finder, "Solutions": returns, resettlement arrivals and naturalisations. */
  static final UnhcrTable SOLUTIONS =
      new UnhcrTable(
          StatisticsFormat.UNHCR_SOLUTIONS,
          "UNHCR:SOLUTIONS",
          "UNHCR Refugee Data Finder",
          "Solutions",
          "Country of origin",
          "Country of asylum",
          measures(
              "Returned refugees", StatisticMetric.RETURNED_REFUGEES,
              // UNHCR's own spelling; the second is there for the day it is corrected.
              "Returned IDPss", StatisticMetric.RETURNED_IDPS,
              "Returned IDPs", StatisticMetric.RETURNED_IDPS,
              "Resettlement arrivals", StatisticMetric.ARRIVALS,
              "Naturalisation", StatisticMetric.NATURALISATIONS));

  /** Resettlement Data Finder: submissions and departures, in persons. */
  static final UnhcrTable RESETTLEMENT =
      new UnhcrTable(
          StatisticsFormat.UNHCR_RESETTLEMENT,
          "UNHCR:RESETTLEMENT",
          "UNHCR Resettlement Data Finder",
          "Resettlement submissions and departures",
          "Country of Origin",
          "Country of Resettlement",
          measures(
              "Total submissions (persons)", StatisticMetric.SUBMISSIONS,
              "Total departures (persons)", StatisticMetric.DEPARTURES));

  static final List<UnhcrTable> KNOWN = List.of(SOLUTIONS, RESETTLEMENT);

  static final String YEAR = "Year";

  final StatisticsFormat format;
  /** The name of the table in records, such as {@code UNHCR:SOLUTIONS}. */
  final String table;
  /** The title of its sources, such as {@code UNHCR Refugee Data Finder}. */
  final String title;
  /** The name of the table where the preamble does not give it. */
  final String defaultName;
  /** The column of the origin's name; its code is in the column of this name and " (ISO)". */
  final String origin;
  /** The column of the name of the country the figures are about; its code likewise. */
  final String place;
  /** The columns of figures, lower case, and the metrics they count. */
  final Map<String, StatisticMetric> measures;
  /** The columns of figures, as UNHCR names them. */
  final List<String> measureNames;

  private UnhcrTable(
      StatisticsFormat format,
      String table,
      String title,
      String defaultName,
      String origin,
      String place,
      Map<String, StatisticMetric> measures) {
    this.format = format;
    this.table = table;
    this.title = title;
    this.defaultName = defaultName;
    this.origin = origin;
    this.place = place;
    this.measures = measures;
    List<String> names = new ArrayList<>();
    measures.keySet().forEach(key -> names.add(NAMES.getOrDefault(key, key)));
    this.measureNames = List.copyOf(names);
  }

  private static Map<String, StatisticMetric> measures(Object... columnsAndMetrics) {
    Map<String, StatisticMetric> measures = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndMetrics.length; i += 2) {
      String column = (String) columnsAndMetrics[i];
      measures.put(key(column), (StatisticMetric) columnsAndMetrics[i + 1]);
      NAMES.put(key(column), column);
    }
    return measures;
  }

  /** How a column's name is compared: without regard to case or spaces around it. */
  static String key(String column) {
    return column.strip().toLowerCase(Locale.ROOT);
  }

  static String iso(String column) {
    return column + " (ISO)";
  }
}
