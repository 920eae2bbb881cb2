package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.Geography;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Rounding;
import org.resettlement.core.StatisticMetric;

/** Eurostat's SDMX-CSV 1.0 and 2.0, read from hand-written excerpts of {@code migr_asyresa}. */
class EurostatSdmxCsvTest {
  private static final Geography FRANCE = Geography.of(CountryCode.of("FR"));
  private static final DateRange YEAR_2017 = DateRange.of(PartialDate.ofYear(2017));

  @Test
  void sdmxCsv1_everyRowIsOneRecord() {
    Reading reading = Reading.resource("migr_asyresa-sdmx-csv-1.csv");

    assertThat(reading.summary.format()).isEqualTo(StatisticsFormat.SDMX_CSV_1);
    assertThat(reading.summary.rows()).isEqualTo(14);
    assertThat(reading.summary.observations()).isEqualTo(14);
    assertThat(reading.summary.problemCount()).isZero();
    assertThat(reading.observations).hasSize(14).allSatisfy(record -> {
      assertThat(record.metric()).isEqualTo(StatisticMetric.RESETTLED_PERSONS);
      assertThat(record.period()).isEqualTo(YEAR_2017);
      assertThat(record.rounding()).hasValue(Rounding.NEAREST_5);
      assertThat(record.sources()).containsExactly(reading.summary.sources().get(0));
    });
  }

  @Test
  void sdmxCsv1_theTotalHasAnEmptyKey() {
    Observation total = Reading.resource("migr_asyresa-sdmx-csv-1.csv").line(2);

    assertThat(total.key().empty()).isTrue();
    assertThat(total.geography()).isEqualTo(FRANCE);
    assertThat(Reading.value(total)).isEqualTo(2570L);
    assertThat(total.statuses()).isEmpty();
  }

  @Test
  void sdmxCsv1_marginsAndCrossCellsHaveTheirCategories() {
    Reading reading = Reading.resource("migr_asyresa-sdmx-csv-1.csv");

    assertThat(reading.line(3).key()).hasToString("{citizenship=SY}");
    assertThat(reading.line(4).key()).hasToString("{sex=female, citizenship=SY}");
    assertThat(reading.line(6).key()).hasToString("{sex=female, age-band=0-17, citizenship=SY}");
    assertThat(reading.line(7).key()).hasToString("{sex=female, age-band=18-34, citizenship=SY}");
    assertThat(Reading.value(reading.line(7))).isEqualTo(85L);
    assertThat(reading.line(9).key()).hasToString("{sex=female, age-band=65+, citizenship=SY}");
  }

  @Test
  void sdmxCsv1_codesThatAreNotCountriesAreKept() {
    Reading reading = Reading.resource("migr_asyresa-sdmx-csv-1.csv");

    assertThat(reading.line(10).key()).hasToString("{citizenship=stateless}");
    assertThat(reading.line(11).key()).hasToString("{age-band=unknown, citizenship=unknown}");
    assertThat(reading.line(12).key().category(Dimension.CITIZENSHIP)).hasValue(CategoryCode.of("EXT_EU27_2020"));
  }

  @Test
  void sdmxCsv1_eurostatsGeoCodesAreCountriesAndGroups() {
    Reading reading = Reading.resource("migr_asyresa-sdmx-csv-1.csv");

    assertThat(reading.line(13).geography()).isEqualTo(Geography.of(CountryCode.of("GR")));
    assertThat(reading.line(14).geography()).isEqualTo(Geography.of(CountryCode.of("GB")));
    assertThat(reading.line(15).geography()).isEqualTo(Geography.of(CountryGroup.EU27_2020));
  }

  @Test
  void sdmxCsv1_anEmptyValueIsNotAvailable_andFlagsAreStatuses() {
    Reading reading = Reading.resource("migr_asyresa-sdmx-csv-1.csv");

    assertThat(reading.line(13).value()).isEmpty();
    assertThat(reading.line(13).statuses()).containsExactly(ObservationStatus.NOT_AVAILABLE);
    assertThat(reading.line(14).statuses()).containsExactly(ObservationStatus.PROVISIONAL);
    assertThat(reading.line(15).statuses()).containsExactly(ObservationStatus.ESTIMATED);
  }

  @Test
  void sdmxCsv1WithConfStatus_readsConfidentialityAndTodaysFlags() {
    Reading reading = Reading.resource("migr_asyresa-sdmx-csv-1-conf-status.csv");

    assertThat(reading.summary.problemCount()).isZero();
    assertThat(reading.observations).hasSize(5);
    assertThat(reading.line(3).statuses()).containsExactly(ObservationStatus.CONFIDENTIAL);
    assertThat(reading.line(3).value()).isEmpty();
    assertThat(reading.line(4).statuses()).containsExactly(ObservationStatus.NOT_AVAILABLE);
    assertThat(reading.line(5).statuses()).isEqualTo(EnumSet.of(ObservationStatus.BREAK_IN_SERIES, ObservationStatus.PROVISIONAL));
    assertThat(reading.line(6).statuses()).containsExactly(ObservationStatus.IMPUTED);
    assertThat(Reading.value(reading.line(6))).isEqualTo(395L);
  }

