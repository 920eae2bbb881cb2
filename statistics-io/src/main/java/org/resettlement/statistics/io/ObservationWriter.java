package org.resettlement.statistics.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.resettlement.core.Observation;

/** Writes observations in one layout, one row at a time. */
abstract class ObservationWriter implements Closeable, Flushable {
  private final CsvWriter csv;

  ObservationWriter(Writer out) {
    this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
  }

  /**
   * Writes an observation.
   *
   * @throws IllegalArgumentException if the layout cannot hold the observation, saying why
   * @throws UncheckedIOException if the text cannot be written
   */
  abstract void write(Observation observation);

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
