package org.resettlement.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Times one operation done each way, ours, the baseline's and optionally the floor's, next to each
 * other in the same JVM, and reports the time of each way as JMH counters.
 *
 * <p>This is how the suite compares our code with its baseline: each invocation of a benchmark
 * that takes this state does the same work once each way, in an order that turns around from one
 * invocation to the next, and charges each way with its own {@link ThreadTime}. Both therefore run
 * under the same load, millisecond by millisecond, so that their ratio stays put on a machine
 * whose load changes, where two benchmarks run in turn, a minute apart, can be slowed down
 * differently; the price is that both ways share the JIT compilers' profiles of the code they have
 * in common (the JSON parser, Jackson's collection deserializers). The operations are milliseconds
 * long; reading the clocks takes about a microsecond.
 *
 * <p>JMH reports, for each iteration, the counters {@code oursThreadNanos}, {@code
 * baselineThreadNanos} and {@code floorThreadNanos} (thread time), the same with {@code WallNanos}
 * (wall-clock time), and {@code repeats}, the number of times each way ran; the suite divides them.
 *
 * <p>JMH makes an instance per benchmark thread and resets it before each iteration.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class EachWay {

  /** A way of doing the operation. */
  @FunctionalInterface
  public interface Operation {
    /**
     * Does the operation once.
     *
     * @return what it made, for the black hole
     * @throws Exception if it fails, which fails the benchmark
     */
    Object run() throws Exception;
  }

  private long oursThread;
  private long oursWall;
  private long baselineThread;
  private long baselineWall;
  private long floorThread;
  private long floorWall;
  private long repeats;

  /** Creates the state; JMH calls this. */
  public EachWay() {}

  /** Starts an iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    oursThread = 0;
    oursWall = 0;
    baselineThread = 0;
    baselineWall = 0;
    floorThread = 0;
    floorWall = 0;
    repeats = 0;
  }

  /**
   * Does the operation once each way, in turns: ours first in one repeat, the baseline first in
   * the next, the floor first in the one after.
   *
   * @param ours our way, not null
   * @param baseline the baseline's way, not null
   * @param floor the floor's way, or null for none
   * @param sink where the results go
   * @throws Exception if a way fails
   */
  public void run(Operation ours, Operation baseline, Operation floor, Blackhole sink) throws Exception {
    int ways = floor == null ? 2 : 3;
    int first = (int) (repeats % ways);
    for (int i = 0; i < ways; i++) {
      int way = (first + i) % ways;
      long thread = ThreadTime.ofCurrentThread();
      long wall = System.nanoTime();
      sink.consume((way == 0 ? ours : way == 1 ? baseline : floor).run());
      wall = System.nanoTime() - wall;
      thread = ThreadTime.ofCurrentThread() - thread;
      if (way == 0) {
        oursThread += thread;
        oursWall += wall;
      } else if (way == 1) {
        baselineThread += thread;
        baselineWall += wall;
      } else {
        floorThread += thread;
        floorWall += wall;
      }
    }
    repeats++;
  }

  /**
   * Returns the thread time of our way in this iteration.
   *
   * @return nanoseconds
   */
  public long oursThreadNanos() {
    return oursThread;
  }

  /**
   * Returns the wall-clock time of our way in this iteration.
   *
   * @return nanoseconds
   */
  public long oursWallNanos() {
    return oursWall;
  }

  /**
   * Returns the thread time of the baseline's way in this iteration.
   *
   * @return nanoseconds
   */
  public long baselineThreadNanos() {
    return baselineThread;
  }

  /**
   * Returns the wall-clock time of the baseline's way in this iteration.
   *
   * @return nanoseconds
   */
  public long baselineWallNanos() {
    return baselineWall;
  }

  /**
   * Returns the thread time of the floor's way in this iteration, 0 without one.
   *
   * @return nanoseconds
   */
  public long floorThreadNanos() {
    return floorThread;
  }

  /**
   * Returns the wall-clock time of the floor's way in this iteration, 0 without one.
   *
   * @return nanoseconds
   */
  public long floorWallNanos() {
    return floorWall;
  }

  /**
   * Returns how many times each way ran in this iteration.
   *
   * @return the number of repeats
   */
  public long repeats() {
    return repeats;
  }
}
