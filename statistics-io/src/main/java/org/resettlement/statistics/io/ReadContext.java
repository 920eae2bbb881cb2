package org.resettlement.statistics.io;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The state of one reading: the file's name, what to do with problems, the counts and the
 * progress reports. Not thread-safe: one reading runs on one thread.
 */
final class ReadContext {
  private final String file;
  private final ReadMode mode;
  private final int problemsKept;
  private final Consumer<ReadProblem> problemListener;
  private final Consumer<ReadProgress> progressListener;
  private final long progressInterval;
  private final long started;

  private final List<ReadProblem> problems = new ArrayList<>();
  private final Sources sources = new Sources();
  private final Shared shared = new Shared();
  private long problemCount;
  private long rows;
  private long observations;
  private long nextProgress;

  ReadContext(
      String file,
      ReadMode mode,
      int problemsKept,
      Consumer<ReadProblem> problemListener,
      Consumer<ReadProgress> progressListener,
      long progressInterval) {
    this.file = file;
    this.mode = mode;
    this.problemsKept = problemsKept;
    this.problemListener = problemListener;
    this.progressListener = progressListener;
    this.progressInterval = progressInterval;
    this.nextProgress = progressInterval;
    this.started = System.nanoTime();
  }

  String file() {
    return file;
  }

  /** The sources of this reading's observations. */
  Sources sources() {
    return sources;
  }

  /** The values this reading's observations share. */
  Shared shared() {
    return shared;
  }

  /** Reports a problem of a row or a cell: thrown in strict mode, recorded in lenient mode. */
  void problem(long line, int column, String columnName, String reason) {
    ReadProblem problem = new ReadProblem(file, line, column, columnName, reason);
    record(problem);
    if (mode == ReadMode.STRICT) {
      throw new StatisticsFileException(problem);
    }
  }

  /** Reports a problem of the whole file, which no mode can read past. */
  StatisticsFileException fatal(long line, int column, String columnName, String reason) {
    ReadProblem problem = new ReadProblem(file, line, column, columnName, reason);
    record(problem);
    return new StatisticsFileException(problem);
  }

  private void record(ReadProblem problem) {
    problemCount++;
    if (problems.size() < problemsKept) {
      problems.add(problem);
    }
    problemListener.accept(problem);
  }

  /** Counts a data row, and reports progress every so many rows. */
  void rowRead() {
    rows++;
    if (rows == nextProgress) {
      nextProgress += progressInterval;
      progressListener.accept(progress());
    }
  }

  void observationMade() {
    observations++;
  }

  long problemCount() {
    return problemCount;
  }

  ReadProgress progress() {
    return new ReadProgress(file, rows, problemCount, elapsed());
  }

  /** Reports the last progress and sums the reading up. */
  ReadSummary finish(StatisticsFormat format) {
    progressListener.accept(progress());
    return new ReadSummary(file, format, rows, observations, problemCount, problems, sources.all(), elapsed());
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
