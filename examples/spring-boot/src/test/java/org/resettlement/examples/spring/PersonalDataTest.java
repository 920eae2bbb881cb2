package org.resettlement.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Dataset;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.examples.spring.ServiceClient.Answer;
import org.resettlement.jackson3.ResettlementJson;
import org.resettlement.jackson3.ResettlementJsonException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's name and e-mail address in a refused document reach neither the answer nor the log,
 * even with Spring MVC's debug log on, whose refusals quote rejected values unless the service's
 * {@code application.properties} keeps those two loggers at INFO.
 */
@SpringBootTest(classes = ResettlementService.class, webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "logging.level.org.springframework.web=DEBUG")
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataTest {

  private static final JsonMapper WIRE = ResettlementJson.newMapper();

  /** A person whose e-mail address breaks a rule. */
  private static final Person KOWALSKI = Person.builder()
      .id(PersonId.of("p1"))
      .name("Jan Kowalski")
      .addContact(ContactPoint.email("jan.kowalski(at)example.org"))
      .build();

  @LocalServerPort
  private int port;

  private ServiceClient client;

  @BeforeEach
  void connect() {
    client = new ServiceClient(port);
  }

  @Test
  void aPersonsDataBreakingARule_reachesNeitherTheAnswerNorTheLog(CapturedOutput log) {
    String document = WIRE.writeValueAsString(Dataset.builder().addPerson(KOWALSKI).build());

    Answer answer = client.post("/datasets", document);

    assertThat(answer.errors()).singleElement().satisfies(error -> {
      assertThat(error.get("code").asString()).isEqualTo("EMAIL_ADDRESS");
      assertThat(error.get("path").asString()).isEqualTo("people[0].contacts[0].value");
    });
    assertThat(log.getOut())
        .contains("Refused uri=/datasets: [EMAIL_ADDRESS at 'people[0].contacts[0].value']")
        .contains("DEBUG"); // Spring MVC's debug log is on
    assertThat(answer.body() + log.getAll()).doesNotContain("Kowalski", "kowalski", "Jan ");
  }

  @Test
  void aPersonsDataTheReaderRefuses_reachesNeitherTheAnswerNorTheLog(CapturedOutput log) {
    // A name without its quotation marks: the reader refuses it, and its reason quotes the name.
    String document = WIRE.writeValueAsString(Dataset.builder().addPerson(KOWALSKI).build())
        .replace("\"Jan Kowalski\"", "Kowalski");
    ResettlementJsonException reason =
        catchThrowableOfType(ResettlementJsonException.class, () -> WIRE.readValue(document, Dataset.class));
    assertThat(reason.getMessage()).contains("Kowalski");

    Answer answer = client.post("/datasets", document);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errors()).singleElement().satisfies(error ->
        assertThat(error.get("path").asString()).isEqualTo(reason.path()).startsWith("people[0]"));
    assertThat(log.getOut()).contains("Refused uri=/datasets: [MALFORMED_JSON at '" + reason.path() + "']");
    assertThat(answer.body() + log.getAll()).doesNotContain("Kowalski", "kowalski", "Jan ");
  }
}
