package org.resettlement.statistics.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.resettlement.core.Category;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.Source;
import org.resettlement.core.StatisticMetric;

/**
 * UNHCR's Refugee Data Finder and Resettlement Data Finder downloads: a header with the year, the
 * names and ISO 3166-1 alpha-3 codes of the countries, and one column per figure; {@code -} for
 * no data.
 *
 * <pre>
 * Year,"Country of origin","Country of origin (ISO)","Country of asylum","Country of asylum (ISO)",...,"Resettlement arrivals",...
 * 2015,Stateless,XXA,Canada,CAN,-,-,461,493
 * </pre>
 *
 * <p>Each figure of a row is one record: its metric is its column's, its place the country of
 * asylum (or of resettlement), its population the country of origin. A country code that is not a
 * country ({@code UNK} unknown, {@code XXA} stateless, or one of UNHCR's own such as {@code TIB})
 * is kept; where the country of asylum is one of those, the place is the world and the code is kept
 * in the population as the country of asylum. Where a row has no ISO code, as for UNHCR's "All
 * others", the name is kept as the code. The names are otherwise not kept: they are UNHCR's names of
 * the codes.
 */
final class UnhcrLayout extends Layout {
  private static final String NO_DATA = "-";
  private static final Set<ObservationStatus> NOT_AVAILABLE = Set.of(ObservationStatus.NOT_AVAILABLE);

  private final UnhcrTable table;
  private final Source source;
  private final ReadContext context;
  private final int yearColumn;
  private final int originNameColumn;
  private final int originColumn;
  private final int placeNameColumn;
  private final int placeColumn;
  private final int[] measureColumns;
  private final StatisticMetric[] metrics;
  private final Shared shared;
  private final Map<String, Object> codes = new HashMap<>();
  private final Map<Map.Entry<Category, Category>, DimensionKey> keys = new HashMap<>();
  private final Map<String, Geography> places = new HashMap<>();
  private final Map<String, DateRange> years = new HashMap<>();

  private UnhcrLayout(
      CsvRecord header, UnhcrTable table, ReadContext context, Map<String, Integer> columns, Source source) {
    super(header);
    this.table = table;
    this.context = context;
    this.source = source;
    this.shared = context.shared();
    this.yearColumn = columns.get(UnhcrTable.key(UnhcrTable.YEAR));
    this.originNameColumn = columns.getOrDefault(UnhcrTable.key(table.origin), -1);
    this.originColumn = columns.get(UnhcrTable.key(UnhcrTable.iso(table.origin)));
    this.placeNameColumn = columns.getOrDefault(UnhcrTable.key(table.place), -1);
    this.placeColumn = columns.get(UnhcrTable.key(UnhcrTable.iso(table.place)));
    List<Integer> measureColumns = new ArrayList<>();
    List<StatisticMetric> metrics = new ArrayList<>();
    for (int i = 0; i < header.getFieldCount(); i++) {
      StatisticMetric metric = table.measures.get(UnhcrTable.key(header.getField(i)));
      if (metric != null) {
        measureColumns.add(i);
        metrics.add(metric);
      }
    }
    this.measureColumns = measureColumns.stream().mapToInt(Integer::intValue).toArray();
    this.metrics = metrics.toArray(new StatisticMetric[0]);
  }

  /** Checks whether a row is the header of a UNHCR download: its first cell is {@code Year}. */
  static boolean header(CsvRecord row) {
    return row.getFieldCount() > 1 && UnhcrTable.key(row.getField(0)).equals(UnhcrTable.key(UnhcrTable.YEAR));
  }

  /**
   * Learns the layout from a header, or reports why it is not one.
   *
   * @throws StatisticsFileException if a column is not one of the table's, or one it needs is missing
   */
  static UnhcrLayout of(CsvRecord header, List<List<String>> preamble, UnhcrTable table, ReadContext context) {
    long line = header.getStartingLineNumber();
    List<String> known = new ArrayList<>(List.of(UnhcrTable.YEAR, table.origin, UnhcrTable.iso(table.origin),
        table.place, UnhcrTable.iso(table.place)));
    Map<String, Integer> columns = new LinkedHashMap<>();
    boolean anyMeasure = false;
    for (int i = 0; i < header.getFieldCount(); i++) {
      String name = header.getField(i);
      String key = UnhcrTable.key(name);
      boolean measure = table.measures.containsKey(key);
      if (!measure && known.stream().noneMatch(column -> UnhcrTable.key(column).equals(key))) {
        throw context.fatal(line, i + 1, name, Text.quoted(name) + " is not a column of the " + table.format.title()
            + " download this reader knows; it reads " + String.join(", ", known) + " and "
            + String.join(", ", measureNames(table)));
      }
      if (columns.put(key, i) != null) {
        throw context.fatal(line, i + 1, name, "the column " + Text.quoted(name) + " is given twice");
      }
      anyMeasure |= measure;
    }
    for (String required : List.of(UnhcrTable.YEAR, UnhcrTable.iso(table.origin), UnhcrTable.iso(table.place))) {
      if (!columns.containsKey(UnhcrTable.key(required))) {
        throw context.fatal(line, 0, null, "the header has no column " + Text.quoted(required));
      }
    }
    if (!anyMeasure) {
      throw context.fatal(line, 0, null, "the header has no column of figures; the " + table.format.title()
          + " download has " + String.join(", ", measureNames(table)));
    }
    return new UnhcrLayout(header, table, context, columns, context.sources().unhcr(table, preamble));
  }

