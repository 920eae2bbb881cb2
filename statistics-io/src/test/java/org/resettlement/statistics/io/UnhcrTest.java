package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCode;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.Geography;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.PartialDate;
import org.resettlement.core.StatisticMetric;

/** UNHCR's Refugee Data Finder and Resettlement Data Finder downloads. */
class UnhcrTest {

  @Test
  void solutions_realSample_everyFigureOfEveryRowIsOneRecord() {
    Reading reading = Reading.resource("unhcr-solutions-sample.csv");

    assertThat(reading.summary.format()).isEqualTo(StatisticsFormat.UNHCR_SOLUTIONS);
    assertThat(reading.summary.rows()).isEqualTo(24);
    assertThat(reading.summary.observations()).isEqualTo(24 * 4);
    assertThat(reading.summary.problemCount()).isZero();
    assertThat(reading.observations.stream().map(Observation::metric).distinct()).containsExactly(
        StatisticMetric.RETURNED_REFUGEES, StatisticMetric.RETURNED_IDPS, StatisticMetric.ARRIVALS,
        StatisticMetric.NATURALISATIONS);
  }

  @Test
  void solutions_theFirstRow() {
    Reading reading = Reading.resource("unhcr-solutions-sample.csv");
    List<Observation> iraqToCanada = reading.observations.subList(0, 4);

    assertThat(reading.lines.subList(0, 4)).containsOnly(17L);
    assertThat(iraqToCanada).allSatisfy(record -> {
      assertThat(record.sources()).containsExactly(reading.summary.sources().get(0));
      assertThat(record.period()).isEqualTo(DateRange.of(PartialDate.ofYear(2015)));
      assertThat(record.geography()).isEqualTo(Geography.of(CountryCode.of("CA")));
      assertThat(record.key()).hasToString("{country-of-origin=IQ}");
      assertThat(record.rounding()).isEmpty();
    });
    assertThat(iraqToCanada).extracting(Reading::value).containsExactly(24L, null, 2866L, 3767L);
    assertThat(iraqToCanada.get(1).statuses()).containsExactly(ObservationStatus.NOT_AVAILABLE);
    assertThat(iraqToCanada.get(2).statuses()).isEmpty();
  }

  @Test
  void solutions_statelessPalestinianAndSerbia() {
    Reading reading = Reading.resource("unhcr-solutions-sample.csv");

    assertThat(reading.line(19).key()).hasToString("{country-of-origin=PS}");
    assertThat(reading.line(20).key()).hasToString("{country-of-origin=stateless}");
    assertThat(reading.line(22).key()).hasToString("{country-of-origin=RS}");
    assertThat(reading.line(22).geography()).isEqualTo(Geography.of(CountryCode.of("MK")));
  }

  @Test
  void solutions_codesThatAreNotCountries() {
    Reading reading = Reading.resource("unhcr-solutions-codes.csv");

    assertThat(reading.summary.problemCount()).isZero();
    assertThat(reading.line(13).key()).hasToString("{country-of-origin=unknown}");
    assertThat(reading.line(14).key().category(Dimension.COUNTRY_OF_ORIGIN)).hasValue(CategoryCode.of("TIB"));
    assertThat(reading.line(15).key()).hasToString("{country-of-origin=stateless}");
    assertThat(reading.line(16).key()).hasToString("{country-of-origin=XK}");
    assertThat(reading.line(17).key()).hasToString("{country-of-origin=CD}");
    assertThat(reading.line(17).geography()).isEqualTo(Geography.of(CountryCode.of("US")));
  }

  @Test
  void resettlement_submissions_withAllOthersKeptByName() {
    Reading reading = Reading.resource("unhcr-resettlement-submissions.csv");

    assertThat(reading.summary.format()).isEqualTo(StatisticsFormat.UNHCR_RESETTLEMENT);
    assertThat(reading.summary.problemCount()).isZero();
    assertThat(reading.observations).hasSize(4).allSatisfy(record -> assertThat(record.metric()).isEqualTo(StatisticMetric.SUBMISSIONS));
    assertThat(reading.line(7).key()).hasToString("{country-of-origin=SY}");
    assertThat(reading.line(7).geography()).isEqualTo(Geography.of(CountryCode.of("DE")));
    assertThat(Reading.value(reading.line(7))).isEqualTo(4120L);
    assertThat(reading.line(10).key().category(Dimension.COUNTRY_OF_ORIGIN)).hasValue(CategoryCode.of("All others"));
  }

