package org.resettlement.core;

/**
 * Identifies a {@link Campaign} in a {@link Dataset}.
 *
 * <p>See {@link RecordId} for what a valid token is. This class is immutable and thread-safe, and
 * is a value type.
 */
public final class CampaignId extends RecordId<CampaignId> {

  private CampaignId(String value) {
    super(value);
  }

  /**
   * Obtains the identifier of a {@link Campaign} from its token.
   *
   * @param value the token, not empty and without whitespace or control characters
   * @return the identifier, not null
   * @throws InvalidValueException if the token is null, empty, or contains whitespace or control
   *     characters
   */
  public static CampaignId of(String value) {
    return new CampaignId(value);
  }
}
