package org.resettlement.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.wireformat.GoldenFiles;
import org.resettlement.wireformat.GoldenFiles.Golden;

/**
 * The golden files of {@code wire-format/golden} and of version 1.0 ({@code wire-format/golden-1.0}), on Jackson 3: each reads as the value built in
 * Java, and that value writes back as the file, byte for byte, in the canonical pretty-printed
 * form. That the folder and the list of golden files agree is checked by the wire-format module's
 * own tests.
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
  void read_givesTheValueBuiltInJava(Golden golden) {
    Object read = mapper.readValue(golden.text(), golden.type);

    assertThat(read).isEqualTo(golden.value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void write_givesTheFileByteForByte(Golden golden) {
    String written =
        mapper.writerFor(golden.type).with(ResettlementJson.prettyPrinter()).writeValueAsString(golden.value);

    assertThat(written + "\n").isEqualTo(golden.text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void writeCompact_readsBackAsTheSameValue(Golden golden) {
    String compact = mapper.writerFor(golden.type).writeValueAsString(golden.value);

    assertThat(compact).doesNotContain("\n");
    assertThat((Object) mapper.readValue(compact, golden.type)).isEqualTo(golden.value);
  }
}
