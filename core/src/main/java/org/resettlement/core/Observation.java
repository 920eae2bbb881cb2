package org.resettlement.core;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One cell of a publisher's table of statistics: the count of one population, for one metric,
 * period and geography, with its status and the publisher's rounding. An observation in the sense
 * of SDMX.
 *
 * <p>"France resettled 85 Syrian women aged 18-34 in 2016", a cell of Eurostat's {@code
 * migr_asyresa}, is an observation of {@link StatisticMetric#RESETTLED_PERSONS} with the key
 * {@code {sex=female, age-band=18-34, citizenship=SY}}, the value 85 rounded to the nearest 5, the
 * period 2016 and the geography France. The same table's total for France in 2016 is an observation
 * with the empty key, and its margin for Syrians one with the key {@code {citizenship=SY}}.
 *
 * <h2>Observation or statistic</h2>
 * A {@link Statistic} is a figure that a document quotes, with an identifier, perhaps with "of
 * which" breakdowns ("172,000 refugees in need, of which 1,200 female"). An observation is a cell
 * of a publisher's cube (Eurostat, UNHCR): a table of many cells becomes one observation per cell,
 * which share the same {@link Source}, period and geography objects, so that a million of them
 * fit in memory. Observations have no identifier; their key, metric, period and geography say
 * which cell they are. {@link Statistic#asObservations()} turns a quoted figure into observations.
 *
 * <h2>Status</h2>
 * A cell that the publisher withholds ({@link ObservationStatus#CONFIDENTIAL}) or that is missing
 * ({@link ObservationStatus#NOT_AVAILABLE}, a {@code :} in a Eurostat table) has no value but is
 * still an observation: it says that the count exists and is not given. So an observation should
 * have a value exactly when it is neither withheld nor missing. The builder does not enforce this,
 * because publishers' files break it (a confidential cell with a figure, an empty cell without a
 * flag) and such a file should be read whole and reported at once: the validation module's rule
 * {@code VALUE_MATCHES_STATUS} reports an observation that breaks it.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Observation implements WithObservation {

  Observation() {}

  /**
   * Returns what was counted.
   *
   * @return the metric, not null
   */
  public abstract StatisticMetric metric();

  /**
   * Returns which population was counted: the category of each dimension the table divides by.
   *
   * @return the key, the {@linkplain DimensionKey#of() empty key} for the whole population (the
   *     default), not null
   */
  @Value.Default
  public DimensionKey key() {
    return DimensionKey.of();
  }

  /**
   * Returns the count, as the publisher gives it (rounded, if the publisher rounds).
   *
   * @return the value, or empty, as it should be only if the observation is withheld or missing
   */
  public abstract Optional<Quantity> value();

  /**
   * Returns what the publisher says about the observation: estimated, provisional, confidential,
   * and so on.
   *
   * @return the unmodifiable set of statuses, in the order of {@link ObservationStatus}, possibly
   *     empty, not null
   */
  public abstract Set<ObservationStatus> statuses();

  /**
   * Returns how the publisher rounds the value.
   *
   * @return the rounding, such as {@link Rounding#NEAREST_5}, or empty if the value is not
   *     rounded
   */
  public abstract Optional<Rounding> rounding();

  /**
   * Returns the period the count covers; a yearly figure covers one year.
   *
   * @return the period, not null
   */
  public abstract DateRange period();

  /**
   * Returns where the count applies, such as the reporting country.
   *
   * @return the geography, not null
   */
  public abstract Geography geography();

  /**
   * Returns a note on the observation, such as the publisher's footnote.
   *
   * @return the note, or empty
   */
  public abstract Optional<LocalizedText> note();

  /**
   * Returns the sources that publish the observation; the cells of one table share them.
   *
   * @return the unmodifiable list of sources, possibly empty, not null
   */
  public abstract List<Source> sources();

  //-----------------------------------------------------------------------
  /**
   * Obtains an observation with a value and no status, rounding or source.
   *
   * @param metric  what was counted, not null
   * @param key  which population was counted, not null
   * @param period  the period, not null
   * @param geography  where, not null
   * @param value  the count, not null
   * @return the observation, not null
   * @throws InvalidValueException if any argument is null
   */
  public static Observation of(
      StatisticMetric metric, DimensionKey key, DateRange period, Geography geography, Quantity value) {
    return builder().metric(metric).key(key).period(period).geography(geography).value(value).build();
  }

  /**
   * Creates a builder for an observation.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether the publisher withholds the value ({@link ObservationStatus#CONFIDENTIAL}).
   *
   * @return true if the observation is confidential
   */
  public boolean withheld() {
    return statuses().contains(ObservationStatus.CONFIDENTIAL);
  }

  /**
   * Checks whether the value is missing ({@link ObservationStatus#NOT_AVAILABLE}).
   *
   * @return true if the observation is not available
   */
  public boolean missing() {
    return statuses().contains(ObservationStatus.NOT_AVAILABLE);
  }

  /**
   * Returns the true counts that the value can stand for: the value widened by the publisher's
   * {@linkplain Rounding#bounds(Quantity) rounding}, or the value itself if it is not rounded.
   *
   * @return the bounds, such as 83-87 for 85 rounded to the nearest 5, or empty if the
   *     observation has no value
   */
  public Optional<Quantity> bounds() {
    Optional<Rounding> rounding = rounding();
    return rounding.isPresent() ? value().map(rounding.get()::bounds) : value();
  }

  @Value.Check
  Observation check() {
    // Most cells of a cube have no status. The builder gives each observation a set of statuses of
    // its own, 48 bytes even when empty; the copy made here holds the one shared empty set, which
    // is what withStatuses makes of an empty list. A cube of a million cells saves 48 MB.
    if (statuses().isEmpty() && statuses() != Collections.<ObservationStatus>emptySet()) {
      return ImmutableObservation.copyOf(this).withStatuses(List.of());
    }
    return this;
  }

  /**
   * Builds an {@link Observation}; {@code metric}, {@code period} and {@code geography} are
   * required. A {@code value} should be given unless a status says the observation is
   * confidential or not available, and only then be left out; the builder accepts either, and the
   * validation module's {@code VALUE_MATCHES_STATUS} reports a mismatch.
   */
  public static final class Builder extends ImmutableObservation.Builder {
    /** Creates an empty builder; the same as {@link Observation#builder()}. */
    public Builder() {}
  }
}
