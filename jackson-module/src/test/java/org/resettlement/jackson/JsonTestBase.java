package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/** What the tests of the wire format share: a mapper and short ways to read and write. */
abstract class JsonTestBase {

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
    ResettlementJsonException problem =
        catchThrowableOfType(ResettlementJsonException.class, () -> mapper.readValue(json, type));
    if (problem == null) {
      throw new AssertionError("expected the document to be refused: " + json);
    }
    return problem;
  }
}
