package org.resettlement.openstandards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conversion of Popolo's draft-03 schemas, and that the converted schemas refuse what Popolo
 * refuses: a schema check that passed everything would make the export tests pass for nothing.
 */
class PopoloSchemasTest {

  static List<String> classes() {
    return PopoloSchemas.CLASSES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classes")
  void everyPublishedSchema_isDraft03_andConverts(String name) {
    JsonNode published = PopoloSchemas.published(name);

    assertThat(published.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-03/schema#");
    JsonNode converted = PopoloSchemas.convert(published);
    assertThat(converted.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(converted.path("$id").asText()).isEqualTo(PopoloSchemas.BASE + name + ".json");
    assertThat(converted.has("id")).isFalse();
  }

  @Test
  void requiredProperties_becomeTheRequiredArray() {
    JsonNode identifier = PopoloSchemas.convert(PopoloSchemas.published("identifier"));
    JsonNode contact = PopoloSchemas.convert(PopoloSchemas.published("contact_detail"));

    assertThat(identifier.path("required").toString()).isEqualTo("[\"identifier\"]");
    assertThat(identifier.path("properties").path("identifier").has("required")).isFalse();
    assertThat(contact.path("required").toString()).isEqualTo("[\"type\",\"value\"]");
    // "id" as a property name is data, not the draft-03 keyword.
    assertThat(PopoloSchemas.convert(PopoloSchemas.published("organization")).path("properties").has("id")).isTrue();
  }

  @Test
  void aKeywordWithoutConversion_isRefused() throws Exception {
    JsonNode extended = PopoloSchemas.JSON.readTree("{\"type\": \"object\", \"extends\": {\"$ref\": \"x\"}}");

    assertThatThrownBy(() -> PopoloSchemas.convert(extended))
        .hasMessage("draft-03 keyword extends has no conversion");
  }

  @Test
  void validDocuments_pass() {
    assertThat(PopoloSchemas.problems("organization", Map.of("id", "ccme", "name", "CCME", "founding_date", "1964"))).isEmpty();
    assertThat(PopoloSchemas.problems("membership", Map.of("start_date", "2011-06-02T09:30:00Z"))).isEmpty();
  }

  @Test
  void theConvertedSchemas_refuseWhatPopoloRefuses() {
    assertThat(PopoloSchemas.problems("organization", Map.of("founding_date", "2007/11"))).isNotEmpty();
    assertThat(PopoloSchemas.problems("organization", Map.of("name", 12))).isNotEmpty();
    assertThat(PopoloSchemas.problems("organization", Map.of("identifiers", List.of(Map.of("scheme", "iati"))))).isNotEmpty();
    assertThat(PopoloSchemas.problems("organization", Map.of("contact_details", List.of(Map.of("type", "email"))))).isNotEmpty();
    assertThat(PopoloSchemas.problems("organization", Map.of("sources", List.of(Map.of("note", "no url"))))).isNotEmpty();
    assertThat(PopoloSchemas.problems("organization", Map.of("other_names", List.of(Map.of("name", 1))))).isNotEmpty();
    assertThat(PopoloSchemas.problems("person", Map.of("birth_date", "1 May 1970"))).isNotEmpty();
    assertThat(PopoloSchemas.problems("membership", Map.of("start_date", "2011-06-02T09:30"))).isNotEmpty();
    assertThat(PopoloSchemas.problems("event", Map.of("attendees", List.of(Map.of("id", 5))))).isNotEmpty();
    assertThat(PopoloSchemas.problems("event", Map.of("location", Map.of("name", "Lisboa")))).isNotEmpty();
  }

  @Test
  void documentProblems_nameTheListAndTheIndex() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("events", List.of(Map.of("id", "ok"), Map.of("start_date", "21.11.2007")));

    assertThat(PopoloSchemas.documentProblems(document)).singleElement().asString().startsWith("events[1]: ");
  }
}
