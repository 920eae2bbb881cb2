package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.List;
import org.resettlement.wireformat.WireSchema;

/** What the tests of the wire format share: a mapper and short ways to read and write. */
abstract class JsonTestBase {

  /** The JSON Schema that this module's jar ships. */
  static final WireSchema SCHEMA = new WireSchema(ResettlementJson.schema());

  /** A mapper with the recommended settings, shared by the tests of one class. */
  protected final JsonMapper mapper = newMapper();

  /**
   * Creates a mapper with the module and the recommended settings.
   *
   * @return a new mapper
   */
  static JsonMapper newMapper() {
    return ResettlementJson.newMapper();
  }

  /** Turns single quotes into double quotes, so that JSON in tests needs no escaping. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  String write(Object value, Class<?> declaredType) {
    try {
      return mapper.writerFor(declaredType).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  <T> T read(String json, TypeReference<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads JSON that must be refused, and returns the exception. */
  ResettlementJsonException readFails(String json, Class<?> type) {
    return readFails(json, mapper.constructType(type));
  }

  ResettlementJsonException readFails(String json, JavaType type) {
    return readFails(mapper, json, type);
  }

  /**
   * Reads JSON that must be refused with a {@link ResettlementJsonException}, checks that its
   * message names no Java class or package that the document does not itself contain, and returns
   * it.
   */
  static ResettlementJsonException readFails(ObjectMapper mapper, String json, JavaType type) {
    Throwable thrown = catchThrowable(() -> mapper.readValue(json, type));
    assertThat(thrown).as("reading %s", json).isInstanceOf(ResettlementJsonException.class);
    ResettlementJsonException problem = (ResettlementJsonException) thrown;
    for (String internal : INTERNAL_NAMES) {
      if (!json.contains(internal)) {
        assertThat(problem.getMessage()).as("message of %s", json).doesNotContain(internal);
      }
    }
    return problem;
  }

  /** What messages must not contain: Java package names, generated class names, Jackson's backticks. */
  static final List<String> INTERNAL_NAMES =
      List.of("org.resettlement", "com.fasterxml", "java.", "Immutable", "Builder", "$", "`", "Exception");
}
