package org.resettlement.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.Result;

/**
 * The profiler charges the CPU time of JMH's worker threads, and only theirs, to the operations of
 * the iteration. Nothing is timed against a limit: each thread reports the CPU time it spent.
 */
class ThreadTimeProfilerTest {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long BUSY_NANOS = 50_000_000L;

  @Test
  void afterIteration_chargesTheWorkersCpuTimeToEachOperation() throws Exception {
    Busy worker = new Busy("ThreadTimeProfilerTest-jmh-worker-1");
    ThreadTimeProfiler profiler = new ThreadTimeProfiler();

    profiler.beforeIteration(null, null);
    worker.spinAndWait();
    double perOperation = threadTime(profiler, 10);
    worker.finish();

    assertThat(perOperation).isGreaterThanOrEqualTo(worker.spent() / 10.0);
    // Only that thread, and collection pauses, which a few allocations cannot make last a second.
    assertThat(perOperation).isLessThan((worker.spent() + 1e9) / 10.0);
  }

  @Test
  void afterIteration_leavesOutOtherThreads() throws Exception {
    Busy worker = new Busy("ThreadTimeProfilerTest-jmh-worker-2");
    Busy other = new Busy("ThreadTimeProfilerTest-helper");
    worker.start();
    ThreadTimeProfiler profiler = new ThreadTimeProfiler();

    profiler.beforeIteration(null, null);
    other.spinAndWait();
    double perOperation = threadTime(profiler, 1);
    worker.finish();
    other.finish();

    assertThat(perOperation).isLessThan(other.spent() / 2.0);
  }

  private static double threadTime(ThreadTimeProfiler profiler, long operations) {
    IterationResult iteration = new IterationResult(null, null, new IterationResultMetaData(operations, operations));
    Result<?> result = profiler.afterIteration(null, null, iteration).iterator().next();
    assertThat(result.getLabel()).isEqualTo(ThreadTimeProfiler.LABEL);
    assertThat(result.getScoreUnit()).isEqualTo("ns/op");
    return result.getScore();
  }

  /** A thread that spins for {@link #BUSY_NANOS} of its own CPU time when told, then waits to be let go. */
  private static final class Busy {
    private final CountDownLatch go = new CountDownLatch(1);
    private final CountDownLatch spun = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicLong spent = new AtomicLong();
    private final Thread thread;

    Busy(String name) {
      thread = new Thread(this::run, name);
    }

    void start() throws InterruptedException {
      if (thread.getState() == Thread.State.NEW) {
        thread.start();
      }
    }

    void spinAndWait() throws InterruptedException {
      start();
      go.countDown();
      spun.await();
    }

    void finish() throws InterruptedException {
      go.countDown();
      done.countDown();
      thread.join();
    }

    long spent() {
      return spent.get();
    }

    private void run() {
      try {
        go.await();
        long start = THREADS.getCurrentThreadCpuTime();
        long now = start;
        while (now - start < BUSY_NANOS && done.getCount() > 0) {
          now = THREADS.getCurrentThreadCpuTime();
        }
        spent.set(now - start);
        spun.countDown();
        done.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
