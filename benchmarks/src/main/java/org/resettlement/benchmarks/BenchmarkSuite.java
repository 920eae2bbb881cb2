package org.resettlement.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.resettlement.benchmarks.Comparison.Measure;
import org.resettlement.benchmarks.Comparison.Target;
import org.resettlement.benchmarks.generation.GenerationBenchmark;

/**
 * Runs the whole suite and prints the ratio table: each of our benchmarks against its baseline
 * from the same run, with the JDK, the operating system, the number of CPUs and the date.
 *
 * <pre>
 * ./mvnw -q -Pbenchmarks -pl benchmarks -am package -DskipTests                     # short
 * ./mvnw -q -Pbenchmarks -pl benchmarks -am package -DskipTests -Dbenchmarks.mode=full
 * </pre>
 *
 * <p>Arguments: {@code --mode=short} (the default: one fork, 3 warm-up and 5 measurement
 * iterations of one second, 5 cold forks; a few minutes on 2 cores) or {@code --mode=full} (3
 * forks, 5 warm-up and 10 measurement iterations of 2 seconds, 20 cold forks; for a quiet machine),
 * and {@code --include=REGEX} to run only the benchmarks whose names match.
 *
 * <p>Steady-state benchmarks run in JMH's average-time mode; the validator bootstrap runs in
 * single-shot mode, one cold measurement per forked JVM; memory is counted with JOL in this JVM.
 * Forked JVMs get a fixed heap of 1 GB. The table goes to standard output and to {@code
 * target/benchmark-results.md}, JMH's results to {@code target/jmh-*.json}.
 */
public final class BenchmarkSuite {

  private static final String PACKAGE = "org.resettlement.benchmarks.";
  private static final Pattern JSON_LINE = Pattern.compile("json\\.Jackson(\\d+)Json");
  private static final String[] FORK_JVM_ARGS = {"-Xms1g", "-Xmx1g"};

  /**
   * The iterations of a run.
   *
   * @param name the mode's name
   * @param forks forks per steady-state benchmark
   * @param warmups warm-up iterations
   * @param measurements measurement iterations
   * @param seconds seconds per iteration
   * @param coldForks forks (one cold sample each) per bootstrap benchmark
   */
  public record Settings(String name, int forks, int warmups, int measurements, int seconds, int coldForks) {

    /** A few minutes on 2 cores: enough for ratios, not for small differences. */
    public static final Settings SHORT = new Settings("short", 1, 3, 5, 1, 5);

    /** For a quiet machine: about an hour. */
    public static final Settings FULL = new Settings("full", 3, 5, 10, 2, 20);

    /**
     * Describes the settings in one line.
     *
     * @return the description
     */
    public String describe() {
      return String.format(
          "%s: %d fork(s), %d warm-up and %d measurement iterations of %d s; bootstrap: %d cold forks; heap %s",
          name, forks, warmups, measurements, seconds, coldForks, String.join(" ", FORK_JVM_ARGS));
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

    Map<String, Double> costs = new LinkedHashMap<>();
    boolean everything = include.equals(".*");
    costs.putAll(run(steady(settings, include, target)));
    if (everything || include.contains("Bootstrap")) {
      costs.putAll(run(cold(settings, everything ? "BootstrapBenchmark" : include, target)));
    }
    String layout = "";
    if (everything || include.contains("memory")) {
      MemoryFootprint memory = MemoryFootprint.measure();
      costs.put("memory.pledgeOurs", memory.pledgeOurs());
      costs.put("memory.pledgeRecords", memory.pledgeRecords());
      costs.put("memory.recordOurs", memory.recordOurs());
      costs.put("memory.recordRecords", memory.recordRecords());
      layout = MemoryFootprint.vmDetails();
    }

    ComparisonTable table = ComparisonTable.of(comparisons(costs, BenchmarkData.json().length), costs);
    String report = header(settings, layout) + "\n" + table.toMarkdown();
    System.out.println();
    System.out.println(report);
    Files.writeString(target.resolve("benchmark-results.md"), report, StandardCharsets.UTF_8);
  }

  private static ChainedOptionsBuilder steady(Settings settings, String include, Path target) {
    return new OptionsBuilder()
        .include(include)
        .exclude("BootstrapBenchmark")
        .mode(Mode.AverageTime)
        .timeUnit(TimeUnit.MICROSECONDS)
        .forks(settings.forks())
        .warmupIterations(settings.warmups())
        .warmupTime(TimeValue.seconds(settings.seconds()))
        .measurementIterations(settings.measurements())
        .measurementTime(TimeValue.seconds(settings.seconds()))
        .jvmArgsAppend(FORK_JVM_ARGS)
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(target.resolve("jmh-steady.json").toString());
  }

  private static ChainedOptionsBuilder cold(Settings settings, String include, Path target) {
    return new OptionsBuilder()
        .include(include)
        .mode(Mode.SingleShotTime)
        .timeUnit(TimeUnit.MILLISECONDS)
        .forks(settings.coldForks())
        .warmupIterations(0)
        .measurementIterations(1)
        .jvmArgsAppend(FORK_JVM_ARGS)
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(target.resolve("jmh-bootstrap.json").toString());
  }

