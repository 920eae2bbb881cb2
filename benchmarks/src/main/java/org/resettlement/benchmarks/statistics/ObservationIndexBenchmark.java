package org.resettlement.benchmarks.statistics;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.resettlement.benchmarks.EachWay;
import org.resettlement.benchmarks.baseline.HashMapObservationIndex;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationFilter;
import org.resettlement.core.ObservationIndex;
import org.resettlement.core.Sex;
import org.resettlement.core.StatisticMetric;

/**
 * Builds and queries an index of the 1,000,000 cells of the benchmark cube ({@link
 * StatisticsData}): the core's {@link ObservationIndex} against the plain {@link
 * HashMapObservationIndex}, both ways in each invocation ({@link EachWay}), with the same answers.
 *
 * <ul>
 *   <li>{@code buildEachWay}: index the whole cube.
 *   <li>{@code totalsByEachWay}: Syrians resettled to France in 2016 by sex, every age together:
 *       the cells of one country-year.
 *   <li>{@code timeSeriesEachWay}: Syrians resettled to France, year by year.
 *   <li>{@code selectEachWay}: Syrian women of every age in every country and year, a cell in each
 *       of the 1,250 country-years.
 *   <li>{@code discrepanciesOurs}: index the cube and compare every total and margin with its
 *       cells (the baseline has no counterpart).
 * </ul>
 *
 * <p>A query takes microseconds, so each way asks it {@value #QUERIES} times in a row, and the
 * suite shows queries per second.
 */
@State(Scope.Benchmark)
public class ObservationIndexBenchmark {

  /** How many times each way asks a query in one invocation. */
  public static final int QUERIES = 100;

  private static final ObservationFilter SYRIANS_IN_FRANCE_2016 = ObservationFilter.builder()
      .metric(StatisticMetric.RESETTLED_PERSONS)
      .period(StatisticsData.YEAR)
      .geography(StatisticsData.FRANCE)
      .category(Dimension.CITIZENSHIP, StatisticsData.SYRIA)
      .addUndivided(Dimension.AGE_BAND)
      .build();
  private static final ObservationFilter SYRIAN_WOMEN = ObservationFilter.builder()
      .category(Dimension.CITIZENSHIP, StatisticsData.SYRIA)
      .category(Dimension.SEX, Sex.FEMALE)
      .addUndivided(Dimension.AGE_BAND)
      .build();
  private static final DimensionKey SYRIANS = DimensionKey.of(Dimension.CITIZENSHIP, StatisticsData.SYRIA);

  private List<Observation> cube;
  private ObservationIndex ours;
  private HashMapObservationIndex baseline;

  /** Creates the benchmark; JMH calls this. */
  public ObservationIndexBenchmark() {}

  /** Generates the cube and indexes it both ways. */
  @Setup
  public void setUp() {
    cube = StatisticsData.observations().observations();
    ours = ObservationIndex.of(cube);
    baseline = HashMapObservationIndex.of(cube);
  }

  /**
   * Indexes the cube both ways.
   *
   * @param times the times of each way
   * @param sink the black hole
   * @throws Exception never
   */
  @Benchmark
  public void buildEachWay(EachWay times, Blackhole sink) throws Exception {
    times.run(() -> ObservationIndex.of(cube), () -> HashMapObservationIndex.of(cube), null, sink);
  }

  /**
   * Adds up one country-year's Syrians by sex both ways.
   *
   * @param times the times of each way
   * @param sink the black hole
   * @throws Exception never
   */
  @Benchmark
  public void totalsByEachWay(EachWay times, Blackhole sink) throws Exception {
    times.run(
        () -> repeat(() -> ours.totalsBy(SYRIANS_IN_FRANCE_2016, Dimension.SEX), sink),
        () -> repeat(() -> baseline.totalsBy(SYRIANS_IN_FRANCE_2016, Dimension.SEX), sink),
        null,
        sink);
  }

  /**
   * Finds the time series of Syrians resettled to France both ways.
   *
   * @param times the times of each way
   * @param sink the black hole
   * @throws Exception never
   */
  @Benchmark
  public void timeSeriesEachWay(EachWay times, Blackhole sink) throws Exception {
    times.run(
        () -> repeat(() -> ours.timeSeries(StatisticMetric.RESETTLED_PERSONS, StatisticsData.FRANCE, SYRIANS), sink),
        () -> repeat(() -> baseline.timeSeries(StatisticMetric.RESETTLED_PERSONS, StatisticsData.FRANCE, SYRIANS), sink),
        null,
        sink);
  }

  /**
   * Selects the Syrian women of the whole cube both ways.
   *
   * @param times the times of each way
   * @param sink the black hole
   * @throws Exception never
   */
  @Benchmark
  public void selectEachWay(EachWay times, Blackhole sink) throws Exception {
    times.run(() -> ours.select(SYRIAN_WOMEN), () -> baseline.select(SYRIAN_WOMEN), null, sink);
  }

  /**
   * Indexes the cube and compares its totals and margins with its cells.
   *
   * @return the discrepancies, none
   */
  @Benchmark
  public Object discrepanciesOurs() {
    return ObservationIndex.of(cube).discrepancies();
  }

  /** Asks a query {@link #QUERIES} times. */
  private static Object repeat(EachWay.Operation query, Blackhole sink) throws Exception {
    for (int i = 1; i < QUERIES; i++) {
      sink.consume(query.run());
    }
    return query.run();
  }
}
