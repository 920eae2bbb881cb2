package org.resettlement.statistics.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.resettlement.core.Observation;
import org.resettlement.core.Source;

/**
 * Eurostat's TSV bulk download: a first column that holds every dimension's code, separated by
 * commas, then one column per period, each cell holding the value, a space and the flags.
 *
 * <pre>
 * freq,unit,citizen,sex,age,geo\TIME_PERIOD	2016 	2017
 * A,PER,SY,F,Y18-34,FR	85 	: c
 * </pre>
 *
 * <p>The file does not name its dataflow: the reader is told it, or finds it in the file's name
 * ({@code estat_migr_asyresa.tsv}), or, failing both, takes the one known dataflow whose dimensions
 * the header lists. Cells are padded with spaces, which are not part of the value: {@code "85 "}
 * is 85 without flags, {@code ": c"} a confidential value, {@code ":"} a value not available; an
 * empty cell is a problem, as Eurostat never writes one.
 */
final class EurostatTsvLayout extends Layout {
  private final ReadContext context;
  private final EurostatCells cells;
  private final EurostatDataflow dataflow;
  private final String firstColumn;
  /** Where each of the dataflow's dimensions is in the first cell of a row. */
  private final int[] positions;
  private final int dimensionCount;
  private final String[] periods;
  private final EurostatCells.CellText cell = new EurostatCells.CellText();
  private final String[] parts;
  private final String table;
  private final Source source;

  private EurostatTsvLayout(
      CsvRecord header, ReadContext context, EurostatDataflow dataflow, int[] positions, int dimensionCount, String[] periods) {
    super(header);
    this.context = context;
    this.cells = new EurostatCells(context);
    this.dataflow = dataflow;
    this.firstColumn = header.getField(0);
    this.positions = positions;
    this.dimensionCount = dimensionCount;
    this.periods = periods;
    this.parts = new String[dimensionCount];
    this.table = "ESTAT:" + dataflow.code();
    this.source = context.sources().eurostat(dataflow, table, null, null);
  }

  /**
   * Learns the layout from a header, or reports why it is not one.
   *
   * @param dataflow the dataflow the reader was told, or null to find it
   * @throws StatisticsFileException if the header is not one of the TSV form, or its dataflow is
   *     not known
   */
  static EurostatTsvLayout of(CsvRecord header, EurostatDataflow dataflow, ReadContext context) {
    long line = header.getStartingLineNumber();
    String first = header.getField(0);
    int backslash = first.indexOf('\\');
    if (backslash < 0) {
      throw context.fatal(line, 1, first, "expected the dimensions and TIME_PERIOD, such as"
          + " freq,unit,citizen,sex,age,geo\\TIME_PERIOD, found " + Text.quoted(first));
    }
    List<String> dimensions = Arrays.asList(first.substring(0, backslash).toLowerCase(Locale.ROOT).split(",", -1));
    EurostatDataflow flow = dataflow != null ? dataflow : find(context.file(), dimensions);
    if (flow == null) {
      throw context.fatal(line, 1, first, "the file does not say which dataflow it holds, and neither its name nor"
          + " its dimensions tell: name it when reading (" + SdmxCsvLayout.knownDataflows() + ")");
    }
    List<String> columns = flow.columns();
    if (dimensions.size() != columns.size() || !dimensions.containsAll(columns)) {
      throw context.fatal(line, 1, first, "the dimensions (" + String.join(", ", dimensions) + ") are not those of "
          + flow.code() + " (" + String.join(", ", columns) + ")");
    }
    int[] positions = new int[columns.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = dimensions.indexOf(columns.get(i));
    }
    String[] periods = new String[header.getFieldCount()];
    for (int column = 1; column < periods.length; column++) {
      String period = header.getField(column).strip();
      if (period.isEmpty()) {
        throw context.fatal(line, column + 1, header.getField(column), "the column has no period");
      }
      periods[column] = period;
    }
    return new EurostatTsvLayout(header, context, flow, positions, dimensions.size(), periods);
  }

  /** The dataflow a file's name names, or else the only one with the header's dimensions. */
  private static EurostatDataflow find(String file, List<String> dimensions) {
    String name = file.toUpperCase(Locale.ROOT);
    for (EurostatDataflow known : EurostatDataflow.KNOWN.values()) {
      int at = name.lastIndexOf(known.code());
      boolean ends = at >= 0 && (at + known.code().length() == name.length()
          || !Character.isLetterOrDigit(name.charAt(at + known.code().length())));
      boolean starts = at == 0 || at > 0 && !Character.isLetterOrDigit(name.charAt(at - 1));
      if (ends && starts) {
        return known;
      }
    }
    EurostatDataflow found = null;
    for (EurostatDataflow known : EurostatDataflow.KNOWN.values()) {
      if (known.columns().size() == dimensions.size() && dimensions.containsAll(known.columns())) {
        if (found != null) {
          return null;
        }
        found = known;
      }
    }
    return found;
  }

  @Override
  StatisticsFormat format() {
    return StatisticsFormat.EUROSTAT_TSV;
  }

  @Override
  void row(CsvRecord row, ObservationSink observations) {
    long line = row.getStartingLineNumber();
    String codes = row.getField(0);
    int found = split(codes);
    if (found != dimensionCount) {
      context.problem(line, 1, firstColumn, Text.quoted(codes) + " has " + found + " codes; the header names "
          + dimensionCount + " dimensions");
      return;
    }
    EurostatCells.CellText cell = this.cell;
    cell.line = line;
    cell.source = source;
    cell.dataflow = dataflow;
    for (int i = 0; i < positions.length; i++) {
      cell.codes[i] = parts[positions[i]];
      cell.codeColumns[i] = 1;
      cell.codeColumnNames[i] = firstColumn;
    }
    for (int column = 1; column < periods.length; column++) {
      String text = row.getField(column);
      int space = text.indexOf(' ');
      String value = space < 0 ? text : text.substring(0, space);
      String flags = space < 0 ? "" : text.substring(space + 1).strip();
      if (!flags.isEmpty() && Character.isDigit(flags.charAt(0))) {
        // Digits after the space are not flags but the rest of a number written with a space.
        value = text.strip();
        flags = "";
      }
      if (text.isBlank()) {
        context.problem(line, column + 1, columnName(column),
            "the cell is empty; Eurostat writes ':' for a value that is not available");
        continue;
      }
      cell.period = periods[column];
      cell.periodColumn = column + 1;
      cell.periodColumnName = columnName(column);
      cell.value = value;
      cell.valueColumn = column + 1;
      cell.valueColumnName = columnName(column);
      cell.flags = flags;
      cell.flagsColumn = column + 1;
      cell.flagsColumnName = columnName(column);
      cell.confStatus = null;
      Observation observation = cells.read(cell);
      if (observation != null) {
        observations.accept(line, observation);
      }
    }
  }

  /** Splits the first cell of a row at its commas into {@link #parts}; returns how many there are. */
  private int split(String codes) {
    int count = 0;
    int start = 0;
    for (int i = 0; i <= codes.length(); i++) {
      if (i == codes.length() || codes.charAt(i) == ',') {
        if (count < parts.length) {
          parts[count] = codes.substring(start, i);
        }
        count++;
        start = i + 1;
      }
    }
    return count;
  }
}
