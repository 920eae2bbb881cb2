package org.resettlement.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An advocacy campaign: who launched it, when, what it aims at, and for how long.
 *
 * <p>"Resettlement saves lives - 2020", launched in 2012 by Amnesty International, CCME, ECRE,
 * ICMC, IOM and Save Me, aims at 20,000 resettlement places a year in the EU by 2020. {@link
 * Pledge}s answer a campaign; {@link Dataset#campaignProgress(CampaignId)} adds them up against
 * the target.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Campaign implements DatasetRecord<CampaignId>, WithCampaign {

  Campaign() {}

  /**
   * Returns the identifier of this campaign.
   *
   * @return the identifier, not null
   */
  @Override
  public abstract CampaignId id();

  /**
   * Returns the campaign's name, in one or more languages.
   *
   * @return the name, not null
   */
  public abstract LocalizedText name();

  /**
   * Returns the organisations that launched the campaign.
   *
   * @return the unmodifiable list of launching organisations, possibly empty, not null
   */
  public abstract List<OrganisationId> launchingOrganisations();

  /**
   * Returns when the campaign was launched, to the precision known.
   *
   * @return the launch date, or empty
   */
  public abstract Optional<PartialDate> launchDate();

  /**
   * Returns what the campaign aims at.
   *
   * @return the unmodifiable list of targets, possibly empty, not null
   */
  public abstract List<Target> targets();

  /**
   * Returns when the campaign runs, such as "the coming 8 years".
   *
   * @return the period, or empty
   */
  public abstract Optional<DateRange> period();

  /**
   * Returns what the campaign asks for.
   *
   * @return the summary, or empty
   */
  public abstract Optional<LocalizedText> summary();

  /**
   * Returns the sources the facts of this campaign come from.
   *
   * @return the unmodifiable list of sources, possibly empty, not null
   */
  @Override
  public abstract List<Source> sources();

  /**
   * Creates a builder for a campaign.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Campaign}; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutableCampaign.Builder {
    /** Creates an empty builder; the same as {@link Campaign#builder()}. */
    public Builder() {}
  }
}
