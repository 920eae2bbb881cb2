package org.resettlement.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A public commitment: who promises what, in answer to which campaign, and how far it has been
 * kept.
 *
 * <p>A state pledges resettlement places, a foundation pledges money, an NGO pledges advocacy or
 * services. Places are a {@link Quantity}, money a {@link MonetaryAmount}. The {@link #status()}
 * says how far the pledge has been kept and {@link #fulfilled()} how much of it, when known.
 *
 * <p>A fulfilled quantity above the pledged one is reported by the validation module unless
 * {@link #overfulfilled()} marks it as intended.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Pledge implements DatasetRecord<PledgeId>, WithPledge {

  Pledge() {}

  /**
   * Returns the identifier of this pledge.
   *
   * @return the identifier, not null
   */
  @Override
  public abstract PledgeId id();

  /**
   * Returns who made the pledge: an organisation, a person or a state.
   *
   * @return the pledger, not null
   */
  public abstract Actor pledger();

  /**
   * Returns the campaign the pledge answers.
   *
   * @return the campaign's identifier, or empty for a pledge made on its own
   */
  public abstract Optional<CampaignId> campaign();

  /**
   * Returns what is pledged.
   *
   * @return the kind, not null
   */
  public abstract PledgeKind kind();

  /**
   * Returns how many places, people or other units are pledged.
   *
   * @return the quantity, or empty
   */
  public abstract Optional<Quantity> quantity();

  /**
   * Returns how much money is pledged.
   *
   * @return the amount, or empty
   */
  public abstract Optional<MonetaryAmount> amount();

  /**
   * Returns the pledge in the pledger's words.
   *
   * @return the description, or empty
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns when the pledge was made.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> pledgedOn();

  /**
   * Returns the period the pledge is to be kept in, such as the years 2018-2019.
   *
   * @return the period, or empty
   */
  public abstract Optional<DateRange> targetPeriod();

  /**
   * Returns how far the pledge has been kept.
   *
   * @return the status, {@link PledgeStatus#ANNOUNCED} unless set
   */
  @Value.Default
  public PledgeStatus status() {
    return PledgeStatus.ANNOUNCED;
  }

  /**
   * Returns how much of the pledged quantity has been delivered, when known.
   *
   * @return the fulfilled quantity, or empty
   */
  public abstract Optional<Quantity> fulfilled();

  /**
   * Returns whether delivering more than was pledged is confirmed and intended.
   *
   * @return true if a fulfilled quantity above the pledged one is not an error
   */
  @Value.Default
  public boolean overfulfilled() {
    return false;
  }

  /**
   * Returns the sources the facts of this pledge come from.
   *
   * @return the unmodifiable list of sources, possibly empty, not null
   */
  @Override
  public abstract List<Source> sources();

  /**
   * Returns the quantity delivered so far, as {@link Dataset#campaignProgress(CampaignId)}
   * counts it: the {@link #fulfilled()} quantity when given; else the pledged quantity for a
   * {@link PledgeStatus#FULFILLED} pledge; else nothing.
   *
   * @return the delivered quantity, {@link Quantity#ZERO} when nothing is known to be delivered
   */
  public Quantity deliveredQuantity() {
    if (fulfilled().isPresent()) {
      return fulfilled().get();
    }
    return status() == PledgeStatus.FULFILLED ? quantity().orElse(Quantity.ZERO) : Quantity.ZERO;
  }

  /**
   * Creates a builder for a pledge.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Pledge}; {@code id}, {@code pledger} and {@code kind} are required. */
  public static final class Builder extends ImmutablePledge.Builder {
    /** Creates an empty builder; the same as {@link Pledge#builder()}. */
    public Builder() {}
  }
}
