package org.resettlement.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.infra.Blackhole;
import org.resettlement.benchmarks.baseline.RecordJson2;
import org.resettlement.benchmarks.baseline.RecordModel;
import org.resettlement.benchmarks.construction.ConstructionBenchmark;
import org.resettlement.benchmarks.construction.HandBuilt;
import org.resettlement.benchmarks.generation.GenerationBenchmark;
import org.resettlement.benchmarks.json.Jackson2Json;
import org.resettlement.benchmarks.json.Jackson3Json;
import org.resettlement.benchmarks.json.JsonBenchmark;
import org.resettlement.benchmarks.validation.BootstrapBenchmark;
import org.resettlement.benchmarks.validation.ValidationBenchmark;
import org.resettlement.core.Dataset;
import org.resettlement.core.EventId;
import org.resettlement.core.PledgeId;
import org.resettlement.jackson.ResettlementJson;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.SampleData;

/**
 * Runs every benchmark operation once, outside JMH, and checks that each does the work it claims
 * to measure: no JMH run is needed to find a broken benchmark. Nothing here is timed.
 */
class BenchmarkOperationsTest {
  private static final Blackhole SINK =
      new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  private static byte[] json;
  private static Map<String, JsonBenchmark> jsonBenchmarks;
  private static ValidationBenchmark validation;

  /** Prepares each benchmark state once: JMH would make one per fork. */
  @BeforeAll
  static void setUpBenchmarks() throws Exception {
    json = BenchmarkData.json();
    jsonBenchmarks = new LinkedHashMap<>();
    jsonBenchmarks.put("Jackson 2", new Jackson2Json());
    jsonBenchmarks.put("Jackson 3", new Jackson3Json());
    for (JsonBenchmark benchmark : jsonBenchmarks.values()) {
      benchmark.setUp();
    }
    validation = new ValidationBenchmark();
    validation.setUp();
  }

  @AfterAll
  static void tearDownBenchmarks() {
    validation.tearDown();
  }

