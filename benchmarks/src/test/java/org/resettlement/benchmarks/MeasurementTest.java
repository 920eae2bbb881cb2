package org.resettlement.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A benchmark counts as settled when its measurement iterations stop getting faster. */
class MeasurementTest {

  @Test
  void isSettled_acceptsNoiseWithoutATrend() {
    assertThat(Measurement.isSettled(List.of(11.5, 12.4, 13.1, 12.4, 12.0))).isTrue();
  }

  @Test
  void isSettled_rejectsIterationsStillGettingFaster() {
    // JIT compilation finishing during the measurement, as seen on a loaded machine.
    assertThat(Measurement.isSettled(List.of(31.9, 21.6, 18.5, 16.4, 14.3))).isFalse();
  }

  @Test
  void isSettled_allowsTheFirstHalfTenPercentSlower_butNoMore() {
    assertThat(Measurement.isSettled(List.of(11.0, 11.0, 10.0, 10.0))).isTrue();
    assertThat(Measurement.isSettled(List.of(11.1, 11.1, 10.0, 10.0))).isFalse();
  }

  @Test
  void isSettled_countsTheMiddleOfAnOddNumberInTheSecondHalf() {
    // First half 11.5, second half (11.5 + 10 + 10) / 3 = 10.5: within 10%; 11.5 against 10 would not be.
    assertThat(Measurement.isSettled(List.of(11.5, 11.5, 11.5, 10.0, 10.0))).isTrue();
  }

  @Test
  void isSettled_acceptsIterationsGettingSlower() {
    assertThat(Measurement.isSettled(List.of(10.0, 10.0, 20.0, 20.0))).isTrue();
  }

  @Test
  void isSettled_cannotJudgeFewerThanFourIterations() {
    assertThat(Measurement.isSettled(List.of(30.0, 20.0, 10.0))).isTrue();
  }

  @Test
  void isSteadyRatio_acceptsALoadThatSlowsBothWaysAlike() {
    // From a loaded run: all ways 70% slower in the first iteration, the ratio barely moving.
    List<Double> ours = List.of(23.2, 13.33, 14.1, 13.42, 12.26);
    List<Double> baseline = List.of(17.1, 9.32, 9.56, 9.71, 9.44);

    assertThat(Measurement.isSettled(ours)).isFalse();
    assertThat(Measurement.isSteadyRatio(ratios(ours, baseline))).isTrue();
  }

  @Test
  void isSteadyRatio_rejectsOneWayStillGettingFaster() {
    // From the same run: ours still being compiled, the baseline steady.
    assertThat(Measurement.isSteadyRatio(ratios(List.of(19.69, 18.2, 17.64, 16.95, 14.45),
        List.of(9.12, 8.58, 8.63, 8.29, 8.5)))).isFalse();
  }

  @Test
  void isSteadyRatio_rejectsARatioGrowingAsTheBaselineGetsFaster() {
    assertThat(Measurement.isSteadyRatio(List.of(1.0, 1.0, 1.2, 1.2))).isFalse();
    assertThat(Measurement.isSteadyRatio(List.of(1.0, 1.0, 1.1, 1.1))).isTrue();
  }

  @Test
  void isSteadyRatio_cannotJudgeFewerThanFourIterations() {
    assertThat(Measurement.isSteadyRatio(List.of(3.0, 2.0, 1.0))).isTrue();
  }

  private static List<Double> ratios(List<Double> ours, List<Double> baseline) {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < ours.size(); i++) {
      ratios.add(ours.get(i) / baseline.get(i));
    }
    return ratios;
  }

  @Test
  void meanOf_averagesEachBenchmarkOverItsRounds_andKeepsAnUnsettledRound() {
    Map<String, Measurement> means = Measurement.meanOf(List.of(
        Map.of("a", new Measurement(10, 30, true), "b", new Measurement(4, 4, true)),
        Map.of("a", new Measurement(14, 50, false), "b", new Measurement(6, 8, true))));

    assertThat(means).containsOnlyKeys("a", "b");
    assertThat(means.get("a")).isEqualTo(new Measurement(12, 40, false));
    assertThat(means.get("b")).isEqualTo(new Measurement(5, 6, true));
  }

  @Test
  void meanOf_takesABenchmarkMissingFromARoundFromTheOthers() {
    Map<String, Measurement> means = Measurement.meanOf(List.of(
        Map.of("a", new Measurement(10, 10, true)),
        Map.of("a", new Measurement(20, 20, true), "b", new Measurement(3, 3, true))));

    assertThat(means.get("a")).isEqualTo(new Measurement(15, 15, true));
    assertThat(means.get("b")).isEqualTo(new Measurement(3, 3, true));
  }
}