  @Test
  void sdmxCsv2_withCommas() {
    Reading reading = Reading.resource("migr_asyresa-sdmx-csv-2.csv");

    assertThat(reading.summary.format()).isEqualTo(StatisticsFormat.SDMX_CSV_2);
    assertThat(reading.observations).hasSize(3);
    assertThat(reading.line(3).key()).hasToString("{sex=female, age-band=18-34, citizenship=SY}");
    assertThat(reading.line(4).statuses()).containsExactly(ObservationStatus.CONFIDENTIAL);
    assertThat(reading.line(4).geography()).isEqualTo(Geography.of(CountryCode.of("SE")));
  }

  @Test
  void sdmxCsv2_withSemicolons_structureNameAndAction() {
    Reading semicolons = Reading.resource("migr_asyresa-sdmx-csv-2-semicolon.csv");
    Reading commas = Reading.resource("migr_asyresa-sdmx-csv-2.csv");

    assertThat(semicolons.summary.format()).isEqualTo(StatisticsFormat.SDMX_CSV_2);
    assertThat(semicolons.summary.problemCount()).isZero();
    assertThat(semicolons.observations).isEqualTo(commas.observations);
  }

  @Test
  void secondDataflow_isATableEntry_withEurostatsDecisionDimension() {
    Reading reading = Reading.resource("migr_asydcfsta-sdmx-csv-1.csv");

    assertThat(reading.summary.problemCount()).isZero();
    assertThat(reading.observations).allSatisfy(record -> {
      assertThat(record.metric()).isEqualTo(StatisticMetric.ASYLUM_DECISIONS);
      assertThat(record.rounding()).hasValue(Rounding.NEAREST_5);
    });
    assertThat(reading.line(2).key()).hasToString("{citizenship=SY}");
    assertThat(reading.line(3).key()).hasToString("{citizenship=SY, eurostat:decision=TOTAL_POS}");
    assertThat(reading.line(5).key())
        .hasToString("{sex=female, age-band=0-17, citizenship=SY, eurostat:decision=REJECTED}");
  }

  @Test
  void headerWithDimensionsOfAnotherDataflow_isAProblemOfEachRow() {
    String text = "DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
        + "ESTAT:MIGR_ASYDCFSTA(1.0),14/03/24 23:00:00,A,PER,SY,T,TOTAL,DE,2023,61940,\n";

    Reading reading = Reading.lenient("decisions.csv", text);

    assertThat(reading.observations).isEmpty();
    assertThat(reading.summary.problems()).extracting(ReadProblem::toString).containsExactly(
        "decisions.csv, line 2, column 1 (DATAFLOW): the header's dimensions (freq, unit, citizen, sex, age, geo)"
            + " are not those of MIGR_ASYDCFSTA (freq, unit, citizen, sex, age, decision, geo)");
  }

  @Test
  void unknownDataflow_isAProblemNamingTheKnownOnes() {
    String text = "DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
        + "ESTAT:MIGR_ASYAPPCTZA(1.0),14/03/24 23:00:00,A,PER,SY,T,TOTAL,DE,2023,61940,\n";

    Reading reading = Reading.lenient("applications.csv", text);

    assertThat(reading.summary.problems()).extracting(ReadProblem::reason).containsExactly(
        "the dataflow 'ESTAT:MIGR_ASYAPPCTZA(1.0)' is not one this reader knows; it reads"
            + " ESTAT:MIGR_ASYDCFSTA, ESTAT:MIGR_ASYRESA");
  }

  @Test
  void dimensionsInAnotherOrder_areReadByName() {
    String text = "DATAFLOW,LAST UPDATE,freq,unit,geo,age,sex,citizen,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
        + "ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00,A,PER,FR,Y18-34,F,SY,2017,85,\n";

    Observation record = Reading.strict("reordered.csv", text).line(2);

    assertThat(record.key()).hasToString("{sex=female, age-band=18-34, citizenship=SY}");
    assertThat(record.geography()).isEqualTo(FRANCE);
  }

  @Test
  void quartersAndMonths_areReadAsTheirPeriods() {
    String text = "DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
        + "ESTAT:MIGR_ASYRESA(1.0),,Q,PER,SY,T,TOTAL,FR,2017-Q2,85,\n"
        + "ESTAT:MIGR_ASYRESA(1.0),,M,PER,SY,T,TOTAL,FR,2017-11,85,\n";

    Reading reading = Reading.strict("sub-annual.csv", text);

    assertThat(reading.line(2).period()).isEqualTo(DateRange.of(PartialDate.of(2017, 4), PartialDate.of(2017, 6)));
    assertThat(reading.line(3).period()).isEqualTo(DateRange.of(PartialDate.of(2017, 11)));
  }
}
