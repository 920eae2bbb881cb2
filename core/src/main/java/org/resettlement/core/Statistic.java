package org.resettlement.core;

import java.util.ArrayList;
import java.util.Collections;
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
 * <h2>Statistic or observation</h2>
 * A statistic is a figure that a document quotes: it has an identifier that other records and
 * readers can cite, and, when the document gives them, "of which" lists ({@link #breakdown()}:
 * "of which 1,200 female"). A publisher's table (Eurostat's {@code migr_asyresa}, UNHCR's
 * Refugee Data Finder) is not quoted but published whole, cell by cell: each cell is an {@link
 * Observation}, which names its population with a {@link DimensionKey} and carries the
 * publisher's status. {@link #asObservations()} gives a statistic's figures as observations, so
 * that both can be queried and summed together.
 *
 * <p>A statistic of part of a population says which part with its {@link #key()}: "85 Syrian
 * women resettled" has the key {@code {sex=female, citizenship=SY}}. Its breakdown then divides
 * that part further, along dimensions that the key does not have.
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
   * Returns which population the figure counts.
   *
   * @return the key, the {@linkplain DimensionKey#of() empty key} for the whole population (the
   *     default), not null
   */
  @Value.Default
  public DimensionKey key() {
    return DimensionKey.of();
  }

  /**
   * Returns the figure, as precisely as the source gives it.
   *
   * @return the value, not null
   */
  public abstract Quantity value();

  /**
   * Returns how the publisher rounds the figure and its breakdown, such as Eurostat to the
   * nearest 5. Rules that compare sums allow the error that rounding adds.
   *
   * @return the rounding, or empty if the figures are not rounded
   */
  public abstract Optional<Rounding> rounding();

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
   * Returns the "of which" figures a source gives with this one, each for a category of a
   * dimension, such as "of which 1,200 female".
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

  //-----------------------------------------------------------------------
  /**
   * Returns the figures of this statistic as observations: one for the figure itself, with this
   * statistic's key, and one for each entry of its breakdown, with this key and the entry's
   * category. Each has this statistic's metric, period, geography, rounding and sources; the first
   * also has its note.
   *
   * <p>A breakdown along a dimension that the key already has gives an observation the breakdown's
   * category for that dimension (the validation module reports such a breakdown).
   *
   * @return the unmodifiable list of observations, the figure itself first, not null
   */
  public List<Observation> asObservations() {
    List<Observation> observations = new ArrayList<>(1 + breakdown().size());
    Observation total =
        Observation.builder()
            .metric(metric())
            .key(key())
            .value(value())
            .rounding(rounding())
            .period(period())
            .geography(geography())
            .note(note())
            .sources(sources())
            .build();
    observations.add(total);
    for (Breakdown part : breakdown()) {
      observations.add(
          total
              .withKey(key().with(part.dimension(), part.category()))
              .withValue(part.value())
              .withNote(Optional.empty()));
    }
    return Collections.unmodifiableList(observations);
  }

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
