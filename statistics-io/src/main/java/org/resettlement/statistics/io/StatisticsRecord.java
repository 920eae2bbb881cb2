package org.resettlement.statistics.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.resettlement.core.DateRange;
import org.resettlement.core.Geography;
import org.resettlement.core.Source;

/**
 * One cell of a publisher's cube, as a file layout reads it: what it counts, for which population,
 * period and place, its value and its status. A stand-in for the core's observation until it
 * exists; immutable.
 */
final class StatisticsRecord {
  /** The line of the file the cell is on. */
  final long line;
  /** The table the cell comes from, such as {@code ESTAT:MIGR_ASYRESA(1.0)}. */
  final String table;
  /** The code of the metric, such as {@code resettled-persons}. */
  final String metric;
  final DateRange period;
  final Geography geography;
  /** The population counted: a category per dimension code, in the table's order; none is all. */
  final Map<String, Coded> key;
  /** The value, or null when the cell has none. */
  final Long value;
  final Set<Status> statuses;
  /** The unit the publisher rounds to, or 0. */
  final int rounding;
  /** Where the cell was published; shared by every record of the same table. */
  final Source source;

  StatisticsRecord(
      long line,
      String table,
      String metric,
      DateRange period,
      Geography geography,
      Map<String, Coded> key,
      Long value,
      Set<Status> statuses,
      int rounding,
      Source source) {
    this.line = line;
    this.table = table;
    this.metric = metric;
    this.period = period;
    this.geography = geography;
    this.key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
    this.value = value;
    this.statuses = statuses;
    this.rounding = rounding;
    this.source = source;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof StatisticsRecord)) {
      return false;
    }
    StatisticsRecord that = (StatisticsRecord) other;
    return table.equals(that.table)
        && metric.equals(that.metric)
        && period.equals(that.period)
        && geography.equals(that.geography)
        && key.equals(that.key)
        && Objects.equals(value, that.value)
        && statuses.equals(that.statuses)
        && rounding == that.rounding
        && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(table, metric, period, geography, key, value, statuses, rounding, source);
  }

  @Override
  public String toString() {
    return metric + " " + period + " " + geography + " " + key + " = " + value + " " + statuses
        + (rounding > 0 ? " (rounded to " + rounding + ")" : "");
  }
}
