package org.resettlement.statistics.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.resettlement.core.DateRange;
import org.resettlement.core.Geography;
import org.resettlement.core.Source;

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
  static final String ORIGIN = "country-of-origin";
  static final String ASYLUM = "country-of-asylum";
  private static final String NO_DATA = "-";
  private static final Set<Status> NOT_AVAILABLE = Collections.unmodifiableSet(EnumSet.of(Status.NOT_AVAILABLE));

  private final UnhcrTable table;
  private final Source source;
  private final ReadContext context;
  private final int yearColumn;
  private final int originNameColumn;
  private final int originColumn;
  private final int placeNameColumn;
  private final int placeColumn;
  private final int[] measureColumns;
  private final String[] metrics;
  private final Map<String, Coded> codes = new HashMap<>();
  private final Map<String, Geography> places = new HashMap<>();
  private final Map<String, DateRange> years = new HashMap<>();

  private UnhcrLayout(
      CsvRecord header, UnhcrTable table, ReadContext context, Map<String, Integer> columns, Source source) {
    super(header);
    this.table = table;
    this.context = context;
    this.source = source;
    this.yearColumn = columns.get(UnhcrTable.key(UnhcrTable.YEAR));
    this.originNameColumn = columns.getOrDefault(UnhcrTable.key(table.origin), -1);
    this.originColumn = columns.get(UnhcrTable.key(UnhcrTable.iso(table.origin)));
    this.placeNameColumn = columns.getOrDefault(UnhcrTable.key(table.place), -1);
    this.placeColumn = columns.get(UnhcrTable.key(UnhcrTable.iso(table.place)));
    List<Integer> measureColumns = new ArrayList<>();
    List<String> metrics = new ArrayList<>();
    for (int i = 0; i < header.getFieldCount(); i++) {
      String metric = table.measures.get(UnhcrTable.key(header.getField(i)));
      if (metric != null) {
        measureColumns.add(i);
        metrics.add(metric);
      }
    }
    this.measureColumns = measureColumns.stream().mapToInt(Integer::intValue).toArray();
    this.metrics = metrics.toArray(new String[0]);
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
  void row(CsvRecord row, Consumer<StatisticsRecord> records) {
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
    Coded origin = country(row, line, originColumn, originNameColumn);
    Coded place = country(row, line, placeColumn, placeNameColumn);
    if (!ok || origin == null || place == null) {
      return;
    }
    Map<String, Coded> key = new LinkedHashMap<>();
    key.put(ORIGIN, origin);
    Geography geography;
    if (place.kind == Coded.Kind.COUNTRY) {
      geography = places.computeIfAbsent(place.code, unused -> Geography.of(place.country));
    } else {
      geography = Geography.world();
      key.put(ASYLUM, place);
    }
    for (int i = 0; i < measureColumns.length; i++) {
      int column = measureColumns[i];
      String text = row.getField(column);
      Long value = null;
      Set<Status> statuses = Set.of();
      if (text.equals(NO_DATA)) {
        statuses = NOT_AVAILABLE;
      } else {
        long count = Cells.count(text);
        if (count < 0) {
          problem(line, column, text.isEmpty() ? "is empty; UNHCR writes '-' for no data" : Cells.whyNotCount(text));
          continue;
        }
        value = count;
      }
      records.accept(
          new StatisticsRecord(line, table.table, metrics[i], period, geography, key, value, statuses, 0, source));
    }
  }

  /** Reads a country's code, or its name where the code is empty; null after a problem. */
  private Coded country(CsvRecord row, long line, int column, int nameColumn) {
    String code = row.getField(column);
    if (code.isEmpty() || code.equals(NO_DATA)) {
      String name = nameColumn < 0 ? "" : row.getField(nameColumn);
      if (name.isBlank()) {
        problem(line, column, "has no code, and the country has no name");
        return null;
      }
      return codes.computeIfAbsent(name, Coded::kept);
    }
    if (code.strip().length() != code.length()) {
      problem(line, column, Text.quoted(code) + " has spaces around the code");
      return null;
    }
    return codes.computeIfAbsent(code, CodeList.UNHCR_COUNTRY::read);
  }

  private boolean problem(long line, int index, String reason) {
    context.problem(line, index + 1, columnName(index), reason);
    return false;
  }
}
