package org.resettlement.statistics.io;

import de.siegmar.fastcsv.reader.CsvRecord;

/** How the data rows of one file are laid out, learnt from its header. */
abstract class Layout {
  /** The header's cells without the spaces that pad them, for the names of columns in problems. */
  private final String[] header;

  Layout(CsvRecord header) {
    this.header = header.getFields().stream().map(String::strip).toArray(String[]::new);
  }

  abstract StatisticsFormat format();

  /**
   * Reads one data row: gives its observations to the sink, and reports its problems to the
   * context.
   *
   * @param row the row, with as many cells as the header (the caller checks)
   */
  abstract void row(CsvRecord row, ObservationSink observations);

  /** The number of cells every row has. */
  int width() {
    return header.length;
  }

  /** The name the header gives a column, counted from 0. */
  String columnName(int index) {
    return index < header.length ? header[index] : null;
  }
}
