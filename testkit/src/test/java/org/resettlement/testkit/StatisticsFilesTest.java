package org.resettlement.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.resettlement.testkit.StatisticsFiles.Layout;

/** Synthetic statistics files: the same seed gives the same bytes, and a file has the rows asked for. */
class StatisticsFilesTest {

  private static String write(long seed, Layout layout, long rows) throws IOException {
    StringWriter text = new StringWriter();
    StatisticsFiles.withSeed(seed).write(layout, rows, text);
    return text.toString();
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void theSameSeed_givesTheSameFile(Layout layout) throws IOException {
    assertThat(write(7, layout, 500)).isEqualTo(write(7, layout, 500)).isNotEqualTo(write(8, layout, 500));
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void aFile_hasTheRowsAskedFor_afterItsHeader(Layout layout) throws IOException {
    String file = write(7, layout, 1_000);

    int header = layout.name().startsWith("UNHCR") ? (int) file.lines().takeWhile(line -> !line.startsWith("Year,")).count() + 1 : 1;
    assertThat(file.lines().count()).isEqualTo(header + 1_000);
    assertThat(file).endsWith("\n").doesNotContain("\r");
  }

  @Test
  void observations_perRowOfEachLayout() {
    assertThat(Layout.EUROSTAT_SDMX_CSV_1.observations(10)).isEqualTo(10);
    assertThat(Layout.EUROSTAT_TSV.observations(10)).isEqualTo(160);
    assertThat(Layout.UNHCR_SOLUTIONS.observations(10)).isEqualTo(40);
    assertThat(Layout.UNHCR_RESETTLEMENT.observations(10)).isEqualTo(10);
  }

  @Test
  void sdmxCsv_firstRows() throws IOException {
    assertThat(write(7, Layout.EUROSTAT_SDMX_CSV_1_CONF_STATUS, 3).lines()).first()
        .isEqualTo("DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS");
    assertThat(write(7, Layout.EUROSTAT_SDMX_CSV_1_CONF_STATUS, 3).lines().skip(1))
        .allSatisfy(row -> assertThat(row).startsWith("ESTAT:MIGR_ASYRESA(1.0),27/01/25 11:00:00,A,PER,")
            .matches("([^,]*,){11}[^,]*"));
  }

  @Test
  void using_aGeneratorOfTheTestsChoice() throws IOException {
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();

    StatisticsFiles.using(new SplittableRandom(3)).write(Layout.UNHCR_SOLUTIONS, 100, first);
    StatisticsFiles.using(new SplittableRandom(3)).write(Layout.UNHCR_SOLUTIONS, 100, second);

    assertThat(first.toString()).isEqualTo(second.toString());
  }

  @Test
  void write_refusesANegativeNumberOfRows() {
    assertThatThrownBy(() -> StatisticsFiles.withSeed(1).write(Layout.EUROSTAT_TSV, -1, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rows must be 0 or more, was -1");
  }
}
