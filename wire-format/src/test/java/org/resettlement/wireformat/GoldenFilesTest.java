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
  /** The committed folder of the golden files of version 1.0. */
  private static final Path FOLDER_10 = Path.of("golden-1.0");

  @Test
  void goldenFolder_holdsOnlyFilesWithAValueInJava() throws IOException {
    assertThat(files(FOLDER)).containsExactlyInAnyOrderElementsOf(GoldenFiles.all().keySet());
  }

  @Test
  void goldenFolderOfVersion10_holdsOnlyFilesWithAValueInJava() throws IOException {
    assertThat(files(FOLDER_10)).containsExactlyInAnyOrderElementsOf(GoldenFiles.version10().keySet());
  }

  @Test
  void text_isTheCommittedFileByteForByte() throws IOException {
    for (GoldenFiles.Golden golden : GoldenFiles.all().values()) {
      assertThat(golden.text()).as(golden.file).isEqualTo(Files.readString(FOLDER.resolve(golden.file)));
    }
    for (GoldenFiles.Golden golden : GoldenFiles.version10().values()) {
      assertThat(golden.text()).as(golden.toString()).isEqualTo(Files.readString(FOLDER_10.resolve(golden.file)));
    }
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> paths = Files.list(folder)) {
      return paths.map(path -> path.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
