package org.resettlement.statistics.io;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How far a reader has got in a file: the rows read so far, the time it took and the rate.
 *
 * <p>A reader reports its progress to the listener it was built with, every so many rows and once
 * at the end (see {@link StatisticsReader.Builder#progress(java.util.function.Consumer, long)}).
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class ReadProgress {

  private final String file;
  private final long rows;
  private final long problems;
  private final Duration elapsed;

  ReadProgress(String file, long rows, long problems, Duration elapsed) {
    this.file = Objects.requireNonNull(file, "file");
    this.rows = rows;
    this.problems = problems;
    this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the name of the file being read, as the reader was given it.
   *
   * @return the file's name or path, not null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the number of data rows read so far: the lines after the header, whatever became of
   * them (the lines before the header and empty lines are not counted).
   *
   * @return the rows read, 0 or more
   */
  public long rows() {
    return rows;
  }

  /**
   * Returns the number of problems found so far.
   *
   * @return the problems, 0 or more
   */
  public long problems() {
    return problems;
  }

  /**
   * Returns the time since the reading started.
   *
   * @return the elapsed time, not negative, not null
   */
  public Duration elapsed() {
    return elapsed;
  }

  /**
   * Returns the rate of reading so far.
   *
   * @return the rows read per second of elapsed time, 0 when no time has elapsed
   */
  public double rowsPerSecond() {
    return Rates.perSecond(rows, elapsed);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the progress as one line, such as {@code "migr_asyresa.csv: 100,000 rows in 0.2 s
   * (500,000 rows/s), 0 problems"}.
   *
   * @return the progress, not null
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: %,d rows in %.1f s (%,.0f rows/s), %,d problem%s",
        file,
        rows,
        elapsed.toNanos() / 1e9,
        rowsPerSecond(),
        problems,
        problems == 1 ? "" : "s");
  }
}
