package org.resettlement.core;

import org.immutables.value.Value;

/**
 * One "of which" figure of a {@link Statistic}: the part of its population in one category of a
 * dimension, such as "1,200 of them female" or "2,100 of them from Syria".
 *
 * <p>A breakdown belongs to a figure that a document quotes. A publisher's table, where every
 * combination of categories has a cell, is a set of {@link Observation}s instead, each with a
 * {@link DimensionKey}.
 *
 * <p>The category must be one of the {@linkplain Dimension#accepts(Category) dimension's}: a
 * {@link Sex} for {@link Dimension#SEX}, an {@link AgeBand} for {@link Dimension#AGE_BAND}, a
 * {@link CountryCategory} for a country dimension, or a publisher's {@link CategoryCode} for any.
 * A publisher's code that the dimension knows is kept typed: a breakdown by sex given {@code
 * CategoryCode.of("female")} has the category {@link Sex#FEMALE}.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Breakdown implements WithBreakdown {

  Breakdown() {}

  /**
   * Returns how the statistic is broken down.
   *
   * @return the dimension, such as {@link Dimension#SEX}, not null
   */
  public abstract Dimension dimension();

  /**
   * Returns the category within the dimension.
   *
   * @return the category, such as {@link Sex#FEMALE} or the country category {@code SY}, not null
   */
  public abstract Category category();

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
   * @param category the category of the dimension, not null
   * @param value the figure, not null
   * @return the breakdown, not null
   * @throws InvalidValueException if any argument is null or the dimension does not accept the
   *     category
   */
  public static Breakdown of(Dimension dimension, Category category, Quantity value) {
    return builder().dimension(dimension).category(category).value(value).build();
  }

  /**
   * Obtains a breakdown category from its code, as {@link Dimension#category(String)} reads it.
   *
   * @param dimension the dimension, not null
   * @param category the category code, such as {@code "female"}, {@code "0-17"} or {@code "SY"},
   *     not null
   * @param value the figure, not null
   * @return the breakdown, not null
   * @throws InvalidValueException if any argument is null or the code is no category code
   */
  public static Breakdown of(Dimension dimension, String category, Quantity value) {
    Invariants.notNull(Breakdown.class, "dimension", dimension);
    Invariants.notNull(Breakdown.class, "category", category);
    return of(dimension, dimension.category(category), value);
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
  Breakdown check() {
    Category canonical = dimension().checked(Breakdown.class, "category", category());
    // A publisher's code that the dimension knows is kept typed, so that equal codes are one value.
    return canonical == category() ? this : ImmutableBreakdown.copyOf(this).withCategory(canonical);
  }

  /** Builds a {@link Breakdown}; every field is required. */
  public static final class Builder extends ImmutableBreakdown.Builder {
    /** Creates an empty builder; the same as {@link Breakdown#builder()}. */
    public Builder() {}
  }
}
