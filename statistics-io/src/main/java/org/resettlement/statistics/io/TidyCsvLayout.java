package org.resettlement.statistics.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.Quantity;
import org.resettlement.core.Rounding;
import org.resettlement.core.Source;
import org.resettlement.core.StatisticMetric;

/** Reads the {@link TidyCsv tidy layout}, as {@link TidyCsvWriter} writes it. */
final class TidyCsvLayout extends Layout {
  private final ReadContext context;
  private final Shared shared;
  private final Dimension[] dimensions;
  private final Source source;
  private final Map<String, DateRange> periods = new HashMap<>();
  private final Map<String, Geography> geographies = new HashMap<>();
  private final Map<String, Set<ObservationStatus>> statuses = new HashMap<>();
  /** The categories of each dimension's codes, or the reason a code cannot be kept. */
  private final Memo<Object>[] categories;
  private final Map<String, Rounding> roundings = new HashMap<>();
  private final Shared.KeyCategory[] keyCategories;

  private TidyCsvLayout(CsvRecord header, ReadContext context, Dimension[] dimensions) {
    super(header);
    this.context = context;
    this.shared = context.shared();
    this.dimensions = dimensions;
    this.keyCategories = new Shared.KeyCategory[dimensions.length];
    @SuppressWarnings({"unchecked", "rawtypes"})
    Memo<Object>[] memos = new Memo[dimensions.length];
    for (int i = 0; i < dimensions.length; i++) {
      Dimension dimension = dimensions[i];
      memos[i] = new Memo<>(code -> category(shared, dimension, code));
    }
    this.categories = memos;
    this.source = Source.builder().title(LocalizedText.of("en", context.file())).note("tidy CSV").build();
    context.sources().add(source);
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
    if (dimensionCount < 0
        || !names.subList(0, TidyCsv.LEADING.size()).equals(TidyCsv.LEADING)
        || !names.subList(width - TidyCsv.TRAILING.size(), width).equals(TidyCsv.TRAILING)) {
      throw context.fatal(line, 0, null,
          "a tidy CSV header is metric,period,geography, the dimensions, and value,status,rounding");
    }
    Dimension[] dimensions = new Dimension[dimensionCount];
    for (int i = 0; i < dimensionCount; i++) {
      int column = TidyCsv.LEADING.size() + i + 1;
      String name = names.get(column - 1);
      try {
        dimensions[i] = Dimension.of(name);
      } catch (InvalidValueException notADimension) {
        throw context.fatal(line, column, name, Text.quoted(name) + " is not a dimension: " + notADimension.reason());
      }
      if (Arrays.asList(dimensions).subList(0, i).contains(dimensions[i])) {
        throw context.fatal(line, column, name, "the dimension " + name + " is given twice");
      }
    }
    return new TidyCsvLayout(header, context, dimensions);
  }

  @Override
  StatisticsFormat format() {
    return StatisticsFormat.TIDY_CSV;
  }

  @Override
  void row(CsvRecord row, ObservationSink observations) {
    long line = row.getStartingLineNumber();
    boolean ok = true;
    StatisticMetric metric = TidyCsv.metric(row.getField(0));
    if (metric == null) {
      ok = problem(line, 0, Text.quoted(row.getField(0)) + " is not a metric such as resettled-persons");
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
    DimensionKey key = key(row, line);
    ok &= key != null;
    int at = TidyCsv.LEADING.size() + dimensions.length;
    Quantity value = value(row.getField(at));
    if (value == null && !row.getField(at).isEmpty()) {
      ok = problem(line, at, Text.quoted(row.getField(at)) + " is not a count such as 85, 'about 50' or 'at least"
          + " 100'");
    }
    Set<ObservationStatus> status = statuses.computeIfAbsent(row.getField(at + 1), TidyCsv::statuses);
    if (status == null) {
      ok = problem(line, at + 1, Text.quoted(row.getField(at + 1)) + " is not a list of statuses such as"
          + " 'estimated provisional'");
    }
    Rounding rounding = rounding(row.getField(at + 2));
    if (rounding == null && !row.getField(at + 2).isEmpty()) {
      ok = problem(line, at + 2, Text.quoted(row.getField(at + 2)) + " is not a unit of rounding such as 5");
    }
    if (ok) {
      boolean valueless = status.contains(ObservationStatus.CONFIDENTIAL)
          || status.contains(ObservationStatus.NOT_AVAILABLE);
      if (value == null && !valueless) {
        ok = problem(line, at, "is empty, and no status says why (not-available or confidential)");
      } else if (value != null && valueless) {
        ok = problem(line, at, "has the value " + value + " but its status says it has none");
      }
    }
    if (ok) {
      Observation.Builder observation = Observation.builder()
          .metric(metric).key(key).period(period).geography(geography).statuses(status).addSources(source);
      if (value != null) {
        observation.value(value);
      }
      if (rounding != null) {
        observation.rounding(rounding);
      }
      observations.accept(line, observation.build());
    }
  }

  private DimensionKey key(CsvRecord row, long line) {
    if (dimensions.length == 0) {
      return DimensionKey.of();
    }
    boolean ok = true;
    for (int i = 0; i < dimensions.length; i++) {
      int index = TidyCsv.LEADING.size() + i;
      String code = row.getField(index);
      keyCategories[i] = null;
      if (code.isEmpty()) {
        continue;
      }
      Object category = categories[i].get(code);
      if (category instanceof String) {
        ok = problem(line, index, (String) category);
        continue;
      }
      keyCategories[i] = (Shared.KeyCategory) category;
    }
    return ok ? shared.key(this, dimensions, keyCategories, dimensions.length) : null;
  }

  /** The category of a code, or the reason it cannot be kept. */
  private static Object category(Shared shared, Dimension dimension, String code) {
    try {
      return shared.keyCategory(dimension.category(code));
    } catch (InvalidValueException cannotBeKept) {
      return Text.quoted(code) + " is not a code: " + cannotBeKept.reason();
    }
  }

  private Quantity value(String text) {
    if (text.isEmpty()) {
      return null;
    }
    long count = Cells.count(text);
    if (count >= 0) {
      return shared.count(count);
    }
    try {
      return Quantity.parse(text);
    } catch (InvalidValueException notACount) {
      return null;
    }
  }

  private Rounding rounding(String text) {
    if (text.isEmpty()) {
      return null;
    }
    return roundings.computeIfAbsent(text, unit -> {
      long count = Cells.count(unit);
      try {
        return count < 0 || count > Integer.MAX_VALUE ? null : Rounding.toNearest((int) count);
      } catch (InvalidValueException notAUnit) {
        return null;
      }
    });
  }

  private boolean problem(long line, int index, String reason) {
    context.problem(line, index + 1, columnName(index), reason);
    return false;
  }
}
