package org.resettlement.core;

/** What a {@link Statistic} or a campaign {@link Target} counts. */
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
  RESETTLING_COUNTRIES
}
