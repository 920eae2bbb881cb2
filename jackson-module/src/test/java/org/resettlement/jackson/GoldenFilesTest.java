package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.wireformat.GoldenFiles;
import org.resettlement.wireformat.GoldenFiles.Golden;
import org.resettlement.wireformat.WireSchema;

/**
 * The golden files of {@code wire-format/golden} and of version 1.0 ({@code wire-format/golden-1.0}): each reads as the value built in Java, and that
 * value writes back as the file, byte for byte, in the canonical pretty-printed form.
 */
class GoldenFilesTest extends JsonTestBase {

  /**
   * The golden files of the current version, then those of version 1.0, which a reader of every
   * later 1.x reads as before and a writer writes back unchanged.
   */
  static Stream<Golden> goldenFiles() {
    return Stream.concat(GoldenFiles.all().values().stream(), GoldenFiles.version10().values().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void read_givesTheValueBuiltInJava(Golden golden) throws IOException {
    Object read = mapper.readValue(golden.text(), golden.type);

    assertThat(read).isEqualTo(golden.value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void write_givesTheFileByteForByte(Golden golden) throws IOException {
    String written =
        mapper.writerFor(golden.type).with(ResettlementJson.prettyPrinter()).writeValueAsString(golden.value);

    assertThat(written + "\n").isEqualTo(golden.text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void writeCompact_readsBackAsTheSameValue(Golden golden) throws IOException {
    String compact = mapper.writerFor(golden.type).writeValueAsString(golden.value);

    assertThat(compact).doesNotContain("\n");
    assertThat((Object) mapper.readValue(compact, golden.type)).isEqualTo(golden.value);
  }

  @Test
  void everySchemaDefinition_hasAGoldenFile() {
    for (String definition : SCHEMA.definitionNames()) {
      String stem = WireSchema.fileStem(definition);
      if (List.of("schema-version", "count", "token", "language-tag", "date", "year", "period", "uri", "decimal", "currency")
          .contains(stem)) {
        // Parts of other types, without a Java type of their own in the core.
        continue;
      }
      assertThat(GoldenFiles.all().keySet())
          .as("golden file for %s", stem)
          .anyMatch(file -> file.equals(stem + ".json") || file.startsWith(stem + "-"));
    }
  }
}
