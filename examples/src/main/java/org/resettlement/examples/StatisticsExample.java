package org.resettlement.examples;

import java.util.List;
import java.util.Optional;
import org.resettlement.core.AgeBand;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationFilter;
import org.resettlement.core.ObservationIndex;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Quantity;
import org.resettlement.core.Rounding;
import org.resettlement.core.Sex;
import org.resettlement.core.Source;
import org.resettlement.core.StatisticMetric;

/**
 * The README's official statistics: the cells of a publisher's table as observations, and the
 * questions an index answers about them.
 */
public final class StatisticsExample {

  private StatisticsExample() {}

  /**
   * Builds a few cells of Eurostat's table of resettled persons and asks the index about them.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // tag::observations[]
    Source eurostat = Source.of(LocalizedText.of("en", "Resettled persons by age, sex and citizenship"
        + " (migr_asyresa)"));                                 // one Source, shared by every cell
    DateRange year2016 = DateRange.of(PartialDate.ofYear(2016));
    Geography france = Geography.of(CountryCode.of("FR"));
    DimensionKey syrians = DimensionKey.of(Dimension.CITIZENSHIP, CountryCategory.of(CountryCode.of("SY")));

    Observation margin = Observation.builder()                // Syrians resettled to France
        .metric(StatisticMetric.RESETTLED_PERSONS)
        .key(syrians)
        .value(Quantity.exactly(1045))
        .period(year2016)
        .geography(france)
        .rounding(Rounding.NEAREST_5)                          // Eurostat rounds every figure to 5
        .addSources(eurostat)
        .build();
    DimensionKey syrianWomen = syrians.with(Dimension.SEX, Sex.FEMALE);
    List<Observation> cube = List.of(
        margin,
        margin.withKey(syrianWomen).withValue(Quantity.exactly(525)),
        margin.withKey(syrians.with(Dimension.SEX, Sex.MALE)).withValue(Quantity.exactly(525)),
        margin.withKey(syrianWomen.with(Dimension.AGE_BAND, AgeBand.of(18, 34)))
            .withValue(Quantity.exactly(85)),
        margin.withKey(DimensionKey.of(Dimension.CITIZENSHIP, CountryCategory.STATELESS))
            .withValue(Quantity.exactly(5)),
        Observation.builder().from(margin)                     // a ':' cell is kept, with no value
            .key(DimensionKey.of(Dimension.CITIZENSHIP, CountryCategory.of(CountryCode.of("ER"))))
            .value(Optional.empty())
            .addStatuses(ObservationStatus.CONFIDENTIAL)
            .build());

    ObservationIndex index = ObservationIndex.of(cube);
    ObservationFilter women = ObservationFilter.builder()
        .metric(StatisticMetric.RESETTLED_PERSONS)
        .period(year2016)
        .geography(france)
        .key(syrianWomen)
        .exactKey(true)                                        // the margin of women, not its cells
        .build();
    System.out.println(index.total(women).sum());       // 523-527: 525 rounded to 5
    System.out.println(index.totalsBy(ObservationFilter.builder()
        .addUndivided(Dimension.SEX, Dimension.AGE_BAND).build(), Dimension.CITIZENSHIP).keySet());
                                                               // [ER, SY, stateless]
    System.out.println(index.discrepancies());                // []: 525 + 525 is within 1045's rounding
    // end::observations[]
  }
}
