package org.resettlement.benchmarks.statistics;

import java.util.List;
import org.openjdk.jol.info.GraphLayout;
import org.resettlement.benchmarks.baseline.HashMapObservationIndex;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationIndex;

/**
 * Memory per cell of the benchmark cube ({@link StatisticsData}), measured with JOL's {@link
 * GraphLayout}: the core's {@link Observation}s against {@link
 * org.resettlement.benchmarks.baseline.ObservationRecord}s of the same figures, and what an index
 * adds to the observations: the core's {@link ObservationIndex} against the plain {@link
 * HashMapObservationIndex}.
 *
 * <p>Each figure is the total size of all objects reachable from the cells (each object once), or
 * of the index less that of the cells it holds, divided by the number of cells. Objects the cells
 * share (keys, periods, geographies, sources, enum constants) are counted once, as they are in a
 * real heap; each cell's {@code Quantity} is its own, and the same object in both graphs.
 *
 * @param observationOurs bytes per core observation
 * @param observationRecords bytes per record
 * @param indexOurs bytes per cell that the core's index adds
 * @param indexBaseline bytes per cell that the plain {@code HashMap} index adds
 */
public record ObservationMemory(double observationOurs, double observationRecords, double indexOurs, double indexBaseline) {

  /**
   * Generates the cube and measures it.
   *
   * @return the footprint
   */
  public static ObservationMemory measure() {
    StatisticsData.Cube cube = StatisticsData.withRecords();
    List<Observation> observations = cube.observations();
    double cells = observations.size();
    long ours = GraphLayout.parseInstance(observations.toArray()).totalSize();
    long records = GraphLayout.parseInstance(cube.records().toArray()).totalSize();
    long oursIndexed = GraphLayout.parseInstance(ObservationIndex.of(observations)).totalSize();
    long baselineIndexed = GraphLayout.parseInstance(HashMapObservationIndex.of(observations)).totalSize();
    return new ObservationMemory(ours / cells, records / cells, (oursIndexed - ours) / cells, (baselineIndexed - ours) / cells);
  }
}
