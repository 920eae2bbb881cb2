package org.resettlement.core;

/**
 * Identifies a {@link Statistic} in a {@link Dataset}.
 *
 * <p>See {@link RecordId} for what a valid token is. This class is immutable and thread-safe, and
 * is a value type.
 */
public final class StatisticId extends RecordId<StatisticId> {

  private StatisticId(String value) {
    super(value);
  }

  /**
   * Obtains the identifier of a {@link Statistic} from its token.
   *
   * @param value the token, not empty and without whitespace or control characters
   * @return the identifier, not null
   * @throws InvalidValueException if the token is null, empty, or contains whitespace or control
   *     characters
   */
  public static StatisticId of(String value) {
    return new StatisticId(value);
  }
}
