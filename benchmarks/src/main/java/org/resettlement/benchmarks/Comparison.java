package org.resettlement.benchmarks;

import java.util.Objects;

/**
 * One row of the suite's table: our benchmark against its baseline from the same run, how to show
 * their scores, and the target the ratio or our figure must meet.
 *
 * <p>The ratio is always our cost divided by the baseline's cost (time per operation, or bytes):
 * {@code 1.00x} is parity, below is cheaper, above is dearer, whatever unit the row shows.
 *
 * @param label what is compared, for people
 * @param ours the JMH benchmark measuring our code, such as {@code json.Jackson2Json.readOurs}
 * @param baseline the baseline benchmark, or null for a row without one
 * @param measure how a time per operation is shown
 * @param target what the row must meet, not null
 */
public record Comparison(String label, String ours, String baseline, Measure measure, Target target) {

  /** Checks the components. */
  public Comparison {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(ours, "ours");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(target, "target");
  }

  /**
   * The noise band of a ratio of two ways timed in turns in the same JVM ({@link EachWay}), each
   * way taking milliseconds: the Jackson 2 read ratio moved between 1.20x and 1.31x in short runs
   * of one day (README, "Performance").
   */
  public static final double TURNS_NOISE = 0.10;

  /**
   * The noise band of a ratio of ways timed in turns whose one operation takes nanoseconds
   * (building a pledge or an event, a thousand per turn): in nine runs at load averages of 4 to 11
   * on 2 cores, the Event ratio moved between 5.96x and 10.79x, the Pledge ratio between 1.69x and
   * 3.20x.
   */
  public static final double SMALL_TURNS_NOISE = 0.90;

  /**
   * The noise band of a ratio of two steady-state benchmarks each run in a JVM of its own, and of
   * a figure of ours alone: the Event builder's ratio, so measured, moved between 7.8x and 13.6x.
   */
  public static final double SEPARATE_NOISE = 0.75;

  /**
   * The noise band of cold-start figures and their ratios, the mean of one single shot per JVM:
   * the factory bootstrap moved between 251 and 388 ms, and its ratio between 1.23x and 1.40x.
   */
  public static final double COLD_NOISE = 0.55;

  /**
   * Returns how far the row's figures may miss its target before the suite fails: the spread of
   * the same figure between runs of the suite, measured for each kind of row. Memory is counted,
   * not timed, and has none; cold starts have {@link #COLD_NOISE}, ratios of ways timed in turns
   * {@link #TURNS_NOISE} or, for the construction of single values, {@link #SMALL_TURNS_NOISE},
   * and other timings {@link #SEPARATE_NOISE}.
   *
   * @return the band, a fraction such as 0.10
   */
  public double noiseBand() {
    if (measure.unit().equals("bytes")) {
      return 0;
    }
    if (ours.contains("BootstrapBenchmark")) {
      return COLD_NOISE;
    }
    // The ways of an EachWay benchmark are named "benchmark:way".
    boolean inTurns = ours.contains(":") && (baseline == null || baseline.contains(":"));
    if (!inTurns) {
      return SEPARATE_NOISE;
    }
    return ours.startsWith("construction.") ? SMALL_TURNS_NOISE : TURNS_NOISE;
  }

  /**
   * How a cost is shown: as a throughput ({@code work} units per second) or as the cost itself.
   *
   * @param unit the unit shown, such as {@code MB/s}, {@code pledges/s}, {@code ms} or {@code bytes}
   * @param work for a throughput, the units of work in one operation (bytes per document, values
   *     per operation); 0 to show the cost itself
   * @param scale for a throughput, the divisor of the work (1e6 for MB); for a cost, the factor
   *     from the cost's own unit to the unit shown
   */
  public record Measure(String unit, double work, double scale) {

    /**
     * Shows megabytes (10^6 bytes) per second.
     *
     * @param bytes the bytes of one operation
     * @return the measure
     */
    public static Measure megabytesPerSecond(double bytes) {
      return new Measure("MB/s", bytes, 1e6);
    }

    /**
     * Shows values per second.
     *
     * @param values the values made by one operation
     * @param unit the unit, such as {@code pledges/s}
     * @return the measure
     */
    public static Measure perSecond(double values, String unit) {
      return new Measure(unit, values, 1);
    }

