package org.resettlement.benchmarks.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.resettlement.benchmarks.EachWay;
import org.resettlement.core.Dataset;
import org.resettlement.core.Dimension;
import org.resettlement.core.Observation;
import org.resettlement.core.Rounding;
import org.resettlement.core.Source;
import org.resettlement.testkit.CubeSpec;
import org.resettlement.testkit.SampleData;
import org.resettlement.validation.ResettlementValidation;

/**
 * Validates a dataset of {@value #OBSERVATIONS} observations, a cube as Eurostat publishes one
 * (citizenship by sex by age band, rounded to 5, some cells confidential), with every rule, three
 * ways in the same run: the cells sharing one source, as a cube holds it (ours); the same cells
 * citing no source (baseline); and each cell citing a copy of its own, equal but not the same
 * object, as a JSON reader makes them (floor).
 *
 * <p>The dataset checks each distinct source of its observations once rather than once per cell,
 * so the first way should cost what the second does; the third shows what telling equal sources
 * apart by their hash costs.
 */
@State(Scope.Benchmark)
public class ObservationValidationBenchmark {

  /** The shape of the cube: 12 years of 10 countries of 41 x 3 x 7 = 861 observations. */
  static final CubeSpec CUBE = CubeSpec.defaults().withDimension(Dimension.CITIZENSHIP, 40)
      .withDimension(Dimension.AGE_BAND, 6).withYears(12).withGeographies(10)
      .withRounding(Rounding.NEAREST_5).withStatuses(true);

  /** The number of observations of the cube: {@value}. */
  public static final int OBSERVATIONS = 103_320;

  /** "Today" for the date rules: after every date the testkit draws. */
  private static final Clock AFTER_SAMPLE_DATES =
      Clock.fixed(SampleData.LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  private ValidatorFactory factory;
  private Validator validator;
  private Dataset shared;
  private Dataset none;
  private Dataset copies;

  /** Creates the benchmark; JMH calls this. */
  public ObservationValidationBenchmark() {}

  /** Makes the three datasets and the validator. */
  @Setup(Level.Trial)
  public void setUp() {
    List<Observation> cube = SampleData.withSeed(20_231_113L).cube(CUBE).collect(Collectors.toList());
    if (cube.size() != OBSERVATIONS) {
      throw new IllegalStateException("the cube has " + cube.size() + " observations, not " + OBSERVATIONS);
    }
    List<Observation> withoutSources = new ArrayList<>(cube.size());
    List<Observation> withCopies = new ArrayList<>(cube.size());
    for (Observation observation : cube) {
      withoutSources.add(observation.withSources(List.of()));
      withCopies.add(observation.withSources(Source.builder().from(observation.sources().get(0)).build()));
    }
    shared = Dataset.builder().addAllObservations(cube).build();
    none = Dataset.builder().addAllObservations(withoutSources).build();
    copies = Dataset.builder().addAllObservations(withCopies).build();
    factory = ResettlementValidation.newConfiguration().clockProvider(() -> AFTER_SAMPLE_DATES).buildValidatorFactory();
    validator = factory.getValidator();
    for (Dataset dataset : List.of(shared, none, copies)) {
      if (!validator.validate(dataset).isEmpty()) {
        throw new IllegalStateException("the benchmark cube breaks a rule");
      }
    }
  }

  /** Closes the factory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  private Set<ConstraintViolation<Dataset>> validate(Dataset dataset) {
    return validator.validate(dataset);
  }

  /**
   * Validates the cube three ways, timing each apart: sharing one source, citing none, citing
   * equal copies.
   *
   * @param times the time of each way
   * @param sink the black hole
   * @throws Exception never
   */
  @Benchmark
  public void validateEachWay(EachWay times, Blackhole sink) throws Exception {
    times.run(() -> validate(shared), () -> validate(none), () -> validate(copies), sink);
  }
}