  static Stream<Arguments> jsonBenchmarks() {
    return jsonBenchmarks.entrySet().stream().map(line -> Arguments.of(line.getKey(), line.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonBenchmarks")
  void jsonBenchmark_readsTheDatasetEachWay(String line, JsonBenchmark benchmark) throws Exception {
    assertThat(benchmark.readOurs()).isEqualTo(BenchmarkData.core(json));
    assertThat(benchmark.readRecords()).isEqualTo(BenchmarkData.records(json));
    benchmark.readTokens(SINK);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonBenchmarks")
  void jsonBenchmark_writesTheWholeDocumentEachWay(String line, JsonBenchmark benchmark) throws Exception {
    assertThat(benchmark.documentSize()).isEqualTo(json.length);
    assertThat(benchmark.writeOurs()).isEqualTo(json.length);
    assertThat(benchmark.writeRecords()).isEqualTo(json.length);
    assertThat(benchmark.writeTokens()).isEqualTo(json.length);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonBenchmarks")
  void jsonBenchmark_timesEachWayOfReadingAndWriting(String line, JsonBenchmark benchmark) throws Exception {
    EachWay reads = new EachWay();
    EachWay writes = new EachWay();

    benchmark.readEachWay(reads, SINK);
    benchmark.writeEachWay(writes, SINK);

    for (EachWay times : List.of(reads, writes)) {
      assertThat(times.repeats()).isEqualTo(1);
      assertThat(List.of(times.oursThreadNanos(), times.baselineThreadNanos(), times.floorThreadNanos(),
          times.oursWallNanos(), times.baselineWallNanos(), times.floorWallNanos())).allMatch(nanos -> nanos > 0);
    }
  }

  @Test
  void validationBenchmark_timesOursAndTheRecords() throws Exception {
    ValidationBenchmark.FreshDataset fresh = new ValidationBenchmark.FreshDataset();
    EachWay times = new EachWay();
    fresh.copy(validation);

    validation.validateEachWay(times, fresh, SINK);

    assertThat(times.repeats()).isEqualTo(1);
    assertThat(times.oursThreadNanos()).isPositive();
    assertThat(times.baselineThreadNanos()).isPositive();
    assertThat(times.floorThreadNanos()).isZero();
  }

  @Test
  void validationBenchmark_findsNoViolationInTheValidDataset() {
    ValidationBenchmark.FreshDataset fresh = new ValidationBenchmark.FreshDataset();

    fresh.copy(validation);
    assertThat(validation.ours(fresh)).isEmpty();
    assertThat(validation.records()).isEmpty();
    fresh.copy(validation);
    assertThat(validation.oursAllRules(fresh)).isEmpty();
  }

  @Test
  void validationBenchmark_validatesANewCopyOfTheDatasetEachTime() {
    ValidationBenchmark.FreshDataset fresh = new ValidationBenchmark.FreshDataset();
    fresh.copy(validation);
    Dataset first = fresh.dataset();

    fresh.copy(validation);

    assertThat(fresh.dataset()).isNotSameAs(first).isEqualTo(first).isEqualTo(BenchmarkData.core(json));
  }

  @Test
  void bootstrapBenchmark_buildsWorkingFactories() {
    BootstrapBenchmark benchmark = new BootstrapBenchmark();
    BootstrapBenchmark.Data data = new BootstrapBenchmark.Data();
    data.setUp();

    assertThat(benchmark.factoryOurs().getValidator()).isNotNull();
    assertThat(benchmark.factoryRecords().getValidator()).isNotNull();
    assertThat(benchmark.firstValidationOurs(data)).isEmpty();
    assertThat(benchmark.firstValidationRecords(data)).isEmpty();
  }

  @Test
  void generationBenchmark_makesWhatItCounts() {
    GenerationBenchmark benchmark = new GenerationBenchmark();
    benchmark.setUp();

    assertThat(benchmark.datasetOurs().pledges()).hasSize(GenerationBenchmark.PLEDGES);
    assertThat(benchmark.datasetByHand().pledges()).hasSize(GenerationBenchmark.PLEDGES);
    assertThat(List.of(benchmark.pledgeOurs(), benchmark.pledgeOurs())).doesNotHaveDuplicates();
    assertThat(List.of(benchmark.eventOurs(), benchmark.eventOurs())).doesNotHaveDuplicates();
    assertThat(benchmark.pledgeByHand().id()).isNotEqualTo(benchmark.pledgeByHand().id());
    assertThat(benchmark.eventByHand()).isNotNull();
  }

  @Test
  void constructionBenchmark_buildsTheSameContentBothWays() throws Exception {
    JsonMapper ours = ResettlementJson.newMapper();
    JsonMapper records = RecordJson2.newMapper();

    assertThat(records.writeValueAsString(HandBuilt.pledgeRecord(new RecordModel.PledgeId("p-1"))))
        .isEqualTo(ours.writeValueAsString(HandBuilt.pledge(PledgeId.of("p-1"))));
    assertThat(records.writeValueAsString(HandBuilt.eventRecord(new RecordModel.EventId("e-1"))))
        .isEqualTo(ours.writeValueAsString(HandBuilt.event(EventId.of("e-1"))));
    ConstructionBenchmark benchmark = new ConstructionBenchmark();
    List<Object> built = new ArrayList<>(List.of(
        benchmark.pledgeOurs(), benchmark.pledgeRecords(), benchmark.eventOurs(), benchmark.eventRecords()));
    assertThat(built).doesNotContainNull();
  }

  @Test
  void memoryFootprint_countsBothGraphs() throws Exception {
    System.setProperty("jol.magicFieldOffset", "true");
    byte[] small = ResettlementJson.newMapper().writeValueAsBytes(SampleData.withSeed(7).dataset(DatasetSpec.defaults()));

    MemoryFootprint footprint = MemoryFootprint.of(BenchmarkData.core(small), BenchmarkData.records(small));

    // A pledge has at least an identifier, a pledger and a kind: well over 64 bytes either way.
    assertThat(footprint.pledgeOurs()).isGreaterThan(64);
    assertThat(footprint.pledgeRecords()).isGreaterThan(64);
    assertThat(footprint.recordOurs()).isGreaterThan(footprint.pledgeOurs() / 10);
    assertThat(footprint.recordRecords()).isGreaterThan(footprint.pledgeRecords() / 10);
  }
}
