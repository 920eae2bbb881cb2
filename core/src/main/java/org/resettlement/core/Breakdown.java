package org.resettlement.core;

import org.immutables.value.Value;

/**
 * One category of a {@link Statistic} broken down by sex, age band, citizenship or country of
 * asylum, such as "1,200 of them female".
 *
 * <p>Categories are tokens: {@code female}, {@code 0-17}, or an ISO 3166-1 alpha-2 code for
 * citizenship and country of asylum.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Breakdown implements WithBreakdown {

  Breakdown() {}

  /**
   * Returns how the statistic is broken down.
   *
   * @return the dimension, not null
   */
  public abstract BreakdownDimension dimension();

  /**
   * Returns the category within the dimension.
   *
   * @return the category token, such as {@code "female"} or {@code "SY"}, not null
   */
  public abstract String category();

  /**
   * Returns the figure for the category.
   *
   * @return the value, not null
   */
  public abstract Quantity value();

  /**
   * Obtains a breakdown category.
   *
   * @param dimension the dimension, not null
   * @param category the category token, not null
   * @param value the figure, not null
   * @return the breakdown, not null
   * @throws InvalidValueException if any argument is null or the category is not a token
   */
  public static Breakdown of(BreakdownDimension dimension, String category, Quantity value) {
    return builder().dimension(dimension).category(category).value(value).build();
  }

  /**
   * Creates a builder for a breakdown.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.token(Breakdown.class, "category", category());
  }

  /** Builds a {@link Breakdown}; every field is required. */
  public static final class Builder extends ImmutableBreakdown.Builder {
    /** Creates an empty builder; the same as {@link Breakdown#builder()}. */
    public Builder() {}
  }
}
