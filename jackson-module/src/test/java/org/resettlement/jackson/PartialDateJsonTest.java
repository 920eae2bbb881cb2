package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.DateRange;
import org.resettlement.core.PartialDate;

/** Partial dates are ISO 8601 text of their precision. */
class PartialDateJsonTest extends JsonTestBase {

  @ParameterizedTest
  @ValueSource(strings = {"2012", "2023-06", "2023-06-29", "0001", "9999-12-31"})
  void partialDate_isWrittenAtItsPrecisionAndReadBack(String text) {
    PartialDate date = PartialDate.parse(text);

    assertThat(write(date)).isEqualTo("\"" + text + "\"");
    assertThat(read("\"" + text + "\"", PartialDate.class)).isEqualTo(date);
  }

  @Test
  void read_rejectsMonth13() {
    ResettlementJsonException problem = readFails(json("{'start':'2023-13'}"), DateRange.class);

    assertThat(problem.path()).isEqualTo("start");
    assertThat(problem.reason())
        .isEqualTo("'2023-13' is not a date: the month must be 1 to 12");
  }

  @Test
  void read_rejectsADayThatDoesNotExist() {
    ResettlementJsonException problem = readFails(json("{'start':'2023','end':'2023-02-29'}"), DateRange.class);

    assertThat(problem.path()).isEqualTo("end");
    assertThat(problem.reason()).isEqualTo("'2023-02-29' is not a date: the day must be 1 to 28 in 2023-02");
  }

  @ParameterizedTest
  @ValueSource(strings = {"23", "2023-6", "2023/06", "2023-06-29T10:00", " 2023", "+2023"})
  void read_rejectsOtherForms(String text) {
    assertThat(readFails("\"" + text + "\"", PartialDate.class).reason())
        .startsWith("'" + text + "' is not an ISO 8601 year, month or date");
  }

  @Test
  void read_rejectsANumber() {
    assertThat(readFails("2023", PartialDate.class).reason())
        .isEqualTo("expected a date such as 2012, 2023-06 or 2023-06-29, found a whole number");
  }
}
