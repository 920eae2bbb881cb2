package org.resettlement.statistics.io;

import java.time.Duration;

/** The rate of a count over a time, as progress and summaries report it. */
final class Rates {
  private Rates() {}

  static double perSecond(long count, Duration elapsed) {
    long nanos = elapsed.toNanos();
    return nanos <= 0 ? 0 : count * 1e9 / nanos;
  }
}
