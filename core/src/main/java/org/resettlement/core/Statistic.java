package org.resettlement.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published figure: what was counted, how many, when, and where.
 *
 * <p>"In 2012 alone, 172,000 refugees are in need of resettlement" is a statistic of {@link
 * StatisticMetric#RESETTLEMENT_NEEDS} with the value 172,000, the period 2012, worldwide.
 * "Currently only six EU member states ... resettling around 3.500 refugees annually" is two:
 * {@link StatisticMetric#RESETTLING_COUNTRIES} 6 and {@link StatisticMetric#RESETTLED_PERSONS}
 * about 3,500, both in the EU for the year of the source.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Statistic implements DatasetRecord<StatisticId>, WithStatistic {

  Statistic() {}

  /**
   * Returns the identifier of this statistic.
   *
   * @return the identifier, not null
   */
  @Override
  public abstract StatisticId id();

  /**
   * Returns what was counted.
   *
   * @return the metric, not null
   */
  public abstract StatisticMetric metric();

  /**
   * Returns the figure, as precisely as the source gives it.
   *
   * @return the value, not null
   */
  public abstract Quantity value();

  /**
   * Returns the period the figure covers; a yearly figure covers one year.
   *
   * @return the period, not null
   */
  public abstract DateRange period();

  /**
   * Returns where the figure applies.
   *
   * @return the geography, not null
   */
  public abstract Geography geography();

  /**
   * Returns the figure broken down by sex, age band, citizenship or country of asylum.
   *
   * @return the unmodifiable list of categories, possibly empty, not null
   */
  public abstract List<Breakdown> breakdown();

  /**
   * Returns a note on how the figure was counted or reported.
   *
   * @return the note, or empty
   */
  public abstract Optional<LocalizedText> note();

  /**
   * Returns the sources that publish the figure.
   *
   * @return the unmodifiable list of sources, possibly empty, not null
   */
  @Override
  public abstract List<Source> sources();

  /**
   * Creates a builder for a statistic.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Statistic}; {@code id}, {@code metric}, {@code value}, {@code period} and
   * {@code geography} are required.
   */
  public static final class Builder extends ImmutableStatistic.Builder {
    /** Creates an empty builder; the same as {@link Statistic#builder()}. */
    public Builder() {}
  }
}
