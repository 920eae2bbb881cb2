package org.resettlement.statistics.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resettlement.core.Observation;
import org.resettlement.core.Source;

/**
 * SDMX-CSV 1.0 and 2.0, as Eurostat serves them: some columns that name the dataflow, the
 * dimensions, {@code TIME_PERIOD}, {@code OBS_VALUE} and the attributes {@code OBS_FLAG} and
 * {@code CONF_STATUS}.
 *
 * <pre>
 * DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG[,CONF_STATUS]
 * STRUCTURE,STRUCTURE_ID[,STRUCTURE_NAME][,ACTION],freq,...,TIME_PERIOD,OBS_VALUE[,OBS_FLAG][,CONF_STATUS]
 * </pre>
 *
 * <p>The dimension columns are those of the dataflow each row names, in any order; the dataflow
 * must be one this module knows ({@link EurostatDataflow#KNOWN}).
 */
final class SdmxCsvLayout extends Layout {
  /** A dataflow reference: agency, code and version, such as {@code ESTAT:MIGR_ASYRESA(1.0)}. */
  static final Pattern DATAFLOW_REFERENCE = Pattern.compile("([A-Za-z0-9_.@-]+):([A-Za-z0-9_@-]+)\\(([0-9A-Za-z.+-]+)\\)");
  private static final String TIME_PERIOD = "TIME_PERIOD";
  private static final String OBS_VALUE = "OBS_VALUE";
  private static final String OBS_FLAG = "OBS_FLAG";
  private static final String CONF_STATUS = "CONF_STATUS";

  private final StatisticsFormat format;
  private final ReadContext context;
  private final EurostatCells cells;
  /** The column of the dataflow reference, of {@code STRUCTURE} (2.0) and of {@code ACTION} (2.0), or -1. */
  private final int dataflowColumn;
  private final int structureColumn;
  private final int actionColumn;
  private final int lastUpdateColumn;
  private final int nameColumn;
  /** The dimension columns, lower case, and where they are. */
  private final Map<String, Integer> dimensionColumns;
  private final int periodColumn;
  private final int valueColumn;
  private final int flagsColumn;
  private final int confStatusColumn;
  /** What each dataflow reference a row names is: known and fitting, or the reason why not. */
  private final Memo<Object> dataflows = new Memo<>(this::dataflow);
  /** The times of update that are valid; a file has a few. */
  private final Memo<Boolean> lastUpdates = new Memo<>(text -> EurostatLastUpdate.valid(text) ? Boolean.TRUE : null);
  private final EurostatCells.CellText cell = new EurostatCells.CellText();
  private String lastReference;
  private String lastName;
  private String lastUpdateText;
  /** The dataflow of the last row read whole, and where its dimensions are. */
  private Binding lastBinding;

  private SdmxCsvLayout(
      CsvRecord header,
      StatisticsFormat format,
      ReadContext context,
      int[] leading,
      Map<String, Integer> dimensionColumns,
      int[] trailing) {
    super(header);
    this.format = format;
    this.context = context;
    this.cells = new EurostatCells(context);
    this.structureColumn = leading[0];
    this.dataflowColumn = leading[1];
    this.actionColumn = leading[2];
    this.lastUpdateColumn = leading[3];
    this.nameColumn = leading[4];
    this.dimensionColumns = dimensionColumns;
    this.periodColumn = trailing[0];
    this.valueColumn = trailing[1];
    this.flagsColumn = trailing[2];
    this.confStatusColumn = trailing[3];
  }

