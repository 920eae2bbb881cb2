package org.resettlement.benchmarks.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.resettlement.benchmarks.BenchmarkData;
import org.resettlement.benchmarks.baseline.RecordModel;
import org.resettlement.benchmarks.baseline.RecordValidation;
import org.resettlement.core.Dataset;
import org.resettlement.validation.ResettlementValidation;
import org.resettlement.validation.Structural;

/**
 * What a validator costs before its first answer, in a new JVM: building the factory ({@code
 * ResettlementValidation.newConfiguration().buildValidatorFactory()} against a plain Hibernate
 * Validator factory for the annotated records), and building it and validating the benchmark
 * dataset once.
 *
 * <p>Meant for JMH's single-shot mode with one measurement per fork and no warm-up, so that every
 * sample is a cold start: class loading, the programmatic mapping of our rules, and, for the
 * records, reading their annotations on first use. Factories are not closed; the fork ends.
 */
public class BootstrapBenchmark {

  /** Creates the benchmark; JMH calls this. */
  public BootstrapBenchmark() {}

  /** The dataset for the first validation, read before the measurement; the factory-only benchmarks do not load it. */
  @State(Scope.Benchmark)
  public static class Data {
    Dataset dataset;
    RecordModel.Dataset recordDataset;

    /** Creates the state; JMH calls this. */
    public Data() {}

    /** Reads the data. */
    @Setup
    public void setUp() {
      byte[] json = BenchmarkData.json();
      dataset = BenchmarkData.core(json);
      recordDataset = BenchmarkData.records(json);
    }
  }

  /**
   * Builds our factory.
   *
   * @return the factory
   */
  @Benchmark
  public ValidatorFactory factoryOurs() {
    return ResettlementValidation.newConfiguration().buildValidatorFactory();
  }

  /**
   * Builds the plain factory for the records.
   *
   * @return the factory
   */
  @Benchmark
  public ValidatorFactory factoryRecords() {
    return RecordValidation.newValidatorFactory();
  }

  /**
   * Builds our factory and validates the dataset's structural rules once.
   *
   * @param data the dataset
   * @return the violations, none
   */
  @Benchmark
  public Set<ConstraintViolation<Dataset>> firstValidationOurs(Data data) {
    return ResettlementValidation.newConfiguration().buildValidatorFactory().getValidator()
        .validate(data.dataset, Structural.class);
  }

  /**
   * Builds the plain factory and validates the records once.
   *
   * @param data the dataset
   * @return the violations, none
   */
  @Benchmark
  public Set<ConstraintViolation<RecordModel.Dataset>> firstValidationRecords(Data data) {
    return RecordValidation.newValidatorFactory().getValidator().validate(data.recordDataset);
  }
}
