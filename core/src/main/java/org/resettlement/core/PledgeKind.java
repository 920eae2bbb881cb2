package org.resettlement.core;

/** What a {@link Pledge} promises. */
public enum PledgeKind {
  /** Places for resettled refugees, counted by its quantity. */
  RESETTLEMENT_PLACES,
  /** Money, given by its amount. */
  FUNDING,
  /** Advocacy, such as promoting a campaign. */
  ADVOCACY,
  /** Services for resettled refugees, such as reception or integration support. */
  SERVICES,
  /** Goods or staff time rather than money. */
  IN_KIND,
  /** Any other commitment, described in words. */
  OTHER
}