  /**
   * Learns the layout from a header, or reports why it is not one.
   *
   * @throws StatisticsFileException if the header is not one of SDMX-CSV as Eurostat writes it
   */
  static SdmxCsvLayout of(CsvRecord header, StatisticsFormat format, ReadContext context) {
    List<String> names = header.getFields();
    long line = header.getStartingLineNumber();
    int next = 0;
    // structure, dataflow reference, action, last update
    // structure, dataflow reference, action, last update, structure name
    int[] leading = {-1, -1, -1, -1, -1};
    if (format == StatisticsFormat.SDMX_CSV_1) {
      expect(context, line, names, next, "DATAFLOW", "an SDMX-CSV 1.0 header starts with DATAFLOW");
      leading[1] = next++;
      if (next < names.size() && names.get(next).equals("LAST UPDATE")) {
        leading[3] = next++;
      }
    } else {
      expect(context, line, names, next, "STRUCTURE", "an SDMX-CSV 2.0 header starts with STRUCTURE,STRUCTURE_ID");
      leading[0] = next++;
      expect(context, line, names, next, "STRUCTURE_ID", "an SDMX-CSV 2.0 header starts with STRUCTURE,STRUCTURE_ID");
      leading[1] = next++;
      if (next < names.size() && names.get(next).equals("STRUCTURE_NAME")) {
        leading[4] = next++;
      }
      if (next < names.size() && names.get(next).equals("ACTION")) {
        leading[2] = next++;
      }
    }
    Map<String, Integer> dimensions = new HashMap<>();
    while (next < names.size() && !names.get(next).equals(TIME_PERIOD)) {
      String name = names.get(next);
      if (name.isEmpty() || name.indexOf(':') >= 0 || name.indexOf(' ') >= 0) {
        throw context.fatal(line, next + 1, name, Text.quoted(name) + " is not the code of a dimension"
            + (name.indexOf(':') >= 0 ? "; download the file with codes only, without labels" : ""));
      }
      if (dimensions.put(name.toLowerCase(Locale.ROOT), next) != null) {
        throw context.fatal(line, next + 1, name, "the dimension " + name + " is given twice");
      }
      next++;
    }
    if (next == names.size()) {
      throw context.fatal(line, 0, null, "the header has no " + TIME_PERIOD + " column");
    }
    // period, value, flags, confidentiality status
    int[] trailing = {next++, -1, -1, -1};
    expect(context, line, names, next, OBS_VALUE, OBS_VALUE + " follows " + TIME_PERIOD);
    trailing[1] = next++;
    for (; next < names.size(); next++) {
      String name = names.get(next);
      int slot = name.equals(OBS_FLAG) ? 2 : name.equals(CONF_STATUS) ? 3 : -1;
      if (slot < 0) {
        throw context.fatal(line, next + 1, name, Text.quoted(name)
            + " is not a column this reader knows; after OBS_VALUE come OBS_FLAG and CONF_STATUS");
      }
      if (trailing[slot] >= 0) {
        throw context.fatal(line, next + 1, name, "the column " + name + " is given twice");
      }
      trailing[slot] = next;
    }
    return new SdmxCsvLayout(header, format, context, leading, dimensions, trailing);
  }

  private static void expect(ReadContext context, long line, List<String> names, int index, String name, String rule) {
    if (index >= names.size() || !names.get(index).equals(name)) {
      String found = index < names.size() ? Text.quoted(names.get(index)) : "nothing";
      throw context.fatal(line, index + 1, index < names.size() ? names.get(index) : null,
          "expected " + name + ", found " + found + ": " + rule);
    }
  }

  @Override
  StatisticsFormat format() {
    return format;
  }

