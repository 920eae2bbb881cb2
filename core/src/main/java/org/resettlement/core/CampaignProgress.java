package org.resettlement.core;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How far the pledges to a {@link Campaign} go towards its target, as {@link
 * Dataset#campaignProgress(CampaignId)} computes it.
 *
 * <p>Only pledges of {@link PledgeKind#RESETTLEMENT_PLACES} with a quantity count towards the
 * places; withdrawn pledges count for nothing but {@link #withdrawnPledges()}.
 *
 * <p>A computed view, not a record of a {@link Dataset}: services may publish it (the wire format
 * has it), and read it back with its builder.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class CampaignProgress implements WithCampaignProgress {

  CampaignProgress() {}

  /**
   * Returns the campaign.
   *
   * @return the campaign's identifier, not null
   */
  public abstract CampaignId campaign();

  /**
   * Returns the campaign's first target of {@link StatisticMetric#PLACES_OFFERED}.
   *
   * @return the target, or empty if the campaign has none
   */
  public abstract Optional<Target> target();

  /**
   * Returns how many pledges answer the campaign and are not withdrawn, of any kind.
   *
   * @return the number of pledges, not negative
   */
  public abstract int pledges();

  /**
   * Returns how many pledges to the campaign were withdrawn.
   *
   * @return the number of withdrawn pledges, not negative
   */
  public abstract int withdrawnPledges();

  /**
   * Returns the places pledged, added up with {@link Quantity#sum(Iterable)}.
   *
   * @return the places pledged, not null
   */
  public abstract Quantity pledgedPlaces();

  /**
   * Returns the places delivered so far, added up from {@link Pledge#deliveredQuantity()}.
   *
   * @return the places delivered, not null
   */
  public abstract Quantity deliveredPlaces();

  /**
   * Creates a builder for a campaign's progress.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.nonNegative(CampaignProgress.class, "pledges", pledges());
    Invariants.nonNegative(CampaignProgress.class, "withdrawnPledges", withdrawnPledges());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the pledged places as a share of the target, by their {@linkplain Quantity#estimate()
   * estimates}.
   *
   * @return the share (1.0 is the target reached), or empty without a target or with a zero target
   */
  public OptionalDouble pledgedShare() {
    return shareOfTarget(pledgedPlaces());
  }

  /**
   * Returns the delivered places as a share of the target, by their {@linkplain
   * Quantity#estimate() estimates}.
   *
   * @return the share (1.0 is the target reached), or empty without a target or with a zero target
   */
  public OptionalDouble deliveredShare() {
    return shareOfTarget(deliveredPlaces());
  }

  private OptionalDouble shareOfTarget(Quantity places) {
    if (target().isEmpty() || target().get().value().estimate() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) places.estimate() / target().get().value().estimate());
  }

  /**
   * Builds a {@link CampaignProgress}; every field but {@code target} is required.
   */
  public static final class Builder extends ImmutableCampaignProgress.Builder {
    /** Creates an empty builder; the same as {@link CampaignProgress#builder()}. */
    public Builder() {}
  }
}
