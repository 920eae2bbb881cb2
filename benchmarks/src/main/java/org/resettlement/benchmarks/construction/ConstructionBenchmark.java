package org.resettlement.benchmarks.construction;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.resettlement.benchmarks.baseline.RecordModel;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;

/**
 * Builds a pledge and an event through the core builders (which copy lists, apply defaults and
 * check invariants) against the record constructors (which do neither), from the same constant
 * parts ({@link HandBuilt}); the identifier comes from a field, so that nothing is a constant.
 */
@State(Scope.Thread)
public class ConstructionBenchmark {
  private final PledgeId pledgeId = PledgeId.of("pledge-1");
  private final RecordModel.PledgeId recordPledgeId = new RecordModel.PledgeId("pledge-1");
  private final EventId eventId = EventId.of("event-1");
  private final RecordModel.EventId recordEventId = new RecordModel.EventId("event-1");

  /** Creates the benchmark; JMH calls this. */
  public ConstructionBenchmark() {}

  /**
   * Builds a pledge through its builder.
   *
   * @return the pledge
   */
  @Benchmark
  public Pledge pledgeOurs() {
    return HandBuilt.pledge(pledgeId);
  }

  /**
   * Builds the same pledge as a record.
   *
   * @return the record
   */
  @Benchmark
  public RecordModel.Pledge pledgeRecords() {
    return HandBuilt.pledgeRecord(recordPledgeId);
  }

  /**
   * Builds an event through its builder.
   *
   * @return the event
   */
  @Benchmark
  public Event eventOurs() {
    return HandBuilt.event(eventId);
  }

  /**
   * Builds the same event as a record.
   *
   * @return the record
   */
  @Benchmark
  public RecordModel.Event eventRecords() {
    return HandBuilt.eventRecord(recordEventId);
  }
}
