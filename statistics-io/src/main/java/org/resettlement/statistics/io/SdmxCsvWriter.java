package org.resettlement.statistics.io;

import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes records as Eurostat's SDMX-CSV 1.0 with the {@code CONF_STATUS} column of 2025:
 *
 * <pre>
 * DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS
 * </pre>
 *
 * <p>The dataflow is the one of the first record's metric; every record must be of that metric.
 * The time of update is not written (the column is empty): a written file is a new file.
 */
final class SdmxCsvWriter extends RecordWriter {
  private EurostatDataflow dataflow;
  private String reference;

  SdmxCsvWriter(Writer out) {
    super(out);
  }

  @Override
  void write(StatisticsRecord record) {
    EurostatDataflow of = EurostatDataflow.ofMetric(record.metric);
    if (of == null) {
      throw new IllegalArgumentException("SDMX-CSV is written for Eurostat's dataflows, and no dataflow this writer"
          + " knows counts " + record.metric + ": " + record);
    }
    if (dataflow == null) {
      dataflow = of;
      reference = "ESTAT:" + dataflow.code() + "(1.0)";
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
    } else if (of != dataflow) {
      throw new IllegalArgumentException("a file of SDMX-CSV holds one dataflow's columns: " + dataflow.code()
          + " for " + dataflow.metric() + ", not " + of.code() + " for " + record.metric);
    }
    if (record.rounding != dataflow.rounding()) {
      throw new IllegalArgumentException(dataflow.code() + " holds figures rounded to " + dataflow.rounding()
          + (record.rounding == 0 ? ", not figures that are not rounded: " : ", not to " + record.rounding + ": ")
          + record);
    }
    Optional<String[]> period = EurostatPeriods.write(record.period, false);
    if (period.isEmpty()) {
      throw new IllegalArgumentException("Eurostat's periods are a year, a quarter or a month, not " + record.period);
    }
    String geo = EurostatGeo.write(record.geography);
    if (geo == null) {
      throw new IllegalArgumentException("Eurostat's geo is one country or one group of countries, not "
          + record.geography);
    }
    for (String dimension : record.key.keySet()) {
      if (dataflow.keyDimensions().stream().noneMatch(key -> key.dimension.equals(dimension))) {
        throw new IllegalArgumentException(dataflow.code() + " has no dimension " + dimension + ": " + record);
      }
    }
    Set<Status> unwritable = EurostatFlags.unwritable(record.statuses);
    if (!unwritable.isEmpty()) {
      throw new IllegalArgumentException("Eurostat has no flag for " + unwritable + ": " + record);
    }
    String[] row = new String[dataflow.columns().size() + 6];
    int i = 0;
    row[i++] = reference;
    row[i++] = "";
    row[i++] = period.get()[0];
    row[i++] = dataflow.unit();
    for (EurostatDataflow.KeyDimension dimension : dataflow.keyDimensions()) {
      row[i++] = code(dimension, record.key);
    }
    row[i++] = geo;
    row[i++] = period.get()[1];
    row[i++] = record.value == null ? "" : record.value.toString();
    row[i++] = EurostatFlags.flags(record.statuses, false);
    row[i] = EurostatFlags.confStatus(record.statuses);
    writeRow(row);
  }

  private static String code(EurostatDataflow.KeyDimension dimension, Map<String, Coded> key) {
    Coded coded = key.get(dimension.dimension);
    if (coded == null) {
      return dimension.total;
    }
    String code = dimension.codes.write(coded);
    if (code == null) {
      throw new IllegalArgumentException("Eurostat's " + dimension.column + " has no code for " + coded);
    }
    return code;
  }
}
