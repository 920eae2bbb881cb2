package org.resettlement.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.resettlement.benchmarks.Comparison.Measure;
import org.resettlement.benchmarks.Comparison.Target;
import org.resettlement.benchmarks.construction.ConstructionBenchmark;
import org.resettlement.benchmarks.generation.GenerationBenchmark;
import org.resettlement.benchmarks.statistics.ImportBenchmark;
import org.resettlement.benchmarks.statistics.ObservationIndexBenchmark;
import org.resettlement.benchmarks.statistics.ObservationMemory;
import org.resettlement.benchmarks.validation.ObservationValidationBenchmark;

/**
 * Runs the whole suite and prints the ratio table: each of our benchmarks against its baseline
 * from the same run, with the date, the JDK, the machine and its load.
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests                      # short
 * ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests -Dbenchmarks.mode=full
 * </pre>
 *
 * <p>Arguments: {@code --mode=short} (the default; about five minutes on a quiet 2-core machine) or
 * {@code --mode=full} (for a quiet machine; about an hour: 62 minutes on 2026-12-02), see {@link Settings}, and {@code --include=REGEX} to run
 * only the benchmarks whose names match.
 *
 * <p>Our code and its baseline are compared by benchmarks that do the same work each way in every
 * invocation, in turns, and time each way apart ({@link EachWay}): JSON reading and writing (with
 * the raw token loop or token replay as a third way), validation, and building a pledge and an
 * event (a thousand of each way per turn). Timed next to each other, they meet the same load on
 * the machine, so that their ratio holds still where the load changes; the JSON, validation and
 * construction benchmarks that do one way only are left out of the suite, to be run alone with
 * JMH. The other steady-state benchmarks (dataset generation, all 26 validation rules,
 * the small ones) run one by one, with the {@link ThreadTimeProfiler}.
 *
 * <p>Steady-state benchmarks run in JMH's average-time mode, in two groups: those whose operation
 * reads, writes, validates or generates the whole benchmark dataset (milliseconds each, and a lot
 * of code for the JIT compilers to compile before the figures settle) get a longer warm-up than
 * the small ones. Figures are {@link ThreadTime}: the time the benchmark thread was running or
 * stopped for garbage collection, which leaves out the time it waited for a processor; JMH's
 * wall-clock figures are shown beside them. A benchmark whose measurement iterations were still
 * getting faster ({@link Measurement#isSettled}) is run again with three times the warm-up, and
 * marked in the table if it still has not settled.
 *
 * <p>Each benchmark runs in a JVM of its own, one after the other, in rounds: a round runs every
 * benchmark once, so that ours and its baseline follow each other and the rounds of one benchmark
 * are spread over the whole run, where changes in the machine's load reach both alike. A figure
 * is the mean over the rounds. The validator bootstrap runs in single-shot mode, one cold
 * measurement per JVM and round, and is timed by the wall clock; memory is counted with JOL in
 * this JVM, of the benchmark dataset and of the statistics cube ({@code ObservationMemory}, which
 * takes a few minutes). Forked JVMs get a fixed heap of 1 GB. The table goes to standard output and to {@code
 * target/benchmark-results.md}, JMH's results to {@code target/jmh-*.json}.
 *
 * <p>No target may get worse unnoticed: once the table is written, the suite exits with status 1,
 * which fails the build of the {@code benchmarks} profile, if a row misses its target by more than
 * its {@linkplain Comparison#noiseBand() noise band}, the spread of the same figure between runs.
 */
public final class BenchmarkSuite {

  private static final String PACKAGE = "org.resettlement.benchmarks.";
  /** The cold-start benchmarks. */
  private static final Pattern COLD = Pattern.compile("\\.BootstrapBenchmark\\.");
  /**
   * The benchmarks whose one operation handles the whole benchmark dataset, or an index of the
   * million cells of the statistics cube.
   */
  private static final Pattern WHOLE_DATASET =
      Pattern.compile("\\.(json\\.|validation\\.(Observation)?ValidationBenchmark\\.|generation\\.GenerationBenchmark\\.dataset|statistics\\.)");
  /**
   * The benchmarks that do one way of what an {@link EachWay} benchmark does all ways, there to be
   * run alone with JMH; the suite leaves them out.
   */
  private static final Pattern ONE_WAY =
      Pattern.compile("\\.(json\\.Jackson\\d+Json\\.(read|write)(Ours|Records|Tokens)|validation\\.ValidationBenchmark\\.(ours|records)"
          + "|construction\\.ConstructionBenchmark\\.(pledge|event)(Ours|Records))$");
  /** The ways of an {@link EachWay} benchmark. */
  private static final List<String> WAYS = List.of("ours", "baseline", "floor");
  private static final String[] FORK_JVM_ARGS = {"-Xms1g", "-Xmx1g"};
  private static final int RETRY_WARMUP_FACTOR = 3;
  /** A validator's cold start: no dearer than the baseline's, and under 250 ms on the 2-core machine. */
  private static final Target COLD_START_TARGET = Target.ratioAndOursAtMost(1.00, 250, "≤ 1.00x and < 250 ms");

