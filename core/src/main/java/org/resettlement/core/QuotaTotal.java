package org.resettlement.core;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The resettlement quotas of one country for one year, added up, with the arrivals against them,
 * as {@link Dataset#quotaTotals()} computes them.
 *
 * <p>A quota counts in the year its period starts. A quota whose places (or arrivals) the source
 * does not give adds "at least 0", so a total that includes one is at least the sum of the known
 * figures, never an exact figure it cannot know.
 *
 * <p>A computed view, not a record of a {@link Dataset}: services may publish it (the wire format
 * has it), and read it back with its builder.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class QuotaTotal implements WithQuotaTotal {

  QuotaTotal() {}

  /**
   * Returns the resettling country.
   *
   * @return the country, not null
   */
  public abstract CountryCode country();

  /**
   * Returns the year the quotas' periods start in.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns how many quotas were added up.
   *
   * @return the number of quotas, at least 1
   */
  public abstract int quotas();

  /**
   * Returns the places the quotas offer, added up.
   *
   * @return the places, or empty if no quota gives them
   */
  public abstract Optional<Quantity> places();

  /**
   * Returns the arrivals the quotas report, added up.
   *
   * @return the arrivals, or empty if no quota reports them
   */
  public abstract Optional<Quantity> arrivals();

  /**
   * Creates a builder for a total.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.check(
        quotas() >= 1, QuotaTotal.class, "quotas", () -> "must be at least 1, was " + quotas());
  }

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
   * Builds a {@link QuotaTotal}; {@code country}, {@code year} and {@code quotas} are required.
   */
  public static final class Builder extends ImmutableQuotaTotal.Builder {
    /** Creates an empty builder; the same as {@link QuotaTotal#builder()}. */
    public Builder() {}
  }
}
