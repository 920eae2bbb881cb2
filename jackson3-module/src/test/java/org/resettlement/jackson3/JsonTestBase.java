package org.resettlement.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.resettlement.wireformat.WireSchema;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** What the tests of the wire format on Jackson 3 share: mappers and short ways to read and write. */
abstract class JsonTestBase {

  /** The JSON Schema that this module's jar ships. */
  static final WireSchema SCHEMA = new WireSchema(ResettlementJson.schema());

  /** What messages must not contain: Java package names, generated class names, Jackson's backticks. */
  static final List<String> INTERNAL_NAMES =
      List.of("org.resettlement", "tools.jackson", "com.fasterxml", "java.", "Immutable", "Builder", "$", "`", "Exception");

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

  /**
   * Creates a mapper with Jackson 3's defaults and the module, as a user's own mapper may be.
   *
   * @return a new mapper
   */
  static JsonMapper plainMapper() {
    return JsonMapper.builder().addModule(new ResettlementModule()).build();
  }

  /** Turns single quotes into double quotes, so that JSON in tests needs no escaping. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  String write(Object value) {
    return mapper.writeValueAsString(value);
  }

  <T> T read(String json, Class<T> type) {
    return mapper.readValue(json, type);
  }

  /** Reads JSON that must be refused, and returns the exception. */
  ResettlementJsonException readFails(String json, Class<?> type) {
    return readFails(mapper, json, mapper.constructType(type));
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
}
