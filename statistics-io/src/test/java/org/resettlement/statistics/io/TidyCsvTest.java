package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.Dimension;
import org.resettlement.core.StatisticMetric;

/** The tidy layout read on its own: its header, and a problem for each cell it cannot use. */
class TidyCsvTest {
  private static final String HEADER = "metric,period,geography,sex,citizenship,eurostat:decision,value,status,rounding\n";

  @Test
  void read() {
    Reading reading = Reading.strict("tidy.csv", HEADER
        + "asylum-decisions,2023,DE,female,SY,TOTAL_POS,61475,,5\n"
        + "resettled-persons,2023-01/2023-03,EU27_2020,,stateless,,,confidential,5\n");

    assertThat(reading.summary.format()).isEqualTo(StatisticsFormat.TIDY_CSV);
    assertThat(reading.line(2).metric()).isEqualTo(StatisticMetric.ASYLUM_DECISIONS);
    assertThat(reading.line(2).key()).hasToString("{sex=female, citizenship=SY, eurostat:decision=TOTAL_POS}");
    assertThat(reading.line(2).key().category(Dimension.ofPublisher("eurostat", "decision")))
        .hasValue(CategoryCode.of("TOTAL_POS"));
    assertThat(reading.line(3).key()).hasToString("{citizenship=stateless}");
    assertThat(reading.line(3).value()).isEmpty();
    assertThat(reading.summary.sources()).singleElement()
        .satisfies(source -> assertThat(source.title().text()).isEqualTo("tidy.csv"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      resettled,2023,DE,,,,5,,                 | column 1 (metric): 'resettled' is not a metric such as resettled-persons
      resettled-persons,2023-13,DE,,,,5,,      | column 2 (period): '2023-13' is not a period such as 2017, 2017-04/2017-06
      resettled-persons,2023,Germany,,,,5,,    | column 3 (geography): 'Germany' is not a geography such as world, FR, EU27_2020 or EU+NO
      resettled-persons,2023,DE, f,,,5,,       | column 4 (sex): ' f' is not a code: must not start or end with whitespace
      resettled-persons,2023,DE,,,,5 persons,, | column 7 (value): '5 persons' is not a count such as 85, 'about 50' or 'at least 100'
      resettled-persons,2023,DE,,,,5,final,    | column 8 (status): 'final' is not a list of statuses such as 'estimated provisional'
      resettled-persons,2023,DE,,,,5,,1        | column 9 (rounding): '1' is not a unit of rounding such as 5
      resettled-persons,2023,DE,,,,,,          | column 7 (value): is empty, and no status says why (not-available or confidential)
      resettled-persons,2023,DE,,,,5,confidential, | column 7 (value): has the value 5 but its status says it has none
      """)
  void aCellItCannotUse(String row, String problem) {
    Reading reading = Reading.lenient("tidy.csv", HEADER + row + "\n");

    assertThat(reading.observations).isEmpty();
    assertThat(reading.summary.problems()).singleElement().asString()
        .startsWith("tidy.csv, line 2, " + problem.strip());
  }

  @Test
  void aHeaderWithAnUnknownDimension() {
    assertThatThrownBy(() -> Reading.strict("tidy.csv", "metric,period,geography,gender,value,status,rounding\n"))
        .isInstanceOf(StatisticsFileException.class)
        .hasMessageStartingWith("tidy.csv, line 1, column 4 (gender): 'gender' is not a dimension: ");
    assertThatThrownBy(() -> Reading.strict("tidy.csv", "metric,period,geography,sex,sex,value,status,rounding\n"))
        .hasMessage("tidy.csv, line 1, column 5 (sex): the dimension sex is given twice");
    assertThatThrownBy(() -> Reading.strict("tidy.csv", "metric,period,geography,value\n"))
        .hasMessage("tidy.csv, line 1: a tidy CSV header is metric,period,geography, the dimensions, and"
            + " value,status,rounding");
  }
}
