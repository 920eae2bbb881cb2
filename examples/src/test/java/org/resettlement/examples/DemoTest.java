package org.resettlement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo does what the README says it does, and its output fits a terminal. */
class DemoTest {

  @TempDir Path directory;

  private String runDemo() throws IOException {
    String previous = System.setProperty("demo.output", directory.resolve("seed-dataset.json").toString());
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
      return bytes.toString(StandardCharsets.UTF_8);
    } finally {
      if (previous == null) {
        System.clearProperty("demo.output");
      } else {
        System.setProperty("demo.output", previous);
      }
    }
  }

  @Test
  void run_validatesWritesReadsReportsRejectsAndGenerates() throws IOException {
    String output = runDemo();

    assertThat(output)
        .contains("[1/7] Building the seed dataset")
        .contains("37 organisations, 8 people, 4 events")
        .containsPattern("\\[2/7\\] Validating it against every rule\\R  0 errors, 0 warnings")
        .containsPattern("seed-dataset\\.json \\([\\d,]+ bytes\\), read back equal: true")
        .containsPattern("share of need covered +46\\.2%")
        .contains("unhcr-solutions-sample.csv: 24 rows, 96 observations, 0 problems")
        .containsPattern("Afghanistan +5,848 +32,706")
        .containsPattern("not read:\\R    events\\[0]\\.period\\.end\\R      must not be before the start 2023-11-15, was 2023-11-13")
        .contains("pledges[0].pledger")
        .containsPattern("10000 pledges; 0 errors, 0 warnings")
        .contains("the same seed gives the same data: true");
    assertThat(directory.resolve("seed-dataset.json")).isNotEmptyFile();
  }

  @Test
  void run_fitsAnEightyColumnTerminalApartFromTheFileName() throws IOException {
    assertThat(runDemo().lines().filter(line -> !line.contains("seed-dataset.json")))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }
}
