package org.resettlement.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event's place in a series: "the first meeting of the Community of Practice", or the
 * workshop "which concluded a series of events organised by the project".
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class SeriesPosition implements WithSeriesPosition {

  SeriesPosition() {}

  /**
   * Returns the name of the series.
   *
   * @return the series' name, not null
   */
  public abstract LocalizedText series();

  /**
   * Returns the event's number in the series, counting from 1, if known.
   *
   * @return the ordinal, at least 1, or empty
   */
  public abstract Optional<Integer> ordinal();

  /**
   * Returns whether the event concluded the series.
   *
   * @return true if it was the last event of the series; false if not, or not known
   */
  @Value.Default
  public boolean last() {
    return false;
  }

  /**
   * Creates a builder for a series position.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ordinal()
        .ifPresent(
            ordinal ->
                Invariants.check(
                    ordinal >= 1,
                    SeriesPosition.class,
                    "ordinal",
                    () -> "must be at least 1, was " + ordinal));
  }

  /** Builds a {@link SeriesPosition}; {@code series} is required. */
  public static final class Builder extends ImmutableSeriesPosition.Builder {
    /** Creates an empty builder; the same as {@link SeriesPosition#builder()}. */
    public Builder() {}
  }
}
