package org.resettlement.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.benchmarks.baseline.RecordJson2;
import org.resettlement.benchmarks.baseline.RecordModel;
import org.resettlement.benchmarks.baseline.RecordValidation;
import org.resettlement.core.Dataset;
import org.resettlement.jackson.ResettlementJson;
import org.resettlement.testkit.SampleData;
import org.resettlement.validation.ResettlementValidation;
import org.resettlement.validation.Structural;

/**
 * The validation benchmark compares like with like: for each of the fourteen structural rules that
 * the annotated records check too, the benchmark dataset broken in one place makes our validator
 * and the records report one violation, at the same place. (The records have no keys, observations
 * or statuses, so KEY_NOT_BROKEN_DOWN and VALUE_MATCHES_STATUS are ours alone.)
 *
 * <p>Each case changes one value of the benchmark document (found by a predicate, so that the
 * cases follow the generated data), reads the document both ways and validates it.
 */
class BaselineValidationTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();

  private static ObjectNode document;
  private static ValidatorFactory recordsFactory;

  @BeforeAll
  static void readDocument() throws Exception {
    document = (ObjectNode) TREES.readTree(BenchmarkData.json());
    recordsFactory = RecordValidation.newValidatorFactory();
  }

  @AfterAll
  static void closeFactory() {
    recordsFactory.close();
  }

  @Test
  void benchmarkDataset_hasNoViolationEitherWay() throws Exception {
    assertThat(oursPaths(document)).isEmpty();
    assertThat(recordsPaths(document)).isEmpty();
    // Every rule too, with "today" after every date the testkit draws.
    Clock later = Clock.fixed(SampleData.LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    try (ValidatorFactory factory = ResettlementValidation.newConfiguration().clockProvider(() -> later).buildValidatorFactory()) {
      assertThat(factory.getValidator().validate(BenchmarkData.core(TREES.writeValueAsBytes(document)))).isEmpty();
    }
  }

  static Stream<Case> brokenRules() {
    return Stream.of(
        rule("NotBlankText", "/organisations", node -> true, "name", text(" ", true)),
        rule("NoControlCharacters", "/organisations", node -> true, "name", text("Caritas\u000CPolska", true)),
        rule("NoDirectionalFormatting", "/events", node -> node.has("summary"), "summary",
            text("Annex \u202Efdp.exe", true)),
        // The records' identifiers are records too: @Pattern sits on their value.
        rule("WellFormedId", "/pledges", node -> true, "id", text("p".repeat(65), false)).withRecordsSuffix(".value"),
        rule("WellFormedAcronym", "/organisations", node -> node.has("acronym"), "acronym", text("!!", false)),
        rule("EmailAddress", "", kind("email"), "value", text("not-an-address", false)),
        rule("PhoneNumber", "", kind("phone"), "value", text("123", false)),
        rule("WebAddress on a contact", "", kind("website"), "value", text("ftp://example.org/", false)),
        rule("WebAddress on a source", "", node -> node.has("url"), "url", text("ftp://example.org/", false)),
        rule("WellFormedExternalId", "", node -> "iati".equals(node.path("scheme").asText()), "value", text("bad", false)),
        rule("LatitudeInRange", "", node -> node.has("latitude"), "latitude", number(91.5)),
        rule("LongitudeInRange", "", node -> node.has("longitude"), "longitude", number(-180.5)),
        rule("WellFormedCategory", "", node -> "citizenship".equals(node.path("dimension").asText()), "category",
            text("ZZ", false)),
        rule("ReferenceResolves", "/pledges", node -> node.has("campaign"), "campaign", text("no-such-campaign", false)),
        rule("UniqueId", "/pledges/1", node -> true, "id", (object, name) -> object.set(name, document.at("/pledges/0/id"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void brokenRule_isReportedAtTheSamePlaceByBoth(String rule, String under, Predicate<JsonNode> where, String property,
      Change change, String recordsSuffix) throws Exception {
    ObjectNode broken = document.deepCopy();
    String pointer = find(broken, under, where)
        .orElseThrow(() -> new AssertionError("the benchmark dataset has nothing to break for " + rule));
    change.apply((ObjectNode) broken.at(pointer), property);
    String expected = path(pointer) + "." + property;

    assertThat(oursPaths(broken)).containsExactly(expected);
    assertThat(recordsPaths(broken)).containsExactly(expected + recordsSuffix);
  }

  //-----------------------------------------------------------------------
  private static Set<String> oursPaths(JsonNode json) throws Exception {
    Dataset dataset = ResettlementJson.newMapper().readValue(TREES.writeValueAsBytes(json), Dataset.class);
    return paths(ResettlementValidation.validator().validate(dataset, Structural.class));
  }

  private static Set<String> recordsPaths(JsonNode json) throws Exception {
    RecordModel.Dataset dataset = RecordJson2.newMapper().readValue(TREES.writeValueAsBytes(json), RecordModel.Dataset.class);
    Validator validator = recordsFactory.getValidator();
    return paths(validator.validate(dataset));
  }

  private static <T> Set<String> paths(Set<ConstraintViolation<T>> violations) {
    Set<String> paths = new TreeSet<>();
    for (ConstraintViolation<T> violation : violations) {
      // Container elements (<list element>, <optional element>) name no place in the document.
      paths.add(violation.getPropertyPath().toString().replaceAll("\\.?<[a-z ]+ element>", ""));
    }
    return paths;
  }

  /** The JSON pointer of the first object below {@code under}, depth first, that matches. */
  private static Optional<String> find(JsonNode root, String under, Predicate<JsonNode> where) {
    return search(root.at(under), under, where);
  }

  private static Optional<String> search(JsonNode node, String pointer, Predicate<JsonNode> where) {
    if (node.isObject() && where.test(node) && !pointer.isEmpty() && node.size() > 0) {
      return Optional.of(pointer);
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> found = search(node.get(i), pointer + "/" + i, where);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        Optional<String> found = search(field.getValue(), pointer + "/" + field.getKey(), where);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** {@code /events/2/sessions/0} as a Bean Validation path, {@code events[2].sessions[0]}. */
  private static String path(String pointer) {
    StringBuilder path = new StringBuilder();
    for (String part : pointer.substring(1).split("/")) {
      if (part.chars().allMatch(Character::isDigit)) {
        path.append('[').append(part).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(part);
      }
    }
    return path.toString();
  }

  //-----------------------------------------------------------------------
  /** Changes one property of an object. */
  @FunctionalInterface
  interface Change {
    void apply(ObjectNode object, String property);
  }

  private static Case rule(String name, String under, Predicate<JsonNode> where, String property, Change change) {
    return new Case(name, under, where, property, change, "");
  }

  /** A broken rule: where to break it, how, and what the records add to the path. */
  record Case(String name, String under, Predicate<JsonNode> where, String property, Change change, String recordsSuffix)
      implements Arguments {
    Case withRecordsSuffix(String suffix) {
      return new Case(name, under, where, property, change, suffix);
    }

    @Override
    public Object[] get() {
      return new Object[] {name, under, where, property, change, recordsSuffix};
    }
  }

  private static Predicate<JsonNode> kind(String contactKind) {
    return node -> node.has("value") && contactKind.equals(node.path("kind").asText());
  }

  /** Sets a string, or, for a localised text, its first variant. */
  private static Change text(String value, boolean firstVariant) {
    return (object, property) -> {
      if (firstVariant) {
        ObjectNode text = (ObjectNode) object.get(property);
        text.put(text.fieldNames().next(), value);
      } else {
        object.put(property, value);
      }
    };
  }

  private static Change number(double value) {
    return (object, property) -> object.put(property, value);
  }
}
