package org.resettlement.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resettlement.benchmarks.statistics.MillionObservations;

/**
 * A dataset of 1,000,000 observations, with its index, fits in a heap of 1 GB: {@link
 * MillionObservations} runs in a JVM of its own started with {@code -Xmx1g}.
 */
class MillionObservationsTest {
  private static final Pattern REPORT = Pattern.compile(
      "observations=(\\d+) discrepancies=(\\d+) sexes=(\\d+) heapUsedMB=(\\d+) maxHeapMB=(\\d+) indexBuildMs=(\\d+)");

  @Test
  void aDatasetOfAMillionObservations_andItsIndex_fitInAHeapOf1Gb() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(
            java.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"), MillionObservations.class.getName()))
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    Matcher report = REPORT.matcher(output);
    assertThat(report.find()).as(output).isTrue();
    System.out.println("MillionObservations with -Xmx1g: " + report.group());
    assertThat(Long.parseLong(report.group(1))).isEqualTo(1_000_000);
    assertThat(Long.parseLong(report.group(2))).isZero();
    assertThat(Long.parseLong(report.group(3))).isEqualTo(3);
    assertThat(Long.parseLong(report.group(5))).isLessThanOrEqualTo(1024);
    assertThat(Long.parseLong(report.group(4))).isLessThan(Long.parseLong(report.group(5)));
  }
}
