package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resettlement.core.DateRange;

/** Eurostat's periods, read and written back. */
class EurostatPeriodsTest {

  @ParameterizedTest(name = "{0} {1} is {2}")
  @CsvSource(textBlock = """
      A, 2017,    2017/2017
      Q, 2017-Q2, 2017-04/2017-06
      Q, 2017Q4,  2017-10/2017-12
      M, 2017-01, 2017-01/2017-01
      M, 2017M11, 2017-11/2017-11
      """)
  void read(String freq, String text, String period) {
    assertThat(EurostatPeriods.read(freq, text)).isEqualTo(DateRange.parse(period));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(textBlock = """
      A, 2017-01
      A, 17
      A, 2190
      Q, 2017-Q0
      Q, 2017
      M, 2017-00
      M, 2017-13
      M, 1899-01
      W, 2017-W01
      """)
  void read_notAPeriodOfTheFrequency(String freq, String text) {
    assertThat(EurostatPeriods.read(freq, text)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      2017/2017,       A, 2017,    2017
      2017-04/2017-06, Q, 2017-Q2, 2017Q2
      2017-11/2017-11, M, 2017-11, 2017M11
      """)
  void write(String period, String freq, String sdmx, String tsv) {
    assertThat(EurostatPeriods.write(DateRange.parse(period), false)).hasValueSatisfying(written ->
        assertThat(written).containsExactly(freq, sdmx));
    assertThat(EurostatPeriods.write(DateRange.parse(period), true)).hasValueSatisfying(written ->
        assertThat(written).containsExactly(freq, tsv));
    assertThat(EurostatPeriods.read(freq, sdmx)).isEqualTo(DateRange.parse(period));
    assertThat(EurostatPeriods.read(freq, tsv)).isEqualTo(DateRange.parse(period));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      2017/2018
      2017-01/2017-02
      2017-02/2017-04
      2017-01-05/2017-01-05
      2017/..
      2017-01/2017
      """)
  void write_periodsEurostatHasNoCodeFor(String period) {
    assertThat(EurostatPeriods.write(DateRange.parse(period), false)).isEmpty();
  }

  @Test
  void knownFrequency() {
    assertThat(EurostatPeriods.knownFrequency("A")).isTrue();
    assertThat(EurostatPeriods.knownFrequency("W")).isFalse();
  }
}
