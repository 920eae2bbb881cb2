package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.DateRange;
import org.resettlement.core.Geography;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Rounding;
import org.resettlement.core.StatisticMetric;

/** Eurostat's TSV bulk download: one row per series, one cell per period. */
class EurostatTsvTest {

  @Test
  void everyCellIsOneRecord_paddingIsNotPartOfTheValue() {
    Reading reading = Reading.resource("estat_migr_asyresa.tsv");

    assertThat(reading.summary.format()).isEqualTo(StatisticsFormat.EUROSTAT_TSV);
    assertThat(reading.summary.rows()).isEqualTo(5);
    assertThat(reading.summary.observations()).isEqualTo(10);
    assertThat(reading.summary.problemCount()).isZero();
    assertThat(reading.observations).allSatisfy(record -> {
      assertThat(record.metric()).isEqualTo(StatisticMetric.RESETTLED_PERSONS);
      assertThat(record.sources()).containsExactly(reading.summary.sources().get(0));
      assertThat(record.rounding()).hasValue(Rounding.NEAREST_5);
    });
    Observation women = reading.observations.get(3);
    assertThat(women.key()).hasToString("{sex=female, age-band=18-34, citizenship=SY}");
    assertThat(women.period()).isEqualTo(DateRange.of(PartialDate.ofYear(2017)));
    assertThat(Reading.value(women)).isEqualTo(85L);
    assertThat(women.statuses()).isEmpty();
  }

  @Test
  void colonIsNotAvailable_colonWithCIsConfidential_flagsAfterTheSpace() {
    Reading reading = Reading.resource("estat_migr_asyresa.tsv");

    Observation confidential = reading.observations.get(1);
    assertThat(confidential.key()).hasToString("{citizenship=stateless}");
    assertThat(confidential.value()).isEmpty();
    assertThat(confidential.statuses()).containsExactly(ObservationStatus.CONFIDENTIAL);
    Observation greece = reading.observations.get(4);
    assertThat(greece.geography()).isEqualTo(Geography.of(CountryCode.of("GR")));
    assertThat(greece.statuses()).containsExactly(ObservationStatus.NOT_AVAILABLE);
    assertThat(reading.observations.get(5).statuses()).containsExactly(ObservationStatus.NOT_AVAILABLE);
    Observation eu = reading.observations.get(9);
    assertThat(eu.geography()).isEqualTo(Geography.of(CountryGroup.EU27_2020));
    assertThat(Reading.value(eu)).isEqualTo(15045L);
    assertThat(eu.statuses()).isEqualTo(EnumSet.of(ObservationStatus.BREAK_IN_SERIES, ObservationStatus.ESTIMATED, ObservationStatus.PROVISIONAL));
  }

  @Test
  void sameCellsAsSdmxCsv() {
    Reading tsv = Reading.resource("estat_migr_asyresa.tsv");
    Reading csv = Reading.resource("migr_asyresa-sdmx-csv-1.csv");

    Observation fromTsv = tsv.observations.get(7);
    Observation fromCsv = csv.line(3);
    assertThat(fromTsv.key()).isEqualTo(fromCsv.key());
    assertThat(fromTsv.period()).isEqualTo(fromCsv.period());
    assertThat(fromTsv.value()).isEqualTo(fromCsv.value());
  }

  @Test
  void dataflow_fromTheDimensions_whenTheFileNameDoesNotSay() {
    String text = "freq,unit,citizen,sex,age,geo\\TIME_PERIOD\t2017 \nA,PER,SY,T,TOTAL,FR\t2330 \n";

    Reading reading = Reading.strict("download.tsv", text);

    assertThat(reading.observations).singleElement().satisfies(record -> assertThat(Reading.value(record)).isEqualTo(2330L));
  }

  @Test
  void dataflow_fromTheFileName() {
    String text = "freq,unit,citizen,sex,age,decision,geo\\TIME_PERIOD\t2023 \nA,PER,SY,T,TOTAL,TOTAL_POS,DE\t61475 \n";

    Reading reading = Reading.strict("estat_migr_asydcfsta.tsv", text);

    assertThat(reading.observations).singleElement().satisfies(record -> {
      assertThat(record.metric()).isEqualTo(StatisticMetric.ASYLUM_DECISIONS);
      assertThat(record.key()).hasToString("{citizenship=SY, eurostat:decision=TOTAL_POS}");
    });
  }

  @Test
  void dataflow_asTold() {
    String text = "freq,unit,citizen,sex,age,geo\\TIME_PERIOD\t2017 \nA,PER,SY,T,TOTAL,FR\t2330 \n";

    assertThatThrownBy(() -> Reading.text("resettled.tsv", text,
            StatisticsReader.builder().eurostatDataflow("migr_asydcfsta")))
        .isInstanceOf(StatisticsFileException.class)
        .hasMessage("resettled.tsv, line 1, column 1 (freq,unit,citizen,sex,age,geo\\TIME_PERIOD): the dimensions"
            + " (freq, unit, citizen, sex, age, geo) are not those of MIGR_ASYDCFSTA"
            + " (freq, unit, citizen, sex, age, decision, geo)");
  }

  @Test
  void aBadCode_isAProblemInTheFirstColumn_namingTheDimension() {
    String text = "freq,unit,citizen,sex,age,geo\\TIME_PERIOD\t2017 \nA,PER,SY,T,TOTAL,XX\t2330 \n";

    Reading reading = Reading.lenient("estat_migr_asyresa.tsv", text);

    assertThat(reading.summary.problems()).extracting(ReadProblem::toString).containsExactly(
        "estat_migr_asyresa.tsv, line 2, column 1 (freq,unit,citizen,sex,age,geo\\TIME_PERIOD): geo 'XX' is neither"
            + " a country nor a group of countries this library knows (groups: EU, EU27_2020, EU28, EU27_2007)");
  }

  @Test
  void aBadValue_isAProblemInItsPeriodsColumn_andTheOtherCellsAreRead() {
    String text = "freq,unit,citizen,sex,age,geo\\TIME_PERIOD\t2015 \t2016 \t2017 \n"
        + "A,PER,SY,T,TOTAL,FR\t1 535 \t2330 x\t2330 p\n";

    Reading reading = Reading.lenient("estat_migr_asyresa.tsv", text);

    assertThat(reading.observations).singleElement().satisfies(record -> assertThat(Reading.value(record)).isEqualTo(2330L));
    assertThat(reading.summary.problems()).extracting(ReadProblem::toString).containsExactly(
        "estat_migr_asyresa.tsv, line 2, column 2 (2015): '1 535' has a thousands separator; write digits only,"
            + " such as 1535",
        "estat_migr_asyresa.tsv, line 2, column 3 (2016): 'x' is not a Eurostat flag; the flags are"
            + " b d e f i m n p u (before 2025 also c s z)");
  }

  @Test
  void anEmptyCell_isAProblem() {
    String text = "freq,unit,citizen,sex,age,geo\\TIME_PERIOD\t2016 \t2017 \nA,PER,SY,T,TOTAL,FR\t\t2330 \n";

    Reading reading = Reading.lenient("estat_migr_asyresa.tsv", text);

    assertThat(reading.observations).singleElement().satisfies(record -> assertThat(Reading.value(record)).isEqualTo(2330L));
    assertThat(reading.summary.problems()).extracting(ReadProblem::toString).containsExactly(
        "estat_migr_asyresa.tsv, line 2, column 2 (2016): the cell is empty; Eurostat writes ':' for a value that"
            + " is not available");
  }
}
