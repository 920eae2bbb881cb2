package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
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
import org.resettlement.core.StatisticMetric;

/**
 * Read, write, read gives equal observations: the same figures of the same populations, periods
 * and places, with the same statuses and rounding. Only the sources differ: a reader cites the file
 * it reads, and a written file is a new one.
 */
class RoundTripTest {
  private static final long SEED = 20231113L;
  private static final Dimension DECISION = Dimension.ofPublisher("eurostat", "decision");

  /** An observation without its sources. */
  static Observation data(Observation observation) {
    return observation.withSources(List.of());
  }

  static List<Observation> data(List<Observation> observations) {
    return observations.stream().map(RoundTripTest::data).collect(Collectors.toList());
  }

  static String sdmx(List<Observation> observations) {
    StringWriter text = new StringWriter();
    try (StatisticsWriter writer = StatisticsWriter.sdmxCsv(text)) {
      writer.writeAll(observations);
    }
    return text.toString();
  }

  static String tidy(List<Observation> observations) {
    Set<Dimension> dimensions = new LinkedHashSet<>();
    observations.forEach(observation -> dimensions.addAll(observation.key().dimensions()));
    StringWriter text = new StringWriter();
    try (StatisticsWriter writer = StatisticsWriter.tidyCsv(text, dimensions)) {
      writer.writeAll(observations);
    }
    return text.toString();
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {
      "migr_asyresa-sdmx-csv-1.csv", "migr_asyresa-sdmx-csv-1-conf-status.csv", "migr_asyresa-sdmx-csv-2.csv",
      "migr_asyresa-sdmx-csv-2-semicolon.csv", "estat_migr_asyresa.tsv", "migr_asydcfsta-sdmx-csv-1.csv"})
  void eurostat_throughSdmxCsv(String file) {
    List<Observation> read = Reading.resource(file).observations;

    Reading again = Reading.strict("written.csv", sdmx(read));

    assertThat(again.summary.format()).isEqualTo(StatisticsFormat.SDMX_CSV_1);
    assertThat(data(again.observations)).isEqualTo(data(read));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "migr_asyresa-sdmx-csv-1.csv", "migr_asyresa-sdmx-csv-1-conf-status.csv", "estat_migr_asyresa.tsv",
      "migr_asydcfsta-sdmx-csv-1.csv", "unhcr-solutions-sample.csv", "unhcr-solutions-codes.csv",
      "unhcr-resettlement-submissions.csv"})
  void everyLayout_throughTidyCsv(String file) {
    List<Observation> read = Reading.resource(file).observations;

    Reading again = Reading.strict("written.csv", tidy(read));

    assertThat(again.summary.format()).isEqualTo(StatisticsFormat.TIDY_CSV);
    assertThat(data(again.observations)).isEqualTo(data(read));
  }

  @Test
  void sdmxCsv_asWritten() {
    List<Observation> read = Reading.resource("migr_asyresa-sdmx-csv-1-conf-status.csv").observations;

    assertThat(sdmx(read)).isEqualTo(
        "DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS\n"
            + "ESTAT:MIGR_ASYRESA(1.0),,A,PER,TOTAL,T,TOTAL,DE,2023,4665,,\n"
            + "ESTAT:MIGR_ASYRESA(1.0),,A,PER,AF,F,Y_LT18,DE,2023,,,C\n"
            + "ESTAT:MIGR_ASYRESA(1.0),,A,PER,AF,M,Y_LT18,DE,2023,,,\n"
            + "ESTAT:MIGR_ASYRESA(1.0),,A,PER,SY,F,Y18-34,DE,2023,410,pb,\n"
            + "ESTAT:MIGR_ASYRESA(1.0),,A,PER,SY,M,Y18-34,DE,2023,395,i,\n");
  }

  @Test
  void tidyCsv_asWritten() {
    List<Observation> read = Reading.resource("migr_asyresa-sdmx-csv-1.csv").observations.subList(5, 13);

    assertThat(tidy(read)).isEqualTo(
        "metric,period,geography,sex,age-band,citizenship,value,status,rounding\n"
            + "resettled-persons,2017,FR,female,18-34,SY,85,,5\n"
            + "resettled-persons,2017,FR,female,35-64,SY,470,,5\n"
            + "resettled-persons,2017,FR,female,65+,SY,15,,5\n"
            + "resettled-persons,2017,FR,,,stateless,5,,5\n"
            + "resettled-persons,2017,FR,,unknown,unknown,0,,5\n"
            + "resettled-persons,2017,FR,,,EXT_EU27_2020,2570,,5\n"
            + "resettled-persons,2017,GR,,,SY,,not-available,5\n"
            + "resettled-persons,2017,GB,,,SY,5730,provisional,5\n");
  }

  //-----------------------------------------------------------------------
  private static final String[] CITIZENS = {"SY", "AF", "EL", "UK", "XK", "STLS", "UNK", "EXT_EU27_2020"};
  private static final String[] AGES = {"Y_LT18", "Y18-34", "Y35-64", "Y_GE65", "Y15", "UNK", "Y_LT5"};
  private static final String[] SEXES = {"F", "M", "UNK"};
  private static final ObservationStatus[] STATUSES = {ObservationStatus.ESTIMATED, ObservationStatus.PROVISIONAL,
      ObservationStatus.BREAK_IN_SERIES, ObservationStatus.DEFINITION_DIFFERS, ObservationStatus.LOW_RELIABILITY,
      ObservationStatus.FORECAST, ObservationStatus.IMPUTED, ObservationStatus.NOT_SIGNIFICANT};
  private static final Geography[] PLACES = {Geography.of(CountryCode.of("FR")), Geography.of(CountryCode.of("GR")),
      Geography.of(CountryCode.of("GB")), Geography.of(CountryGroup.EU27_2020), Geography.of(CountryGroup.EU28)};

  /** An observation of a Eurostat dataflow: any cell of any cube, with statuses Eurostat has flags for. */
  static Observation eurostatObservation(SplittableRandom random, boolean decisions) {
    DimensionKey key = DimensionKey.of();
    if (random.nextBoolean()) {
      key = key.with(Dimension.CITIZENSHIP, CodeList.EUROSTAT_COUNTRY.read(CITIZENS[random.nextInt(CITIZENS.length)]));
    }
    if (random.nextBoolean()) {
      key = key.with(Dimension.SEX, CodeList.EUROSTAT_SEX.read(SEXES[random.nextInt(SEXES.length)]));
    }
    if (random.nextBoolean()) {
      key = key.with(Dimension.AGE_BAND, CodeList.EUROSTAT_AGE.read(AGES[random.nextInt(AGES.length)]));
    }
    if (decisions && random.nextBoolean()) {
      key = key.with(DECISION, CategoryCode.of(random.nextBoolean() ? "TOTAL_POS" : "REJECTED"));
    }
    int year = 2008 + random.nextInt(17);
    DateRange period;
    switch (random.nextInt(3)) {
      case 0:
        period = DateRange.of(PartialDate.ofYear(year));
        break;
      case 1:
        int quarter = random.nextInt(4);
        period = DateRange.of(PartialDate.of(year, quarter * 3 + 1), PartialDate.of(year, quarter * 3 + 3));
        break;
      default:
        period = DateRange.of(PartialDate.of(year, 1 + random.nextInt(12)));
    }
    Observation.Builder observation = Observation.builder()
        .metric(decisions ? StatisticMetric.ASYLUM_DECISIONS : StatisticMetric.RESETTLED_PERSONS)
        .key(key)
        .period(period)
        .geography(PLACES[random.nextInt(PLACES.length)])
        .rounding(Rounding.NEAREST_5);
    int kind = random.nextInt(6);
    if (kind == 0) {
      observation.addStatuses(ObservationStatus.CONFIDENTIAL);
    } else if (kind == 1) {
      observation.addStatuses(ObservationStatus.NOT_AVAILABLE);
    } else {
      observation.value(Quantity.exactly(5L * random.nextInt(100_000)));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      observation.addStatuses(STATUSES[random.nextInt(STATUSES.length)]);
    }
    return observation.build();
  }

  static Stream<Object[]> cases() {
    return IntStream.range(0, 200).mapToObj(i -> new Object[] {i});
  }

  @ParameterizedTest(name = "case {0} of 200")
  @MethodSource("cases")
  void anyEurostatCube_throughSdmxCsvAndTidyCsv(int number) {
    SplittableRandom random = new SplittableRandom(SEED + number);
    boolean decisions = random.nextBoolean();
    List<Observation> observations = new ArrayList<>();
    while (observations.size() < 50) {
      observations.add(eurostatObservation(random, decisions));
    }
    String replay = "case " + number + " of 200 from seed " + SEED + " failed. Replay: new SplittableRandom("
        + (SEED + number) + ")";

    assertThat(data(Reading.strict("written.csv", sdmx(observations)).observations)).as(replay)
        .isEqualTo(observations);
    assertThat(data(Reading.strict("written.csv", tidy(observations)).observations)).as(replay)
        .isEqualTo(observations);
  }

  //-----------------------------------------------------------------------
  @Test
  void sdmxCsv_refusesWhatEurostatCannotSay() {
    Observation good = Reading.resource("migr_asyresa-sdmx-csv-1.csv").line(7);
    Observation arrivals = Reading.resource("unhcr-solutions-sample.csv").observations.get(2);
    Function<Observation, String> write = observation -> sdmx(List.of(observation));

    assertThatThrownBy(() -> write.apply(arrivals)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("SDMX-CSV is written for Eurostat's dataflows, and no dataflow this writer knows"
            + " counts arrivals");
    assertThatThrownBy(() -> write.apply(good.withGeography(Geography.world())))
        .hasMessage("Eurostat's geo is one country or one group of countries, not world");
    assertThatThrownBy(() -> write.apply(good.withPeriod(DateRange.parse("2017/2018"))))
        .hasMessage("Eurostat's periods are a year, a quarter or a month, not 2017/2018");
    assertThatThrownBy(() -> write.apply(good.withStatuses(ObservationStatus.SEE_METADATA)))
        .hasMessageStartingWith("Eurostat has no flag for [SEE_METADATA]");
    assertThatThrownBy(() -> write.apply(good.withRounding(java.util.Optional.empty())))
        .hasMessageStartingWith("MIGR_ASYRESA holds figures rounded to the nearest 5, not figures that are not rounded");
    assertThatThrownBy(() -> write.apply(good.withValue(Quantity.approximately(85))))
        .hasMessageStartingWith("Eurostat's values are counts, not about 85");
    assertThatThrownBy(() -> write.apply(good.withNote(LocalizedText.of("en", "a note"))))
        .hasMessageStartingWith("SDMX-CSV has no column for a note");
    assertThatThrownBy(() -> write.apply(good.withKey(good.key().with(Dimension.COUNTRY_OF_ORIGIN,
            CodeList.EUROSTAT_COUNTRY.read("SY")))))
        .hasMessageStartingWith("MIGR_ASYRESA has no dimension country-of-origin");
    assertThatThrownBy(() -> sdmx(List.of(good, Reading.resource("migr_asydcfsta-sdmx-csv-1.csv").line(2))))
        .hasMessage("a file of SDMX-CSV holds one dataflow's columns: MIGR_ASYRESA for resettled-persons, not"
            + " MIGR_ASYDCFSTA for asylum-decisions");
  }

  @Test
  void sdmxCsv_aRefusedFirstObservationWritesNothing() {
    Observation good = Reading.resource("migr_asyresa-sdmx-csv-1.csv").line(7);
    StringWriter text = new StringWriter();

    try (StatisticsWriter writer = StatisticsWriter.sdmxCsv(text)) {
      assertThatThrownBy(() -> writer.write(good.withGeography(Geography.world())))
          .isInstanceOf(IllegalArgumentException.class);
    }

    assertThat(text.toString()).isEmpty();
  }

  @Test
  void tidyCsv_refusesADimensionWithoutAColumn() {
    Observation observation = Reading.resource("migr_asyresa-sdmx-csv-1.csv").line(7);
    StringWriter text = new StringWriter();

    try (StatisticsWriter writer = StatisticsWriter.tidyCsv(text, List.of(Dimension.CITIZENSHIP, Dimension.SEX))) {
      assertThatThrownBy(() -> writer.write(observation)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("the file has no column for the dimension age-band (its columns are"
              + " [citizenship, sex])");
    }
    assertThatThrownBy(() -> StatisticsWriter.tidyCsv(new StringWriter(), List.of(Dimension.SEX, Dimension.SEX)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the dimension sex is given twice");
  }

  @Test
  void tidyCsv_keepsQualifiedValuesAndOtherRoundings() {
    Observation observation = Observation.builder()
        .metric(StatisticMetric.PLACES_OFFERED)
        .period(DateRange.parse("2012/2020"))
        .geography(Geography.builder().group(CountryGroup.EUROPEAN_UNION).addCountry(CountryCode.of("NO")).build())
        .value(Quantity.approximately(20_000))
        .rounding(Rounding.toNearest(1000))
        .addStatuses(ObservationStatus.SEE_METADATA, ObservationStatus.FORECAST)
        .build();

    String written = tidy(List.of(observation));

    assertThat(written).isEqualTo("metric,period,geography,value,status,rounding\n"
        + "places-offered,2012/2020,EU+NO,about 20000,forecast see-metadata,1000\n");
    assertThat(data(Reading.strict("written.csv", written).observations)).containsExactly(observation);
  }
}
