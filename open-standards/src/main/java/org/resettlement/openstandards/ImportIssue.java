package org.resettlement.openstandards;

import java.util.Objects;

/**
 * Something a document says that the model cannot hold as said: a property the model has no place
 * for, a value it cannot read, or a value it reads only in part, with the place in the document.
 *
 * <p>The place is a path from the root of the document, property names joined with {@code .} and
 * array indexes in brackets, such as {@code organizations[2].founding_date}; a name that is not a
 * simple word is written as {@code ["@type"]}. {@link #pointer()} gives the same place as a JSON
 * Pointer. The reason says what became of the value, in the domain's words:
 *
 * <pre>
 * organizations[2].founding_date: not imported: an organisation has no founding date in this model
 * memberships[0].start_date: the time of day is not kept; read as 2011-06-02
 * </pre>
 *
 * <p>Reasons quote at most 40 characters of a value, so that a report does not repeat what a
 * document says of people beyond what is needed to find it.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class ImportIssue {
  private final String path;
  private final String pointer;
  private final String reason;

  ImportIssue(JsonPath place, String reason) {
    this.path = place.path();
    this.pointer = place.pointer();
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the place of the value in the document, as a path.
   *
   * @return the path, such as {@code events[0].location}; empty for the document as a whole; not
   *     null
   */
  public String path() {
    return path;
  }

  /**
   * Returns the place of the value in the document, as a JSON Pointer (RFC 6901).
   *
   * @return the pointer, such as {@code /events/0/location}; empty for the document as a whole;
   *     not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns what became of the value, and why.
   *
   * @return the reason, without the path, not null
   */
  public String reason() {
    return reason;
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether this issue has the same place and reason as another object.
   *
   * @param other the object to compare with, may be null
   * @return true if the other is an issue with the same path and reason
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ImportIssue)) {
      return false;
    }
    ImportIssue that = (ImportIssue) other;
    return path.equals(that.path) && reason.equals(that.reason);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return path.hashCode() * 31 + reason.hashCode();
  }

  /**
   * Returns the path and the reason.
   *
   * @return the issue as one line, such as {@code events[0].status: not imported: ...}, not null
   */
  @Override
  public String toString() {
    return path.isEmpty() ? reason : path + ": " + reason;
  }
}
