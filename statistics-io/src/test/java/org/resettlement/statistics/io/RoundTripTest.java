package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.DateRange;
import org.resettlement.core.Geography;
import org.resettlement.core.PartialDate;

/**
 * Read, write, read gives equal data: the same figures of the same populations, periods and
 * places, with the same statuses and rounding. (The source is not written: a reader cites the file
 * it reads.)
 */
class RoundTripTest {
  private static final long SEED = 20231113L;

  /** What a record says, without where it was read from. */
  static String data(StatisticsRecord record) {
    return record.metric + " " + record.period + " " + record.geography + " " + new java.util.TreeMap<>(record.key)
        + " " + record.value + " " + record.statuses + " " + record.rounding;
  }

  static List<String> data(List<StatisticsRecord> records) {
    return records.stream().map(RoundTripTest::data).collect(Collectors.toList());
  }

  static String sdmx(List<StatisticsRecord> records) {
    StringWriter text = new StringWriter();
    try (SdmxCsvWriter writer = new SdmxCsvWriter(text)) {
      records.forEach(writer::write);
    }
    return text.toString();
  }

  static String tidy(List<StatisticsRecord> records) {
    Set<String> dimensions = new LinkedHashSet<>();
    records.forEach(record -> dimensions.addAll(record.key.keySet()));
    StringWriter text = new StringWriter();
    try (TidyCsvWriter writer = new TidyCsvWriter(text, List.copyOf(dimensions))) {
      records.forEach(writer::write);
    }
    return text.toString();
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {
      "migr_asyresa-sdmx-csv-1.csv", "migr_asyresa-sdmx-csv-1-conf-status.csv", "migr_asyresa-sdmx-csv-2.csv",
      "migr_asyresa-sdmx-csv-2-semicolon.csv", "estat_migr_asyresa.tsv", "migr_asydcfsta-sdmx-csv-1.csv"})
  void eurostat_throughSdmxCsv(String file) {
    List<StatisticsRecord> read = Reading.resource(file).records;

    Reading again = Reading.strict("written.csv", sdmx(read));

    assertThat(again.summary.format()).isEqualTo(StatisticsFormat.SDMX_CSV_1);
    assertThat(data(again.records)).isEqualTo(data(read));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "migr_asyresa-sdmx-csv-1.csv", "migr_asyresa-sdmx-csv-1-conf-status.csv", "estat_migr_asyresa.tsv",
      "migr_asydcfsta-sdmx-csv-1.csv", "unhcr-solutions-sample.csv", "unhcr-solutions-codes.csv",
      "unhcr-resettlement-submissions.csv"})
  void everyLayout_throughTidyCsv(String file) {
    List<StatisticsRecord> read = Reading.resource(file).records;

    Reading again = Reading.strict("written.csv", tidy(read));

    assertThat(again.summary.format()).isEqualTo(StatisticsFormat.TIDY_CSV);
    assertThat(data(again.records)).isEqualTo(data(read));
  }

  @Test
  void sdmxCsv_asWritten() {
    List<StatisticsRecord> read = Reading.resource("migr_asyresa-sdmx-csv-1-conf-status.csv").records;

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
    List<StatisticsRecord> read = Reading.resource("migr_asyresa-sdmx-csv-1.csv").records.subList(5, 13);

    assertThat(tidy(read)).isEqualTo(
        "metric,period,geography,citizenship,sex,age-band,value,status,rounding\n"
            + "resettled-persons,2017,FR,SY,female,18-34,85,,5\n"
            + "resettled-persons,2017,FR,SY,female,35-64,470,,5\n"
            + "resettled-persons,2017,FR,SY,female,65+,15,,5\n"
            + "resettled-persons,2017,FR,stateless,,,5,,5\n"
            + "resettled-persons,2017,FR,unknown,,unknown,0,,5\n"
            + "resettled-persons,2017,FR,EXT_EU27_2020,,,2570,,5\n"
            + "resettled-persons,2017,GR,SY,,,,not-available,5\n"
            + "resettled-persons,2017,GB,SY,,,5730,provisional,5\n");
  }

  //-----------------------------------------------------------------------
  private static final String[] CITIZENS = {"SY", "AF", "EL", "UK", "XK", "STLS", "UNK", "EXT_EU27_2020"};
  private static final String[] AGES = {"Y_LT18", "Y18-34", "Y35-64", "Y_GE65", "Y15", "UNK", "Y_LT5"};
  private static final String[] SEXES = {"F", "M", "UNK"};
  private static final Status[] STATUSES = {Status.ESTIMATED, Status.PROVISIONAL, Status.BREAK_IN_SERIES,
      Status.DEFINITION_DIFFERS, Status.LOW_RELIABILITY, Status.FORECAST, Status.IMPUTED, Status.NOT_SIGNIFICANT};
  private static final Geography[] PLACES = {Geography.of(CountryCode.of("FR")), Geography.of(CountryCode.of("GR")),
      Geography.of(CountryCode.of("GB")), Geography.of(CountryGroup.EU27_2020), Geography.of(CountryGroup.EU28)};

  /** A record of a Eurostat dataflow, any cell of any cube, with any statuses Eurostat has flags for. */
  static StatisticsRecord eurostatRecord(SplittableRandom random) {
    boolean decisions = random.nextInt(4) == 0;
    Map<String, Coded> key = new LinkedHashMap<>();
    if (random.nextBoolean()) {
      key.put("citizenship", CodeList.EUROSTAT_COUNTRY.read(CITIZENS[random.nextInt(CITIZENS.length)]));
    }
    if (random.nextBoolean()) {
      key.put("sex", CodeList.EUROSTAT_SEX.read(SEXES[random.nextInt(SEXES.length)]));
    }
    if (random.nextBoolean()) {
      key.put("age-band", CodeList.EUROSTAT_AGE.read(AGES[random.nextInt(AGES.length)]));
    }
    if (decisions && random.nextBoolean()) {
      key.put("eurostat:decision", Coded.kept(random.nextBoolean() ? "TOTAL_POS" : "REJECTED"));
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
    EnumSet<Status> statuses = EnumSet.noneOf(Status.class);
    int kind = random.nextInt(6);
    Long value = null;
    if (kind == 0) {
      statuses.add(Status.CONFIDENTIAL);
    } else if (kind == 1) {
      statuses.add(Status.NOT_AVAILABLE);
    } else {
      value = 5L * random.nextInt(100_000);
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      statuses.add(STATUSES[random.nextInt(STATUSES.length)]);
    }
    return new StatisticsRecord(0, "", decisions ? "first-instance-decisions" : "resettled-persons", period,
        PLACES[random.nextInt(PLACES.length)], key, value, statuses, 5, null);
  }

  static Stream<Object[]> cases() {
    return IntStream.range(0, 200).mapToObj(i -> new Object[] {i});
  }

  @ParameterizedTest(name = "case {0} of 200")
  @MethodSource("cases")
  void anyEurostatCube_throughSdmxCsvAndTidyCsv(int number) {
    SplittableRandom random = new SplittableRandom(SEED + number);
    boolean decisions = random.nextBoolean();
    List<StatisticsRecord> records = new ArrayList<>();
    while (records.size() < 50) {
      StatisticsRecord record = eurostatRecord(random);
      if (record.metric.equals("first-instance-decisions") == decisions) {
        records.add(record);
      }
    }
    String replay = "case " + number + " of 200 from seed " + SEED + " failed. Replay: SplittableRandom(" + (SEED + number) + ")";

    assertThat(data(Reading.strict("written.csv", sdmx(records)).records)).as(replay).isEqualTo(data(records));
    assertThat(data(Reading.strict("written.csv", tidy(records)).records)).as(replay).isEqualTo(data(records));
  }

  //-----------------------------------------------------------------------
  @Test
  void sdmxCsv_refusesWhatEurostatCannotSay() {
    StatisticsRecord good = Reading.resource("migr_asyresa-sdmx-csv-1.csv").line(7);
    StatisticsRecord arrivals = Reading.resource("unhcr-solutions-sample.csv").records.get(2);
    Function<StatisticsRecord, String> write = record -> sdmx(List.of(record));

    assertThatThrownBy(() -> write.apply(arrivals)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("SDMX-CSV is written for Eurostat's dataflows, and no dataflow this writer knows"
            + " counts arrivals");
    assertThatThrownBy(() -> write.apply(with(good, Geography.world(), good.period, good.statuses, 5)))
        .hasMessage("Eurostat's geo is one country or one group of countries, not world");
    assertThatThrownBy(() -> write.apply(with(good, good.geography, DateRange.parse("2017/2018"), good.statuses, 5)))
        .hasMessage("Eurostat's periods are a year, a quarter or a month, not 2017/2018");
    assertThatThrownBy(() -> write.apply(with(good, good.geography, good.period, EnumSet.of(Status.SEE_METADATA), 5)))
        .hasMessageStartingWith("Eurostat has no flag for [SEE_METADATA]");
    assertThatThrownBy(() -> write.apply(with(good, good.geography, good.period, good.statuses, 0)))
        .hasMessageStartingWith("MIGR_ASYRESA holds figures rounded to 5, not figures that are not rounded");
    assertThatThrownBy(() -> sdmx(List.of(good, Reading.resource("migr_asydcfsta-sdmx-csv-1.csv").line(2))))
        .hasMessage("a file of SDMX-CSV holds one dataflow's columns: MIGR_ASYRESA for resettled-persons, not"
            + " MIGR_ASYDCFSTA for first-instance-decisions");
  }

  private static StatisticsRecord with(StatisticsRecord record, Geography geography, DateRange period, Set<Status> statuses, int rounding) {
    return new StatisticsRecord(record.line, record.table, record.metric, period, geography, record.key, record.value,
        statuses, rounding, record.source);
  }

  @Test
  void tidyCsv_refusesADimensionWithoutAColumn() {
    StatisticsRecord record = Reading.resource("migr_asyresa-sdmx-csv-1.csv").line(7);
    StringWriter text = new StringWriter();

    try (TidyCsvWriter writer = new TidyCsvWriter(text, List.of("citizenship", "sex"))) {
      assertThatThrownBy(() -> writer.write(record)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("the file has no column for the dimension age-band (its columns are citizenship, sex)");
    }
  }
}