  /**
   * The iterations of a run.
   *
   * @param name the mode's name
   * @param rounds rounds of the steady-state benchmarks, each in a JVM of its own
   * @param datasetWarmups warm-up iterations of a benchmark that handles the whole dataset
   * @param smallWarmups warm-up iterations of the other steady-state benchmarks
   * @param measurements measurement iterations
   * @param seconds seconds per iteration
   * @param coldRounds rounds of the bootstrap benchmarks, one cold sample each
   */
  public record Settings(
      String name, int rounds, int datasetWarmups, int smallWarmups, int measurements, int seconds, int coldRounds) {

    /**
     * About five minutes on a quiet 2-core machine: a warm-up long enough for the JIT compilers to
     * finish with the dataset benchmarks there (reading the dataset all three ways takes them
     * about 13 s of CPU time), enough measurements to see whether they did.
     */
    public static final Settings SHORT = new Settings("short", 1, 15, 3, 5, 1, 5);

    /** For a quiet machine: about an hour (62 minutes on a 2-core machine, 2026-12-02). */
    public static final Settings FULL = new Settings("full", 3, 20, 5, 10, 2, 20);

    /**
     * Describes the settings in one line.
     *
     * @return the description
     */
    public String describe() {
      return String.format(Locale.ROOT,
          "%s: %d round(s); warm-up %d × %d s for the dataset benchmarks, %d × %d s for the others;"
              + " %d measurement iterations of %d s; %d× the warm-up for a benchmark that had not settled;"
              + " bootstrap: %d cold JVMs; heap %s",
          name, rounds, datasetWarmups, seconds, smallWarmups, seconds, measurements, seconds,
          RETRY_WARMUP_FACTOR, coldRounds, String.join(" ", FORK_JVM_ARGS));
    }
  }

  private BenchmarkSuite() {}

