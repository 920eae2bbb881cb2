package org.resettlement.benchmarks.generation;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.resettlement.benchmarks.construction.HandBuilt;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.SampleData;

/**
 * How fast the testkit makes values: one pledge, one event, and a dataset of {@value #PLEDGES}
 * pledges (with the default number of the other records), against building the same number of
 * values by hand through the core builders from constant parts ({@link HandBuilt}).
 *
 * <p>The baseline is the floor of generation: the same builders, without drawing random content.
 * The ratio is what realistic, varied content costs on top of building.
 */
@State(Scope.Thread)
public class GenerationBenchmark {

  /** The number of pledges of the generated dataset. */
  public static final int PLEDGES = 10_000;

  private static final DatasetSpec SPEC = DatasetSpec.defaults().withPledges(PLEDGES);

  private SampleData sample;
  private long seed;
  private int next;

  /** Creates the benchmark; JMH calls this. */
  public GenerationBenchmark() {}

  /** Seeds the generator. */
  @Setup
  public void setUp() {
    seed = 42;
    sample = SampleData.withSeed(seed);
  }

  /**
   * Makes the next sample pledge.
   *
   * @return the pledge
   */
  @Benchmark
  public Pledge pledgeOurs() {
    return sample.pledge();
  }

  /**
   * Builds a pledge by hand.
   *
   * @return the pledge
   */
  @Benchmark
  public Pledge pledgeByHand() {
    return HandBuilt.pledge(PledgeId.of("pledge-" + next++));
  }

  /**
   * Makes the next sample event.
   *
   * @return the event
   */
  @Benchmark
  public Event eventOurs() {
    return sample.event();
  }

  /**
   * Builds an event by hand.
   *
   * @return the event
   */
  @Benchmark
  public Event eventByHand() {
    return HandBuilt.event(EventId.of("event-" + next++));
  }

  /**
   * Makes a dataset of {@value #PLEDGES} pledges from a new seed each time.
   *
   * @return the dataset
   */
  @Benchmark
  public Dataset datasetOurs() {
    return SampleData.withSeed(seed++).dataset(SPEC);
  }

  /**
   * Builds a dataset of {@value #PLEDGES} pledges by hand.
   *
   * @return the dataset
   */
  @Benchmark
  public Dataset datasetByHand() {
    Dataset.Builder dataset = Dataset.builder();
    for (int i = 1; i <= PLEDGES; i++) {
      dataset.addPledge(HandBuilt.pledge(PledgeId.of("pledge-" + i)));
    }
    return dataset.build();
  }
}
