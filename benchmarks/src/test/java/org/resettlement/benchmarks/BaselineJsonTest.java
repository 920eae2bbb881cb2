package org.resettlement.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resettlement.benchmarks.baseline.RecordJson2;
import org.resettlement.benchmarks.baseline.RecordJson3;
import org.resettlement.benchmarks.baseline.RecordModel;
import org.resettlement.core.Dataset;
import org.resettlement.jackson.ResettlementJson;

/**
 * The JSON benchmarks compare like with like: for both Jackson lines, our module and the record
 * baseline read the very bytes the Jackson 2 module writes for the benchmark dataset, and write
 * them back byte for byte.
 */
class BaselineJsonTest {
  private static byte[] json;

  @BeforeAll
  static void writeDataset() {
    json = BenchmarkData.json();
  }

  @Test
  void json_isAboutOneMegabyte() {
    System.out.println("benchmark dataset: " + json.length + " bytes");
    assertThat(json.length).isBetween(900_000, 1_200_000);
  }

  @Test
  void json_isTheSameForTheSameSeed() {
    assertThat(BenchmarkData.json()).isEqualTo(json);
  }

  @Test
  void ourJackson2Module_readsWhatItWrote() throws Exception {
    Dataset read = ResettlementJson.newMapper().readValue(json, Dataset.class);

    assertThat(read).isEqualTo(BenchmarkData.generated());
  }

  @Test
  void ourJackson3Module_readsTheSameDatasetAndWritesTheSameBytes() {
    tools.jackson.databind.json.JsonMapper mapper = org.resettlement.jackson3.ResettlementJson.newMapper();

    Dataset read = mapper.readValue(json, Dataset.class);

    assertThat(read).isEqualTo(BenchmarkData.generated());
    assertThat(mapper.writeValueAsBytes(read)).isEqualTo(json);
  }

  @Test
  void jackson2RecordBaseline_writesTheBytesOurModuleWrites() throws Exception {
    JsonMapper mapper = RecordJson2.newMapper();
    RecordModel.Dataset records = mapper.readValue(json, RecordModel.Dataset.class);

    byte[] written = mapper.writeValueAsBytes(records);

    assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(json, StandardCharsets.UTF_8));
    assertThat(written).isEqualTo(json);
  }

  @Test
  void jackson2RecordBaseline_readsBackAnEqualGraph() throws Exception {
    JsonMapper mapper = RecordJson2.newMapper();
    RecordModel.Dataset records = mapper.readValue(json, RecordModel.Dataset.class);

    RecordModel.Dataset again = mapper.readValue(mapper.writeValueAsBytes(records), RecordModel.Dataset.class);

    assertThat(again).isEqualTo(records);
    assertThat(again.recordCount()).isEqualTo(BenchmarkData.recordCount(BenchmarkData.generated()));
  }

  @Test
  void jackson3RecordBaseline_readsTheGraphJackson2ReadsAndWritesTheSameBytes() {
    tools.jackson.databind.json.JsonMapper mapper = RecordJson3.newMapper();

    RecordModel.Dataset records = mapper.readValue(json, RecordModel.Dataset.class);
    byte[] written = mapper.writeValueAsBytes(records);

    assertThat(records).isEqualTo(BenchmarkData.records(json));
    assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(json, StandardCharsets.UTF_8));
    assertThat(written).isEqualTo(json);
  }
}
