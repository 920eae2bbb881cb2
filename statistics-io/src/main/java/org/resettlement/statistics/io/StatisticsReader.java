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
import org.resettlement.core.Observation;

/**
 * Reads the statistics files that Eurostat and UNHCR publish into {@link Observation}s, row by row.
 *
 * <pre>
 * StatisticsReader reader = StatisticsReader.builder().mode(ReadMode.LENIENT).build();
 * ReadSummary summary = reader.read(Path.of("estat_migr_asyresa.csv"), observations::add);
 * summary.problems().forEach(System.out::println);
 * </pre>
 *
 * <p>The layout of a file is found from its first lines ({@link StatisticsFormat}), unless the
 * reader is told it. Files are read as UTF-8, with or without a byte order mark, with lines ended
 * by LF, CRLF or CR.
 *
 * <h2>What a file becomes</h2>
 * Every cell of a publisher's table is one observation: a Eurostat row is one (one per period in
 * the TSV form), a UNHCR row one per column of figures. Its key holds a category of each dimension
 * whose code is not the total ({@code TOTAL}, {@code T}): the total is the whole population. The
 * metric implies the unit ({@code PER}, persons), and the period the frequency ({@code freq}). A
 * Eurostat observation says that it is rounded to the nearest 5 ({@link
 * org.resettlement.core.Rounding#NEAREST_5}); an empty value or {@code :} is an observation that is
 * {@link org.resettlement.core.ObservationStatus#NOT_AVAILABLE not available}, as UNHCR's {@code
 * -} is. Every observation of a file cites a {@link org.resettlement.core.Source} made once and
 * shared, which keeps what the file says about itself ({@link ReadSummary#sources()}). A code that
 * maps to nothing known is kept as written ({@link org.resettlement.core.CategoryCode}). The
 * names of countries in UNHCR's downloads, which are UNHCR's names of the codes, are not kept,
 * nor the time of day of Eurostat's {@code LAST UPDATE}, which the source's note keeps.
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
  /**
   * Reads a file, giving each observation to a consumer as it is read.
   *
   * @param file the file, named by its path in problems, not null
   * @param observations what takes the observations, in the order of the file, not null
   * @return what the reader made of the file, with every problem in lenient mode, not null
   * @throws StatisticsFileException in strict mode at the first problem, and in both modes when
   *     the whole file cannot be read (empty, a header the reader does not know, a broken quote)
   * @throws UncheckedIOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public ReadSummary read(Path file, Consumer<? super Observation> observations) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(observations, "observations");
    return read(open(file), observations);
  }

  /**
   * Reads the bytes of a file, giving each observation to a consumer as it is read. The stream is
   * read to its end and closed.
   *
   * @param bytes the file's bytes, in UTF-8, not null
   * @param name the file's name, as problems name it, not null
   * @param observations what takes the observations, in the order of the file, not null
   * @return what the reader made of the file, with every problem in lenient mode, not null
   * @throws StatisticsFileException in strict mode at the first problem, and in both modes when
   *     the whole file cannot be read
   * @throws UncheckedIOException if the bytes cannot be read
   * @throws NullPointerException if an argument is null
   */
  public ReadSummary read(InputStream bytes, String name, Consumer<? super Observation> observations) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(observations, "observations");
    return read(open(bytes, name), observations);
  }

  private static ReadSummary read(StatisticsFile file, Consumer<? super Observation> observations) {
    try (file) {
      file.forEach((line, observation) -> observations.accept(observation));
      return file.summary();
    }
  }

  /**
   * Opens a file to read its observations as a stream: the rows are read as the stream is
   * consumed.
   *
   * <pre>
   * try (StatisticsFile file = reader.open(path)) {
   *   long arrivals = file.observations().filter(...).count();
   *   ReadSummary summary = file.summary();
   * }
   * </pre>
   *
   * @param file the file, named by its path in problems, not null
   * @return the open file, whose header has been read, not null
   * @throws StatisticsFileException if the file is empty or its header is not one the reader knows
   * @throws UncheckedIOException if the file cannot be read
   * @throws NullPointerException if the file is null
   */
  public StatisticsFile open(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return open(decode(Files.newInputStream(file)), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens the bytes of a file to read its observations as a stream.
   *
   * @param bytes the file's bytes, in UTF-8, closed with the returned file, not null
   * @param name the file's name, as problems name it, not null
   * @return the open file, whose header has been read, not null
   * @throws StatisticsFileException if the file is empty or its header is not one the reader knows
   * @throws UncheckedIOException if the bytes cannot be read
   * @throws NullPointerException if an argument is null
   */
  public StatisticsFile open(InputStream bytes, String name) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(name, "name");
    return open(decode(bytes), name);
  }

  /** Opens a text; the tests read texts written in them. */
  StatisticsFile open(Reader text, String name) {
    return new StatisticsFile(FileReading.open(text, context(name), format, dataflow), name);
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
