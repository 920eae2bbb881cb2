package org.resettlement.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.resettlement.core.Dataset;
import org.resettlement.core.Pledge;
import org.resettlement.examples.spring.ServiceClient.Answer;
import org.resettlement.jackson3.ResettlementJson;
import org.resettlement.jackson3.ResettlementJsonException;
import org.resettlement.testkit.BrokenRule;
import org.resettlement.testkit.InvalidSample;
import org.resettlement.testkit.SampleData;
import org.resettlement.testkit.SeedDataset;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service, started on a random port, over real HTTP: the seed dataset in and out in the wire
 * format, pledges, documents that cannot be read, documents that break each rule, in English and
 * Polish. {@link PersonalDataTest} checks that no personal data reaches the answers or the log.
 */
@SpringBootTest(classes = ResettlementService.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ResettlementServiceTest {

  private static final Dataset SEED = SeedDataset.dataset();
  private static final JsonMapper WIRE = ResettlementJson.newMapper();
  private static final String PROBLEM_JSON = "application/problem+json";

  /** The seed of the samples that break rules; a failure names the rule, and this seed. */
  private static final long SEED_OF_SAMPLES = 20;

  @LocalServerPort
  private int port;

  private ServiceClient client;

  @BeforeEach
  void connect() {
    client = new ServiceClient(port);
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

    Answer created = client.post("/datasets", document);
    Answer read = client.get(created.location().getPath());

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

    Answer created = client.post("/pledges", document);
    Answer again = client.post("/pledges", document);

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.location().getPath()).isEqualTo("/pledges/" + pledge.id().value());
    assertThat(WIRE.readValue(client.get(created.location().getPath()).body(), Pledge.class)).isEqualTo(pledge);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).isEqualTo(PROBLEM_JSON);
  }

  @Test
  void unknownDataset_isAProblemDetail404() {
    Answer answer = client.get("/datasets/999999");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(answer.json().get("status").asInt()).isEqualTo(404);
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest(name = "{0}")
  @EnumSource(BrokenRule.class)
  void datasetBreakingARule_isRefusedWithTheRulesCodeAtItsPath_unlessTheRuleOnlyWarns(BrokenRule rule) {
    InvalidSample<Dataset> sample = SampleData.withSeed(SEED_OF_SAMPLES).invalidDataset(rule);

    Answer answer = client.post("/datasets", WIRE.writeValueAsString(sample.value()));

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

    Answer answer = client.post("/datasets", WIRE.writeValueAsString(sample.value()));

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

    Answer answer = client.send(HttpMethod.POST, "/datasets", WIRE.writeValueAsString(sample.value()), "pl-PL,pl;q=0.9,en;q=0.5");

    assertThat(answer.json().get("title").asString()).isEqualTo("Dokument narusza reguły danych");
    assertThat(answer.errors()).singleElement().satisfies(error -> {
      assertThat(error.get("code").asString()).isEqualTo("NOT_BLANK_TEXT");
      assertThat(error.get("message").asString()).isEqualTo("nie może być pustym tekstem w żadnym języku");
    });
  }

  @Test
  void aLanguageWithoutMessages_getsEnglish() {
    InvalidSample<Dataset> sample = SampleData.withSeed(SEED_OF_SAMPLES).invalidDataset(BrokenRule.NOT_BLANK_TEXT);

    Answer answer = client.send(HttpMethod.POST, "/datasets", WIRE.writeValueAsString(sample.value()), "de");

    assertThat(answer.errors()).singleElement().satisfies(error ->
        assertThat(error.get("message").asString()).isEqualTo("must not be blank, in any language"));
  }

  @Test
  void pledgeBreakingARule_isRefusedAtThePledgesOwnProperty() {
    InvalidSample<Pledge> sample = SampleData.withSeed(SEED_OF_SAMPLES).invalid(Pledge.class, BrokenRule.FULFILLED_WITHIN_PLEDGED);

    Answer answer = client.send(HttpMethod.POST, "/pledges", WIRE.writeValueAsString(sample.value()), "pl");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errors()).anySatisfy(error -> {
      assertThat(error.get("path").asString()).isEqualTo("fulfilled").isEqualTo(sample.path());
      assertThat(error.get("code").asString()).isEqualTo("FULFILLED_WITHIN_PLEDGED");
      assertThat(error.get("message").asString()).startsWith("nie może");
    });
  }

  @Test
  void datasetWithoutPersonalData_onlyWarns_andIsAccepted() {
    Answer answer = client.post("/datasets", WIRE.writeValueAsString(SEED.withoutPersonalData()));

    assertThat(answer.status()).isEqualTo(201);
  }

  //-----------------------------------------------------------------------
  @Test
  void malformedJson_isAProblemDetailWithItsPath() {
    String document = "{\"organisations\": [{\"id\": \"ccme\",";
    String path = catchThrowableOfType(ResettlementJsonException.class, () -> WIRE.readValue(document, Dataset.class)).path();

    Answer answer = client.post("/datasets", document);

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

    Answer answer = client.send(HttpMethod.POST, "/datasets", document, "pl");

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

    Answer answer = client.post("/datasets", document);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errors()).singleElement().satisfies(error -> {
      assertThat(error.get("code").asString()).isEqualTo("WIRE_FORMAT");
      assertThat(error.get("path").asString()).isEqualTo("organisations[0].kind");
    });
  }
}
