package org.resettlement.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * A published total or margin of a cube that its cells one dimension deeper do not add up to,
 * even allowing for rounding, as {@link ObservationIndex#discrepancies()} finds it.
 *
 * <p>Eurostat publishes for France in 2016 both the resettled Syrians ({@code {citizenship=SY}},
 * a margin) and the resettled Syrians of each sex ({@code {sex=female, citizenship=SY}}, {@code
 * {sex=male, citizenship=SY}}, {@code {sex=unknown, citizenship=SY}}, the cells by sex). All
 * figures are rounded to the nearest 5, so the cells may add up to a few more or less than the
 * margin: three cells may be off by 2 each and the margin by 2, 8 in all. A discrepancy is a
 * difference beyond that: the {@link #cells()} certainly add up to more than the {@link
 * #margin()} counts ({@link #cellsExceedMargin()}), or certainly to less.
 *
 * <p>A computed view of an index, not a record of a {@link Dataset}. Its observations are those
 * of the index, not copies.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Discrepancy implements WithDiscrepancy {

  Discrepancy() {}

  /**
   * Returns the published total or margin.
   *
   * @return the observation whose key the cells' keys divide further, not null
   */
  public abstract Observation margin();

  /**
   * Returns the dimension the cells divide the margin's population by.
   *
   * @return the dimension, such as {@link Dimension#SEX}, not null
   */
  public abstract Dimension dimension();

  /**
   * Returns the cells that were added up: observations of the margin's metric, period and
   * geography whose keys are the margin's key with one category of {@link #dimension()} more, or,
   * for a margin of an age band, with an age band within it instead. Age bands that overlap are
   * never added up together.
   *
   * @return the unmodifiable list of cells, with values, in the order of their categories, not
   *     empty
   */
  public abstract List<Observation> cells();

  /**
   * Returns the sum of the cells' published figures, as a reader adding up the table would get
   * it.
   *
   * @return the sum of the cells' values, not null
   */
  public abstract Quantity cellsSum();

  /**
   * Returns whether the cells add up to more than the margin counts; false if they add up to less.
   *
   * @return true if the cells exceed the margin
   */
  public abstract boolean cellsExceedMargin();

  /**
   * Returns how far apart the margin and its cells are beyond what rounding allows: the least
   * difference between a true count the margin can stand for and a true sum the cells can stand
   * for ({@link Observation#bounds()}).
   *
   * @return the difference beyond rounding, at least 1
   */
  public abstract long beyondRounding();

  //-----------------------------------------------------------------------
  /**
   * Creates a builder for a discrepancy.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.check(!cells().isEmpty(), Discrepancy.class, "cells", "must not be empty");
    Invariants.check(
        beyondRounding() >= 1,
        Discrepancy.class,
        "beyondRounding",
        () -> "must be at least 1, was " + beyondRounding());
  }

  /**
   * Returns the discrepancy as a sentence, such as {@code resettled-persons FR 2016/2016
   * {citizenship=SY}: 120; its 3 cells by sex add up to 150, 22 more beyond rounding}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    Observation margin = margin();
    return margin.metric().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
        + " " + margin.geography()
        + " " + margin.period()
        + " " + margin.key()
        + ": " + margin.value().map(Quantity::toString).orElse("no value")
        + "; its " + cells().size() + (cells().size() == 1 ? " cell" : " cells")
        + " by " + dimension()
        + " add up to " + cellsSum()
        + ", " + beyondRounding() + (cellsExceedMargin() ? " more" : " less") + " beyond rounding";
  }

  /**
   * Builds a {@link Discrepancy}; every part is required.
   */
  public static final class Builder extends ImmutableDiscrepancy.Builder {
    /** Creates an empty builder; the same as {@link Discrepancy#builder()}. */
    public Builder() {}
  }
}