  @Test
  void aCountryOfAsylumThatIsNotACountry_isKeptInTheKey() {
    String text = "Year,\"Country of origin\",\"Country of origin (ISO)\",\"Country of asylum\",\"Country of asylum (ISO)\","
        + "\"Resettlement arrivals\"\n2019,Syria,SYR,Unknown,UNK,5\n";

    Observation record = Reading.strict("solutions.csv", text).line(2);

    assertThat(record.geography()).isEqualTo(Geography.world());
    assertThat(record.key()).hasToString("{country-of-origin=SY, country-of-asylum=unknown}");
  }

  @Test
  void columnsInAnyCase_andOnlySomeFigures() {
    String text = "YEAR,COUNTRY OF ORIGIN (ISO),Country Of Asylum (ISO),resettlement arrivals\n2019,SYR,SWE,5\n";

    Reading reading = Reading.strict("solutions.csv", text);

    assertThat(reading.observations).singleElement().satisfies(record -> assertThat(record.metric()).isEqualTo(StatisticMetric.ARRIVALS));
  }

  @Test
  void anUnknownColumn_isAProblemOfTheHeader() {
    String text = "Year,\"Country of origin (ISO)\",\"Country of asylum (ISO)\",\"Resettlement arrivals\",Recognitions\n";

    assertThatThrownBy(() -> Reading.lenient("solutions.csv", text))
        .isInstanceOf(StatisticsFileException.class)
        .hasMessage("solutions.csv, line 1, column 5 (Recognitions): 'Recognitions' is not a column of the UNHCR"
            + " Refugee Data Finder, Solutions download this reader knows; it reads Year, Country of origin,"
            + " Country of origin (ISO), Country of asylum, Country of asylum (ISO) and Returned refugees,"
            + " Returned IDPss, Returned IDPs, Resettlement arrivals, Naturalisation");
  }

  @Test
  void aBadFigure_isAProblemOfItsCell_andTheRowsOtherFiguresAreRead() {
    String text = "Year,\"Country of origin (ISO)\",\"Country of asylum (ISO)\",\"Returned refugees\",\"Resettlement arrivals\"\n"
        + "2019,SYR,SWE,\"1,200\",5\n";

    Reading reading = Reading.lenient("solutions.csv", text);

    assertThat(reading.observations).extracting(Observation::metric).containsExactly(StatisticMetric.ARRIVALS);
    assertThat(reading.summary.problems()).extracting(ReadProblem::toString).containsExactly(
        "solutions.csv, line 2, column 4 (Returned refugees): '1,200' has a thousands separator; write digits"
            + " only, such as 1200");
  }

  @Test
  void noHeaderAfterThePreamble_isAProblemOfTheFile() {
    String preamble = "\"Extracted:\",\"United Nations High Commissioner for Refugees\"\n".repeat(45)
        + "Year,\"Country of origin (ISO)\",\"Country of asylum (ISO)\",\"Resettlement arrivals\"\n";

    assertThatThrownBy(() -> Reading.strict("solutions.csv", preamble))
        .isInstanceOf(StatisticsFileException.class)
        .hasMessage("solutions.csv, line 1: the file is not in a layout this reader knows: expected a header starting"
            + " DATAFLOW (SDMX-CSV 1.0), STRUCTURE (SDMX-CSV 2.0), freq,...\\TIME_PERIOD (Eurostat TSV) or metric,period,geography"
            + " (tidy CSV), or a UNHCR download whose header Year,...(ISO)... comes within its first 40 lines");
  }

  @Test
  void theSampleReadsTheSameInBothModes() {
    Reading strict = Reading.resource("unhcr-solutions-sample.csv");
    Reading lenient = Reading.resource("unhcr-solutions-sample.csv", StatisticsReader.builder().mode(ReadMode.LENIENT));

    assertThat(lenient.observations).isEqualTo(strict.observations);
    assertThat(strict.observations.stream().map(record -> record.key().toString()).collect(Collectors.toSet()))
        .contains("{country-of-origin=AF}", "{country-of-origin=SY}");
  }
}
