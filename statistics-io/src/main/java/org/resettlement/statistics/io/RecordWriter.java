package org.resettlement.statistics.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes records in one layout, one row at a time. */
abstract class RecordWriter implements Closeable, Flushable {
  private final CsvWriter csv;

  RecordWriter(Writer out) {
    this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
  }

  /**
   * Writes a record.
   *
   * @throws IllegalArgumentException if the layout cannot hold the record, saying why
   * @throws UncheckedIOException if the text cannot be written
   */
  abstract void write(StatisticsRecord record);

  /** Writes a row; FastCSV reports a failure to write as an {@link UncheckedIOException}. */
  void writeRow(String... cells) {
    csv.writeRecord(cells);
  }

  @Override
  public void flush() {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
