package org.resettlement.core;

/**
 * Identifies a {@link ResettlementQuota} in a {@link Dataset}.
 *
 * <p>See {@link RecordId} for what a valid token is. This class is immutable and thread-safe, and
 * is a value type.
 */
public final class QuotaId extends RecordId<QuotaId> {

  private QuotaId(String value) {
    super(value);
  }

  /**
   * Obtains the identifier of a {@link ResettlementQuota} from its token.
   *
   * @param value the token, not empty and without whitespace or control characters
   * @return the identifier, not null
   * @throws InvalidValueException if the token is null, empty, or contains whitespace or control
   *     characters
   */
  public static QuotaId of(String value) {
    return new QuotaId(value);
  }
}
