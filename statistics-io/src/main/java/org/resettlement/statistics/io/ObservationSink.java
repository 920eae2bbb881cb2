package org.resettlement.statistics.io;

import org.resettlement.core.Observation;

/** Takes the observations a layout makes, with the line of the file each was read from. */
interface ObservationSink {
  void accept(long line, Observation observation);
}
