package org.resettlement.core;

import java.util.Objects;

/**
 * The identifier of a record in a {@link Dataset}: a typed wrapper around a token.
 *
 * <p>A token is any non-empty Unicode text without whitespace or control characters, such as {@code
 * "ccme"}, {@code "event:lisbon-2007"} or a UUID. Identifiers of different record types never
 * equal each other, even with the same token. How long an identifier may be and which characters
 * it should use are checked by the validation module, not here.
 *
 * <p>{@code toString()} returns the token, and each subtype's {@code of(String)} reads it back.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 *
 * @param <T> the identifier type itself, so that identifiers of one type sort among themselves
 */
public abstract sealed class RecordId<T extends RecordId<T>> implements Comparable<T>
    permits OrganisationId,
        PersonId,
        EventId,
        ProjectId,
        CampaignId,
        PledgeId,
        QuotaId,
        StatisticId {

  private final String value;

  RecordId(String value) {
    this.value = Invariants.token(getClass(), "value", value);
  }

  /**
   * Returns the token this identifier wraps.
   *
   * @return the token, not empty, not null
   */
  public final String value() {
    return value;
  }

  /**
   * Compares identifiers of the same type by their tokens, in {@link String} order.
   *
   * @param other the other identifier, not null
   * @return negative, zero or positive as this token sorts before, with or after the other
   * @throws NullPointerException if the other is null
   */
  @Override
  public final int compareTo(T other) {
    Objects.requireNonNull(other, "other");
    return value.compareTo(other.value());
  }

  /**
   * Checks whether this identifier has the same type and token as another object.
   *
   * @param other the object to compare with, may be null
   * @return true if the other is an identifier of the same type with the same token
   */
  @Override
  public final boolean equals(Object other) {
    return this == other
        || (other != null
            && other.getClass() == getClass()
            && value.equals(((RecordId<?>) other).value));
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the token
   */
  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the token, which {@code of(String)} of the same identifier type reads back.
   *
   * @return the token, not null
   */
  @Override
  public final String toString() {
    return value;
  }
}
