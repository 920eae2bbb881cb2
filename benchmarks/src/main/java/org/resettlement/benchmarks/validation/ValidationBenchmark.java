package org.resettlement.benchmarks.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.resettlement.benchmarks.BenchmarkData;
import org.resettlement.benchmarks.EachWay;
import org.resettlement.benchmarks.baseline.RecordModel;
import org.resettlement.benchmarks.baseline.RecordValidation;
import org.resettlement.core.Dataset;
import org.resettlement.validation.ResettlementValidation;
import org.resettlement.testkit.SampleData;
import org.resettlement.validation.Structural;

/**
 * Validates the benchmark dataset (it has no violations) with {@code resettlement-validation}
 * and, in the same run, the same data as records with plain Hibernate Validator.
 *
 * <p>What is compared: the fourteen structural rules ({@link Structural}: texts not blank,
 * without control characters and without direction overrides, identifiers, acronyms, e-mail
 * addresses, telephone numbers, web addresses, external identifiers, latitudes, longitudes,
 * breakdown categories, references resolve, identifiers unique), which the records declare as
 * Jakarta Validation annotations ({@code RecordConstraints}). Both walk the whole graph. {@code oursAllRules} also measures all 26 rules
 * of our default group, for which the records have no counterpart.
 *
 * <p>Our factory is built by {@code ResettlementValidation.newConfiguration()} with "today" after
 * every date the testkit draws, so that the dataset has no violation under any rule.
 *
 * <p>Each invocation of ours validates a fresh copy of the core dataset ({@link FreshDataset}), so
 * that the lookup tables a {@code Dataset} builds once (the reference rule uses them) are built in
 * every measurement, as they are for every dataset a service reads. The records need no copy: the
 * annotated records' reference validator builds its tables every time.
 */
@State(Scope.Benchmark)
public class ValidationBenchmark {
  /**
   * "Today" for the date rules: after every date the testkit draws (up to {@link
   * SampleData#LATEST_DATE}), so that the dataset is valid under all rules whatever the date.
   */
  private static final Clock AFTER_SAMPLE_DATES =
      Clock.fixed(SampleData.LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  private ValidatorFactory oursFactory;
  private Validator ours;
  private ValidatorFactory recordsFactory;
  private Validator records;
  private Dataset dataset;
  private RecordModel.Dataset recordDataset;

  /** Creates the benchmark; JMH calls this. */
  public ValidationBenchmark() {}

  /** Reads the data and builds both validators. */
  @Setup(Level.Trial)
  public void setUp() {
    byte[] json = BenchmarkData.json();
    dataset = BenchmarkData.core(json);
    recordDataset = BenchmarkData.records(json);
    oursFactory = ResettlementValidation.newConfiguration().clockProvider(() -> AFTER_SAMPLE_DATES).buildValidatorFactory();
    ours = oursFactory.getValidator();
    recordsFactory = RecordValidation.newValidatorFactory();
    records = recordsFactory.getValidator();
  }

  /** Closes the factories. */
  @TearDown(Level.Trial)
  public void tearDown() {
    oursFactory.close();
    recordsFactory.close();
  }

  /**
   * A copy of the core dataset for each invocation, without the lookup tables of the last one.
   *
   * <p>Copying takes well under 1% of a validation (about 16 µs against 5 ms); JMH's wall-clock
   * score leaves it out, the suite's thread time does not.
   */
  @State(Scope.Thread)
  public static class FreshDataset {
    private Dataset dataset;

    /** Creates the state; JMH calls this. */
    public FreshDataset() {}

    /**
     * Copies the benchmark's dataset.
     *
     * @param benchmark the benchmark, whose dataset is copied
     */
    @Setup(Level.Invocation)
    public void copy(ValidationBenchmark benchmark) {
      dataset = Dataset.builder().from(benchmark.dataset).build();
    }

    /**
     * Returns the copy.
     *
     * @return the dataset of this invocation
     */
    public Dataset dataset() {
      return dataset;
    }
  }

  /**
   * Validates the structural rules with our module.
   *
   * @param fresh the copy of the dataset to validate
   * @return the violations, none
   */
  @Benchmark
  public Set<ConstraintViolation<Dataset>> ours(FreshDataset fresh) {
    return ours.validate(fresh.dataset(), Structural.class);
  }

  /**
   * Validates the same rules on the records.
   *
   * @return the violations, none
   */
  @Benchmark
  public Set<ConstraintViolation<RecordModel.Dataset>> records() {
    return records.validate(recordDataset);
  }

  /**
   * Validates the structural rules with our module and on the records, timing each apart: the
   * suite takes its ratio from this.
   *
   * @param times the time of each way
   * @param fresh the copy of the dataset for our validator, made before the timing starts
   * @param sink the black hole
   * @throws Exception never
   */
  @Benchmark
  public void validateEachWay(EachWay times, FreshDataset fresh, Blackhole sink) throws Exception {
    times.run(() -> ours(fresh), this::records, null, sink);
  }

  /**
   * Validates every rule of our default group, 26 in all; there is no baseline for this.
   *
   * @param fresh the copy of the dataset to validate
   * @return the violations, none
   */
  @Benchmark
  public Set<ConstraintViolation<Dataset>> oursAllRules(FreshDataset fresh) {
    return ours.validate(fresh.dataset());
  }
}
