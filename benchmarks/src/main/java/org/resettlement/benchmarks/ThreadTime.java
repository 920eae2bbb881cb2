package org.resettlement.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The suite's measure of cost: the time a thread spent running, on a processor, or stopped for
 * garbage collection. It is wall-clock time less the time the thread waited for a processor, so
 * that other work on the machine changes it much less than the wall clock; on a quiet machine the
 * two agree.
 *
 * <p>CPU time comes from {@link ThreadMXBean}; collection pauses from the {@link
 * GarbageCollectorMXBean}s of the collectors that stop the application (those whose names say they
 * are concurrent, {@code Concurrent} or {@code Cycles}, are left out), in whole milliseconds.
 *
 * <p>This class is thread-safe.
 */
public final class ThreadTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final List<GarbageCollectorMXBean> PAUSING_COLLECTORS =
      ManagementFactory.getGarbageCollectorMXBeans().stream()
          .filter(collector -> !collector.getName().contains("Concurrent") && !collector.getName().contains("Cycles"))
          .toList();

  static {
    if (!THREADS.isThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure the CPU time of a thread");
    }
    THREADS.setThreadCpuTimeEnabled(true);
  }

  private ThreadTime() {}

  /**
   * Returns the time the current thread has spent running or stopped for garbage collection since
   * some fixed point; only differences between two readings mean anything.
   *
   * @return nanoseconds
   */
  public static long ofCurrentThread() {
    return THREADS.getCurrentThreadCpuTime() + pauses();
  }

  /**
   * Returns the time the current thread and every other application thread has been stopped for
   * garbage collection since the JVM started.
   *
   * @return nanoseconds, counted in whole milliseconds
   */
  public static long pauses() {
    long millis = 0;
    for (GarbageCollectorMXBean collector : PAUSING_COLLECTORS) {
      millis += Math.max(0, collector.getCollectionTime());
    }
    return millis * 1_000_000L;
  }

  /**
   * Returns the CPU time of a thread, or -1 if the thread is no longer alive.
   *
   * @param threadId the thread's id
   * @return nanoseconds, or -1
   */
  static long cpuOf(long threadId) {
    return THREADS.getThreadCpuTime(threadId);
  }

  /**
   * Returns the threads of this JVM.
   *
   * @return the thread management bean
   */
  static ThreadMXBean threads() {
    return THREADS;
  }
}
