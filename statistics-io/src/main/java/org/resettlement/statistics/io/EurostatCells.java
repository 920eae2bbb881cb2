package org.resettlement.statistics.io;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.resettlement.core.DateRange;
import org.resettlement.core.Geography;
import org.resettlement.core.Source;

/**
 * Makes records of the cells of Eurostat's three layouts, which differ in where a cell's parts are
 * but not in what they mean: the dimensions' codes, the period, the value and the flags.
 *
 * <p>What is read once is kept: a file of a million cells has a few hundred distinct codes,
 * periods, places and flag sets, and each is read once and then shared.
 */
final class EurostatCells {

  /** The text of one cell and the columns its parts are in; filled by a layout, reused. */
  static final class CellText {
    long line;
    /** The dataflow reference as the file names it, such as {@code ESTAT:MIGR_ASYRESA(1.0)}. */
    String table;
    /** The source the cell cites. */
    Source source;
    EurostatDataflow dataflow;
    /** The codes of the dataflow's dimension columns, in {@link EurostatDataflow#columns()} order. */
    final String[] codes = new String[16];
    final int[] codeColumns = new int[16];
    final String[] codeColumnNames = new String[16];
    String period;
    int periodColumn;
    String periodColumnName;
    String value;
    int valueColumn;
    String valueColumnName;
    /** The flags, or null when the layout has no column for them. */
    String flags;
    int flagsColumn;
    String flagsColumnName;
    /** The confidentiality status, or null when the layout has no {@code CONF_STATUS} column. */
    String confStatus;
    int confStatusColumn;
    String confStatusColumnName;
  }

  private final ReadContext context;
  private final Map<String, Geography> geographies = new HashMap<>();
  private final Map<String, DateRange> periods = new HashMap<>();
  private final Map<String, Set<Status>> flagSets = new HashMap<>();
  private final Map<CodeList, Map<String, Coded>> codes = new EnumMap<>(CodeList.class);

  EurostatCells(ReadContext context) {
    this.context = context;
  }

  /**
   * Makes a record of a cell, or reports every problem of it.
   *
   * @return the record, or null if the cell has a problem (reported)
   */
  StatisticsRecord read(CellText cell) {
    EurostatDataflow dataflow = cell.dataflow;
    boolean ok = true;
    int freqIndex = 0;
    int unitIndex = 1;
    int geoIndex = dataflow.columns().size() - 1;
    for (int i = 0; i <= geoIndex; i++) {
      ok &= codeWritten(cell, i);
    }
    if (!ok) {
      return null;
    }

    String freq = cell.codes[freqIndex];
    DateRange period = null;
    if (!EurostatPeriods.knownFrequency(freq)) {
      ok = problem(cell, freqIndex, Text.quoted(freq)
          + " is not a frequency this reader knows: A (annual), Q (quarterly) or M (monthly)");
    } else {
      period = periods.get(freq + cell.period);
      if (period == null) {
        period = EurostatPeriods.read(freq, cell.period);
        if (period == null) {
          ok = problem(cell.line, cell.periodColumn, cell.periodColumnName, EurostatPeriods.whyNot(freq, cell.period));
        } else {
          periods.put(freq + cell.period, period);
        }
      }
    }

    String unit = cell.codes[unitIndex];
    if (!unit.equals(dataflow.unit())) {
      ok &= problem(cell, unitIndex, Text.quoted(unit) + " is not " + dataflow.unit()
          + ", the only unit of " + dataflow.code() + " this reader knows");
    }

    Geography geography = geography(cell, geoIndex);
    ok &= geography != null;

    Map<String, Coded> key = new LinkedHashMap<>();
    int column = 2;
    for (EurostatDataflow.KeyDimension dimension : dataflow.keyDimensions()) {
      String code = cell.codes[column++];
      if (!code.equals(dimension.total)) {
        key.put(dimension.dimension, coded(dimension.codes, code));
      }
    }

    Long value = null;
    String valueText = cell.value;
    if (!valueText.isEmpty() && !valueText.equals(":") && !valueText.equals("NaN")) {
      long count = Cells.count(valueText);
      if (count < 0) {
        ok = problem(cell.line, cell.valueColumn, cell.valueColumnName, Cells.whyNotCount(valueText));
      } else {
        value = count;
      }
    }

    Set<Status> statuses = statuses(cell);
    if (statuses == null) {
      return null;
    }
    boolean withheld = statuses.contains(Status.CONFIDENTIAL);
    boolean missing = statuses.contains(Status.NOT_AVAILABLE);
    if (value != null && (withheld || missing)) {
      ok = problem(cell.line, cell.valueColumn, cell.valueColumnName, "has the value " + value + " but is flagged "
          + (withheld ? "confidential" : "missing") + ", which has no value");
    }
    if (!ok) {
      return null;
    }
    if (value == null && !withheld && !missing) {
      // An empty value or ':' without a flag: the observation exists, its value is not available.
      statuses = flagSets.computeIfAbsent(statuses + "|not available", unused -> notAvailable(cell));
    }
    return new StatisticsRecord(
        cell.line, cell.table, dataflow.metric(), period, geography, key, value, statuses, dataflow.rounding(),
        cell.source);
  }

