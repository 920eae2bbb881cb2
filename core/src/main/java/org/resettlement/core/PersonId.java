package org.resettlement.core;

/**
 * Identifies a {@link Person} in a {@link Dataset}.
 *
 * <p>See {@link RecordId} for what a valid token is. This class is immutable and thread-safe, and
 * is a value type.
 */
public final class PersonId extends RecordId<PersonId> implements Actor {

  private PersonId(String value) {
    super(value);
  }

  /**
   * Obtains the identifier of a {@link Person} from its token.
   *
   * @param value the token, not empty and without whitespace or control characters
   * @return the identifier, not null
   * @throws InvalidValueException if the token is null, empty, or contains whitespace or control
   *     characters
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }
}
