package org.resettlement.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Source;
import tools.jackson.databind.ObjectMapper;

/** Dates ({@code LocalDate}) are read as Jackson's own reader reads them. */
class DateJsonTest extends JsonTestBase {

  @Test
  void read_readsTheCommonForm_andRefusesADateThatDoesNotExist() {
    Source source = Source.builder().title(LocalizedText.of("en", "t")).accessedOn(LocalDate.of(2024, 2, 29)).build();

    assertThat(read(json("{'title':{'en':'t'},'accessedOn':'2024-02-29'}"), Source.class)).isEqualTo(source);
    ResettlementJsonException problem = readFails(json("{'title':{'en':'t'},'accessedOn':'2023-02-29'}"), Source.class);
    assertThat(problem.path()).isEqualTo("accessedOn");
    assertThat(problem.reason()).isEqualTo("'2023-02-29' is not a date such as 2023-06-29");
  }

  @Test
  void read_keepsADatePatternTheMapperIsGiven() {
    // The common form is read without Jackson's formatter only where no pattern is configured.
    ObjectMapper dayBeforeMonth = ResettlementJson.newMapper().rebuild()
        .withConfigOverride(LocalDate.class, override -> override.setFormat(JsonFormat.Value.forPattern("uuuu-dd-MM")))
        .build();

    Source read = dayBeforeMonth.readValue(json("{'title':{'en':'t'},'accessedOn':'2024-03-01'}"), Source.class);

    assertThat(read.accessedOn()).contains(LocalDate.of(2024, 1, 3));
  }
}
