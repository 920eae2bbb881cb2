package org.resettlement.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.Actor;
import org.resettlement.wireformat.BadDocuments;
import org.resettlement.wireformat.BadDocuments.BadDocument;
import org.resettlement.wireformat.GoldenFiles;
import org.resettlement.wireformat.GoldenFiles.Golden;
import org.resettlement.wireformat.WireSchema;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.PropertyWriter;

/**
 * The JSON Schema of {@code wire-format/schema} says what the Jackson 3 reader and writer do: the
 * properties it writes, in their order, the ones it requires, and the documents it refuses. (That
 * the golden files and the enums agree with the schema is checked by the Jackson 2 module's tests,
 * which share them.)
 */
class SchemaTest extends JsonTestBase {

  /**
   * The composite types: objects with properties, written by the convention. An actor, a key and a
   * rounding are objects of forms of their own, which their own tests show.
   */
  static Stream<Golden> goldenObjects() {
    return GoldenFiles.all().values().stream()
        .filter(golden -> !List.of(Actor.class, org.resettlement.core.DimensionKey.class,
            org.resettlement.core.Rounding.class).contains(golden.type))
        .filter(golden -> SCHEMA.hasProperties(definitionOf(golden)));
  }

  static String definitionOf(Golden golden) {
    return WireSchema.definitionName(golden.type);
  }

  static Stream<BadDocument> invalidDocuments() {
    return BadDocuments.refusedBySchemaAndReaders().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void invalidDocument_isRefusedByTheReader(BadDocument document) {
    assertThat(catchThrowable(() -> mapper.readValue(document.json(), document.type())))
        .isInstanceOf(ResettlementJsonException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenObjects")
  void definition_listsThePropertiesTheWriterWritesInItsOrder(Golden golden) {
    ValueSerializer<Object> serializer = mapper._serializationContext().findValueSerializer(golden.type);
    List<String> written = new ArrayList<>();
    for (Iterator<PropertyWriter> properties = serializer.properties(); properties.hasNext(); ) {
      written.add(properties.next().getName());
    }

    assertThat(written).isNotEmpty();
    assertThat(SCHEMA.propertyNames(definitionOf(golden))).containsExactlyElementsOf(written);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenObjects")
  void definition_requiresExactlyWhatTheReaderRequires(Golden golden) {
    List<String> required = SCHEMA.required(definitionOf(golden));
    ObjectNode document = (ObjectNode) mapper.readTree(golden.text());
    assertThat(document.propertyNames()).as("the golden file has every required property").containsAll(required);

    for (String property : document.propertyNames()) {
      ObjectNode without = document.deepCopy();
      without.remove(property);
      Throwable refused = catchThrowable(() -> mapper.readValue(mapper.writeValueAsString(without), golden.type));
      if (required.contains(property)) {
        assertThat(refused).as("without %s", property).isInstanceOf(ResettlementJsonException.class);
        // A required list is refused as empty, since an absent list is an empty one.
        assertThat(((ResettlementJsonException) refused).reason())
            .isIn(document.get(property).isArray() ? List.of("required but not set", "must not be empty") : List.of("required but not set"));
      } else {
        assertThat(refused).as("without %s", property).isNull();
      }
    }
  }
}
