package org.resettlement.statistics.io;

/**
 * What a reader does with a row it cannot use.
 *
 * <p>A problem of the whole file, such as an empty file or a header the reader does not know,
 * stops the reading in both modes: no row of such a file can be read.
 */
public enum ReadMode {
  /**
   * Stop at the first problem, with a {@link StatisticsFileException} that names the file, the line
   * and the column. Nothing is read past a problem, so nothing wrong goes unnoticed.
   */
  STRICT,
  /**
   * Keep every row that can be read and report every problem, each with its file, line and column;
   * the reading goes on after a problem.
   */
  LENIENT
}
