package org.resettlement.statistics.io;

import java.io.Writer;
import java.util.List;

/** Writes records in the {@link TidyCsv tidy layout}, with a column for each of the dimensions given. */
final class TidyCsvWriter extends RecordWriter {
  private final List<String> dimensions;

  TidyCsvWriter(Writer out, List<String> dimensions) {
    super(out);
    this.dimensions = List.copyOf(dimensions);
    String[] header = new String[dimensions.size() + 6];
    int i = 0;
    for (String column : TidyCsv.LEADING) {
      header[i++] = column;
    }
    for (String dimension : dimensions) {
      header[i++] = dimension;
    }
    for (String column : TidyCsv.TRAILING) {
      header[i++] = column;
    }
    writeRow(header);
  }

  @Override
  void write(StatisticsRecord record) {
    for (String dimension : record.key.keySet()) {
      if (!dimensions.contains(dimension)) {
        throw new IllegalArgumentException("the file has no column for the dimension " + dimension + " (its"
            + " columns are " + String.join(", ", dimensions) + "): " + record);
      }
    }
    String[] row = new String[dimensions.size() + 6];
    int i = 0;
    row[i++] = record.metric;
    row[i++] = TidyCsv.period(record.period);
    row[i++] = GeographyText.write(record.geography);
    for (String dimension : dimensions) {
      Coded coded = record.key.get(dimension);
      row[i++] = coded == null ? "" : coded.code;
    }
    row[i++] = record.value == null ? "" : record.value.toString();
    row[i++] = TidyCsv.statuses(record.statuses);
    row[i] = record.rounding == 0 ? "" : Integer.toString(record.rounding);
    writeRow(row);
  }
}
