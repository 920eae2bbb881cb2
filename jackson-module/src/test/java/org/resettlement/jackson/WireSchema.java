package org.resettlement.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON Schema of the wire format, as the jar ships it, and validation against its parts. */
final class WireSchema {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonNode SCHEMA = parse(ResettlementJson.schema());
  private static final Map<String, Schema> BY_DEFINITION = new ConcurrentHashMap<>();

  private WireSchema() {}

  private static JsonNode parse(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the whole schema document. */
  static JsonNode document() {
    return SCHEMA;
  }

  /** Returns the {@code $defs} of the schema. */
  static JsonNode definitions() {
    return SCHEMA.get("$defs");
  }

  /** Returns the definition of a type. */
  static JsonNode definition(String name) {
    JsonNode definition = definitions().get(name);
    if (definition == null) {
      throw new AssertionError("the schema has no definition " + name);
    }
    return definition;
  }

  /**
   * Returns the name of the definition of a Java type: its simple name, after the name of the
   * enclosing type for a nested one ({@code Quantity.Qualifier} is {@code QuantityQualifier}).
   */
  static String definitionName(Class<?> type) {
    return type.getEnclosingClass() == null
        ? type.getSimpleName()
        : type.getEnclosingClass().getSimpleName() + type.getSimpleName();
  }

  /** Returns the golden file prefix of a definition: {@code ResettlementQuota} is {@code resettlement-quota}. */
  static String fileStem(String definitionName) {
    return definitionName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** Validates a document against the schema's root, a dataset. */
  static List<String> problemsAsDataset(String json) {
    return problems("Dataset", json);
  }

  /** Validates a document against one definition, and returns the problems found. */
  static List<String> problems(String definitionName, String json) {
    definition(definitionName);
    Schema schema = BY_DEFINITION.computeIfAbsent(definitionName, WireSchema::load);
    List<String> problems = new ArrayList<>();
    for (Error error : schema.validate(json, InputFormat.JSON)) {
      problems.add(error.toString());
    }
    return problems;
  }

  private static Schema load(String definitionName) {
    ObjectNode copy = SCHEMA.deepCopy();
    copy.remove("$id");
    copy.put("$ref", "#/$defs/" + definitionName);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(copy);
  }
}
