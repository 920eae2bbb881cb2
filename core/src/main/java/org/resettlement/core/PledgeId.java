package org.resettlement.core;

/**
 * Identifies a {@link Pledge} in a {@link Dataset}.
 *
 * <p>See {@link RecordId} for what a valid token is. This class is immutable and thread-safe, and
 * is a value type.
 */
public final class PledgeId extends RecordId<PledgeId> {

  private PledgeId(String value) {
    super(value);
  }

  /**
   * Obtains the identifier of a {@link Pledge} from its token.
   *
   * @param value the token, not empty and without whitespace or control characters
   * @return the identifier, not null
   * @throws InvalidValueException if the token is null, empty, or contains whitespace or control
   *     characters
   */
  public static PledgeId of(String value) {
    return new PledgeId(value);
  }
}