  @Override
  void row(CsvRecord row, ObservationSink observations) {
    long line = row.getStartingLineNumber();
    if (structureColumn >= 0 && !row.getField(structureColumn).equals("dataflow")) {
      problem(line, structureColumn, Text.quoted(row.getField(structureColumn))
          + " is not a structure this reader knows; STRUCTURE is dataflow");
      return;
    }
    if (actionColumn >= 0) {
      String action = row.getField(actionColumn);
      if (action.equals("D")) {
        problem(line, actionColumn, "the row deletes an observation (ACTION D); it is not an observation");
        return;
      }
      if (!action.isEmpty() && !action.equals("I") && !action.equals("R") && !action.equals("M")) {
        problem(line, actionColumn, Text.quoted(action) + " is not an action; ACTION is I, R, M or D");
        return;
      }
    }
    String reference = row.getField(dataflowColumn);
    String name = nameColumn < 0 ? null : row.getField(nameColumn);
    String lastUpdate = lastUpdateColumn < 0 ? null : row.getField(lastUpdateColumn);
    // Most files name one dataflow, updated once, in every row: a row that names the same as the
    // row before has the same dataflow and source, and is not checked again.
    if (!reference.equals(lastReference) || !Objects.equals(lastUpdate, lastUpdateText) || !Objects.equals(name, lastName)) {
      if (lastUpdate != null && lastUpdates.get(lastUpdate) == null) {
        problem(line, lastUpdateColumn, Text.quoted(lastUpdate)
            + " is not a time of update such as 10/06/21 23:00:00 (day/month/year hours:minutes:seconds)");
        return;
      }
      Object dataflow = dataflows.get(reference);
      if (dataflow instanceof String) {
        problem(line, dataflowColumn, (String) dataflow);
        return;
      }
      Binding binding = (Binding) dataflow;
      bind(binding, context.sources().eurostat(binding.dataflow, reference, name, lastUpdate));
      lastReference = reference;
      lastName = name;
      lastUpdateText = lastUpdate;
    }
    EurostatCells.CellText cell = this.cell;
    cell.line = line;
    int[] columns = lastBinding.columns;
    for (int i = 0; i < columns.length; i++) {
      cell.codes[i] = row.getField(columns[i]);
    }
    cell.period = row.getField(periodColumn);
    cell.value = row.getField(valueColumn);
    cell.flags = flagsColumn < 0 ? null : row.getField(flagsColumn);
    cell.confStatus = confStatusColumn < 0 ? null : row.getField(confStatusColumn);
    Observation observation = cells.read(cell);
    if (observation != null) {
      observations.accept(line, observation);
    }
  }

  /** Makes the rows that follow, up to another dataflow or source, of a dataflow and a source. */
  private void bind(Binding binding, Source source) {
    lastBinding = binding;
    EurostatCells.CellText cell = this.cell;
    cell.dataflow = binding.dataflow;
    cell.source = source;
    for (int i = 0; i < binding.columns.length; i++) {
      int column = binding.columns[i];
      cell.codeColumns[i] = column + 1;
      cell.codeColumnNames[i] = columnName(column);
    }
    cell.periodColumn = periodColumn + 1;
    cell.periodColumnName = TIME_PERIOD;
    cell.valueColumn = valueColumn + 1;
    cell.valueColumnName = OBS_VALUE;
    cell.flagsColumn = flagsColumn + 1;
    cell.flagsColumnName = OBS_FLAG;
    cell.confStatusColumn = confStatusColumn + 1;
    cell.confStatusColumnName = CONF_STATUS;
  }

  /** The dataflow a reference names and where its dimensions are, or the reason it cannot be read. */
  private Object dataflow(String reference) {
    Matcher parts = DATAFLOW_REFERENCE.matcher(reference);
    if (!parts.matches()) {
      return Text.quoted(reference) + " is not a dataflow reference such as ESTAT:MIGR_ASYRESA(1.0)";
    }
    EurostatDataflow dataflow = EurostatDataflow.find(parts.group(2));
    if (dataflow == null || !parts.group(1).equals("ESTAT")) {
      return "the dataflow " + Text.quoted(reference) + " is not one this reader knows; it reads "
          + knownDataflows();
    }
    List<String> columns = dataflow.columns();
    if (!dimensionColumns.keySet().equals(new HashSet<>(columns))) {
      List<String> header = new ArrayList<>(dimensionColumns.keySet());
      header.sort((a, b) -> dimensionColumns.get(a) - dimensionColumns.get(b));
      return "the header's dimensions (" + String.join(", ", header) + ") are not those of " + dataflow.code()
          + " (" + String.join(", ", columns) + ")";
    }
    int[] where = new int[columns.size()];
    for (int i = 0; i < where.length; i++) {
      where[i] = dimensionColumns.get(columns.get(i));
    }
    return new Binding(dataflow, where);
  }

  static String knownDataflows() {
    List<String> known = new ArrayList<>();
    EurostatDataflow.KNOWN.keySet().forEach(code -> known.add("ESTAT:" + code));
    return String.join(", ", known);
  }

  private void problem(long line, int index, String reason) {
    context.problem(line, index + 1, columnName(index), reason);
  }

  /** A dataflow and the columns of its dimensions in this file's header. */
  private static final class Binding {
    final EurostatDataflow dataflow;
    final int[] columns;

    Binding(EurostatDataflow dataflow, int[] columns) {
      this.dataflow = dataflow;
      this.columns = columns;
    }
  }
}