  /** Runs JMH and returns the mean cost of each benchmark in seconds per operation. */
  private static Map<String, Double> run(ChainedOptionsBuilder options) throws RunnerException {
    Map<String, Double> costs = new LinkedHashMap<>();
    Collection<RunResult> results = new Runner(options.build()).run();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      costs.put(
          name.startsWith(PACKAGE) ? name.substring(PACKAGE.length()) : name,
          seconds(result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreUnit()));
    }
    return costs;
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
   * Returns the rows of the table, the JSON rows for every Jackson line that was measured.
   *
   * @param costs the measured costs, by benchmark name
   * @param documentSize the size of the benchmark document in bytes
   * @return the comparisons, in the order of the table
   */
  public static List<Comparison> comparisons(Map<String, Double> costs, int documentSize) {
    List<Comparison> rows = new ArrayList<>();
    TreeSet<String> jsonLines = new TreeSet<>();
    for (String name : costs.keySet()) {
      Matcher matcher = JSON_LINE.matcher(name);
      if (matcher.lookingAt()) {
        jsonLines.add(matcher.group());
      }
    }
    Measure megabytes = Measure.megabytesPerSecond(documentSize);
    for (String line : jsonLines) {
      Matcher matcher = JSON_LINE.matcher(line);
      String jackson = matcher.matches() ? "Jackson " + matcher.group(1) : line;
      rows.add(new Comparison("JSON read, " + jackson + ": ours vs records", line + ".readOurs", line + ".readRecords",
          megabytes, Target.ratioAtMost(1.10)));
      rows.add(new Comparison("JSON write, " + jackson + ": ours vs records", line + ".writeOurs", line + ".writeRecords",
          megabytes, Target.ratioAtMost(1.10)));
      rows.add(new Comparison("JSON read, " + jackson + ": ours vs raw token loop", line + ".readOurs",
          line + ".readTokens", megabytes, Target.ratioAtMost(3.0)));
      rows.add(new Comparison("JSON read, " + jackson + ": records vs raw token loop", line + ".readRecords",
          line + ".readTokens", megabytes, Target.NONE));
      rows.add(new Comparison("JSON write, " + jackson + ": ours vs token replay", line + ".writeOurs",
          line + ".writeTokens", megabytes, Target.NONE));
    }
    Measure perDataset = Measure.perSecond(1, "datasets/s");
    rows.add(new Comparison("Validation, 12 structural rules: ours vs annotated records",
        "validation.ValidationBenchmark.ours", "validation.ValidationBenchmark.records", perDataset,
        Target.ratioAtMost(1.25)));
    rows.add(new Comparison("Validation, all 24 rules: ours (no baseline)",
        "validation.ValidationBenchmark.oursAllRules", null, perDataset, Target.NONE));
    rows.add(new Comparison("Validator factory bootstrap, cold JVM",
        "validation.BootstrapBenchmark.factoryOurs", "validation.BootstrapBenchmark.factoryRecords",
        Measure.time("ms"), Target.oursAtMost(300, "< 300 ms")));
    rows.add(new Comparison("Factory and first validation of the dataset, cold JVM",
        "validation.BootstrapBenchmark.firstValidationOurs", "validation.BootstrapBenchmark.firstValidationRecords",
        Measure.time("ms"), Target.NONE));
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
    rows.add(new Comparison("Pledge: builder vs record constructor",
        "construction.ConstructionBenchmark.pledgeOurs", "construction.ConstructionBenchmark.pledgeRecords",
        Measure.time("ns"), Target.NONE));
    rows.add(new Comparison("Event: builder vs record constructor",
        "construction.ConstructionBenchmark.eventOurs", "construction.ConstructionBenchmark.eventRecords",
        Measure.time("ns"), Target.NONE));
    rows.add(new Comparison("Memory per pledge (JOL)", "memory.pledgeOurs", "memory.pledgeRecords",
        Measure.bytes(), Target.ratioAtMost(1.10)));
    rows.add(new Comparison("Memory per dataset record (JOL)", "memory.recordOurs", "memory.recordRecords",
        Measure.bytes(), Target.ratioAtMost(1.10)));
    return rows;
  }

  private static String header(Settings settings, String layout) {
    Runtime runtime = Runtime.getRuntime();
    return "Resettlement benchmarks, "
        + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")) + "\n\n"
        + "- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vm.vendor") + ")\n"
        + "- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch") + ", " + runtime.availableProcessors() + " CPUs\n"
        + "- Settings: " + settings.describe() + "\n"
        + (layout.isEmpty() ? "" : "- Object layout (memory rows): " + layout + "\n")
        + "- Ratio: our cost divided by the baseline's (time per operation, or bytes); 1.00x is parity, lower is better.\n";
  }
}
