package org.resettlement.statistics.io;

import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.resettlement.core.Observation;

/**
 * A statistics file open for reading: its layout is known and its header read; its observations
 * are read as they are taken from {@link #observations()}.
 *
 * <pre>
 * try (StatisticsFile file = reader.open(Path.of("estat_migr_asyresa.tsv"))) {
 *   Map&lt;Category, Long&gt; byCitizenship = file.observations().collect(...);
 *   System.out.println(file.summary());
 * }
 * </pre>
 *
 * <p>Close it when done, as a stream of a file's lines: closing the file or the stream closes the
 * other. Not thread-safe: one thread reads a file.
 */
public final class StatisticsFile implements AutoCloseable {
  private final FileReading reading;
  private final String name;
  private boolean streamed;
  private boolean ended;
  private ReadSummary summary;

  StatisticsFile(FileReading reading, String name) {
    this.reading = reading;
    this.name = name;
  }

  /**
   * Returns the file's name, as problems name it.
   *
   * @return the name or path, not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the layout of the file, as the reader found it or was told it.
   *
   * @return the layout, not null
   */
  public StatisticsFormat format() {
    return reading.format();
  }

  /**
   * Returns the observations of the file, in its order, read as the stream is consumed. The
   * stream can be taken once; closing it closes the file.
   *
   * @return the stream of observations, sequential and ordered, not null
   * @throws IllegalStateException if the stream was taken before
   * @throws StatisticsFileException (from the stream's terminal operation) in strict mode at the
   *     first problem, and in both modes when the rest of the file cannot be read
   */
  public Stream<Observation> observations() {
    if (streamed) {
      throw new IllegalStateException("the observations of " + name + " have been taken already");
    }
    streamed = true;
    Spliterator<Observation> spliterator =
        new Spliterators.AbstractSpliterator<Observation>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super Observation> action) {
            Observation next = next();
            if (next == null) {
              return false;
            }
            action.accept(next);
            return true;
          }
        };
    return StreamSupport.stream(spliterator, false).onClose(this::close);
  }

  /** Gives every observation with its line; for the reader and the tests. */
  void forEach(ObservationSink sink) {
    if (streamed) {
      throw new IllegalStateException("the observations of " + name + " have been taken already");
    }
    streamed = true;
    for (Observation next = next(); next != null; next = next()) {
      sink.accept(reading.line(), next);
    }
  }

  private Observation next() {
    if (ended) {
      return null;
    }
    Observation next = reading.next();
    if (next == null) {
      ended = true;
      summary = reading.summary();
    }
    return next;
  }

  /**
   * Returns what the reader made of the whole file, once its observations have all been taken.
   *
   * @return the summary, not null
   * @throws IllegalStateException if the observations have not all been taken
   */
  public ReadSummary summary() {
    if (summary == null) {
      throw new IllegalStateException("the observations of " + name + " have not all been read");
    }
    return summary;
  }

  /**
   * Closes the file. Closing it again has no effect.
   *
   * @throws java.io.UncheckedIOException if the file cannot be closed
   */
  @Override
  public void close() {
    reading.close();
  }

  /**
   * Returns the file's name and layout, such as {@code "migr_asyresa.csv (SDMX-CSV 1.0)"}.
   *
   * @return the name and layout, not null
   */
  @Override
  public String toString() {
    return Objects.toString(name) + " (" + format().title() + ")";
  }
}
