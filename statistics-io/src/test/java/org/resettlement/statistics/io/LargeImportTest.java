package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resettlement.testkit.StatisticsFiles;

/**
 * A file of 1,000,000 rows is read in a heap of 256 MB: the reading streams. Surefire runs this
 * class in a JVM of its own with {@code -Xmx256m} (see this module's POM), and not with the others.
 */
@Tag("large-import")
class LargeImportTest {
  private static final long ROWS = 1_000_000;
  private static final long MAX_HEAP = 256L * 1024 * 1024;

  @Test
  void aMillionRows_inA256MbHeap(@TempDir Path directory) throws IOException {
    assertThat(Runtime.getRuntime().maxMemory()).as("the heap this test runs in").isLessThanOrEqualTo(MAX_HEAP);
    Path file = directory.resolve("migr_asyresa-1m.csv");
    long written = StatisticsFiles.withSeed(20250127L).write(StatisticsFiles.Layout.EUROSTAT_SDMX_CSV_1_CONF_STATUS, ROWS, file);
    long[] read = new long[1];

    ReadSummary summary = StatisticsReader.builder()
        .progress(progress -> System.out.println(progress), 250_000)
        .build()
        .read(file, observation -> read[0]++);

    System.out.println(summary);
    assertThat(summary.rows()).isEqualTo(ROWS);
    assertThat(summary.observations()).isEqualTo(written).isEqualTo(read[0]);
    assertThat(summary.problemCount()).isZero();
  }
}
