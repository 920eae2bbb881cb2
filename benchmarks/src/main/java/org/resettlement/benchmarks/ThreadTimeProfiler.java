package org.resettlement.benchmarks;

import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the {@link ThreadTime} of the benchmark threads per operation: the
 * time they were running or stopped for garbage collection, wall-clock time less the time they
 * waited for a processor. It is the secondary result {@value #LABEL}, in nanoseconds per
 * operation.
 *
 * <p>JMH's score is wall-clock time, which grows whenever other processes take the processor from
 * the benchmark: on a shared machine, two benchmarks run a minute apart are slowed down by
 * different amounts. This time leaves the waiting out. It does not count the JIT compilers either,
 * which must be done with the measured code by the end of the warm-up.
 *
 * <p>The time of a whole iteration is divided by all its operations, so whatever runs on the
 * benchmark threads during an iteration is charged to it, {@code Level.Invocation} and {@code
 * Level.Iteration} helper methods included (JMH's own score leaves those out).
 *
 * <p>JMH makes an instance in each forked JVM and calls it from one thread.
 */
public final class ThreadTimeProfiler implements InternalProfiler {

  /** The label of the secondary result. */
  public static final String LABEL = "thread.time.norm";

  /** How JMH names the threads that run the benchmark. */
  private static final String WORKER = "-jmh-worker-";

  private final ThreadMXBean threads = ThreadTime.threads();
  private Map<Long, Long> cpuBefore = Map.of();
  private long pausesBefore;

  /** Creates the profiler; JMH calls this in the forked JVM. */
  public ThreadTimeProfiler() {}

  @Override
  public String getDescription() {
    return "Time the benchmark threads were running or stopped for GC, per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    cpuBefore = workerCpuTimes();
    pausesBefore = ThreadTime.pauses();
  }

  // The interface declares its result type raw.
  @SuppressWarnings("rawtypes")
  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    Map<Long, Long> cpuAfter = workerCpuTimes();
    long pauses = ThreadTime.pauses() - pausesBefore;
    long spent = 0;
    for (Map.Entry<Long, Long> worker : cpuAfter.entrySet()) {
      // A worker that started during the iteration spent all its time in it; each is stopped by every pause.
      spent += worker.getValue() - cpuBefore.getOrDefault(worker.getKey(), 0L) + pauses;
    }
    long operations = result.getMetadata().getAllOps();
    double perOperation = operations == 0 || cpuAfter.isEmpty() ? Double.NaN : (double) spent / operations;
    return List.of(new ScalarResult(LABEL, perOperation, "ns/op", AggregationPolicy.AVG));
  }

  /** The CPU time, by thread id, of the live benchmark threads, in nanoseconds. */
  private Map<Long, Long> workerCpuTimes() {
    Map<Long, Long> times = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains(WORKER)) {
        long time = ThreadTime.cpuOf(info.getThreadId());
        if (time >= 0) {
          times.put(info.getThreadId(), time);
        }
      }
    }
    return times;
  }
}