  /**
   * Runs the suite.
   *
   * @param args {@code --mode=short|full} and {@code --include=REGEX}
   * @throws RunnerException if JMH fails
   * @throws IOException if the results cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    Settings settings = Settings.SHORT;
    String include = ".*";
    for (String arg : args) {
      if (arg.equals("--mode=full")) {
        settings = Settings.FULL;
      } else if (arg.startsWith("--include=") && !arg.equals("--include=")) {
        include = arg.substring("--include=".length());
      } else if (!arg.equals("--mode=short")) {
        throw new IllegalArgumentException("unknown argument " + arg + "; use --mode=short|full and --include=REGEX");
      }
    }
    // Records' fields need JOL's field-offset fallback.
    System.setProperty("jol.magicFieldOffset", "true");
    Path target = Path.of("target");
    Files.createDirectories(target);
    double loadBefore = loadAverage();

    List<String> dataset = new ArrayList<>();
    List<String> small = new ArrayList<>();
    List<String> cold = new ArrayList<>();
    for (BenchmarkListEntry entry : BenchmarkList.defaultList().find(
        OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of(include), List.of())) {
      String name = entry.getUsername();
      if (ONE_WAY.matcher(name).find()) {
        continue;
      }
      (COLD.matcher(name).find() ? cold : WHOLE_DATASET.matcher(name).find() ? dataset : small).add(name);
    }

    Map<String, Measurement> measured = new LinkedHashMap<>();
    measured.putAll(steady(dataset, settings.datasetWarmups(), settings, target, "dataset"));
    measured.putAll(steady(small, settings.smallWarmups(), settings, target, "small"));
    measured.putAll(coldStarts(cold, settings, target));
    String layout = "";
    if (include.equals(".*") || include.contains("memory")) {
      MemoryFootprint memory = MemoryFootprint.measure();
      measured.put("memory.pledgeOurs", Measurement.bytes(memory.pledgeOurs()));
      measured.put("memory.pledgeRecords", Measurement.bytes(memory.pledgeRecords()));
      measured.put("memory.recordOurs", Measurement.bytes(memory.recordOurs()));
      measured.put("memory.recordRecords", Measurement.bytes(memory.recordRecords()));
      layout = MemoryFootprint.vmDetails();
    }
    if (include.equals(".*") || include.contains("memory") || include.contains("statistics")) {
      ObservationMemory cube = ObservationMemory.measure();
      measured.put("memory.observationOurs", Measurement.bytes(cube.observationOurs()));
      measured.put("memory.observationRecords", Measurement.bytes(cube.observationRecords()));
      measured.put("memory.indexOurs", Measurement.bytes(cube.indexOurs()));
      measured.put("memory.indexBaseline", Measurement.bytes(cube.indexBaseline()));
      layout = MemoryFootprint.vmDetails();
    }

    ComparisonTable table = ComparisonTable.of(comparisons(BenchmarkData.json().length), measured);
    String report = header(settings, layout, loadBefore, loadAverage()) + "\n" + table.toMarkdown();
    System.out.println();
    System.out.println(report);
    Files.writeString(target.resolve("benchmark-results.md"), report, StandardCharsets.UTF_8);
    if (!table.regressions().isEmpty()) {
      // A non-zero exit fails the build of the "benchmarks" profile, after the table is written.
      System.err.println(table.regressions().size() + " target(s) missed by more than the noise band: "
          + table.regressions().stream().map(ComparisonTable.Row::label).toList());
      System.exit(1);
    }
  }

  /**
   * Runs steady-state benchmarks in rounds, and once more in a round, with a longer warm-up, those
   * that had not settled in it.
   */
  private static Map<String, Measurement> steady(
      List<String> names, int warmups, Settings settings, Path target, String group) throws RunnerException {
    List<Map<String, Measurement>> rounds = new ArrayList<>();
    for (int round = 1; round <= settings.rounds() && !names.isEmpty(); round++) {
      String results = "jmh-" + group + (settings.rounds() > 1 ? "-" + round : "");
      Map<String, Measurement> measured = measure(
          steadyOptions(names, warmups, settings, target.resolve(results + ".json")));
      Set<String> unsettled = new LinkedHashSet<>();
      measured.forEach((name, measurement) -> {
        if (!measurement.settled()) {
          // All ways of an EachWay benchmark run again together.
          unsettled.add(PACKAGE + name.replaceFirst(":.*", ""));
        }
      });
      if (!unsettled.isEmpty()) {
        measured.putAll(measure(steadyOptions(
            unsettled, warmups * RETRY_WARMUP_FACTOR, settings, target.resolve(results + "-retry.json"))));
      }
      rounds.add(measured);
    }
    return Measurement.meanOf(rounds);
  }

  private static ChainedOptionsBuilder steadyOptions(Collection<String> names, int warmups, Settings settings, Path results) {
    return exactly(names)
        .mode(Mode.AverageTime)
        .timeUnit(TimeUnit.MICROSECONDS)
        .forks(1)
        .warmupIterations(warmups)
        .warmupTime(TimeValue.seconds(settings.seconds()))
        .measurementIterations(settings.measurements())
        .measurementTime(TimeValue.seconds(settings.seconds()))
        .addProfiler(ThreadTimeProfiler.class)
        .jvmArgsAppend(FORK_JVM_ARGS)
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(results.toString());
  }

  private static Map<String, Measurement> coldStarts(List<String> names, Settings settings, Path target)
      throws RunnerException {
    List<Map<String, Measurement>> rounds = new ArrayList<>();
    for (int round = 1; round <= settings.coldRounds() && !names.isEmpty(); round++) {
      ChainedOptionsBuilder options = exactly(names)
          .mode(Mode.SingleShotTime)
          .timeUnit(TimeUnit.MILLISECONDS)
          .forks(1)
          .warmupIterations(0)
          .measurementIterations(1)
          .jvmArgsAppend(FORK_JVM_ARGS)
          .shouldFailOnError(true)
          .resultFormat(ResultFormatType.JSON)
          .result(target.resolve("jmh-bootstrap-" + round + ".json").toString());
      Map<String, Measurement> measured = new LinkedHashMap<>();
      for (RunResult result : new Runner(options.build()).run()) {
        // One shot, whose set-up (reading the dataset) JMH's timer leaves out but a thread's CPU
        // time would not: the wall clock is the figure.
        double wallClock = seconds(result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreUnit());
        measured.put(shortName(result), new Measurement(wallClock, wallClock, true));
      }
      rounds.add(measured);
    }
    return Measurement.meanOf(rounds);
  }

