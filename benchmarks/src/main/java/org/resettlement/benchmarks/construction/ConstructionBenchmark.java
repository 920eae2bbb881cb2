package org.resettlement.benchmarks.construction;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.resettlement.benchmarks.EachWay;
import org.resettlement.benchmarks.baseline.RecordModel;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;

/**
 * Builds a pledge and an event through the core builders (which copy lists, apply defaults and
 * check invariants) against the record constructors (which do neither), from the same constant
 * parts ({@link HandBuilt}); the identifier comes from a field, so that nothing is a constant.
 *
 * <p>The suite takes its ratios from the {@code EachWay} benchmarks, which build {@value #BATCH}
 * values each way in turns ({@link EachWay}): one value takes tens of nanoseconds, too little to
 * time apart, and two benchmarks run a minute apart meet different loads on a shared machine.
 */
@State(Scope.Thread)
public class ConstructionBenchmark {
  /** The values built each way per invocation of an {@code EachWay} benchmark. */
  public static final int BATCH = 1_000;

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

  /**
   * Builds {@value #BATCH} pledges through the builder and as many records, timing each way
   * apart: the suite takes its ratio from this.
   *
   * @param times the time of each way
   * @param sink the black hole
   * @throws Exception never
   */
  @Benchmark
  public void pledgeEachWay(EachWay times, Blackhole sink) throws Exception {
    times.run(() -> {
      for (int i = 0; i < BATCH; i++) {
        sink.consume(pledgeOurs());
      }
      return null;
    }, () -> {
      for (int i = 0; i < BATCH; i++) {
        sink.consume(pledgeRecords());
      }
      return null;
    }, null, sink);
  }

  /**
   * Builds {@value #BATCH} events through the builder and as many records, timing each way apart:
   * the suite takes its ratio from this.
   *
   * @param times the time of each way
   * @param sink the black hole
   * @throws Exception never
   */
  @Benchmark
  public void eventEachWay(EachWay times, Blackhole sink) throws Exception {
    times.run(() -> {
      for (int i = 0; i < BATCH; i++) {
        sink.consume(eventOurs());
      }
      return null;
    }, () -> {
      for (int i = 0; i < BATCH; i++) {
        sink.consume(eventRecords());
      }
      return null;
    }, null, sink);
  }
}
