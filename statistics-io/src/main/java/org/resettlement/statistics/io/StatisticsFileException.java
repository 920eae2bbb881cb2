package org.resettlement.statistics.io;

import java.util.Objects;

/**
 * Thrown when a statistics file cannot be read: in {@link ReadMode#STRICT strict} mode at the first
 * row or cell the reader cannot use, and in both modes when the whole file cannot be read (it is
 * empty, its header is not one the reader knows, a quote is never closed).
 *
 * <p>The message is the {@link ReadProblem}: the file, the line, the column where the problem is
 * in one cell, and the reason, for example:
 *
 * <pre>
 * migr_asyresa.csv, line 12, column 10 (OBS_VALUE): '12a' is not a whole number
 * </pre>
 *
 * <p>It is unchecked, so that it can leave a {@link java.util.stream.Stream} of what a reader
 * reads, as {@link java.io.UncheckedIOException} does for a failure to read the bytes of a file.
 */
public class StatisticsFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problem; a value type with only strings and numbers, so it serialises. */
  private final ReadProblem problem;

  /**
   * Creates an exception for a problem.
   *
   * @param problem the problem that stopped the reading, not null
   * @throws NullPointerException if the problem is null
   */
  public StatisticsFileException(ReadProblem problem) {
    super(Objects.requireNonNull(problem, "problem").toString());
    this.problem = problem;
  }

  /**
   * Returns the problem that stopped the reading, with its file, line and column.
   *
   * @return the problem, not null
   */
  public ReadProblem problem() {
    return problem;
  }
}
