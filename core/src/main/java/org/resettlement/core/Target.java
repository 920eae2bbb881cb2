package org.resettlement.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link Campaign} aims at: a metric, a value, where, and by when.
 *
 * <p>"By 2020 Europe can offer 20,000 refugees safety ... every year" is a target of 20,000
 * {@link StatisticMetric#PLACES_OFFERED places offered} per year, in the {@link
 * CountryGroup#EUROPEAN_UNION EU}, with the deadline 2020.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Target implements WithTarget {

  Target() {}

  /**
   * Returns what the target counts.
   *
   * @return the metric, not null
   */
  public abstract StatisticMetric metric();

  /**
   * Returns the value aimed at.
   *
   * @return the value, not null
   */
  public abstract Quantity value();

  /**
   * Returns where the target applies.
   *
   * @return the geography, or empty if the source does not say
   */
  public abstract Optional<Geography> scope();

  /**
   * Returns by when the target should be reached.
   *
   * @return the deadline, or empty
   */
  public abstract Optional<PartialDate> deadline();

  /**
   * Returns whether the value is a yearly rate ("20,000 every year") rather than a total.
   *
   * @return true for a yearly rate
   */
  @Value.Default
  public boolean perYear() {
    return false;
  }

  /**
   * Returns the target in the campaign's own words.
   *
   * @return the description, or empty
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Creates a builder for a target.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Target}; {@code metric} and {@code value} are required. */
  public static final class Builder extends ImmutableTarget.Builder {
    /** Creates an empty builder; the same as {@link Target#builder()}. */
    public Builder() {}
  }
}
