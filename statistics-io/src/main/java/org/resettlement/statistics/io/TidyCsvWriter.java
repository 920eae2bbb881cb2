package org.resettlement.statistics.io;

import java.io.Writer;
import java.util.List;
import org.resettlement.core.Category;
import org.resettlement.core.Dimension;
import org.resettlement.core.Observation;

/** Writes observations in the {@link TidyCsv tidy layout}, with a column for each of the dimensions given. */
final class TidyCsvWriter extends ObservationWriter {
  private final List<Dimension> dimensions;

  TidyCsvWriter(Writer out, List<Dimension> dimensions) {
    super(out);
    this.dimensions = List.copyOf(dimensions);
    String[] header = new String[dimensions.size() + 6];
    int i = 0;
    for (String column : TidyCsv.LEADING) {
      header[i++] = column;
    }
    for (Dimension dimension : dimensions) {
      header[i++] = dimension.code();
    }
    for (String column : TidyCsv.TRAILING) {
      header[i++] = column;
    }
    writeRow(header);
  }

  @Override
  void write(Observation observation) {
    for (Dimension dimension : observation.key().dimensions()) {
      if (!dimensions.contains(dimension)) {
        throw new IllegalArgumentException("the file has no column for the dimension " + dimension + " (its"
            + " columns are " + dimensions + "): " + observation);
      }
    }
    if (observation.note().isPresent()) {
      throw new IllegalArgumentException("the tidy layout has no column for a note: " + observation);
    }
    String[] row = new String[dimensions.size() + 6];
    int i = 0;
    row[i++] = TidyCsv.code(observation.metric());
    row[i++] = TidyCsv.period(observation.period());
    row[i++] = GeographyText.write(observation.geography());
    for (Dimension dimension : dimensions) {
      row[i++] = observation.key().category(dimension).map(Category::code).orElse("");
    }
    row[i++] = observation.value().map(Object::toString).orElse("");
    row[i++] = TidyCsv.statuses(observation.statuses());
    row[i] = observation.rounding().map(rounding -> Integer.toString(rounding.unit())).orElse("");
    writeRow(row);
  }
}
