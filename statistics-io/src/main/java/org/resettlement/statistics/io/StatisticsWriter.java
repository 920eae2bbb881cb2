package org.resettlement.statistics.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.resettlement.core.Dimension;
import org.resettlement.core.Observation;

/**
 * Writes observations to a file, one row each, in Eurostat's SDMX-CSV 1.0 or in a tidy long CSV.
 *
 * <pre>
 * try (StatisticsWriter writer = StatisticsWriter.sdmxCsv(Files.newBufferedWriter(path))) {
 *   writer.writeAll(observations);
 * }
 * </pre>
 *
 * <p>What a writer writes, a {@link StatisticsReader} reads back as equal observations, except
 * for their sources: a reader cites the file it reads. An observation that a layout cannot hold
 * without loss (a metric Eurostat has no dataflow for, a geography of several countries in
 * SDMX-CSV, a dimension the file has no column for) is refused with an {@link
 * IllegalArgumentException} that says why, and nothing of it is written.
 *
 * <p>Not thread-safe: one thread writes a file.
 */
public final class StatisticsWriter implements Closeable, Flushable {
  private final ObservationWriter writer;

  private StatisticsWriter(ObservationWriter writer) {
    this.writer = writer;
  }

  //-----------------------------------------------------------------------
  /**
   * Creates a writer of Eurostat's SDMX-CSV 1.0 with the {@code CONF_STATUS} column of 2025:
   * {@code DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS}.
   *
   * <p>The dataflow is the one whose metric the first observation counts ({@code MIGR_ASYRESA} for
   * resettled persons, {@code MIGR_ASYDCFSTA} for first instance decisions), and every observation
   * must count the same. Every observation must be rounded to the nearest 5, as Eurostat's are; its
   * period must be a year, a quarter or a month, its geography one country or one group, its value
   * exact, and its statuses ones that Eurostat has flags for. {@code LAST UPDATE} is left empty.
   *
   * @param out where to write, not null; closed with the writer
   * @return the writer, which writes the header with the first observation, not null
   * @throws NullPointerException if out is null
   */
  public static StatisticsWriter sdmxCsv(Writer out) {
    Objects.requireNonNull(out, "out");
    return new StatisticsWriter(new SdmxCsvWriter(out));
  }

  /**
   * Creates a writer of the tidy long CSV: one row per observation, one column per dimension, the
   * value, the statuses and the rounding, in the codes of this library's JSON wire format:
   *
   * <pre>
   * metric,period,geography,sex,age-band,citizenship,value,status,rounding
   * resettled-persons,2017,FR,female,18-34,SY,85,,5
   * resettled-persons,2017,GR,,,SY,,not-available,5
   * </pre>
   *
   * <p>An empty dimension cell is the whole population of that dimension. The period is written as
   * {@code 2017}, {@code 2017-04/2017-06}; the geography as {@code world}, {@code FR}, {@code
   * EU27_2020} or {@code EU+NO}; several statuses are separated by spaces. The layout is read back
   * as {@link StatisticsFormat#TIDY_CSV}.
   *
   * @param out where to write, not null; closed with the writer
   * @param dimensions the dimensions to give a column, in the order of the columns, not null
   * @return the writer, which has written the header, not null
   * @throws NullPointerException if an argument or a dimension is null
   * @throws IllegalArgumentException if a dimension is given twice
   * @throws UncheckedIOException if the header cannot be written
   */
  public static StatisticsWriter tidyCsv(Writer out, Collection<Dimension> dimensions) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(dimensions, "dimensions");
    List<Dimension> columns = new ArrayList<>();
    for (Dimension dimension : dimensions) {
      Objects.requireNonNull(dimension, "dimensions");
      if (columns.contains(dimension)) {
        throw new IllegalArgumentException("the dimension " + dimension + " is given twice");
      }
      columns.add(dimension);
    }
    return new StatisticsWriter(new TidyCsvWriter(out, columns));
  }

  //-----------------------------------------------------------------------
  /**
   * Writes an observation as one row.
   *
   * @param observation the observation, not null
   * @return this writer, not null
   * @throws IllegalArgumentException if the layout cannot hold the observation, saying why;
   *     nothing is written
   * @throws UncheckedIOException if the row cannot be written
   * @throws NullPointerException if the observation is null
   */
  public StatisticsWriter write(Observation observation) {
    writer.write(Objects.requireNonNull(observation, "observation"));
    return this;
  }

  /**
   * Writes observations, one row each, in the order given.
   *
   * @param observations the observations, not null
   * @return this writer, not null
   * @throws IllegalArgumentException at the first observation the layout cannot hold; the ones
   *     before it are written
   * @throws UncheckedIOException if a row cannot be written
   * @throws NullPointerException if the observations or one of them is null
   */
  public StatisticsWriter writeAll(Iterable<? extends Observation> observations) {
    Objects.requireNonNull(observations, "observations");
    for (Observation observation : observations) {
      write(observation);
    }
    return this;
  }

  /**
   * Writes what is buffered to the underlying writer, and flushes it.
   *
   * @throws UncheckedIOException if it cannot be written
   */
  @Override
  public void flush() {
    writer.flush();
  }

  /**
   * Writes what is buffered and closes the underlying writer.
   *
   * @throws UncheckedIOException if it cannot be written or closed
   */
  @Override
  public void close() {
    writer.close();
  }
}
