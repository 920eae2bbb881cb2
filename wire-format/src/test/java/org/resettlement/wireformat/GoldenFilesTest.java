package org.resettlement.wireformat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The list of golden files and the folder agree. Whether each file reads and writes as its value
 * is for each Jackson module's tests.
 */
class GoldenFilesTest {

  /** The committed folder, from this module's folder, where the tests run. */
  private static final Path FOLDER = Path.of("golden");

  @Test
  void goldenFolder_holdsOnlyFilesWithAValueInJava() throws IOException {
    List<String> files;
    try (Stream<Path> paths = Files.list(FOLDER)) {
      files = paths.map(path -> path.getFileName().toString()).sorted().collect(Collectors.toList());
    }

    assertThat(files).containsExactlyInAnyOrderElementsOf(GoldenFiles.all().keySet());
  }

  @Test
  void text_isTheCommittedFileByteForByte() throws IOException {
    for (GoldenFiles.Golden golden : GoldenFiles.all().values()) {
      assertThat(golden.text()).as(golden.file).isEqualTo(Files.readString(FOLDER.resolve(golden.file)));
    }
  }
}
