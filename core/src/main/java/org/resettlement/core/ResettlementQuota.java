package org.resettlement.core;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A country's commitment to resettle refugees in a year or a period: how many places, on what
 * basis, for whom, and how many have arrived.
 *
 * <p>"Portugal ... had committed to an annual resettlement quota" is a {@link
 * QuotaKind#NATIONAL_ANNUAL} quota of Portugal whose number of places the source does not give;
 * {@link #places()} is then empty.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class ResettlementQuota implements DatasetRecord<QuotaId>, WithResettlementQuota {

  ResettlementQuota() {}

  /**
   * Returns the identifier of this quota.
   *
   * @return the identifier, not null
   */
  @Override
  public abstract QuotaId id();

  /**
   * Returns the resettling country.
   *
   * @return the country, not null
   */
  public abstract CountryCode country();

  /**
   * Returns the year or period the quota covers.
   *
   * @return the period, not null
   */
  public abstract DateRange period();

  /**
   * Returns the legal or political basis of the quota.
   *
   * @return the kind, not null
   */
  public abstract QuotaKind kind();

  /**
   * Returns how many places the quota offers, if the source says.
   *
   * @return the places, or empty
   */
  public abstract Optional<Quantity> places();

  /**
   * Returns places reserved by nationality or country of first asylum.
   *
   * @return the unmodifiable list of allocations, possibly empty, not null
   */
  public abstract List<Allocation> allocations();

  /**
   * Returns how many refugees have arrived under the quota so far.
   *
   * @return the arrivals, or empty if not reported
   */
  public abstract Optional<Quantity> arrivals();

  /**
   * Returns the date the arrivals were counted on.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> arrivalsAsOf();

  /**
   * Returns when the quota was decided or announced.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> decidedOn();

  /**
   * Returns the quota in the source's words.
   *
   * @return the description, or empty
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns the sources the facts of this quota come from.
   *
   * @return the unmodifiable list of sources, possibly empty, not null
   */
  @Override
  public abstract List<Source> sources();

  //-----------------------------------------------------------------------
  /**
   * Returns the arrivals as a share of the places, by their {@linkplain Quantity#estimate()
   * estimates}.
   *
   * @return the share (1.0 is every place filled), or empty without both figures or with zero
   *     places
   */
  public OptionalDouble arrivalShare() {
    if (arrivals().isEmpty() || places().isEmpty() || places().get().estimate() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) arrivals().get().estimate() / places().get().estimate());
  }

  /**
   * Checks whether more refugees have certainly arrived than the quota offers places: the
   * arrivals are {@linkplain Quantity#isCertainlyAbove(Quantity) certainly above} the places.
   *
   * @return true if the arrivals certainly exceed the places, false if either is not given
   */
  public boolean arrivalsExceedPlaces() {
    return arrivals().isPresent()
        && places().isPresent()
        && arrivals().get().isCertainlyAbove(places().get());
  }

  /**
   * Creates a builder for a quota.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ResettlementQuota}; {@code id}, {@code country}, {@code period} and {@code
   * kind} are required.
   */
  public static final class Builder extends ImmutableResettlementQuota.Builder {
    /** Creates an empty builder; the same as {@link ResettlementQuota#builder()}. */
    public Builder() {}
  }
}
