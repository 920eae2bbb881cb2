package org.resettlement.statistics.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads the statistics files that Eurostat and UNHCR publish, row by row.
 *
 * <pre>
 * StatisticsReader reader = StatisticsReader.builder().mode(ReadMode.LENIENT).build();
 * </pre>
 *
 * <p>The layout of a file is found from its first lines ({@link StatisticsFormat}), unless the
 * reader is told it. Files are read as UTF-8, with or without a byte order mark, with lines ended
 * by LF, CRLF or CR.
 *
 * <p>This class is immutable and thread-safe: one reader can read many files at once, each
 * reading on its own thread.
 */
public final class StatisticsReader {
  private static final long DEFAULT_PROGRESS_INTERVAL = 100_000;
  private static final int DEFAULT_PROBLEMS_KEPT = 10_000;

  private final ReadMode mode;
  private final StatisticsFormat format;
  private final EurostatDataflow dataflow;
  private final Consumer<ReadProgress> progress;
  private final long progressInterval;
  private final Consumer<ReadProblem> problems;
  private final int problemsKept;

  private StatisticsReader(Builder builder) {
    this.mode = builder.mode;
    this.format = builder.format;
    this.dataflow = builder.dataflow;
    this.progress = builder.progress;
    this.progressInterval = builder.progressInterval;
    this.problems = builder.problems;
    this.problemsKept = builder.problemsKept;
  }

  //-----------------------------------------------------------------------
  /**
   * Creates a builder of a reader: strict, finding each file's layout, without listeners.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns what the reader does with a row it cannot use.
   *
   * @return the mode, not null
   */
  public ReadMode mode() {
    return mode;
  }

  //-----------------------------------------------------------------------
  ReadSummary readRecords(Path file, Consumer<StatisticsRecord> records) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(records, "records");
    try {
      return readRecords(decode(Files.newInputStream(file)), file.toString(), records);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ReadSummary readRecords(Reader text, String name, Consumer<StatisticsRecord> records) {
    ReadContext context = context(name);
    try (FileReading reading = FileReading.open(text, context, format, dataflow)) {
      for (StatisticsRecord record = reading.next(); record != null; record = reading.next()) {
        context.observationMade();
        records.accept(record);
      }
      return context.finish(reading.format());
    }
  }

  private ReadContext context(String name) {
    return new ReadContext(name, mode, problemsKept, problems, progress, progressInterval);
  }

  /** Decodes UTF-8 strictly: a byte that is not UTF-8 is a problem, never a replacement character. */
  static Reader decode(InputStream bytes) {
    return new InputStreamReader(
        bytes,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  //-----------------------------------------------------------------------
  /**
   * Builds a {@link StatisticsReader}.
   *
   * <p>Not thread-safe; the reader it builds is.
   */
  public static final class Builder {
    private ReadMode mode = ReadMode.STRICT;
    private StatisticsFormat format;
    private EurostatDataflow dataflow;
    private Consumer<ReadProgress> progress = ignored -> { };
    private long progressInterval = DEFAULT_PROGRESS_INTERVAL;
    private Consumer<ReadProblem> problems = ignored -> { };
    private int problemsKept = DEFAULT_PROBLEMS_KEPT;

    private Builder() {}

    /**
     * Sets what the reader does with a row it cannot use; {@link ReadMode#STRICT} unless set.
     *
     * @param mode the mode, not null
     * @return this builder, not null
     * @throws NullPointerException if the mode is null
     */
    public Builder mode(ReadMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Tells the reader the layout of the files it reads, instead of finding it from their first
     * lines. A file in another layout is then refused with a problem at its header.
     *
     * @param format the layout, not null
     * @return this builder, not null
     * @throws NullPointerException if the layout is null
     */
    public Builder format(StatisticsFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Tells the reader which Eurostat dataflow a TSV file holds, which the TSV form does not say.
     * Without it, the reader looks for the code in the file's name ({@code
     * estat_migr_asyresa.tsv}) and then for the one known dataflow with the header's dimensions.
     *
     * @param code the dataflow's code, such as {@code "MIGR_ASYRESA"} or {@code "migr_asyresa"}
     * @return this builder, not null
     * @throws NullPointerException if the code is null
     * @throws IllegalArgumentException if the code is not a dataflow this module reads
     */
    public Builder eurostatDataflow(String code) {
      Objects.requireNonNull(code, "code");
      EurostatDataflow found = EurostatDataflow.find(code);
      if (found == null) {
        throw new IllegalArgumentException(Text.quoted(code) + " is not a dataflow this reader knows; it reads "
            + String.join(", ", EurostatDataflow.KNOWN.keySet()));
      }
      this.dataflow = found;
      return this;
    }

    /**
     * Sets a listener of the progress of each reading: called every so many rows, and once at the
     * end, on the thread that reads.
     *
     * @param listener the listener, not null
     * @param everyRows how many rows between calls, 1 or more
     * @return this builder, not null
     * @throws NullPointerException if the listener is null
     * @throws IllegalArgumentException if the number of rows is less than 1
     */
    public Builder progress(Consumer<ReadProgress> listener, long everyRows) {
      this.progress = Objects.requireNonNull(listener, "listener");
      if (everyRows < 1) {
        throw new IllegalArgumentException("everyRows must be 1 or more, was " + everyRows);
      }
      this.progressInterval = everyRows;
      return this;
    }

    /**
     * Sets a listener of problems: called with each problem as it is found, on the thread that
     * reads, in both modes (in strict mode just before the exception).
     *
     * @param listener the listener, not null
     * @return this builder, not null
     * @throws NullPointerException if the listener is null
     */
    public Builder problems(Consumer<ReadProblem> listener) {
      this.problems = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets how many problems a {@link ReadSummary} keeps; 10,000 unless set. The summary counts
     * every problem, and the problem listener is given every one.
     *
     * @param count the number of problems to keep, 0 or more
     * @return this builder, not null
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder problemsKept(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("count must be 0 or more, was " + count);
      }
      this.problemsKept = count;
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader, not null
     */
    public StatisticsReader build() {
      return new StatisticsReader(this);
    }
  }
}
