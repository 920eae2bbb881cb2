package org.resettlement.core;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How far the pledges to a {@link Campaign} go towards its target, as {@link
 * Dataset#campaignProgress(CampaignId)} computes it.
 *
 * <p>Only pledges of {@link PledgeKind#RESETTLEMENT_PLACES} with a quantity count towards the
 * places; withdrawn pledges count for nothing but {@link #withdrawnPledges()}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param campaign the campaign, not null
 * @param target the campaign's first target of {@link StatisticMetric#PLACES_OFFERED}, or empty
 * @param pledges how many pledges answer the campaign and are not withdrawn, of any kind
 * @param withdrawnPledges how many pledges to the campaign were withdrawn
 * @param pledgedPlaces the places pledged, added up with {@link Quantity#plus(Quantity)}
 * @param deliveredPlaces the places delivered so far, by {@link Pledge#deliveredQuantity()}
 */
public record CampaignProgress(
    CampaignId campaign,
    Optional<Target> target,
    int pledges,
    int withdrawnPledges,
    Quantity pledgedPlaces,
    Quantity deliveredPlaces) {

  /**
   * Checks the components.
   *
   * @param campaign the campaign, not null
   * @param target the campaign's first target of places offered, or empty
   * @param pledges how many pledges answer the campaign and are not withdrawn
   * @param withdrawnPledges how many pledges to the campaign were withdrawn
   * @param pledgedPlaces the places pledged
   * @param deliveredPlaces the places delivered so far
   * @throws InvalidValueException if a component is null or a count is negative
   */
  public CampaignProgress {
    Invariants.notNull(CampaignProgress.class, "campaign", campaign);
    Invariants.notNull(CampaignProgress.class, "target", target);
    Invariants.nonNegative(CampaignProgress.class, "pledges", pledges);
    Invariants.nonNegative(CampaignProgress.class, "withdrawnPledges", withdrawnPledges);
    Invariants.notNull(CampaignProgress.class, "pledgedPlaces", pledgedPlaces);
    Invariants.notNull(CampaignProgress.class, "deliveredPlaces", deliveredPlaces);
  }

  /**
   * Returns the pledged places as a share of the target, by their {@linkplain Quantity#estimate()
   * estimates}.
   *
   * @return the share (1.0 is the target reached), or empty without a target or with a zero target
   */
  public OptionalDouble pledgedShare() {
    return shareOfTarget(pledgedPlaces);
  }

  /**
   * Returns the delivered places as a share of the target, by their {@linkplain
   * Quantity#estimate() estimates}.
   *
   * @return the share (1.0 is the target reached), or empty without a target or with a zero target
   */
  public OptionalDouble deliveredShare() {
    return shareOfTarget(deliveredPlaces);
  }

  private OptionalDouble shareOfTarget(Quantity places) {
    if (target.isEmpty() || target.get().value().estimate() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) places.estimate() / target.get().value().estimate());
  }
}
