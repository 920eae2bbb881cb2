package org.resettlement.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the suite measured of one benchmark: the cost of an operation by the figure the table
 * compares, its wall-clock time, and whether it had settled.
 *
 * @param cost seconds per operation that the benchmark thread was running or stopped for garbage
 *     collection ({@link ThreadTimeProfiler}), or bytes for a memory figure
 * @param wallClock JMH's score, wall-clock seconds per operation, or NaN for a memory figure
 * @param settled false if the benchmark had not reached its steady state while it was measured:
 *     it was still getting faster or, for a benchmark timed {@linkplain EachWay each way}, the
 *     ratio of the ways was still moving
 */
public record Measurement(double cost, double wallClock, boolean settled) {

  /**
   * How much slower the first half of the measurement iterations may be than the second half for
   * a benchmark to count as settled: JIT compilation still going on at the end of the warm-up
   * shows as iterations that get faster.
   */
  public static final double SETTLED_WITHIN = 1.10;

  /**
   * A memory figure: counted, not timed, so always settled.
   *
   * @param bytes the bytes
   * @return the measurement
   */
  public static Measurement bytes(double bytes) {
    return new Measurement(bytes, Double.NaN, true);
  }

  /**
   * Checks whether the iterations of one fork show a steady state: the mean of the first half is
   * no more than {@link #SETTLED_WITHIN} times that of the second half (the middle iteration of an
   * odd number counts in the second half). Fewer than four iterations cannot show a trend and
   * count as settled.
   *
   * @param costs the cost per operation of each measurement iteration, in order, not null
   * @return true if the costs show no trend down
   */
  public static boolean isSettled(List<Double> costs) {
    if (costs.size() < 4) {
      return true;
    }
    int half = costs.size() / 2;
    return mean(costs.subList(0, half)) <= SETTLED_WITHIN * mean(costs.subList(half, costs.size()));
  }

  /**
   * Combines the rounds of a run: for each benchmark, the mean of its costs and of its wall-clock
   * times, settled if it settled in every round it ran in.
   *
   * @param rounds what each round measured, by benchmark name, not null
   * @return the measurements by benchmark name, in the order of their first round
   */
  public static Map<String, Measurement> meanOf(List<Map<String, Measurement>> rounds) {
    Map<String, List<Measurement>> byName = new LinkedHashMap<>();
    for (Map<String, Measurement> round : rounds) {
      round.forEach((name, measurement) -> byName.computeIfAbsent(name, key -> new ArrayList<>()).add(measurement));
    }
    Map<String, Measurement> means = new LinkedHashMap<>();
    byName.forEach((name, measurements) -> {
      double cost = 0;
      double wallClock = 0;
      boolean settled = true;
      for (Measurement measurement : measurements) {
        cost += measurement.cost();
        wallClock += measurement.wallClock();
        settled &= measurement.settled();
      }
      means.put(name, new Measurement(cost / measurements.size(), wallClock / measurements.size(), settled));
    });
    return means;
  }

  /**
   * Checks whether the ratios of two costs, one per measurement iteration of one fork, held still:
   * the mean of the first half is within {@link #SETTLED_WITHIN} of that of the second half, either
   * way (the middle iteration of an odd number counts in the second half). A ratio moves when one
   * of the two is still getting faster and the other is not. Fewer than four iterations cannot show
   * a trend and count as steady.
   *
   * @param ratios the ratio of each measurement iteration, in order, not null
   * @return true if the ratios show no trend
   */
  public static boolean isSteadyRatio(List<Double> ratios) {
    if (ratios.size() < 4) {
      return true;
    }
    int half = ratios.size() / 2;
    double first = mean(ratios.subList(0, half));
    double second = mean(ratios.subList(half, ratios.size()));
    return first <= SETTLED_WITHIN * second && second <= SETTLED_WITHIN * first;
  }

  private static double mean(List<Double> values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.size();
  }
}