  private boolean codeWritten(CellText cell, int index) {
    String code = cell.codes[index];
    if (code.isEmpty()) {
      return problem(cell, index, "is empty; every dimension has a code");
    }
    if (code.strip().length() != code.length()) {
      return problem(cell, index, Text.quoted(code) + " has spaces around the code");
    }
    return true;
  }

  private Geography geography(CellText cell, int index) {
    String code = cell.codes[index];
    Geography geography = geographies.get(code);
    if (geography != null) {
      return geography;
    }
    geography = EurostatGeo.read(code);
    if (geography == null) {
      problem(cell, index, Text.quoted(code) + " is neither a country nor a group of countries this library knows"
          + " (groups: " + EurostatGeo.groupCodes() + ")");
      return null;
    }
    geographies.put(code, geography);
    return geography;
  }

  private Coded coded(CodeList list, String code) {
    return codes.computeIfAbsent(list, l -> new HashMap<>()).computeIfAbsent(code, list::read);
  }

  /** The statuses of the flags and the confidentiality status, or null after a problem. */
  private Set<Status> statuses(CellText cell) {
    String flags = cell.flags == null ? "" : cell.flags;
    String conf = cell.confStatus == null ? "" : cell.confStatus;
    String both = flags + '|' + conf;
    Set<Status> statuses = flagSets.get(both);
    if (statuses != null) {
      return statuses;
    }
    EnumSet<Status> read = EnumSet.noneOf(Status.class);
    for (int i = 0; i < flags.length(); i++) {
      char letter = flags.charAt(i);
      Status status = EurostatFlags.flag(letter);
      if (status == null) {
        problem(cell.line, cell.flagsColumn, cell.flagsColumnName, Text.quoted(String.valueOf(letter))
            + (flags.length() > 1 ? " in " + Text.quoted(flags) : "")
            + " is not a Eurostat flag; the flags are " + EurostatFlags.KNOWN_FLAGS);
        return null;
      }
      read.add(status);
    }
    if (!conf.isEmpty()) {
      Boolean confidential = EurostatFlags.confidential(conf);
      if (confidential == null) {
        problem(cell.line, cell.confStatusColumn, cell.confStatusColumnName, Text.quoted(conf)
            + " is not a confidentiality status; CONF_STATUS is one of " + EurostatFlags.KNOWN_CONF_STATUS);
        return null;
      }
      if (confidential) {
        read.add(Status.CONFIDENTIAL);
      }
    }
    statuses = shared(read);
    flagSets.put(both, statuses);
    return statuses;
  }

  private Set<Status> notAvailable(CellText cell) {
    EnumSet<Status> statuses = EnumSet.of(Status.NOT_AVAILABLE);
    statuses.addAll(statuses(cell));
    return shared(statuses);
  }

  private Set<Status> shared(EnumSet<Status> statuses) {
    return Collections.unmodifiableSet(statuses);
  }

  private boolean problem(CellText cell, int index, String reason) {
    String name = cell.codeColumnNames[index];
    String dimension = cell.dataflow.columns().get(index);
    // In the TSV form every code is in the first column: the reason names the dimension.
    String prefix = dimension.equalsIgnoreCase(name) ? "" : dimension + " ";
    return problem(cell.line, cell.codeColumns[index], name, prefix + reason);
  }

  private boolean problem(long line, int column, String columnName, String reason) {
    context.problem(line, column, columnName, reason);
    return false;
  }
}
