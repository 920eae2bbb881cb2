package org.resettlement.wireformat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.resettlement.core.AgeBand;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Quantity;
import org.resettlement.core.Rounding;
import org.resettlement.core.Sex;
import org.resettlement.core.Source;
import org.resettlement.core.StatisticMetric;

/**
 * The observations that the golden files of wire format 1.1 must read as: cells of Eurostat's
 * table of resettled persons ({@code migr_asyresa}) and of UNHCR's Refugee Data Finder. Figures
 * taken from the publishers' files (see {@code shared/data/README.md}) are marked as real; the
 * others are illustrative, marked as such in their notes.
 */
public final class ObservationData {
  private ObservationData() {}

  /** Eurostat's table, as every cell of it cites it: the cells of a table share one source. */
  public static final Source MIGR_ASYRESA =
      Source.builder()
          .title(LocalizedText.of("en", "Resettled persons by age, sex and citizenship - annual data"))
          .publisher("Eurostat")
          .url(URI.create("https://ec.europa.eu/eurostat/databrowser/view/migr_asyresa/default/table"))
          .build();

  /** UNHCR's table of durable solutions, as every cell of it cites it. */
  public static final Source REFUGEE_DATA_FINDER =
      Source.builder()
          .title(LocalizedText.of("en", "Refugee Data Finder: solutions"))
          .publisher("UNHCR")
          .url(URI.create("https://www.unhcr.org/refugee-statistics/download"))
          .accessedOn(LocalDate.of(2024, 7, 19))
          .build();

  /** Eurostat's {@code unit}, a publisher's dimension that a row of its table carries. */
  public static final Dimension EUROSTAT_UNIT = Dimension.of("eurostat:unit");

  private static final DateRange YEAR_2017 = DateRange.of(PartialDate.ofYear(2017));
  private static final Geography FRANCE = Geography.of(CountryCode.of("FR"));
  private static final CountryCategory SYRIA = CountryCategory.of(CountryCode.of("SY"));

  /**
   * A real margin of {@code migr_asyresa}: 2,330 Syrians resettled to France in 2017, rounded to
   * the nearest 5 (the row {@code A,PER,SY,T,TOTAL,FR,2017,2330}).
   */
  public static final Observation SYRIANS_TO_FRANCE_2017 =
      Observation.builder()
          .metric(StatisticMetric.RESETTLED_PERSONS)
          .key(DimensionKey.of(Dimension.CITIZENSHIP, SYRIA))
          .value(Quantity.exactly(2330))
          .rounding(Rounding.NEAREST_5)
          .period(YEAR_2017)
          .geography(FRANCE)
          .addSource(MIGR_ASYRESA)
          .build();

  /**
   * An illustrative cross cell of the same table, with every dimension of its row: Syrian women
   * aged 18 to 34 in persons ({@code PER}), estimated and provisional.
   */
  public static final Observation ILLUSTRATIVE_CELL =
      Observation.builder()
          .metric(StatisticMetric.RESETTLED_PERSONS)
          .key(DimensionKey.of(Dimension.SEX, Sex.FEMALE)
              .with(Dimension.AGE_BAND, AgeBand.of(18, 34))
              .with(Dimension.CITIZENSHIP, SYRIA)
              .with(EUROSTAT_UNIT, CategoryCode.of("PER")))
          .value(Quantity.exactly(85))
          .addStatuses(ObservationStatus.ESTIMATED, ObservationStatus.PROVISIONAL)
          .rounding(Rounding.NEAREST_5)
          .period(YEAR_2017)
          .geography(FRANCE)
          .note(LocalizedText.of("en", "Illustrative figure"))
          .addSource(MIGR_ASYRESA)
          .build();

  /**
   * An illustrative cell that Eurostat withholds: stateless men aged 65 and over. It has no value,
   * and is still an observation.
   */
  public static final Observation ILLUSTRATIVE_CONFIDENTIAL =
      Observation.builder()
          .metric(StatisticMetric.RESETTLED_PERSONS)
          .key(DimensionKey.of(Dimension.SEX, Sex.MALE)
              .with(Dimension.AGE_BAND, AgeBand.from(65))
              .with(Dimension.CITIZENSHIP, CountryCategory.STATELESS))
          .addStatuses(ObservationStatus.CONFIDENTIAL)
          .rounding(Rounding.NEAREST_5)
          .period(YEAR_2017)
          .geography(FRANCE)
          .note(LocalizedText.of("en", "Illustrative cell"))
          .addSource(MIGR_ASYRESA)
          .build();

  /**
   * Real cells of UNHCR's table for 2015: stateless persons ({@code XXA}) who arrived in Canada
   * through resettlement (461), those who returned as refugees, which UNHCR gives as {@code -}
   * (not available), and Tibetans ({@code TIB}), a code that is no country and is kept as UNHCR
   * writes it (the figure for them is illustrative).
   */
  public static final List<Observation> UNHCR_2015 = unhcr2015();

  private static List<Observation> unhcr2015() {
    DateRange year = DateRange.of(PartialDate.ofYear(2015));
    Geography canada = Geography.of(CountryCode.of("CA"));
    DimensionKey stateless = DimensionKey.of(Dimension.COUNTRY_OF_ORIGIN, CountryCategory.STATELESS);
    Observation arrivals =
        Observation.builder()
            .metric(StatisticMetric.ARRIVALS)
            .key(stateless)
            .value(Quantity.exactly(461))
            .period(year)
            .geography(canada)
            .addSource(REFUGEE_DATA_FINDER)
            .build();
    return List.of(
        arrivals,
        Observation.builder()
            .from(arrivals)
            .metric(StatisticMetric.RETURNED_REFUGEES)
            .value(Optional.empty())
            .addStatuses(ObservationStatus.NOT_AVAILABLE)
            .build(),
        arrivals.withKey(DimensionKey.of(Dimension.COUNTRY_OF_ORIGIN, CategoryCode.of("TIB")))
            .withValue(Quantity.exactly(12))
            .withNote(LocalizedText.of("en", "Illustrative figure")));
  }

  /**
   * An illustrative cube that does not add up: the real margin of Syrians resettled to France in
   * 2017 (2,330) and cells by sex of 1,200 women and 1,185 men, which add up to 55 more, beyond
   * the 6 that rounding three figures to the nearest 5 allows.
   */
  public static final List<Observation> ILLUSTRATIVE_CUBE = List.of(
      SYRIANS_TO_FRANCE_2017,
      bySex(Sex.FEMALE, 1200),
      bySex(Sex.MALE, 1185));

  private static Observation bySex(Sex sex, long value) {
    return Observation.builder()
        .from(SYRIANS_TO_FRANCE_2017)
        .key(SYRIANS_TO_FRANCE_2017.key().with(Dimension.SEX, sex))
        .value(Quantity.exactly(value))
        .note(LocalizedText.of("en", "Illustrative figure"))
        .build();
  }

  /** The observations of the golden dataset of version 1.1: Eurostat's cells, then UNHCR's. */
  public static List<Observation> all() {
    return List.of(
        SYRIANS_TO_FRANCE_2017, ILLUSTRATIVE_CELL, ILLUSTRATIVE_CONFIDENTIAL,
        UNHCR_2015.get(0), UNHCR_2015.get(1), UNHCR_2015.get(2));
  }
}
