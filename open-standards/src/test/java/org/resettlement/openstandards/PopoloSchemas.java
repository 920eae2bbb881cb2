package org.resettlement.openstandards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Popolo's published JSON Schemas (draft-03, test resources under {@code popolo/schemas}),
 * converted to draft 2020-12 when loaded, and validation of documents against them. The resources'
 * README says where they come from, under which licence, and how they are converted.
 */
final class PopoloSchemas {

  static final String BASE = "http://www.popoloproject.com/schemas/";

  /** Every schema of Popolo 1.0.1, by file name. */
  static final List<String> CLASSES =
      List.of("area", "contact_detail", "count", "event", "group_result", "identifier", "link", "membership",
          "motion", "organization", "other_name", "person", "post", "speech", "vote", "vote_event");

  /** The draft-03 keywords the schemas use, all of which the conversion handles. */
  static final Set<String> KNOWN_KEYWORDS =
      Set.of("$schema", "id", "title", "description", "type", "properties", "items", "$ref", "pattern", "format", "required");

  static final ObjectMapper JSON = new ObjectMapper();

  private static final SchemaRegistry REGISTRY = registry();

  private PopoloSchemas() {}

  private static SchemaRegistry registry() {
    Map<String, String> converted = new LinkedHashMap<>();
    for (String name : CLASSES) {
      try {
        converted.put(BASE + name + ".json", JSON.writeValueAsString(convert(published(name))));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(converted));
  }

  /** A schema as published, draft-03. */
  static JsonNode published(String name) {
    try (InputStream in = PopoloSchemas.class.getResourceAsStream("/popolo/schemas/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no Popolo schema " + name);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A draft-03 schema as draft 2020-12; see the README of the resources. */
  static ObjectNode convert(JsonNode draft03) {
    ObjectNode schema = convertSchema(draft03);
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    return schema;
  }

  private static ObjectNode convertSchema(JsonNode draft03) {
    ObjectNode converted = JSON.createObjectNode();
    List<String> required = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = draft03.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String keyword = field.getKey();
      JsonNode value = field.getValue();
      if (!KNOWN_KEYWORDS.contains(keyword)) {
        throw new IllegalStateException("draft-03 keyword " + keyword + " has no conversion");
      }
      switch (keyword) {
        case "$schema":
          break;
        case "id":
          converted.put("$id", value.asText().replaceFirst("#$", ""));
          break;
        case "required":
          break; // Read by the enclosing object's properties, below.
        case "properties":
          ObjectNode properties = converted.putObject("properties");
          value.fields().forEachRemaining(property -> {
            properties.set(property.getKey(), convertSchema(property.getValue()));
            if (property.getValue().path("required").asBoolean(false)) {
              required.add(property.getKey());
            }
          });
          break;
        case "items":
          converted.set("items", convertSchema(value));
          break;
        default:
          converted.set(keyword, value.deepCopy());
      }
    }
    if (!required.isEmpty()) {
      ArrayNode names = converted.putArray("required");
      required.forEach(names::add);
    }
    return converted;
  }

  /** The problems of a Popolo object of a class (such as {@code organization}), none if it is valid. */
  static List<String> problems(String popoloClass, Object tree) {
    Schema schema = REGISTRY.getSchema(com.networknt.schema.SchemaLocation.of(BASE + popoloClass + ".json"));
    List<String> problems = new ArrayList<>();
    try {
      for (Error error : schema.validate(JSON.writeValueAsString(tree), InputFormat.JSON)) {
        problems.add(error.toString());
      }
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  /** The problems of every element of a document's lists against the schema of its class. */
  static List<String> documentProblems(Map<String, Object> document) {
    Map<String, String> classes =
        Map.of("organizations", "organization", "persons", "person", "memberships", "membership", "events", "event");
    List<String> problems = new ArrayList<>();
    classes.forEach((list, popoloClass) -> {
      List<?> elements = (List<?>) document.getOrDefault(list, List.of());
      for (int i = 0; i < elements.size(); i++) {
        for (String problem : problems(popoloClass, elements.get(i))) {
          problems.add(list + "[" + i + "]: " + problem);
        }
      }
    });
    return problems;
  }
}