  private static ChainedOptionsBuilder exactly(Collection<String> names) {
    ChainedOptionsBuilder options = new OptionsBuilder();
    for (String name : names) {
      options.include("^" + Pattern.quote(name) + "$");
    }
    return options;
  }

  /**
   * Runs JMH and returns what it measured of each benchmark: of a benchmark that does its work
   * {@linkplain EachWay each way}, each way apart, as {@code name:ours}, {@code name:baseline} and
   * {@code name:floor}; of any other, its thread time from the {@link ThreadTimeProfiler}.
   */
  private static Map<String, Measurement> measure(ChainedOptionsBuilder options) throws RunnerException {
    Map<String, Measurement> measured = new LinkedHashMap<>();
    for (RunResult result : new Runner(options.build()).run()) {
      if (result.getSecondaryResults().containsKey("repeats")) {
        eachWay(result).forEach((way, measurement) -> measured.put(shortName(result) + ":" + way, measurement));
        continue;
      }
      boolean settled = true;
      for (BenchmarkResult fork : result.getBenchmarkResults()) {
        List<Double> costs = new ArrayList<>();
        for (IterationResult iteration : fork.getIterationResults()) {
          costs.add(counter(iteration, ThreadTimeProfiler.LABEL));
        }
        settled &= Measurement.isSettled(costs);
      }
      Result<?> threadTime = result.getSecondaryResults().get(ThreadTimeProfiler.LABEL);
      measured.put(shortName(result), new Measurement(
          seconds(threadTime.getScore(), threadTime.getScoreUnit()),
          seconds(result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreUnit()),
          settled));
    }
    return measured;
  }

