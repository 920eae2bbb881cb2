package org.resettlement.core;

import org.immutables.value.Value;

/**
 * Places of a {@link ResettlementQuota} reserved for refugees of one nationality or in one
 * country of first asylum, such as "300 places for Syrian refugees in Lebanon".
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Allocation implements WithAllocation {

  Allocation() {}

  /**
   * Returns how the places are reserved: by nationality or by country of first asylum.
   *
   * @return the basis, not null
   */
  public abstract AllocationBasis basis();

  /**
   * Returns the nationality or the country of first asylum, as {@link #basis()} says.
   *
   * @return the country, not null
   */
  public abstract CountryCode country();

  /**
   * Returns how many places are reserved.
   *
   * @return the places, not null
   */
  public abstract Quantity places();

  /**
   * Obtains an allocation.
   *
   * @param basis how the places are reserved, not null
   * @param country the nationality or country of first asylum, not null
   * @param places how many places, not null
   * @return the allocation, not null
   * @throws InvalidValueException if any argument is null
   */
  public static Allocation of(AllocationBasis basis, CountryCode country, Quantity places) {
    return builder().basis(basis).country(country).places(places).build();
  }

  /**
   * Creates a builder for an allocation.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Allocation}; every field is required. */
  public static final class Builder extends ImmutableAllocation.Builder {
    /** Creates an empty builder; the same as {@link Allocation#builder()}. */
    public Builder() {}
  }
}
