package org.resettlement.core;

/**
 * What a {@link Statistic}, an {@link Observation} or a campaign {@link Target} counts.
 *
 * <p>Each metric implies its unit: every metric counts persons, except {@link #PLACES_OFFERED}
 * (places), {@link #ASYLUM_DECISIONS} (decisions, one per person decided on) and {@link
 * #RESETTLING_COUNTRIES} (countries). A publisher's unit column that says the same (Eurostat's
 * {@code unit} {@code PER}) therefore needs no dimension of its own.
 */
public enum StatisticMetric {
  /** Refugees in need of resettlement, as UNHCR projects them. */
  RESETTLEMENT_NEEDS,
  /** Resettlement places offered or made available. */
  PLACES_OFFERED,
  /** Cases or persons submitted for resettlement. */
  SUBMISSIONS,
  /** Refugees who departed for a resettlement country. */
  DEPARTURES,
  /** Refugees who arrived in a resettlement country. */
  ARRIVALS,
  /** Refugees resettled, whether counted at departure or arrival. */
  RESETTLED_PERSONS,
  /** Countries that run a resettlement programme. */
  RESETTLING_COUNTRIES,
  /**
   * Refugees who returned to their country of origin, as UNHCR counts them among durable solutions
   * (its "Returned refugees").
   */
  RETURNED_REFUGEES,
  /**
   * Internally displaced persons who returned to their place of origin (UNHCR's "Returned IDPs").
   */
  RETURNED_IDPS,
  /** Refugees naturalised in their country of asylum (UNHCR's "Naturalisation"). */
  NATURALISATIONS,
  /**
   * First-instance decisions on applications for international protection, one per person (Eurostat
   * {@code migr_asydcfsta}); the kind of decision is a publisher's dimension.
   */
  ASYLUM_DECISIONS
}
