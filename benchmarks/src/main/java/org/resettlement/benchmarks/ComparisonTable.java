package org.resettlement.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns what one run measured into the suite's table: benchmark, ours, baseline, unit, ratio,
 * target, whether it is met, and the wall-clock figures, in Markdown.
 *
 * <p>The figures and ratio are those of {@link Measurement#cost()}; a ratio marked {@value
 * #UNSETTLED} compares a benchmark that had not settled while it was measured.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComparisonTable {

  /** The mark of a ratio whose benchmarks had not both settled. */
  public static final String UNSETTLED = "†";

  /**
   * A row of the table, with the figures shown.
   *
   * @param label what is compared
   * @param ours our figure, in {@code unit}
   * @param baseline the baseline's figure, or NaN
   * @param ratio our cost divided by the baseline's, or NaN
   * @param unit the unit of the figures
   * @param target the target, empty if none
   * @param met whether the target is met, or null without one
   * @param oursWallClock our figure from wall-clock time, or NaN
   * @param wallClockRatio the ratio of wall-clock times, or NaN
   * @param settled whether our benchmark and the baseline had both settled
   * @param regressed whether the target is missed by more than the row's {@linkplain
   *     Comparison#noiseBand() noise band}: then the suite fails
   */
  public record Row(String label, double ours, double baseline, double ratio, String unit, String target, Boolean met,
      double oursWallClock, double wallClockRatio, boolean settled, boolean regressed) {}

  private final List<Row> rows;

  private ComparisonTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * Makes the rows of the comparisons whose benchmarks were measured; a comparison whose our or
   * baseline benchmark is missing from the measurements is left out.
   *
   * @param comparisons the comparisons, in the order of the table
   * @param measurements what was measured, by benchmark name
   * @return the table
   */
  public static ComparisonTable of(List<Comparison> comparisons, Map<String, Measurement> measurements) {
    List<Row> rows = new ArrayList<>();
    for (Comparison comparison : comparisons) {
      Measurement ours = measurements.get(comparison.ours());
      Measurement baseline = comparison.baseline() == null ? null : measurements.get(comparison.baseline());
      if (ours == null || (comparison.baseline() != null && baseline == null)) {
        continue;
      }
      Comparison.Measure measure = comparison.measure();
      double ratio = baseline == null ? Double.NaN : ours.cost() / baseline.cost();
      double oursShown = measure.show(ours.cost());
      rows.add(
          new Row(
              comparison.label(),
              oursShown,
              baseline == null ? Double.NaN : measure.show(baseline.cost()),
              ratio,
              measure.unit(),
              comparison.target().description(),
              comparison.target().isMet(ratio, oursShown),
              measure.show(ours.wallClock()),
              baseline == null ? Double.NaN : ours.wallClock() / baseline.wallClock(),
              ours.settled() && (baseline == null || baseline.settled()),
              Boolean.FALSE.equals(comparison.target().isWithin(ratio, oursShown, comparison.noiseBand()))));
    }
    return new ComparisonTable(rows);
  }

  /**
   * Returns the rows.
   *
   * @return the unmodifiable rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns the rows that miss their target by more than their noise band, for which the suite
   * fails.
   *
   * @return the unmodifiable rows, in the table's order; empty if none
   */
  public List<Row> regressions() {
    return rows.stream().filter(Row::regressed).toList();
  }

  /**
   * Writes the table in Markdown, with a note under it if a row is marked {@value #UNSETTLED}, and
   * another naming the rows that miss their target by more than their noise band.
   *
   * @return the table, one row per line
   */
  public String toMarkdown() {
    StringBuilder table = new StringBuilder();
    table.append("| benchmark | ours | baseline | unit | ratio | target | met | wall clock: ours, ratio |\n");
    table.append("|---|---:|---:|---|---:|---|---|---:|\n");
    boolean unsettled = false;
    for (Row row : rows) {
      unsettled |= !row.settled();
      table.append("| ").append(row.label())
          .append(" | ").append(figure(row.ours()))
          .append(" | ").append(Double.isNaN(row.baseline()) ? "—" : figure(row.baseline()))
          .append(" | ").append(row.unit())
          .append(" | ").append(Double.isNaN(row.ratio()) ? "—" : ratio(row.ratio()))
          .append(row.settled() ? "" : " " + UNSETTLED)
          .append(" | ").append(row.target().isEmpty() ? "—" : row.target())
          .append(" | ").append(row.met() == null ? "—" : row.met() ? "yes" : "**no**")
          .append(" | ").append(wallClock(row))
          .append(" |\n");
    }
    if (unsettled) {
      table.append("\n").append(UNSETTLED)
          .append(" not settled while measured, after a longer warm-up too (still getting faster, or its ratio to the")
          .append(" baseline still moving): not a steady-state figure.\n");
    }
    List<Row> regressions = regressions();
    if (!regressions.isEmpty()) {
      table.append("\nMissed by more than the noise band, so the suite fails: ")
          .append(regressions.stream().map(Row::label).collect(Collectors.joining("; ")))
          .append(".\n");
    }
    return table.toString();
  }

  private static String wallClock(Row row) {
    if (Double.isNaN(row.oursWallClock())) {
      return "—";
    }
    return figure(row.oursWallClock()) + (Double.isNaN(row.wallClockRatio()) ? "" : ", " + ratio(row.wallClockRatio()));
  }

  private static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2fx", ratio);
  }

  /** Three significant figures at least, with thousands separators, no exponent. */
  static String figure(double value) {
    if (value >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value >= 100) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
