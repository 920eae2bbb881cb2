package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress reports during a reading, and the summary at its end. */
class ProgressTest {
  private static final String HEADER = "DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n";
  private static final String GOOD = "ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00,A,PER,SY,T,TOTAL,FR,2017,2330,\n";

  @Test
  void progress_everySoManyRows_andAtTheEnd() {
    List<ReadProgress> heard = new ArrayList<>();

    Reading reading = Reading.text("progress.csv", HEADER + GOOD.repeat(25),
        StatisticsReader.builder().progress(heard::add, 10));

    assertThat(heard).extracting(ReadProgress::rows).containsExactly(10L, 20L, 25L);
    assertThat(heard).allSatisfy(progress -> {
      assertThat(progress.file()).isEqualTo("progress.csv");
      assertThat(progress.problems()).isZero();
      assertThat(progress.rowsPerSecond()).isPositive();
    });
    assertThat(heard.get(2).elapsed()).isLessThanOrEqualTo(reading.summary.elapsed());
  }

  @Test
  void progress_countsProblems() {
    List<ReadProgress> heard = new ArrayList<>();

    Reading.text("progress.csv", HEADER + GOOD + "x\n" + GOOD,
        StatisticsReader.builder().mode(ReadMode.LENIENT).progress(heard::add, 1));

    assertThat(heard).extracting(ReadProgress::problems).containsExactly(0L, 1L, 1L, 1L);
  }

  @Test
  void progress_toString() {
    ReadProgress progress = new ReadProgress("migr_asyresa.csv", 100_000, 2, Duration.ofMillis(200));

    assertThat(progress).hasToString("migr_asyresa.csv: 100,000 rows in 0.2 s (500,000 rows/s), 2 problems");
    assertThat(new ReadProgress("a.csv", 0, 0, Duration.ZERO).rowsPerSecond()).isZero();
  }

  @Test
  void summary_countsAndToString() {
    Reading reading = Reading.resource("estat_migr_asyresa.tsv");
    ReadSummary summary = reading.summary;

    assertThat(summary.file()).isEqualTo("estat_migr_asyresa.tsv");
    assertThat(summary.rows()).isEqualTo(5);
    assertThat(summary.observations()).isEqualTo(10);
    assertThat(summary.toString()).startsWith("estat_migr_asyresa.tsv (Eurostat TSV): 5 rows, 10 observations,"
        + " 0 problems, in ");
    ReadSummary fixed = new ReadSummary("a.csv", StatisticsFormat.SDMX_CSV_1, 9_472, 9_472, 0, List.of(),
        List.of(), Duration.ofMillis(100));
    assertThat(fixed).hasToString("a.csv (SDMX-CSV 1.0): 9,472 rows, 9,472 observations, 0 problems, in 0.1 s"
        + " (94,720 rows/s)");
    assertThat(fixed).isEqualTo(new ReadSummary("a.csv", StatisticsFormat.SDMX_CSV_1, 9_472, 9_472, 0, List.of(),
        List.of(), Duration.ofMillis(100))).hasSameHashCodeAs(fixed);
  }

  @Test
  void builder_refusesNonsense() {
    StatisticsReader.Builder builder = StatisticsReader.builder();

    assertThatThrownBy(() -> builder.progress(progress -> { }, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("everyRows must be 1 or more, was 0");
    assertThatThrownBy(() -> builder.problemsKept(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("count must be 0 or more, was -1");
    assertThatThrownBy(() -> builder.eurostatDataflow("migr_asyappctza"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'migr_asyappctza' is not a dataflow this reader knows; it reads MIGR_ASYDCFSTA, MIGR_ASYRESA");
    assertThat(builder.mode(ReadMode.LENIENT).build().mode()).isEqualTo(ReadMode.LENIENT);
  }

  @Test
  void problem_valueType() {
    ReadProblem problem = new ReadProblem("a.csv", 3, 10, "OBS_VALUE", "'12a' is not a whole number");
    ReadProblem ofRow = new ReadProblem("a.csv", 3, 0, null, "the row has 7 cells, the header 11");

    assertThat(problem.file()).isEqualTo("a.csv");
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.column()).hasValue(10);
    assertThat(problem.columnName()).hasValue("OBS_VALUE");
    assertThat(ofRow.column()).isEmpty();
    assertThat(ofRow.columnName()).isEmpty();
    assertThat(problem).isEqualTo(new ReadProblem("a.csv", 3, 10, "OBS_VALUE", "'12a' is not a whole number"))
        .hasSameHashCodeAs(new ReadProblem("a.csv", 3, 10, "OBS_VALUE", "'12a' is not a whole number"))
        .isNotEqualTo(ofRow);
    assertThat(ofRow).hasToString("a.csv, line 3: the row has 7 cells, the header 11");
  }
}
