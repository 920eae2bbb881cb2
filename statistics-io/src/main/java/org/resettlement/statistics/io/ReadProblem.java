package org.resettlement.statistics.io;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A row, a cell or a whole file that a reader could not use, with where it is and why.
 *
 * <p>The place is the file's name as the reader was given it, the line (counted from 1, as an
 * editor counts, including the lines before the header) and, where the problem is in one cell, the
 * column (counted from 1, as a spreadsheet counts) with the name the header gives it. The reason
 * says in plain words what is wrong, quoting at most 40 characters of what the file holds, for
 * example:
 *
 * <pre>
 * migr_asyresa.csv, line 12, column 10 (OBS_VALUE): '12a' is not a whole number
 * </pre>
 *
 * <p>Control characters in a quoted cell are written as escapes ({@code \u000a}), so a problem is
 * one line of a log.
 *
 * <p>This class is immutable and thread-safe, and is a value type. It is serializable, so that a
 * {@link StatisticsFileException} can carry it.
 */
public final class ReadProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The file's name, as the reader was given it. */
  private final String file;
  /** The line, counted from 1. */
  private final long line;
  /** The column, counted from 1; 0 for a problem of a whole row or file. */
  private final int column;
  /** The header's name of the column, or null. */
  private final String columnName;
  /** The reason in plain words. */
  private final String reason;

  ReadProblem(String file, long line, int column, String columnName, String reason) {
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.columnName = columnName;
    this.reason = Objects.requireNonNull(reason, "reason");
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
   * Returns the line of the problem, counted from 1.
   *
   * @return the line, 1 or more; for a quoted cell that runs over several lines, the line it
   *     starts on; for a problem found at the end of the file, the line after the last
   */
  public long line() {
    return line;
  }

  /**
   * Returns the column of the problem, counted from 1, if it is in one cell.
   *
   * @return the column, or empty for a problem of a whole row or file
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * Returns the name the header gives the column of the problem.
   *
   * @return the column's name, such as {@code "OBS_VALUE"}, or empty for a problem of a whole row
   *     or file, or in a column the header does not name
   */
  public Optional<String> columnName() {
    return Optional.ofNullable(columnName);
  }

  /**
   * Returns the reason in plain words, without the place.
   *
   * @return the reason, such as {@code "'12a' is not a whole number"}, not null
   */
  public String reason() {
    return reason;
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether this is the same problem, at the same place, as another object.
   *
   * @param other the object to compare with, may be null
   * @return true if the other is a problem with the same file, line, column, column name and reason
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ReadProblem)) {
      return false;
    }
    ReadProblem that = (ReadProblem) other;
    return line == that.line
        && column == that.column
        && file.equals(that.file)
        && Objects.equals(columnName, that.columnName)
        && reason.equals(that.reason);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, columnName, reason);
  }

  /**
   * Returns the place and the reason, as one line.
   *
   * @return the problem, such as {@code "migr_asyresa.csv, line 12, column 10 (OBS_VALUE): '12a'
   *     is not a whole number"}, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file).append(", line ").append(line);
    if (column > 0) {
      text.append(", column ").append(column);
      if (columnName != null) {
        text.append(" (").append(Text.escaped(columnName)).append(')');
      }
    }
    return text.append(": ").append(reason).toString();
  }
}
