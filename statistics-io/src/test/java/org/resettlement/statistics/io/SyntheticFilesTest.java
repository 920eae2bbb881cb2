package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.testkit.StatisticsFiles;
import org.resettlement.testkit.StatisticsFiles.Layout;

/**
 * The testkit's synthetic files of every layout, from many seeds, are read without a problem, into
 * as many observations as they hold.
 */
class SyntheticFilesTest {
  private static final long SEED = 20250127L;
  private static final int ROWS = 2_000;

  static Stream<Arguments> files() {
    return Stream.of(Layout.values())
        .flatMap(layout -> IntStream.range(0, 5).mapToObj(i -> Arguments.of(layout, SEED + i)));
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("files")
  void everyRowIsRead(Layout layout, long seed) throws IOException {
    StringWriter text = new StringWriter();
    long observations = StatisticsFiles.withSeed(seed).write(layout, ROWS, text);
    long[] read = {0};

    ReadSummary summary;
    try (StatisticsFile file = StatisticsReader.builder().build().open(new StringReader(text.toString()), "synthetic")) {
      file.forEach((line, observation) -> read[0]++);
      summary = file.summary();
    }

    assertThat(summary.problems()).as("%s from seed %d", layout, seed).isEmpty();
    assertThat(summary.rows()).isEqualTo(ROWS);
    assertThat(read[0]).isEqualTo(observations).isEqualTo(summary.observations());
    assertThat(summary.format().name()).endsWith(layout.name().startsWith("UNHCR")
        ? layout.name() : layout.name().replace("EUROSTAT_", "").replace("_CONF_STATUS", "").replace("_SEMICOLON", ""));
  }
}
