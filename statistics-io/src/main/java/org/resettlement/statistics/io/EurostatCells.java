package org.resettlement.statistics.io;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.resettlement.core.Category;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.Quantity;
import org.resettlement.core.Source;

/**
 * Makes observations of the cells of Eurostat's three layouts, which differ in where a cell's
 * parts are but not in what they mean: the dimensions' codes, the period, the value and the flags.
 *
 * <p>What is read once is kept: a file of a million cells has a few hundred distinct codes, keys,
 * periods, places and flag sets, and each is read once and then shared.
 */
final class EurostatCells {

  /** The text of one cell and the columns its parts are in; filled by a layout, reused. */
  static final class CellText {
    long line;
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
  private final Shared shared;
  private final Map<String, Geography> geographies = new HashMap<>();
  private final Map<String, DateRange> periods = new HashMap<>();
  private final Map<String, Set<ObservationStatus>> flagSets = new HashMap<>();
  private final Map<CodeList, Map<String, Object>> categories = new EnumMap<>(CodeList.class);
  private final Dimension[] keyDimensions = new Dimension[16];
  private final Category[] keyCategories = new Category[16];
  private final StringBuilder keyCodes = new StringBuilder();

  EurostatCells(ReadContext context) {
    this.context = context;
    this.shared = context.shared();
  }

  /**
   * Makes an observation of a cell, or reports every problem of it.
   *
   * @return the observation, or null if the cell has a problem (reported)
   */
  Observation read(CellText cell) {
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

    DimensionKey key = key(cell, dataflow);
    ok &= key != null;

    Quantity value = null;
    String valueText = cell.value;
    if (!valueText.isEmpty() && !valueText.equals(":") && !valueText.equals("NaN")) {
      long count = Cells.count(valueText);
      if (count < 0) {
        ok = problem(cell.line, cell.valueColumn, cell.valueColumnName, Cells.whyNotCount(valueText));
      } else {
        value = shared.count(count);
      }
    }

    Set<ObservationStatus> statuses = statuses(cell);
    if (statuses == null) {
      return null;
    }
    boolean withheld = statuses.contains(ObservationStatus.CONFIDENTIAL);
    boolean missing = statuses.contains(ObservationStatus.NOT_AVAILABLE);
    if (value != null && (withheld || missing)) {
      ok = problem(cell.line, cell.valueColumn, cell.valueColumnName, "has the value " + value + " but is flagged "
          + (withheld ? "confidential" : "missing") + ", which has no value");
    }
    if (!ok) {
      return null;
    }
    if (value == null && !withheld && !missing) {
      // An empty value or ':' without a flag: the observation exists, its value is not available.
      EnumSet<ObservationStatus> notAvailable = EnumSet.of(ObservationStatus.NOT_AVAILABLE);
      notAvailable.addAll(statuses);
      statuses = shared.statuses(notAvailable);
    }
    Observation.Builder observation = Observation.builder()
        .metric(dataflow.metric())
        .key(key)
        .period(period)
        .geography(geography)
        .statuses(statuses)
        .rounding(dataflow.rounding())
        .addSources(cell.source);
    if (value != null) {
      observation.value(value);
    }
    return observation.build();
  }

  /** The population a cell counts: a category of each dimension whose code is not the total. */
  private DimensionKey key(CellText cell, EurostatDataflow dataflow) {
    StringBuilder codes = keyCodes;
    codes.setLength(0);
    int count = 0;
    int column = 2;
    boolean ok = true;
    for (EurostatDataflow.KeyDimension dimension : dataflow.keyDimensions()) {
      int index = column++;
      String code = cell.codes[index];
      codes.append(code).append(',');
      if (code.equals(dimension.total)) {
        continue;
      }
      Object category = categories.computeIfAbsent(dimension.codes, list -> new HashMap<>())
          .computeIfAbsent(code, unused -> category(dimension.codes, code));
      if (category instanceof String) {
        ok = problem(cell, index, (String) category);
        continue;
      }
      keyDimensions[count] = dimension.dimension;
      keyCategories[count++] = (Category) category;
    }
    return ok ? shared.key(dataflow.code() + ':' + codes, keyDimensions, keyCategories, count) : null;
  }

  /** The category of a code, or the reason it cannot be kept. */
  private static Object category(CodeList list, String code) {
    try {
      return list.read(code);
    } catch (InvalidValueException cannotBeKept) {
      return Text.quoted(code) + " is not a code: " + cannotBeKept.reason();
    }
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

  /** The statuses of the flags and the confidentiality status, or null after a problem. */
  private Set<ObservationStatus> statuses(CellText cell) {
    String flags = cell.flags == null ? "" : cell.flags;
    String conf = cell.confStatus == null ? "" : cell.confStatus;
    String both = flags + '|' + conf;
    Set<ObservationStatus> statuses = flagSets.get(both);
    if (statuses != null) {
      return statuses;
    }
    EnumSet<ObservationStatus> read = EnumSet.noneOf(ObservationStatus.class);
    for (int i = 0; i < flags.length(); i++) {
      char letter = flags.charAt(i);
      ObservationStatus status = EurostatFlags.flag(letter);
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
        read.add(ObservationStatus.CONFIDENTIAL);
      }
    }
    statuses = shared.statuses(read);
    flagSets.put(both, statuses);
    return statuses;
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