  private static List<String> measureNames(UnhcrTable table) {
    return table.measureNames;
  }

  @Override
  StatisticsFormat format() {
    return table.format;
  }

  @Override
  void row(CsvRecord row, ObservationSink observations) {
    long line = row.getStartingLineNumber();
    boolean ok = true;
    String yearText = row.getField(yearColumn);
    DateRange period = years.get(yearText);
    if (period == null) {
      int year = Cells.year(yearText);
      if (year > 0) {
        period = Cells.yearPeriod(year);
        years.put(yearText, period);
      } else {
        ok = problem(line, yearColumn, Cells.whyNotYear(yearText, year));
      }
    }
    Category origin = country(row, line, originColumn, originNameColumn);
    Category place = country(row, line, placeColumn, placeNameColumn);
    if (!ok || origin == null || place == null) {
      return;
    }
    Optional<CountryCode> asylum =
        place instanceof CountryCategory ? ((CountryCategory) place).country() : Optional.empty();
    Geography geography =
        asylum.isPresent() ? places.computeIfAbsent(asylum.get().alpha2(), unused -> Geography.of(asylum.get()))
            : Geography.world();
    // The place is the geography where it is a country; otherwise it is kept in the key.
    DimensionKey key = keys.computeIfAbsent(new SimpleImmutableEntry<>(origin, asylum.isPresent() ? null : place),
        unused -> asylum.isPresent()
            ? DimensionKey.of(Dimension.COUNTRY_OF_ORIGIN, origin)
            : DimensionKey.of(Dimension.COUNTRY_OF_ORIGIN, origin).with(Dimension.COUNTRY_OF_ASYLUM, place));
    for (int i = 0; i < measureColumns.length; i++) {
      int column = measureColumns[i];
      String text = row.getField(column);
      Observation.Builder observation = Observation.builder()
          .metric(metrics[i])
          .key(key)
          .period(period)
          .geography(geography)
          .addSources(source);
      if (text.equals(NO_DATA)) {
        observation.statuses(NOT_AVAILABLE);
      } else {
        long count = Cells.count(text);
        if (count < 0) {
          problem(line, column, text.isEmpty() ? "is empty; UNHCR writes '-' for no data" : Cells.whyNotCount(text));
          continue;
        }
        observation.value(shared.count(count));
      }
      observations.accept(line, observation.build());
    }
  }

  /** Reads a country's code, or its name where the code is empty; null after a problem. */
  private Category country(CsvRecord row, long line, int column, int nameColumn) {
    String code = row.getField(column);
    boolean named = code.isEmpty() || code.equals(NO_DATA);
    if (named) {
      code = nameColumn < 0 ? "" : row.getField(nameColumn);
      if (code.isBlank()) {
        problem(line, column, "has no code, and the country has no name");
        return null;
      }
    } else if (code.strip().length() != code.length()) {
      problem(line, column, Text.quoted(code) + " has spaces around the code");
      return null;
    }
    String text = code;
    Object category = codes.computeIfAbsent((named ? "name:" : "code:") + code, unused -> category(named, text));
    if (category instanceof String) {
      problem(line, named ? nameColumn : column, (String) category);
      return null;
    }
    return (Category) category;
  }

  /** The category of a code or a name, or the reason it cannot be kept. */
  private static Object category(boolean named, String text) {
    try {
      return named ? CategoryCode.of(text) : CodeList.UNHCR_COUNTRY.read(text);
    } catch (InvalidValueException cannotBeKept) {
      return Text.quoted(text) + " is not a code: " + cannotBeKept.reason();
    }
  }

  private boolean problem(long line, int index, String reason) {
    context.problem(line, index + 1, columnName(index), reason);
    return false;
  }
}
