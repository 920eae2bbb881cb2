package org.resettlement.core;

/**
 * Identifies an {@link Organisation} in a {@link Dataset}.
 *
 * <p>See {@link RecordId} for what a valid token is. This class is immutable and thread-safe, and
 * is a value type.
 */
public final class OrganisationId extends RecordId<OrganisationId> implements Actor {

  private OrganisationId(String value) {
    super(value);
  }

  /**
   * Obtains the identifier of an {@link Organisation} from its token.
   *
   * @param value the token, not empty and without whitespace or control characters
   * @return the identifier, not null
   * @throws InvalidValueException if the token is null, empty, or contains whitespace or control
   *     characters
   */
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }
}
