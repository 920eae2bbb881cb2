package org.resettlement.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** Each way is done once per run, in turns, and charged with its own time only. */
class EachWayTest {
  private static final Blackhole SINK =
      new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
  private static final long BUSY_NANOS = 20_000_000L;

  @Test
  void run_chargesEachWayWithItsOwnTime() throws Exception {
    EachWay times = new EachWay();
    long[] spent = new long[1];

    times.run(() -> spent[0] = spin(), () -> "baseline", () -> "floor", SINK);

    assertThat(times.oursThreadNanos()).isGreaterThanOrEqualTo(spent[0]);
    assertThat(times.oursWallNanos()).isGreaterThanOrEqualTo(spent[0]);
    assertThat(times.baselineThreadNanos()).isLessThan(spent[0]);
    assertThat(times.floorThreadNanos()).isLessThan(spent[0]);
    assertThat(times.repeats()).isEqualTo(1);
  }

  @Test
  void run_turnsTheOrderAroundFromOneRunToTheNext() throws Exception {
    EachWay times = new EachWay();
    List<String> order = new ArrayList<>();

    for (int i = 0; i < 3; i++) {
      times.run(() -> order.add("ours"), () -> order.add("baseline"), () -> order.add("floor"), SINK);
    }

    assertThat(order).containsExactly(
        "ours", "baseline", "floor",
        "baseline", "floor", "ours",
        "floor", "ours", "baseline");
    assertThat(times.repeats()).isEqualTo(3);
  }

  @Test
  void run_withoutAFloor_alternatesTwoWaysAndLeavesTheFloorAtZero() throws Exception {
    EachWay times = new EachWay();
    List<String> order = new ArrayList<>();

    times.run(() -> order.add("ours"), () -> order.add("baseline"), null, SINK);
    times.run(() -> order.add("ours"), () -> order.add("baseline"), null, SINK);

    assertThat(order).containsExactly("ours", "baseline", "baseline", "ours");
    assertThat(times.floorThreadNanos()).isZero();
    assertThat(times.floorWallNanos()).isZero();
  }

  @Test
  void reset_startsTheCountersFromZero() throws Exception {
    EachWay times = new EachWay();
    times.run(EachWayTest::spin, EachWayTest::spin, EachWayTest::spin, SINK);

    times.reset();

    assertThat(List.of(times.oursThreadNanos(), times.oursWallNanos(), times.baselineThreadNanos(),
        times.baselineWallNanos(), times.floorThreadNanos(), times.floorWallNanos(), times.repeats()))
        .containsOnly(0L);
  }

  /** Spins for {@link #BUSY_NANOS} of this thread's CPU time and returns the time it measured. */
  private static long spin() {
    long start = ThreadTime.ofCurrentThread();
    long now = start;
    while (now - start < BUSY_NANOS) {
      now = ThreadTime.ofCurrentThread();
    }
    return now - start;
  }
}
