package org.resettlement.statistics.io;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.resettlement.core.DateRange;
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
  private final Memo<Geography> geographies = new Memo<>(EurostatGeo::read);
  /** The periods of each frequency; null for a frequency this module does not read. */
  private final Memo<Memo<DateRange>> periods = new Memo<>(freq -> EurostatPeriods.knownFrequency(freq)
      ? new Memo<>(text -> EurostatPeriods.read(freq, text)) : null);
  /** The statuses of the flags and confidentiality status, or the reason they cannot be read. */
  private final Memo<Object> statuses = new Memo<>(EurostatCells::statuses);
  private final Map<CodeList, Memo<Object>> categories = new EnumMap<>(CodeList.class);
  private Memo<Object>[] keyMemos;
  private EurostatDataflow keyMemosDataflow;
  private final Shared.KeyCategory[] keyCategories = new Shared.KeyCategory[16];
  /** The last observation made, and what it was made of that a cell does not name. */
  private Observation last;
  private EurostatDataflow lastDataflow;
  private Source lastSource;
  private Set<ObservationStatus> lastStatuses;

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
    Memo<DateRange> periodsOfFreq = periods.get(freq);
    if (periodsOfFreq == null) {
      ok = problem(cell, freqIndex, Text.quoted(freq)
          + " is not a frequency this reader knows: A (annual), Q (quarterly) or M (monthly)");
    } else {
      period = periodsOfFreq.get(cell.period);
      if (period == null) {
        ok = problem(cell.line, cell.periodColumn, cell.periodColumnName, EurostatPeriods.whyNot(freq, cell.period));
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
    boolean valueless = statuses.contains(ObservationStatus.CONFIDENTIAL)
        || statuses.contains(ObservationStatus.NOT_AVAILABLE);
    if (value == null && !valueless) {
      // An empty value or ':' without a flag: the observation exists, its value is not available.
      @SuppressWarnings("unchecked")
      Set<ObservationStatus> withNotAvailable = (Set<ObservationStatus>) this.statuses.get(notAvailable(cell));
      statuses = withNotAvailable;
    }
    if (value != null && valueless) {
      ok = problem(cell.line, cell.valueColumn, cell.valueColumnName, "has the value " + value + " but is flagged "
          + (statuses.contains(ObservationStatus.CONFIDENTIAL) ? "confidential" : "missing") + ", which has no value");
    }
    if (!ok) {
      return null;
    }
    return observation(dataflow, cell.source, key, period, geography, statuses, value);
  }

  /**
   * The observation of a cell. A publisher's file is sorted, so a cell differs from the one before
   * in a part or two: it is made from the last observation with the parts that differ, which
   * copies one object per part instead of filling a builder and its collections for every cell.
   */
  private Observation observation(
      EurostatDataflow dataflow,
      Source source,
      DimensionKey key,
      DateRange period,
      Geography geography,
      Set<ObservationStatus> statuses,
      Quantity value) {
    Observation observation = last;
    if (observation == null || dataflow != lastDataflow || source != lastSource) {
      Observation.Builder first = Observation.builder()
          .metric(dataflow.metric())
          .key(key)
          .period(period)
          .geography(geography)
          .statuses(statuses)
          .rounding(dataflow.rounding())
          .addSources(source);
      if (value != null) {
        first.value(value);
      }
      observation = first.build();
      lastDataflow = dataflow;
      lastSource = source;
    } else {
      observation = observation.withKey(key).withPeriod(period).withGeography(geography);
      if (statuses != lastStatuses) {
        observation = observation.withStatuses(statuses);
      }
      observation = value != null ? observation.withValue(value) : observation.withValue(Optional.empty());
    }
    last = observation;
    lastStatuses = statuses;
    return observation;
  }

  /** The population a cell counts: a category of each dimension whose code is not the total. */
  private DimensionKey key(CellText cell, EurostatDataflow dataflow) {
    List<EurostatDataflow.KeyDimension> dimensions = dataflow.keyDimensions();
    boolean ok = true;
    for (int i = 0; i < dimensions.size(); i++) {
      EurostatDataflow.KeyDimension dimension = dimensions.get(i);
      int index = i + 2;
      String code = cell.codes[index];
      keyCategories[i] = null;
      if (code.equals(dimension.total)) {
        continue;
      }
      Object category = keyMemos(dataflow)[i].get(code);
      if (category instanceof String) {
        ok = problem(cell, index, (String) category);
        continue;
      }
      keyCategories[i] = (Shared.KeyCategory) category;
    }
    return ok ? shared.key(dataflow, dataflow.dimensions(), keyCategories, dimensions.size()) : null;
  }

  /** The memos of the categories of a dataflow's key dimensions, in its order; kept for the next rows. */
  private Memo<Object>[] keyMemos(EurostatDataflow dataflow) {
    if (dataflow != keyMemosDataflow) {
      List<EurostatDataflow.KeyDimension> dimensions = dataflow.keyDimensions();
      @SuppressWarnings({"unchecked", "rawtypes"})
      Memo<Object>[] memos = new Memo[dimensions.size()];
      for (int i = 0; i < memos.length; i++) {
        memos[i] = categories.computeIfAbsent(dimensions.get(i).codes, list -> new Memo<>(text -> category(shared, list, text)));
      }
      keyMemos = memos;
      keyMemosDataflow = dataflow;
    }
    return keyMemos;
  }

  /** The category of a code, or the reason it cannot be kept. */
  private static Object category(Shared shared, CodeList list, String code) {
    try {
      return shared.keyCategory(list.read(code));
    } catch (InvalidValueException cannotBeKept) {
      return Text.quoted(code) + " is not a code: " + cannotBeKept.reason();
    }
  }

  private boolean codeWritten(CellText cell, int index) {
    String code = cell.codes[index];
    if (code.isEmpty()) {
      return problem(cell, index, "is empty; every dimension has a code");
    }
    if (Character.isWhitespace(code.charAt(0)) || Character.isWhitespace(code.charAt(code.length() - 1))) {
      return problem(cell, index, Text.quoted(code) + " has spaces around the code");
    }
    return true;
  }

  private Geography geography(CellText cell, int index) {
    String code = cell.codes[index];
    Geography geography = geographies.get(code);
    if (geography == null) {
      problem(cell, index, Text.quoted(code) + " is neither a country nor a group of countries this library knows"
          + " (groups: " + EurostatGeo.groupCodes() + ")");
    }
    return geography;
  }

  /** The statuses of the flags and the confidentiality status, or null after a problem. */
  private Set<ObservationStatus> statuses(CellText cell) {
    String flags = cell.flags == null ? "" : cell.flags;
    String conf = cell.confStatus == null ? "" : cell.confStatus;
    // Most rows have no confidentiality status: their flags alone say which statuses they have.
    Object read = statuses.get(conf.isEmpty() ? flags : flags + '|' + conf);
    if (read instanceof String) {
      String reason = (String) read;
      boolean ofConf = reason.startsWith(CONF_PROBLEM);
      problem(cell.line, ofConf ? cell.confStatusColumn : cell.flagsColumn,
          ofConf ? cell.confStatusColumnName : cell.flagsColumnName, ofConf ? reason.substring(CONF_PROBLEM.length()) : reason);
      return null;
    }
    @SuppressWarnings("unchecked")
    Set<ObservationStatus> set = (Set<ObservationStatus>) read;
    return set;
  }

  /** The text of {@link #statuses(String)} for the cell's statuses and not available. */
  private static String notAvailable(CellText cell) {
    String conf = cell.confStatus == null ? "" : cell.confStatus;
    return (cell.flags == null ? "" : cell.flags) + '|' + conf + "|:";
  }

  private static final String CONF_PROBLEM = "CONF_STATUS:";

  /**
   * Reads flags, a confidentiality status after a {@code |}, and {@code |:} for a value that is
   * not there: the statuses, or the reason they cannot be read.
   */
  private static Object statuses(String text) {
    String[] parts = text.split("\\|", -1);
    String flags = parts[0];
    String conf = parts.length > 1 ? parts[1] : "";
    EnumSet<ObservationStatus> read = EnumSet.noneOf(ObservationStatus.class);
    for (int i = 0; i < flags.length(); i++) {
      char letter = flags.charAt(i);
      ObservationStatus status = EurostatFlags.flag(letter);
      if (status == null) {
        return Text.quoted(String.valueOf(letter)) + (flags.length() > 1 ? " in " + Text.quoted(flags) : "")
            + " is not a Eurostat flag; the flags are " + EurostatFlags.KNOWN_FLAGS;
      }
      read.add(status);
    }
    if (!conf.isEmpty()) {
      Boolean confidential = EurostatFlags.confidential(conf);
      if (confidential == null) {
        return CONF_PROBLEM + Text.quoted(conf) + " is not a confidentiality status; CONF_STATUS is one of "
            + EurostatFlags.KNOWN_CONF_STATUS;
      }
      if (confidential) {
        read.add(ObservationStatus.CONFIDENTIAL);
      }
    }
    if (parts.length > 2) {
      read.add(ObservationStatus.NOT_AVAILABLE);
    }
    return Collections.unmodifiableSet(read);
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
