package org.resettlement.statistics.io;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.resettlement.core.Source;

/**
 * What a reader made of a whole file: the rows it read, the observations it made of them, and
 * every problem it found.
 *
 * <p>Rows and observations are not the same count: a row of Eurostat's TSV form holds one
 * observation per period, and a row of UNHCR's Solutions table one per kind of solution. A row
 * that is a problem makes no observation; a row of which one cell is a problem makes the
 * observations of its other cells.
 *
 * <p>The problems themselves are kept up to a limit ({@link StatisticsReader.Builder#problemsKept(int)}),
 * so that a file of millions of bad rows does not fill the heap; {@link #problemCount()} counts all
 * of them, and the reader's problem listener is given all of them.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class ReadSummary {

  private final String file;
  private final StatisticsFormat format;
  private final long rows;
  private final long observations;
  private final long problemCount;
  private final List<ReadProblem> problems;
  private final List<Source> sources;
  private final Duration elapsed;

  ReadSummary(
      String file,
      StatisticsFormat format,
      long rows,
      long observations,
      long problemCount,
      List<ReadProblem> problems,
      List<Source> sources,
      Duration elapsed) {
    this.file = Objects.requireNonNull(file, "file");
    this.format = Objects.requireNonNull(format, "format");
    this.rows = rows;
    this.observations = observations;
    this.problemCount = problemCount;
    this.problems = List.copyOf(problems);
    this.sources = List.copyOf(sources);
    this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the name of the file, as the reader was given it.
   *
   * @return the file's name or path, not null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the layout the file was read in.
   *
   * @return the layout, not null
   */
  public StatisticsFormat format() {
    return format;
  }

  /**
   * Returns the number of data rows read: the lines after the header, empty lines not counted.
   *
   * @return the rows, 0 or more
   */
  public long rows() {
    return rows;
  }

  /**
   * Returns the number of observations made of the rows.
   *
   * @return the observations, 0 or more
   */
  public long observations() {
    return observations;
  }

  /**
   * Returns the number of problems found, whether kept in {@link #problems()} or not.
   *
   * @return the problems, 0 or more
   */
  public long problemCount() {
    return problemCount;
  }

  /**
   * Returns the problems found, in the order of the file, up to the reader's limit.
   *
   * @return the unmodifiable list of problems, possibly empty, not null
   */
  public List<ReadProblem> problems() {
    return problems;
  }

  /**
   * Returns the sources that the observations cite, each once, in the order of first use: one per
   * Eurostat dataflow and time of update, one per UNHCR download. Every observation that cites a
   * source holds this very instance.
   *
   * @return the unmodifiable list of sources, possibly empty, not null
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Returns the time the reading took.
   *
   * @return the elapsed time, not negative, not null
   */
  public Duration elapsed() {
    return elapsed;
  }

  /**
   * Returns the rate of reading.
   *
   * @return the rows read per second, 0 when no time has elapsed
   */
  public double rowsPerSecond() {
    return Rates.perSecond(rows, elapsed);
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether this is the same summary as another object.
   *
   * @param other the object to compare with, may be null
   * @return true if the other is a summary with equal parts
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ReadSummary)) {
      return false;
    }
    ReadSummary that = (ReadSummary) other;
    return rows == that.rows
        && observations == that.observations
        && problemCount == that.problemCount
        && file.equals(that.file)
        && format == that.format
        && problems.equals(that.problems)
        && sources.equals(that.sources)
        && elapsed.equals(that.elapsed);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(file, format, rows, observations, problemCount, problems, sources, elapsed);
  }

  /**
   * Returns the summary as one line, such as {@code "migr_asyresa.csv (SDMX-CSV 1.0): 9,472 rows,
   * 9,472 observations, 0 problems, in 0.1 s (94,720 rows/s)"}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s (%s): %,d rows, %,d observations, %,d problem%s, in %.1f s (%,.0f rows/s)",
        file,
        format.title(),
        rows,
        observations,
        problemCount,
        problemCount == 1 ? "" : "s",
        elapsed.toNanos() / 1e9,
        rowsPerSecond());
  }
}
