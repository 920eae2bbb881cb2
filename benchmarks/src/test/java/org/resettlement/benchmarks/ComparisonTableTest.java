package org.resettlement.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resettlement.benchmarks.Comparison.Measure;
import org.resettlement.benchmarks.Comparison.Target;
import org.resettlement.benchmarks.ComparisonTable.Row;

/**
 * The table shows what was measured: ratios of the compared figures, targets met or missed,
 * wall-clock figures beside them, and a mark on rows that had not settled.
 */
class ComparisonTableTest {
  private static final Comparison READ =
      new Comparison("read", "a.ours", "a.base", Measure.megabytesPerSecond(1_000_000), Target.ratioAtMost(1.10));

  @Test
  void of_dividesOurCostByTheBaselines_andShowsThroughputs() {
    // 12 ms against 10 ms per 1 MB document: 83.3 MB/s against 100 MB/s.
    ComparisonTable table = ComparisonTable.of(List.of(READ), Map.of(
        "a.ours", new Measurement(0.012, 0.030, true),
        "a.base", new Measurement(0.010, 0.020, true)));

    Row row = table.rows().get(0);
    assertThat(row.ratio()).isCloseTo(1.2, within(1e-9));
    assertThat(row.ours()).isCloseTo(83.333, within(1e-3));
    assertThat(row.baseline()).isCloseTo(100, within(1e-9));
    assertThat(row.met()).isFalse();
    assertThat(row.oursWallClock()).isCloseTo(33.333, within(1e-3));
    assertThat(row.wallClockRatio()).isCloseTo(1.5, within(1e-9));
  }

  @Test
  void of_meetsARatioTargetAtItsLimit() {
    ComparisonTable table = ComparisonTable.of(List.of(READ), Map.of(
        "a.ours", new Measurement(0.011, 0.011, true),
        "a.base", new Measurement(0.010, 0.010, true)));

    assertThat(table.rows().get(0).met()).isTrue();
  }

  @Test
  void of_checksBoundsOnOurFigureInTheUnitShown() {
    Comparison bootstrap = new Comparison("bootstrap", "b.ours", "b.base", Measure.time("ms"),
        Target.oursAtMost(300, "< 300 ms"));
    Comparison generation = new Comparison("generation", "g.ours", null, Measure.perSecond(10_000, "pledges/s"),
        Target.oursAtLeast(100_000, "≥ 100,000 pledges/s"));

    ComparisonTable table = ComparisonTable.of(List.of(bootstrap, generation), Map.of(
        "b.ours", new Measurement(0.301, 0.301, true),
        "b.base", new Measurement(0.100, 0.100, true),
        // 10,000 pledges in 0.125 s: 80,000 pledges/s.
        "g.ours", new Measurement(0.125, 0.125, true)));

    assertThat(table.rows()).extracting(Row::met).containsExactly(false, false);
    assertThat(table.rows().get(1).ours()).isCloseTo(80_000, within(1e-6));
  }

  @Test
  void of_leavesOutRowsWhoseBenchmarksWereNotRun() {
    ComparisonTable table = ComparisonTable.of(List.of(READ), Map.of("a.ours", new Measurement(1, 1, true)));

    assertThat(table.rows()).isEmpty();
  }

  @Test
  void toMarkdown_marksARowWithAnUnsettledBenchmark_andExplainsTheMark() {
    ComparisonTable table = ComparisonTable.of(List.of(READ), Map.of(
        "a.ours", new Measurement(0.012, 0.012, true),
        "a.base", new Measurement(0.010, 0.010, false)));

    String markdown = table.toMarkdown();

    assertThat(table.rows().get(0).settled()).isFalse();
    assertThat(markdown).contains("| 1.20x " + ComparisonTable.UNSETTLED + " |")
        .contains("\n" + ComparisonTable.UNSETTLED + " not settled while measured");
  }

  @Test
  void toMarkdown_writesOneLinePerRow_withoutAMarkWhenAllSettled() {
    ComparisonTable table = ComparisonTable.of(List.of(READ), Map.of(
        "a.ours", new Measurement(0.012, 0.030, true),
        "a.base", new Measurement(0.010, 0.020, true)));

    assertThat(table.toMarkdown().split("\n")).containsExactly(
        "| benchmark | ours | baseline | unit | ratio | target | met | wall clock: ours, ratio |",
        "|---|---:|---:|---|---:|---|---|---:|",
        "| read | 83.33 | 100.0 | MB/s | 1.20x | ≤ 1.10x | **no** | 33.33, 1.50x |");
  }

  @Test
  void toMarkdown_showsNoWallClockForMemory() {
    Comparison memory = new Comparison("memory", "m.ours", "m.base", Measure.bytes(), Target.ratioAtMost(1.10));

    String markdown = ComparisonTable.of(List.of(memory), Map.of(
        "m.ours", Measurement.bytes(1000), "m.base", Measurement.bytes(1000))).toMarkdown();

    assertThat(markdown).contains("| memory | 1,000 | 1,000 | bytes | 1.00x | ≤ 1.10x | yes | — |");
  }

