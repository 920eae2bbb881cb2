package org.resettlement.examples.spring;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Dataset;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Pledge;
import org.resettlement.jackson3.ResettlementJson;
import org.resettlement.jackson3.ResettlementJsonException;
import org.resettlement.testkit.BrokenRule;
import org.resettlement.testkit.InvalidSample;
import org.resettlement.testkit.SampleData;
import org.resettlement.testkit.SeedDataset;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service, started on a random port, over real HTTP: the seed dataset in and out in the wire
 * format, pledges, documents that cannot be read, documents that break each rule, English and
 * Polish, and no personal data in the refusals or the log.
 */
@SpringBootTest(classes = ResettlementService.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ResettlementServiceTest {

  private static final Dataset SEED = SeedDataset.dataset();
  private static final JsonMapper WIRE = ResettlementJson.newMapper();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final String PROBLEM_JSON = "application/problem+json";

  /** The seed of the samples that break rules; a failure names the rule, and this seed. */
  private static final long SEED_OF_SAMPLES = 20;

  @LocalServerPort
  private int port;

  private RestClient client;

  /** An answer of the service, read whatever its status. */
  record Answer(int status, String contentType, URI location, String body) {
    JsonNode json() {
      return PLAIN.readTree(body);
    }

    /** The entries of a problem detail's {@code errors}. */
    List<JsonNode> errors() {
      List<JsonNode> errors = new ArrayList<>();
      json().get("errors").forEach(errors::add);
      return errors;
    }
  }

  @BeforeEach
  void connect() {
    client = RestClient.create("http://localhost:" + port);
  }

  private Answer send(HttpMethod method, String path, String body, String language) {
    RestClient.RequestBodySpec request = client.method(method).uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, language);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body.getBytes(UTF_8));
    }
    return request.exchange((sent, response) -> new Answer(
        response.getStatusCode().value(),
        String.valueOf(response.getHeaders().getContentType()),
        response.getHeaders().getLocation(),
        new String(response.getBody().readAllBytes(), UTF_8)));
  }

  private Answer post(String path, String body) {
    return send(HttpMethod.POST, path, body, "en");
  }

  private Answer get(String path) {
    return send(HttpMethod.GET, path, null, "en");
  }

  //-----------------------------------------------------------------------
  @Test
  void runsOnTheVersionsSpringBoot4Manages() {
    assertThat(SpringBootVersion.getVersion()).startsWith("4.0.");
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.getMinorVersion()).isEqualTo(1);
    assertThat(org.hibernate.validator.internal.util.Version.getVersionString()).startsWith("9.0.");
  }

  @Test
  void seedDataset_isStored_andReturnedInTheWireFormat() {
    String document = WIRE.writeValueAsString(SEED);

    Answer created = post("/datasets", document);
    Answer read = get(created.location().getPath());

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.location().getPath()).matches("/datasets/\\d+");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.contentType()).isEqualTo("application/json");
    assertThat(read.body()).isEqualTo(document);
    assertThat(WIRE.readValue(read.body(), Dataset.class)).isEqualTo(SEED);
  }

  @Test
  void pledge_isStored_onceUnderItsIdentifier() {
    Pledge pledge = SampleData.withSeed(SEED_OF_SAMPLES).pledge();
    String document = WIRE.writeValueAsString(pledge);

    Answer created = post("/pledges", document);
    Answer again = post("/pledges", document);

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.location().getPath()).isEqualTo("/pledges/" + pledge.id().value());
    assertThat(WIRE.readValue(get(created.location().getPath()).body(), Pledge.class)).isEqualTo(pledge);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).isEqualTo(PROBLEM_JSON);
  }

  @Test
  void unknownDataset_isAProblemDetail404() {
    Answer answer = get("/datasets/999999");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(answer.json().get("status").asInt()).isEqualTo(404);
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest(name = "{0}")
  @EnumSource(BrokenRule.class)
  void datasetBreakingARule_isRefusedWithTheRulesCodeAtItsPath_unlessTheRuleOnlyWarns(BrokenRule rule) {
    InvalidSample<Dataset> sample = SampleData.withSeed(SEED_OF_SAMPLES).invalidDataset(rule);

    Answer answer = post("/datasets", WIRE.writeValueAsString(sample.value()));

    if (rule.warning()) {
      assertThat(answer.status()).as("%s, seed %d: a warning refuses nothing", rule, SEED_OF_SAMPLES).isEqualTo(201);
      return;
    }
    assertThat(answer.status()).as("%s, seed %d: %s", rule, SEED_OF_SAMPLES, answer.body()).isEqualTo(422);
    assertThat(answer.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(answer.errors()).as("%s, seed %d", rule, SEED_OF_SAMPLES).anySatisfy(error -> {
      assertThat(error.get("code").asString()).isEqualTo(rule.name());
      assertThat(error.get("path").asString()).isEqualTo(sample.path());
      assertThat(error.get("severity").asString()).isEqualTo("error");
    });
  }

  @Test
  void ruleViolation_isAProblemDetailInEnglish() {
    InvalidSample<Dataset> sample = SampleData.withSeed(SEED_OF_SAMPLES).invalidDataset(BrokenRule.NOT_BLANK_TEXT);

    Answer answer = post("/datasets", WIRE.writeValueAsString(sample.value()));

    JsonNode problem = answer.json();
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("type").asString()).endsWith("docs/validation.md");
    assertThat(problem.get("title").asString()).isEqualTo("The document breaks rules of the data");
    assertThat(problem.get("instance").asString()).isEqualTo("/datasets");
    assertThat(answer.errors()).singleElement().satisfies(error -> {
      assertThat(error.get("path").asString()).isEqualTo(sample.path());
      assertThat(error.get("code").asString()).isEqualTo("NOT_BLANK_TEXT");
      assertThat(error.get("message").asString()).isEqualTo("must not be blank, in any language");
    });
  }

  @Test
  void ruleViolation_isWordedInPolish_whenTheRequestAsksForPolish() {
    InvalidSample<Dataset> sample = SampleData.withSeed(SEED_OF_SAMPLES).invalidDataset(BrokenRule.NOT_BLANK_TEXT);

    Answer answer = send(HttpMethod.POST, "/datasets", WIRE.writeValueAsString(sample.value()), "pl-PL,pl;q=0.9,en;q=0.5");

    assertThat(answer.json().get("title").asString()).isEqualTo("Dokument narusza reguły danych");
    assertThat(answer.errors()).singleElement().satisfies(error -> {
      assertThat(error.get("code").asString()).isEqualTo("NOT_BLANK_TEXT");
      assertThat(error.get("message").asString()).isEqualTo("nie może być pustym tekstem w żadnym języku");
    });
  }

  @Test
  void aLanguageWithoutMessages_getsEnglish() {
    InvalidSample<Dataset> sample = SampleData.withSeed(SEED_OF_SAMPLES).invalidDataset(BrokenRule.NOT_BLANK_TEXT);

    Answer answer = send(HttpMethod.POST, "/datasets", WIRE.writeValueAsString(sample.value()), "de");

    assertThat(answer.errors()).singleElement().satisfies(error ->
        assertThat(error.get("message").asString()).isEqualTo("must not be blank, in any language"));
  }

  @Test
  void pledgeBreakingARule_isRefusedAtThePledgesOwnProperty() {
    InvalidSample<Pledge> sample = SampleData.withSeed(SEED_OF_SAMPLES).invalid(Pledge.class, BrokenRule.FULFILLED_WITHIN_PLEDGED);

    Answer answer = send(HttpMethod.POST, "/pledges", WIRE.writeValueAsString(sample.value()), "pl");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errors()).anySatisfy(error -> {
      assertThat(error.get("path").asString()).isEqualTo("fulfilled").isEqualTo(sample.path());
      assertThat(error.get("code").asString()).isEqualTo("FULFILLED_WITHIN_PLEDGED");
      assertThat(error.get("message").asString()).startsWith("nie może");
    });
  }

  @Test
  void datasetWithoutPersonalData_onlyWarns_andIsAccepted() {
    Answer answer = post("/datasets", WIRE.writeValueAsString(SEED.withoutPersonalData()));

    assertThat(answer.status()).isEqualTo(201);
  }

  //-----------------------------------------------------------------------
  @Test
  void malformedJson_isAProblemDetailWithItsPath() {
    String document = "{\"organisations\": [{\"id\": \"ccme\",";
    String path = catchThrowableOfType(ResettlementJsonException.class, () -> WIRE.readValue(document, Dataset.class)).path();

    Answer answer = post("/datasets", document);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(answer.json().get("title").asString()).isEqualTo("The document cannot be read");
    assertThat(answer.json().get("type").asString()).endsWith("docs/wire-format.md");
    assertThat(answer.errors()).singleElement().satisfies(error -> {
      assertThat(error.get("code").asString()).isEqualTo("MALFORMED_JSON");
      assertThat(error.get("path").asString()).isEqualTo(path).isEqualTo("organisations[0].id");
      assertThat(error.get("message").asString()).isEqualTo("is not well-formed JSON");
    });
  }

  @Test
  void valueOfTheWrongType_isAProblemDetailWithItsPath_inPolish() {
    String document = "{\"pledges\": [{\"id\": \"p\", \"pledger\": {\"country\": \"PT\"}, \"kind\": \"resettlement-places\","
        + " \"quantity\": \"thirty\"}]}";

    Answer answer = send(HttpMethod.POST, "/datasets", document, "pl");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("title").asString()).isEqualTo("Nie można odczytać dokumentu");
    assertThat(answer.errors()).singleElement().satisfies(error -> {
      assertThat(error.get("code").asString()).isEqualTo("WIRE_FORMAT");
      assertThat(error.get("path").asString()).isEqualTo("pledges[0].quantity");
      assertThat(error.get("message").asString()).isEqualTo("nie jest tym, na co format wymiany danych pozwala w tym miejscu");
    });
  }

  @Test
  void unknownValue_isAProblemDetailWithItsPath() {
    String document = "{\"organisations\":[{\"id\":\"o\",\"name\":{\"en\":\"x\"},\"kind\":\"no-such-kind\"}]}";

    Answer answer = post("/datasets", document);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errors()).singleElement().satisfies(error -> {
      assertThat(error.get("code").asString()).isEqualTo("WIRE_FORMAT");
      assertThat(error.get("path").asString()).isEqualTo("organisations[0].kind");
    });
  }

  //-----------------------------------------------------------------------
  /** A person whose e-mail address breaks a rule; the name and address must go nowhere. */
  private static final Person KOWALSKI = Person.builder()
      .id(PersonId.of("p1"))
      .name("Jan Kowalski")
      .addContacts(ContactPoint.email("jan.kowalski(at)example.org"))
      .build();

  @Test
  void aPersonsDataBreakingARule_reachesNeitherTheAnswerNorTheLog(CapturedOutput log) {
    String document = WIRE.writeValueAsString(Dataset.builder().addPerson(KOWALSKI).build());

    Answer answer = post("/datasets", document);

    assertThat(answer.errors()).singleElement().satisfies(error -> {
      assertThat(error.get("code").asString()).isEqualTo("EMAIL_ADDRESS");
      assertThat(error.get("path").asString()).isEqualTo("people[0].contacts[0].value");
    });
    assertThat(log.getOut()).contains("Refused uri=/datasets: [EMAIL_ADDRESS at 'people[0].contacts[0].value']");
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

    Answer answer = post("/datasets", document);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errors()).singleElement().satisfies(error ->
        assertThat(error.get("path").asString()).isEqualTo(reason.path()).startsWith("people[0]"));
    assertThat(log.getOut()).contains("Refused uri=/datasets: [MALFORMED_JSON at '" + reason.path() + "']");
    assertThat(answer.body() + log.getAll()).doesNotContain("Kowalski", "kowalski", "Jan ");
  }
}
