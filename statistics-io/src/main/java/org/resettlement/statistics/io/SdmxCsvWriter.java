package org.resettlement.statistics.io;

import java.io.Writer;
import java.util.Optional;
import java.util.Set;
import org.resettlement.core.Category;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.Quantity;

/**
 * Writes observations as Eurostat's SDMX-CSV 1.0 with the {@code CONF_STATUS} column of 2025:
 *
 * <pre>
 * DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS
 * </pre>
 *
 * <p>The dataflow is the one of the first observation's metric; every observation must be of that
 * metric. The time of update is not written (the column is empty): a written file is a new file.
 */
final class SdmxCsvWriter extends ObservationWriter {
  private EurostatDataflow dataflow;

  SdmxCsvWriter(Writer out) {
    super(out);
  }

  @Override
  void write(Observation observation) {
    EurostatDataflow of = EurostatDataflow.ofMetric(observation.metric());
    if (of == null) {
      throw new IllegalArgumentException("SDMX-CSV is written for Eurostat's dataflows, and no dataflow this writer"
          + " knows counts " + TidyCsv.code(observation.metric()) + ": " + observation);
    }
    if (dataflow != null && of != dataflow) {
      throw new IllegalArgumentException("a file of SDMX-CSV holds one dataflow's columns: " + dataflow.code()
          + " for " + TidyCsv.code(dataflow.metric()) + ", not " + of.code() + " for "
          + TidyCsv.code(observation.metric()));
    }
    if (!observation.rounding().equals(Optional.of(of.rounding()))) {
      throw new IllegalArgumentException(of.code() + " holds figures rounded to the nearest "
          + of.rounding().unit() + ", not " + observation.rounding().map(rounding -> "to the nearest "
          + rounding.unit()).orElse("figures that are not rounded") + ": " + observation);
    }
    Optional<String[]> period = EurostatPeriods.write(observation.period(), false);
    if (period.isEmpty()) {
      throw new IllegalArgumentException("Eurostat's periods are a year, a quarter or a month, not "
          + observation.period());
    }
    String geo = EurostatGeo.write(observation.geography());
    if (geo == null) {
      throw new IllegalArgumentException("Eurostat's geo is one country or one group of countries, not "
          + observation.geography());
    }
    DimensionKey key = observation.key();
    key.dimensions().forEach(dimension -> {
      if (of.keyDimensions().stream().noneMatch(known -> known.dimension.equals(dimension))) {
        throw new IllegalArgumentException(of.code() + " has no dimension " + dimension + ": " + observation);
      }
    });
    Set<ObservationStatus> unwritable = EurostatFlags.unwritable(observation.statuses());
    if (!unwritable.isEmpty()) {
      throw new IllegalArgumentException("Eurostat has no flag for " + unwritable + ": " + observation);
    }
    Optional<Quantity> value = observation.value();
    if (value.isPresent() && !value.get().exact()) {
      throw new IllegalArgumentException("Eurostat's values are counts, not " + value.get() + ": " + observation);
    }
    if (observation.note().isPresent()) {
      throw new IllegalArgumentException("SDMX-CSV has no column for a note: " + observation);
    }
    String[] row = new String[of.columns().size() + 6];
    int i = 0;
    row[i++] = "ESTAT:" + of.code() + "(1.0)";
    row[i++] = "";
    row[i++] = period.get()[0];
    row[i++] = of.unit();
    for (EurostatDataflow.KeyDimension dimension : of.keyDimensions()) {
      row[i++] = code(dimension, key);
    }
    row[i++] = geo;
    row[i++] = period.get()[1];
    row[i++] = value.map(count -> Long.toString(count.value())).orElse("");
    row[i++] = EurostatFlags.flags(observation.statuses(), false);
    row[i] = EurostatFlags.confStatus(observation.statuses());
    if (dataflow == null) {
      start(of);
    }
    writeRow(row);
  }

  private void start(EurostatDataflow first) {
    dataflow = first;
    String[] header = new String[dataflow.columns().size() + 6];
    int i = 0;
    header[i++] = "DATAFLOW";
    header[i++] = "LAST UPDATE";
    for (String column : dataflow.columns()) {
      header[i++] = column;
    }
    header[i++] = "TIME_PERIOD";
    header[i++] = "OBS_VALUE";
    header[i++] = "OBS_FLAG";
    header[i] = "CONF_STATUS";
    writeRow(header);
  }

  private static String code(EurostatDataflow.KeyDimension dimension, DimensionKey key) {
    Optional<Category> category = key.category(dimension.dimension);
    if (category.isEmpty()) {
      return dimension.total;
    }
    String code = dimension.codes.write(category.get());
    if (code == null) {
      throw new IllegalArgumentException("Eurostat's " + dimension.column + " has no code for " + category.get());
    }
    return code;
  }
}