  @Test
  void regressions_failARatioBeyondItsTargetTimesOnePlusTheNoiseBand_only() {
    // A read timed in turns with the records: target 1.10x, band 10 %, so the suite fails above 1.21x.
    Comparison eachWay = new Comparison("read", "r:ours", "r:baseline", Measure.megabytesPerSecond(1_000_000),
        Target.ratioAtMost(1.10));
    double limit = 1.10 * (1 + Comparison.TURNS_NOISE);

    ComparisonTable withinBand = ComparisonTable.of(List.of(eachWay), Map.of(
        "r:ours", new Measurement(0.010 * (limit - 0.001), 1, true),
        "r:baseline", new Measurement(0.010, 1, true)));
    ComparisonTable beyondBand = ComparisonTable.of(List.of(eachWay), Map.of(
        "r:ours", new Measurement(0.010 * (limit + 0.001), 1, true),
        "r:baseline", new Measurement(0.010, 1, true)));

    assertThat(withinBand.rows().get(0).met()).isFalse();
    assertThat(withinBand.regressions()).isEmpty();
    assertThat(withinBand.toMarkdown()).doesNotContain("noise band");
    assertThat(beyondBand.regressions()).extracting(Row::label).containsExactly("read");
    assertThat(beyondBand.toMarkdown()).contains("\nMissed by more than the noise band, so the suite fails: read.\n");
  }

  @Test
  void regressions_holdAColdStartToBothItsRatioAndItsBound() {
    Comparison bootstrap = new Comparison("bootstrap", "validation.BootstrapBenchmark.ours",
        "validation.BootstrapBenchmark.base", Measure.time("ms"), Target.ratioAndOursAtMost(1.00, 250, "≤ 1.00x and < 250 ms"));
    double band = Comparison.COLD_NOISE;
    assertThat(bootstrap.noiseBand()).isEqualTo(band);

    // Faster than the baseline but over the bound, beyond the band.
    ComparisonTable slow = ComparisonTable.of(List.of(bootstrap), Map.of(
        "validation.BootstrapBenchmark.ours", new Measurement(0.250 * (1 + band) + 0.001, 1, true),
        "validation.BootstrapBenchmark.base", new Measurement(0.400, 1, true)));
    // Under the bound but dearer than the baseline, beyond the band.
    ComparisonTable dear = ComparisonTable.of(List.of(bootstrap), Map.of(
        "validation.BootstrapBenchmark.ours", new Measurement(0.200, 1, true),
        "validation.BootstrapBenchmark.base", new Measurement(0.200 / (1 + band) - 0.001, 1, true)));
    // Missing both, within the band.
    ComparisonTable near = ComparisonTable.of(List.of(bootstrap), Map.of(
        "validation.BootstrapBenchmark.ours", new Measurement(0.260, 1, true),
        "validation.BootstrapBenchmark.base", new Measurement(0.250, 1, true)));

    assertThat(slow.regressions()).hasSize(1);
    assertThat(dear.regressions()).hasSize(1);
    assertThat(near.rows().get(0).met()).isFalse();
    assertThat(near.regressions()).isEmpty();
  }

  @Test
  void regressions_allowMemoryNoBand_andLowerBoundsTheirBandBelow() {
    Comparison memory = new Comparison("memory", "m.ours", "m.base", Measure.bytes(), Target.ratioAtMost(1.10));
    Comparison rate = new Comparison("rate", "g.ours", null, Measure.perSecond(1, "pledges/s"),
        Target.oursAtLeast(100_000, "≥ 100,000 pledges/s"));
    double band = Comparison.SEPARATE_NOISE;

    ComparisonTable table = ComparisonTable.of(List.of(memory, rate), Map.of(
        "m.ours", Measurement.bytes(1101), "m.base", Measurement.bytes(1000),
        // Just above 100,000 / (1 + band) pledges/s: missed, within the band.
        "g.ours", new Measurement((1 + band) / 100_000 * 0.999, 1, true)));

    assertThat(memory.noiseBand()).isZero();
    assertThat(table.rows()).extracting(Row::met).containsExactly(false, false);
    assertThat(table.regressions()).extracting(Row::label).containsExactly("memory");
  }

  @Test
  void noiseBand_isThatOfTheKindOfRow() {
    Comparison construction = new Comparison("event", "construction.C.eventEachWay:ours",
        "construction.C.eventEachWay:baseline", Measure.time("ns"), Target.ratioAtMost(3));
    Comparison separate = new Comparison("generation", "generation.G.eventOurs", "generation.G.eventByHand",
        Measure.time("ns"), Target.NONE);

    assertThat(construction.noiseBand()).isEqualTo(Comparison.SMALL_TURNS_NOISE);
    assertThat(separate.noiseBand()).isEqualTo(Comparison.SEPARATE_NOISE);
    assertThat(BenchmarkSuite.comparisons(1_000_000)).filteredOn(row -> row.label().startsWith("JSON read, Jackson 2: ours"))
        .extracting(Comparison::noiseBand).containsExactly(Comparison.TURNS_NOISE, Comparison.TURNS_NOISE);
  }

  @Test
  void isWithin_rejectsANegativeBand() {
    assertThatThrownBy(() -> Target.ratioAtMost(1).isWithin(1, 1, -0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.1");
  }
}
