package org.resettlement.benchmarks.statistics;

import java.util.Locale;
import org.resettlement.core.Dataset;
import org.resettlement.core.Dimension;
import org.resettlement.core.ObservationFilter;
import org.resettlement.core.ObservationIndex;
import org.resettlement.core.StatisticMetric;

/**
 * A dataset of the 1,000,000 cells of the benchmark cube ({@link StatisticsData}), with its
 * observation index built and its discrepancies found, in the heap this JVM was given: run with
 * {@code -Xmx1g} to see that it fits in 1 GB ({@code MillionObservationsTest} does).
 *
 * <p>It prints one line: the observations, the heap in use after a full collection with the
 * dataset and its index alive, the largest heap allowed, and how long the index took to build.
 */
public final class MillionObservations {
  private MillionObservations() {}

  /**
   * Builds the dataset and its index, asks a question, and prints what it took.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Dataset dataset = Dataset.builder().addAllObservations(StatisticsData.observations().observations()).build();
    long start = System.nanoTime();
    ObservationIndex index = dataset.observationIndex();
    long built = System.nanoTime() - start;
    int discrepancies = index.discrepancies().size();
    int bySex = index.totalsBy(
        ObservationFilter.builder()
            .metric(StatisticMetric.RESETTLED_PERSONS)
            .period(StatisticsData.YEAR)
            .geography(StatisticsData.FRANCE)
            .addUndivided(Dimension.CITIZENSHIP)
            .addUndivided(Dimension.AGE_BAND)
            .build(),
        Dimension.SEX).size();
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long used = runtime.totalMemory() - runtime.freeMemory();
    System.out.printf(Locale.ROOT,
        "observations=%d discrepancies=%d sexes=%d heapUsedMB=%d maxHeapMB=%d indexBuildMs=%d%n",
        dataset.observations().size(), discrepancies, bySex, used >> 20, runtime.maxMemory() >> 20, built / 1_000_000);
    // Keep the dataset reachable until the heap was measured.
    if (dataset.observationIndex() != index) {
      throw new AssertionError("the index was built twice");
    }
  }
}
