package org.resettlement.statistics.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.resettlement.core.DateRange;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Source;

/** Reads the {@link TidyCsv tidy layout}, as {@link TidyCsvWriter} writes it. */
final class TidyCsvLayout extends Layout {
  private static final Pattern METRIC = Pattern.compile("[a-z]+(-[a-z]+)*");

  private final ReadContext context;
  private final String[] dimensions;
  private final Source source;
  private final Map<String, DateRange> periods = new HashMap<>();
  private final Map<String, Geography> geographies = new HashMap<>();
  private final Map<String, Set<Status>> statuses = new HashMap<>();
  private final Map<String, Coded> categories = new HashMap<>();

  private TidyCsvLayout(CsvRecord header, ReadContext context, String[] dimensions) {
    super(header);
    this.context = context;
    this.dimensions = dimensions;
    this.source = Source.builder().title(LocalizedText.of("en", context.file())).note("tidy CSV").build();
  }

  /**
   * Learns the layout from a header, or reports why it is not one.
   *
   * @throws StatisticsFileException if the header is not {@code metric,period,geography}, dimensions
   *     and {@code value,status,rounding}
   */
  static TidyCsvLayout of(CsvRecord header, ReadContext context) {
    List<String> names = header.getFields();
    long line = header.getStartingLineNumber();
    int width = names.size();
    int dimensionCount = width - TidyCsv.LEADING.size() - TidyCsv.TRAILING.size();
    String expected = "a tidy CSV header is metric,period,geography, the dimensions, and value,status,rounding";
    if (dimensionCount < 0
        || !names.subList(0, TidyCsv.LEADING.size()).equals(TidyCsv.LEADING)
        || !names.subList(width - TidyCsv.TRAILING.size(), width).equals(TidyCsv.TRAILING)) {
      throw context.fatal(line, 0, null, expected);
    }
    String[] dimensions = new String[dimensionCount];
    for (int i = 0; i < dimensionCount; i++) {
      String name = names.get(TidyCsv.LEADING.size() + i);
      if (!TidyCsv.dimension(name)) {
        throw context.fatal(line, TidyCsv.LEADING.size() + i + 1, name, Text.quoted(name) + " is not a dimension: "
            + String.join(", ", TidyCsv.BUILT_IN) + ", or a publisher's such as eurostat:decision");
      }
      if (Arrays.asList(dimensions).contains(name)) {
        throw context.fatal(line, TidyCsv.LEADING.size() + i + 1, name, "the dimension " + name + " is given twice");
      }
      dimensions[i] = name;
    }
    return new TidyCsvLayout(header, context, dimensions);
  }

  @Override
  StatisticsFormat format() {
    return StatisticsFormat.TIDY_CSV;
  }

  @Override
  void row(CsvRecord row, Consumer<StatisticsRecord> records) {
    long line = row.getStartingLineNumber();
    boolean ok = true;
    String metric = row.getField(0);
    if (!METRIC.matcher(metric).matches()) {
      ok = problem(line, 0, Text.quoted(metric) + " is not a metric such as resettled-persons");
    }
    DateRange period = periods.computeIfAbsent(row.getField(1), TidyCsv::period);
    if (period == null) {
      ok = problem(line, 1, Text.quoted(row.getField(1)) + " is not a period such as 2017, 2017-04/2017-06");
    }
    Geography geography = geographies.computeIfAbsent(row.getField(2), GeographyText::read);
    if (geography == null) {
      ok = problem(line, 2, Text.quoted(row.getField(2)) + " is not a geography such as world, FR, EU27_2020 or"
          + " EU+NO");
    }
    Map<String, Coded> key = new LinkedHashMap<>();
    for (int i = 0; i < dimensions.length; i++) {
      String code = row.getField(TidyCsv.LEADING.size() + i);
      if (code.isEmpty()) {
        continue;
      }
      if (code.strip().length() != code.length()) {
        ok = problem(line, TidyCsv.LEADING.size() + i, Text.quoted(code) + " has spaces around the code");
        continue;
      }
      String dimension = dimensions[i];
      key.put(dimension, categories.computeIfAbsent(dimension + '\u0000' + code, unused -> TidyCsv.category(dimension, code)));
    }
    int at = TidyCsv.LEADING.size() + dimensions.length;
    String valueText = row.getField(at);
    Long value = null;
    if (!valueText.isEmpty()) {
      long count = Cells.count(valueText);
      if (count < 0) {
        ok = problem(line, at, Cells.whyNotCount(valueText));
      } else {
        value = count;
      }
    }
    Set<Status> status = statuses.computeIfAbsent(row.getField(at + 1),
        text -> { Set<Status> read = TidyCsv.statuses(text); return read == null ? null : Collections.unmodifiableSet(read); });
    if (status == null) {
      ok = problem(line, at + 1, Text.quoted(row.getField(at + 1)) + " is not a list of statuses such as"
          + " 'estimated provisional'");
    }
    String roundingText = row.getField(at + 2);
    long rounding = roundingText.isEmpty() ? 0 : Cells.count(roundingText);
    if (rounding < 0 || rounding == 1 || rounding > Integer.MAX_VALUE) {
      ok = problem(line, at + 2, Text.quoted(roundingText) + " is not a unit of rounding such as 5");
    }
    if (ok) {
      boolean valueless = status.contains(Status.CONFIDENTIAL) || status.contains(Status.NOT_AVAILABLE);
      if (value == null && !valueless) {
        ok = problem(line, at, "is empty, and no status says why (not-available or confidential)");
      } else if (value != null && valueless) {
        ok = problem(line, at, "has the value " + value + " but its status says it has none");
      }
    }
    if (ok) {
      records.accept(new StatisticsRecord(line, "tidy", metric, period, geography, key, value, status, (int) rounding,
          source));
    }
  }

  private boolean problem(long line, int index, String reason) {
    context.problem(line, index + 1, columnName(index), reason);
    return false;
  }
}
