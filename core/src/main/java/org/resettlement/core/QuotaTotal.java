package org.resettlement.core;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The resettlement quotas of one country for one year, added up, with the arrivals against them,
 * as {@link Dataset#quotaTotals()} computes them.
 *
 * <p>A quota counts in the year its period starts. A quota whose places (or arrivals) the source
 * does not give adds "at least 0", so a total that includes one is at least the sum of the known
 * figures, never an exact figure it cannot know.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param country the resettling country, not null
 * @param year the year the quotas' periods start in
 * @param quotas how many quotas were added up, at least 1
 * @param places the places offered, or empty if no quota gives them
 * @param arrivals the arrivals reported, or empty if no quota reports them
 */
public record QuotaTotal(
    CountryCode country, int year, int quotas, Optional<Quantity> places, Optional<Quantity> arrivals) {

  /**
   * Checks the components.
   *
   * @param country the resettling country, not null
   * @param year the year the quotas' periods start in
   * @param quotas how many quotas were added up, at least 1
   * @param places the places offered, or empty
   * @param arrivals the arrivals reported, or empty
   * @throws InvalidValueException if a component is null or there are no quotas
   */
  public QuotaTotal {
    Invariants.notNull(QuotaTotal.class, "country", country);
    Invariants.check(quotas >= 1, QuotaTotal.class, "quotas", () -> "must be at least 1, was " + quotas);
    Invariants.notNull(QuotaTotal.class, "places", places);
    Invariants.notNull(QuotaTotal.class, "arrivals", arrivals);
  }

  /**
   * Returns the arrivals as a share of the places, by their {@linkplain Quantity#estimate()
   * estimates}.
   *
   * @return the share (1.0 is every place filled), or empty without both figures or with zero
   *     places
   */
  public OptionalDouble arrivalShare() {
    if (arrivals.isEmpty() || places.isEmpty() || places.get().estimate() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) arrivals.get().estimate() / places.get().estimate());
  }
}
