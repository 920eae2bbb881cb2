package org.resettlement.benchmarks;

import java.util.List;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;
import org.resettlement.benchmarks.baseline.RecordModel;
import org.resettlement.core.Dataset;

/**
 * Memory per pledge and per record of the benchmark dataset, measured with JOL's {@link
 * GraphLayout}, for the core graph and the record graph read from the same bytes.
 *
 * <p>Memory is counted, not timed, so this is not a JMH benchmark. Each figure is the total size
 * of all objects reachable from the roots (each object once) divided by the number of roots, so
 * objects that values share (enum constants, the core's country codes, empty lists) are counted
 * once, as they are in a real heap. Sizes depend on the JVM's object layout (compressed
 * references, header size), which {@link #vmDetails()} describes.
 *
 * @param pledgeOurs bytes per core pledge
 * @param pledgeRecords bytes per record pledge
 * @param recordOurs bytes per record of the core dataset
 * @param recordRecords bytes per record of the record dataset
 */
public record MemoryFootprint(double pledgeOurs, double pledgeRecords, double recordOurs, double recordRecords) {

  /**
   * Measures both graphs of the benchmark dataset.
   *
   * @return the footprint
   */
  public static MemoryFootprint measure() {
    byte[] json = BenchmarkData.json();
    return of(BenchmarkData.core(json), BenchmarkData.records(json));
  }

  /**
   * Measures two graphs of the same data.
   *
   * @param ours the core dataset
   * @param records the record dataset
   * @return the footprint
   */
  public static MemoryFootprint of(Dataset ours, RecordModel.Dataset records) {
    return new MemoryFootprint(
        perRoot(ours.pledges()),
        perRoot(records.pledges()),
        (double) GraphLayout.parseInstance(ours).totalSize() / BenchmarkData.recordCount(ours),
        (double) GraphLayout.parseInstance(records).totalSize() / records.recordCount());
  }

  private static double perRoot(List<?> roots) {
    return (double) GraphLayout.parseInstance(roots.toArray()).totalSize() / roots.size();
  }

  /**
   * Describes the object layout of this JVM, in one line.
   *
   * @return the description
   */
  public static String vmDetails() {
    String details = VM.current().details();
    String[] lines = details.split("\n");
    StringBuilder summary = new StringBuilder();
    for (String line : lines) {
      if (line.startsWith("# VM mode") || line.startsWith("# Compressed") || line.startsWith("# Object alignment")) {
        summary.append(summary.length() == 0 ? "" : "; ").append(line.replace("# ", "").trim());
      }
    }
    return summary.toString();
  }
}
