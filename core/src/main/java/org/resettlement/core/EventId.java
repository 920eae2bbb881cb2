package org.resettlement.core;

/**
 * Identifies an {@link Event} in a {@link Dataset}.
 *
 * <p>See {@link RecordId} for what a valid token is. This class is immutable and thread-safe, and
 * is a value type.
 */
public final class EventId extends RecordId<EventId> {

  private EventId(String value) {
    super(value);
  }

  /**
   * Obtains the identifier of an {@link Event} from its token.
   *
   * @param value the token, not empty and without whitespace or control characters
   * @return the identifier, not null
   * @throws InvalidValueException if the token is null, empty, or contains whitespace or control
   *     characters
   */
  public static EventId of(String value) {
    return new EventId(value);
  }
}
