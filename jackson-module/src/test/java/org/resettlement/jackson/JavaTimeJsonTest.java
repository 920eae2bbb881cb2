package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Funding;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Source;

/**
 * {@code java.time} attributes, through Jackson's own modules: ISO 8601 text, whatever the
 * mapper's {@code WRITE_DATES_AS_TIMESTAMPS} says.
 */
class JavaTimeJsonTest extends JsonTestBase {
  private static final Source SOURCE =
      Source.builder().title(LocalizedText.of("en", "t")).accessedOn(LocalDate.of(2024, 3, 1)).build();
  private static final Funding FUNDING = Funding.builder().year(Year.of(2005)).build();
  private static final Project PROJECT =
      Project.builder().id(ProjectId.of("p")).title(LocalizedText.of("en", "t")).duration(Period.ofYears(2)).build();

  @Test
  void javaTime_isIsoTextAlsoWhenTheMapperWritesDatesAsTimestamps() throws Exception {
    ObjectMapper timestamps =
        new ObjectMapper().registerModule(new ResettlementModule()).enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    for (ObjectMapper each : new ObjectMapper[] {mapper, timestamps}) {
      assertThat(each.writeValueAsString(SOURCE)).isEqualTo(json("{'title':{'en':'t'},'accessedOn':'2024-03-01'}"));
      assertThat(each.writeValueAsString(FUNDING)).isEqualTo(json("{'year':'2005'}"));
      assertThat(each.writeValueAsString(PROJECT)).isEqualTo(json("{'id':'p','title':{'en':'t'},'duration':'P2Y'}"));
    }
  }

  @Test
  void javaTime_isReadFromIsoText() {
    assertThat(read(json("{'title':{'en':'t'},'accessedOn':'2024-03-01'}"), Source.class)).isEqualTo(SOURCE);
    assertThat(read(json("{'year':'2005'}"), Funding.class)).isEqualTo(FUNDING);
    assertThat(read(json("{'id':'p','title':{'en':'t'},'duration':'P2Y'}"), Project.class)).isEqualTo(PROJECT);
  }

  @Test
  void read_rejectsADateThatDoesNotExist() {
    ResettlementJsonException problem = readFails(json("{'title':{'en':'t'},'accessedOn':'2023-02-29'}"), Source.class);

    assertThat(problem.path()).isEqualTo("accessedOn");
    assertThat(problem.reason()).isEqualTo("'2023-02-29' is not a date such as 2023-06-29");
  }

  @Test
  void read_keepsADatePatternTheMapperIsGiven() throws Exception {
    // The common form is read without Jackson's formatter only where no pattern is configured.
    ObjectMapper dayBeforeMonth = ResettlementJson.newMapper();
    dayBeforeMonth.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forPattern("uuuu-dd-MM"));

    Source read = dayBeforeMonth.readValue(json("{'title':{'en':'t'},'accessedOn':'2024-03-01'}"), Source.class);

    assertThat(read.accessedOn()).contains(LocalDate.of(2024, 1, 3));
  }

  @Test
  void read_alsoAcceptsWhatJacksonsJavaTimeModuleReads() {
    // Documented leniency: the reader is Jackson's; the writer only ever writes ISO text.
    assertThat(read(json("{'title':{'en':'t'},'accessedOn':[2024,3,1]}"), Source.class)).isEqualTo(SOURCE);
    assertThat(read(json("{'year':2005}"), Funding.class)).isEqualTo(FUNDING);
  }

  @Test
  void read_rejectsAPeriodInWords() {
    ResettlementJsonException problem = readFails(json("{'id':'p','title':{'en':'t'},'duration':'2 years'}"), Project.class);

    assertThat(problem.path()).isEqualTo("duration");
    assertThat(problem.reason()).isEqualTo("'2 years' is not an ISO 8601 period such as P2Y");
  }

  @Test
  void read_rejectsANonPositivePeriodAsTheModelDoes() {
    ResettlementJsonException problem = readFails(json("{'id':'p','title':{'en':'t'},'duration':'P0D'}"), Project.class);

    assertThat(problem.path()).isEqualTo("duration");
    assertThat(problem.reason()).isEqualTo("must be positive, was P0D");
  }
}