    /**
     * Shows the time of an operation, from seconds.
     *
     * @param unit {@code ms}, {@code µs} or {@code ns}
     * @return the measure
     */
    public static Measure time(String unit) {
      switch (unit) {
        case "ms":
          return new Measure(unit, 0, 1e3);
        case "µs":
          return new Measure(unit, 0, 1e6);
        case "ns":
          return new Measure(unit, 0, 1e9);
        default:
          throw new IllegalArgumentException("unknown time unit " + unit);
      }
    }

    /**
     * Shows bytes as measured.
     *
     * @return the measure
     */
    public static Measure bytes() {
      return new Measure("bytes", 0, 1);
    }

    /**
     * Turns a cost into the value shown.
     *
     * @param cost seconds per operation, or bytes
     * @return the value in {@link #unit()}
     */
    public double show(double cost) {
      return work > 0 ? work / scale / cost : cost * scale;
    }
  }

  /**
   * What a row must meet: a ratio no higher than a limit, our figure within a bound, or nothing.
   *
   * @param description the target as people read it, such as {@code ≤ 1.10x}
   * @param maxRatio the highest ratio allowed, or NaN
   * @param min our lowest figure allowed, in the row's unit, or NaN
   * @param max our highest figure allowed, in the row's unit, or NaN
   */
  public record Target(String description, double maxRatio, double min, double max) {

    /** No target: the row informs. */
    public static final Target NONE = new Target("", Double.NaN, Double.NaN, Double.NaN);

    /**
     * A ratio of at most a limit.
     *
     * @param limit the limit, such as 1.10
     * @return the target
     */
    public static Target ratioAtMost(double limit) {
      return new Target(String.format(java.util.Locale.ROOT, "≤ %.2fx", limit), limit, Double.NaN, Double.NaN);
    }

    /**
     * Our figure at most a bound.
     *
     * @param bound the bound, in the row's unit
     * @param description how it reads, such as {@code < 300 ms}
     * @return the target
     */
    public static Target oursAtMost(double bound, String description) {
      return new Target(description, Double.NaN, Double.NaN, bound);
    }

    /**
     * Our figure at least a bound.
     *
     * @param bound the bound, in the row's unit
     * @param description how it reads, such as {@code ≥ 100,000 pledges/s}
     * @return the target
     */
    public static Target oursAtLeast(double bound, String description) {
      return new Target(description, Double.NaN, bound, Double.NaN);
    }

    /**
     * A ratio of at most a limit, and our figure at most a bound: both must hold.
     *
     * @param limit the highest ratio, such as 1.00
     * @param bound our highest figure, in the row's unit
     * @param description how it reads, such as {@code ≤ 1.00x and < 250 ms}
     * @return the target
     */
    public static Target ratioAndOursAtMost(double limit, double bound, String description) {
      return new Target(description, limit, Double.NaN, bound);
    }

    /**
     * Checks the target: every limit it sets must hold.
     *
     * @param ratio the row's ratio, or NaN without a baseline
     * @param ours our figure in the row's unit
     * @return true or false, or null if there is no target
     */
    public Boolean isMet(double ratio, double ours) {
      return isWithin(ratio, ours, 0);
    }

    /**
     * Checks the target with a tolerance: whether the figures miss it by no more than a noise
     * band, the relative spread of the same figure between runs. A ratio is within it up to
     * {@code maxRatio × (1 + band)}, our figure up to {@code max × (1 + band)} or down to {@code
     * min / (1 + band)}.
     *
     * @param ratio the row's ratio, or NaN without a baseline
     * @param ours our figure in the row's unit
     * @param band the noise band, such as 0.10 for 10 %; 0 for the target itself
     * @return true or false, or null if there is no target
     * @throws IllegalArgumentException if the band is negative or NaN
     */
    public Boolean isWithin(double ratio, double ours, double band) {
      if (!(band >= 0)) {
        throw new IllegalArgumentException("noise band " + band + " is not a non-negative fraction");
      }
      if (Double.isNaN(maxRatio) && Double.isNaN(min) && Double.isNaN(max)) {
        return null;
      }
      double tolerance = 1 + band;
      return (Double.isNaN(maxRatio) || ratio <= maxRatio * tolerance)
          && (Double.isNaN(min) || ours >= min / tolerance)
          && (Double.isNaN(max) || ours <= max * tolerance);
    }
  }
}
