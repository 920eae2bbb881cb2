package org.resettlement.benchmarks.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.resettlement.benchmarks.BenchmarkData;
import org.resettlement.benchmarks.EachWay;

/**
 * Reads and writes the benchmark dataset's JSON (about 1 MB) three ways in the same run, for one
 * Jackson line: with our module ({@code ours}), as records bound by plain Jackson with the same
 * settings ({@code records}), and as bare tokens ({@code tokens}, the floor). Every line reads the
 * same bytes, {@link BenchmarkData#json()}, which both of our modules write.
 *
 * <ul>
 *   <li>{@code readOurs}, {@code readRecords}: bind the bytes to a {@code Dataset}, with a
 *       reader made once.
 *   <li>{@code readTokens}: a {@code JsonParser} loop over the same bytes that decodes every name,
 *       string and number but builds no objects: parsing without binding.
 *   <li>{@code writeOurs}, {@code writeRecords}: write the graph read from the same bytes (the
 *       output is those bytes again) into a reused buffer.
 *   <li>{@code writeTokens}: replays the document's tokens, recorded once, into a generator:
 *       writing without looking at objects.
 * </ul>
 *
 * <p>{@code readEachWay} and {@code writeEachWay} do the operation all three ways in each
 * invocation and time each way apart ({@link EachWay}): the suite takes its ratios from them. The
 * single-way benchmarks are there to look at one way alone, with JMH's profilers for instance.
 *
 * <p>A subclass per Jackson line implements the six operations; the benchmark methods are
 * inherited, so that every line is measured the same way. Score: time per document; the suite
 * turns it into MB/s.
 */
@State(Scope.Benchmark)
public abstract class JsonBenchmark {

  /** The document, as {@code resettlement-jackson} writes the benchmark dataset. */
  protected byte[] json;

  private final ByteArrayOutputStream output = new ByteArrayOutputStream(2 << 20);

  /**
   * Generates the document and prepares the subclass.
   *
   * @throws IOException if the subclass cannot read the document
   */
  @Setup
  public void setUp() throws IOException {
    json = BenchmarkData.json();
    prepare();
  }

  /**
   * Reads the document once with each binding, so that the write benchmarks have a graph, and
   * records its tokens.
   *
   * @throws IOException if the document cannot be read
   */
  protected abstract void prepare() throws IOException;

  /**
   * Binds the document with our module.
   *
   * @param document the bytes
   * @return the dataset
   * @throws IOException if it cannot be read
   */
  protected abstract Object bindOurs(byte[] document) throws IOException;

  /**
   * Binds the document to records with plain Jackson.
   *
   * @param document the bytes
   * @return the record dataset
   * @throws IOException if it cannot be read
   */
  protected abstract Object bindRecords(byte[] document) throws IOException;

  /**
   * Parses the document without binding, handing every decoded value to the black hole.
   *
   * @param document the bytes
   * @param sink where decoded values go
   * @throws IOException if it cannot be parsed
   */
  protected abstract void parseTokens(byte[] document, Blackhole sink) throws IOException;

  /**
   * Writes the prepared dataset with our module.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  protected abstract void serializeOurs(OutputStream out) throws IOException;

  /**
   * Writes the prepared record dataset with plain Jackson.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  protected abstract void serializeRecords(OutputStream out) throws IOException;

  /**
   * Writes the prepared tokens.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  protected abstract void serializeTokens(OutputStream out) throws IOException;

  //-----------------------------------------------------------------------
  /**
   * Reads with our module.
   *
   * @return the dataset
   * @throws IOException never for the benchmark document
   */
  @Benchmark
  public Object readOurs() throws IOException {
    return bindOurs(json);
  }

  /**
   * Reads as records with plain Jackson.
   *
   * @return the record dataset
   * @throws IOException never for the benchmark document
   */
  @Benchmark
  public Object readRecords() throws IOException {
    return bindRecords(json);
  }

  /**
   * Parses without binding.
   *
   * @param sink the black hole
   * @throws IOException never for the benchmark document
   */
  @Benchmark
  public void readTokens(Blackhole sink) throws IOException {
    parseTokens(json, sink);
  }

  /**
   * Writes with our module.
   *
   * @return the number of bytes written
   * @throws IOException never
   */
  @Benchmark
  public int writeOurs() throws IOException {
    output.reset();
    serializeOurs(output);
    return output.size();
  }

  /**
   * Writes the records with plain Jackson.
   *
   * @return the number of bytes written
   * @throws IOException never
   */
  @Benchmark
  public int writeRecords() throws IOException {
    output.reset();
    serializeRecords(output);
    return output.size();
  }

  /**
   * Writes the recorded tokens.
   *
   * @return the number of bytes written
   * @throws IOException never
   */
  @Benchmark
  public int writeTokens() throws IOException {
    output.reset();
    serializeTokens(output);
    return output.size();
  }

  /**
   * Reads the document with our module, as records and as bare tokens, timing each way apart.
   *
   * @param times the time of each way
   * @param sink the black hole
   * @throws Exception never for the benchmark document
   */
  @Benchmark
  public void readEachWay(EachWay times, Blackhole sink) throws Exception {
    times.run(this::readOurs, this::readRecords, () -> {
      readTokens(sink);
      return null;
    }, sink);
  }

  /**
   * Writes the dataset with our module, the records with plain Jackson, and the recorded tokens,
   * timing each way apart.
   *
   * @param times the time of each way
   * @param sink the black hole
   * @throws Exception never
   */
  @Benchmark
  public void writeEachWay(EachWay times, Blackhole sink) throws Exception {
    times.run(this::writeOurs, this::writeRecords, this::writeTokens, sink);
  }

  /**
   * Returns the size of the document, for MB/s.
   *
   * @return the number of bytes
   */
  public int documentSize() {
    return json.length;
  }
}