  /**
   * The ways of an {@link EachWay} benchmark, from its counters, by way; a way that did not run is
   * left out. The benchmark has settled if the ratios of our way and of the floor to the baseline
   * stayed put from iteration to iteration ({@link Measurement#isSteadyRatio}): a change of load
   * moves all ways alike, JIT compilation still going on does not.
   */
  private static Map<String, Measurement> eachWay(RunResult result) {
    Map<String, double[]> totals = new LinkedHashMap<>();
    boolean settled = true;
    for (BenchmarkResult fork : result.getBenchmarkResults()) {
      Map<String, List<Double>> costs = new LinkedHashMap<>();
      for (IterationResult iteration : fork.getIterationResults()) {
        double repeats = counter(iteration, "repeats");
        for (String way : WAYS) {
          double thread = counter(iteration, way + "ThreadNanos");
          if (thread > 0) {
            double[] total = totals.computeIfAbsent(way, key -> new double[3]);
            total[0] += thread;
            total[1] += counter(iteration, way + "WallNanos");
            total[2] += repeats;
            costs.computeIfAbsent(way, key -> new ArrayList<>()).add(thread / repeats);
          }
        }
      }
      List<Double> baseline = costs.get("baseline");
      for (Map.Entry<String, List<Double>> way : costs.entrySet()) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < baseline.size(); i++) {
          ratios.add(way.getValue().get(i) / baseline.get(i));
        }
        settled &= Measurement.isSteadyRatio(ratios);
      }
    }
    Map<String, Measurement> ways = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> way : totals.entrySet()) {
      double[] total = way.getValue();
      ways.put(way.getKey(), new Measurement(total[0] / total[2] / 1e9, total[1] / total[2] / 1e9, settled));
    }
    return ways;
  }

  private static double counter(IterationResult iteration, String label) {
    Result<?> result = iteration.getSecondaryResults().get(label);
    return result.getScore();
  }

  private static String shortName(RunResult result) {
    String name = result.getParams().getBenchmark();
    return name.startsWith(PACKAGE) ? name.substring(PACKAGE.length()) : name;
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /**
   * Converts a JMH score to seconds per operation.
   *
   * @param score the score
   * @param unit its unit, such as {@code us/op}
   * @return seconds per operation
   */
  static double seconds(double score, String unit) {
    switch (unit) {
      case "s/op":
        return score;
      case "ms/op":
        return score / 1e3;
      case "us/op":
        return score / 1e6;
      case "ns/op":
        return score / 1e9;
      default:
        throw new IllegalArgumentException("unexpected score unit " + unit);
    }
  }

  /**
   * Returns the rows of the table, in its order; the table leaves out those whose benchmarks were
   * not run.
   *
   * @param documentSize the size of the benchmark document in bytes
   * @return the comparisons
   */
  public static List<Comparison> comparisons(int documentSize) {
    List<Comparison> rows = new ArrayList<>();
    Measure megabytes = Measure.megabytesPerSecond(documentSize);
    for (int version : new int[] {2, 3}) {
      String read = "json.Jackson" + version + "Json.readEachWay:";
      String write = "json.Jackson" + version + "Json.writeEachWay:";
      String jackson = "Jackson " + version;
      rows.add(new Comparison("JSON read, " + jackson + ": ours vs records", read + "ours", read + "baseline",
          megabytes, Target.ratioAtMost(1.00)));
      rows.add(new Comparison("JSON write, " + jackson + ": ours vs records", write + "ours", write + "baseline",
          megabytes, Target.ratioAtMost(1.00)));
      rows.add(new Comparison("JSON read, " + jackson + ": ours vs raw token loop", read + "ours", read + "floor",
          megabytes, Target.ratioAtMost(2.0)));
      rows.add(new Comparison("JSON read, " + jackson + ": records vs raw token loop", read + "baseline",
          read + "floor", megabytes, Target.NONE));
      rows.add(new Comparison("JSON write, " + jackson + ": ours vs token replay", write + "ours", write + "floor",
          megabytes, Target.NONE));
    }
    Measure perDataset = Measure.perSecond(1, "datasets/s");
    rows.add(new Comparison("Validation, 14 structural rules: ours vs annotated records",
        "validation.ValidationBenchmark.validateEachWay:ours", "validation.ValidationBenchmark.validateEachWay:baseline",
        perDataset,
        Target.ratioAtMost(1.25)));
    rows.add(new Comparison("Validation, all 26 rules: ours (no baseline)",
        "validation.ValidationBenchmark.oursAllRules", null, perDataset, Target.NONE));
    String cube = "validation.ObservationValidationBenchmark.validateEachWay:";
    Measure perCube = Measure.perSecond(ObservationValidationBenchmark.OBSERVATIONS, "observations/s");
    rows.add(new Comparison("Validation, 103,320 observations sharing one source vs citing none",
        cube + "ours", cube + "baseline", perCube, Target.ratioAtMost(1.10)));
    rows.add(new Comparison("Validation, 103,320 observations each citing an equal copy vs citing none",
        cube + "floor", cube + "baseline", perCube, Target.NONE));
    rows.add(new Comparison("Validator factory bootstrap, cold JVM",
        "validation.BootstrapBenchmark.factoryOurs", "validation.BootstrapBenchmark.factoryRecords",
        Measure.time("ms"), COLD_START_TARGET));
    rows.add(new Comparison("Factory and first validation of the dataset, cold JVM",
        "validation.BootstrapBenchmark.firstValidationOurs", "validation.BootstrapBenchmark.firstValidationRecords",
        Measure.time("ms"), COLD_START_TARGET));
    rows.add(new Comparison("SampleData.pledge() vs a pledge built by hand",
        "generation.GenerationBenchmark.pledgeOurs", "generation.GenerationBenchmark.pledgeByHand",
        Measure.perSecond(1, "pledges/s"), Target.NONE));
    rows.add(new Comparison("SampleData.event() vs an event built by hand",
        "generation.GenerationBenchmark.eventOurs", "generation.GenerationBenchmark.eventByHand",
        Measure.perSecond(1, "events/s"), Target.NONE));
    rows.add(new Comparison("SampleData dataset of 10,000 pledges vs built by hand",
        "generation.GenerationBenchmark.datasetOurs", "generation.GenerationBenchmark.datasetByHand",
        Measure.perSecond(GenerationBenchmark.PLEDGES, "pledges/s"),
        Target.oursAtLeast(100_000, "≥ 100,000 pledges/s")));
    String construction = "construction.ConstructionBenchmark.";
    Measure perValue = new Measure("ns", 0, 1e9 / ConstructionBenchmark.BATCH);
    rows.add(new Comparison("Pledge: builder vs record constructor",
        construction + "pledgeEachWay:ours", construction + "pledgeEachWay:baseline", perValue, Target.ratioAtMost(1.20)));
    rows.add(new Comparison("Event: builder vs record constructor",
        construction + "eventEachWay:ours", construction + "eventEachWay:baseline", perValue, Target.ratioAtMost(3.0)));
    String importFile = "statistics.ImportBenchmark.importFile:";
    Measure rows100k = Measure.perSecond(ImportBenchmark.ROWS, "rows/s");
    rows.add(new Comparison("Statistics import, SDMX-CSV of 100,000 rows: ours vs FastCSV alone",
        importFile + "ours", importFile + "baseline", rows100k, Target.ratioAtMost(2.0)));
    rows.add(new Comparison("Statistics import, SDMX-CSV of 100,000 rows: rate",
        importFile + "ours", null, rows100k, Target.oursAtLeast(500_000, "≥ 500,000 rows/s")));
    rows.add(new Comparison("Memory per pledge (JOL)", "memory.pledgeOurs", "memory.pledgeRecords",
        Measure.bytes(), Target.ratioAtMost(1.10)));
    rows.add(new Comparison("Memory per dataset record (JOL)", "memory.recordOurs", "memory.recordRecords",
        Measure.bytes(), Target.ratioAtMost(1.10)));
    String index = "statistics.ObservationIndexBenchmark.";
    rows.add(new Comparison("Memory per observation, 1,000,000-cell cube (JOL): Observation vs record",
        "memory.observationOurs", "memory.observationRecords", Measure.bytes(), Target.ratioAtMost(1.50)));
    rows.add(new Comparison("Memory an index adds per observation (JOL): ObservationIndex vs HashMap index",
        "memory.indexOurs", "memory.indexBaseline", Measure.bytes(), Target.NONE));
    rows.add(new Comparison("Index build, 1,000,000 observations: ObservationIndex vs HashMap index",
        index + "buildEachWay:ours", index + "buildEachWay:baseline", Measure.time("ms"),
        Target.oursAtMost(2_000, "< 2 s")));
    Measure queries = Measure.perSecond(ObservationIndexBenchmark.QUERIES, "queries/s");
    rows.add(new Comparison("Totals by sex of one country-year: ObservationIndex vs HashMap index",
        index + "totalsByEachWay:ours", index + "totalsByEachWay:baseline", queries, Target.NONE));
    rows.add(new Comparison("Time series of one population in one country: ObservationIndex vs HashMap index",
        index + "timeSeriesEachWay:ours", index + "timeSeriesEachWay:baseline", queries, Target.NONE));
    rows.add(new Comparison("One population in all 1,250 country-years: ObservationIndex vs HashMap index",
        index + "selectEachWay:ours", index + "selectEachWay:baseline", Measure.time("ms"), Target.NONE));
    rows.add(new Comparison("Index build and discrepancies of 1,000,000 observations (no baseline)",
        index + "discrepanciesOurs", null, Measure.time("ms"), Target.NONE));
    return rows;
  }

  private static String header(Settings settings, String layout, double loadBefore, double loadAfter) {
    return "Resettlement benchmarks, "
        + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")) + "\n\n"
        + "- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vm.vendor") + ")\n"
        + "- Machine: " + processor() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs; "
        + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch") + "\n"
        + String.format(Locale.ROOT, "- Load average (1 min): %.2f before the run, %.2f after it%n", loadBefore, loadAfter)
        + "- Settings: " + settings.describe() + "\n"
        + (layout.isEmpty() ? "" : "- Object layout (memory rows): " + layout + "\n")
        + "- Figures: the time the benchmark thread was running or stopped for garbage collection, which leaves out"
        + " the time it waited for a processor; the last column has the wall-clock figures, which agree with"
        + " them on a quiet machine. Cold-start rows are wall-clock times. JSON, validation, import, index and"
        + " construction rows time ours and the baseline (and the token floor) in turns in the same JVM.\n"
        + "- The run fails when a row misses its target by more than the noise band of its kind (README,"
        + " \"Performance\").\n"
        + "- Ratio: our cost divided by the baseline's (time per operation, or bytes); 1.00x is parity, lower is better.\n";
  }

  /** The processor's model name, from {@code /proc/cpuinfo} where there is one. */
  private static String processor() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      try {
        for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
          if (line.startsWith("model name")) {
            return line.substring(line.indexOf(':') + 1).trim();
          }
        }
      } catch (IOException e) {
        // The model is a courtesy; the table stands without it.
      }
    }
    return System.getProperty("os.arch");
  }
}
