package org.resettlement.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the costs measured in one run into the suite's table: benchmark, ours, baseline, ratio,
 * unit and target, in Markdown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComparisonTable {

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
   */
  public record Row(String label, double ours, double baseline, double ratio, String unit, String target, Boolean met) {}

  private final List<Row> rows;

  private ComparisonTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * Makes the rows of the comparisons whose benchmarks were measured; a comparison whose our or
   * baseline benchmark is missing from the costs is left out.
   *
   * @param comparisons the comparisons, in the order of the table
   * @param costs cost per operation by benchmark name: seconds, or bytes for memory
   * @return the table
   */
  public static ComparisonTable of(List<Comparison> comparisons, Map<String, Double> costs) {
    List<Row> rows = new ArrayList<>();
    for (Comparison comparison : comparisons) {
      Double ours = costs.get(comparison.ours());
      Double baseline = comparison.baseline() == null ? null : costs.get(comparison.baseline());
      if (ours == null || (comparison.baseline() != null && baseline == null)) {
        continue;
      }
      Comparison.Measure measure = comparison.measure();
      double ratio = baseline == null ? Double.NaN : ours / baseline;
      double oursShown = measure.show(ours);
      rows.add(
          new Row(
              comparison.label(),
              oursShown,
              baseline == null ? Double.NaN : measure.show(baseline),
              ratio,
              measure.unit(),
              comparison.target().description(),
              comparison.target().isMet(ratio, oursShown)));
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
   * Writes the table in Markdown.
   *
   * @return the table, one row per line
   */
  public String toMarkdown() {
    StringBuilder table = new StringBuilder();
    table.append("| benchmark | ours | baseline | ratio | unit | target | met |\n");
    table.append("|---|---:|---:|---:|---|---|---|\n");
    for (Row row : rows) {
      table.append("| ").append(row.label())
          .append(" | ").append(figure(row.ours()))
          .append(" | ").append(Double.isNaN(row.baseline()) ? "—" : figure(row.baseline()))
          .append(" | ").append(Double.isNaN(row.ratio()) ? "—" : String.format(Locale.ROOT, "%.2fx", row.ratio()))
          .append(" | ").append(row.unit())
          .append(" | ").append(row.target().isEmpty() ? "—" : row.target())
          .append(" | ").append(row.met() == null ? "—" : row.met() ? "yes" : "**no**")
          .append(" |\n");
    }
    return table.toString();
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
