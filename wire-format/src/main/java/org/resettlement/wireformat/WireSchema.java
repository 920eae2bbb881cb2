package org.resettlement.wireformat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schema of the wire format, as a module's jar ships it, and validation against its
 * parts. The tests of both Jackson modules use it; its answers are plain strings, whichever Jackson
 * line the tests exercise. (The schema validator itself reads JSON with Jackson 2.)
 */
public final class WireSchema {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private final JsonNode schema;
  private final Map<String, Schema> byDefinition = new ConcurrentHashMap<>();

  /**
   * Reads a schema.
   *
   * @param schema the text of the schema, as {@code ResettlementJson.schema()} returns it
   */
  public WireSchema(String schema) {
    try {
      this.schema = PLAIN.readTree(schema);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the text of the schema as committed in {@code wire-format/schema}, which a module's jar
   * must ship unchanged.
   */
  public static String committedText() {
    try (InputStream in = WireSchema.class.getResourceAsStream("/schema/resettlement.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("the schema is missing from the wire-format resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the name of the definition of a Java type: its simple name, after the name of the
   * enclosing type for a nested one ({@code Quantity.Qualifier} is {@code QuantityQualifier}).
   */
  public static String definitionName(Class<?> type) {
    return type.getEnclosingClass() == null
        ? type.getSimpleName()
        : type.getEnclosingClass().getSimpleName() + type.getSimpleName();
  }

  /** Returns the golden file prefix of a definition: {@code ResettlementQuota} is {@code resettlement-quota}. */
  public static String fileStem(String definitionName) {
    return definitionName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  //-----------------------------------------------------------------------
  /** Returns the text of a keyword of the schema's root, such as {@code $schema}, or null. */
  public String rootKeyword(String name) {
    JsonNode value = schema.get(name);
    return value == null ? null : value.asText();
  }

  /** Returns the names of the {@code $defs} of the schema, in their order. */
  public List<String> definitionNames() {
    return names(schema.get("$defs"));
  }

  /** Checks whether a definition describes an object with properties. */
  public boolean hasProperties(String definitionName) {
    return definition(definitionName).has("properties");
  }

  /** Returns the properties of a definition, in their order. */
  public List<String> propertyNames(String definitionName) {
    return names(definition(definitionName).get("properties"));
  }

  /** Returns the required properties of a definition; none if it requires none. */
  public List<String> required(String definitionName) {
    return texts(definition(definitionName).get("required"));
  }

  /** Returns the values a definition lists in its {@code enum}. */
  public List<String> enumValues(String definitionName) {
    JsonNode values = definition(definitionName).get("enum");
    if (values == null) {
      throw new AssertionError("the definition " + definitionName + " has no enum");
    }
    return texts(values);
  }

  private JsonNode definition(String name) {
    JsonNode definition = schema.get("$defs").get(name);
    if (definition == null) {
      throw new AssertionError("the schema has no definition " + name);
    }
    return definition;
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    if (object != null) {
      object.fieldNames().forEachRemaining(names::add);
    }
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    if (array != null) {
      array.forEach(value -> texts.add(value.asText()));
    }
    return texts;
  }

  //-----------------------------------------------------------------------
  /** Validates a document against the schema's root, a dataset. */
  public List<String> problemsAsDataset(String json) {
    return problems("Dataset", json);
  }

  /** Validates a document against one definition, and returns the problems found. */
  public List<String> problems(String definitionName, String json) {
    definition(definitionName);
    Schema validator = byDefinition.computeIfAbsent(definitionName, this::load);
    List<String> problems = new ArrayList<>();
    for (Error error : validator.validate(json, InputFormat.JSON)) {
      problems.add(error.toString());
    }
    return problems;
  }

  private Schema load(String definitionName) {
    ObjectNode copy = schema.deepCopy();
    copy.remove("$id");
    copy.put("$ref", "#/$defs/" + definitionName);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(copy);
  }
}
