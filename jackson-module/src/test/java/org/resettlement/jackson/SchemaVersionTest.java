package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.Dataset;

/** The schema version of a dataset: major version 1 is read, any other is refused. */
class SchemaVersionTest extends JsonTestBase {

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1.7", "1.12"})
  void read_acceptsEveryMinorVersionOfMajorOne(String version) {
    Dataset read = read("{\"schemaVersion\":\"" + version + "\"}", Dataset.class);

    assertThat(read.schemaVersion()).isEqualTo(version);
    assertThat(write(read)).isEqualTo("{\"schemaVersion\":\"" + version + "\"}");
  }

  @Test
  void read_takesAnAbsentVersionAs10() {
    assertThat(read("{}", Dataset.class).schemaVersion()).isEqualTo("1.0");
    assertThat(read("{\"schemaVersion\":null}", Dataset.class).schemaVersion()).isEqualTo("1.0");
    assertThat(write(read("{}", Dataset.class))).isEqualTo("{\"schemaVersion\":\"1.0\"}");
  }

  @Test
  void write_givesTheVersionOfThisLibraryToADatasetBuiltInJava() {
    assertThat(Dataset.SCHEMA_VERSION).isEqualTo("1.1");
    assertThat(write(Dataset.builder().build())).isEqualTo("{\"schemaVersion\":\"1.1\"}");
  }

  @Test
  void read_takesAnAbsentVersionAs10AlsoWithAPlainMapper() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper plain =
        new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new ResettlementModule());

    assertThat(plain.readValue("{\"events\":[]}", Dataset.class).schemaVersion()).isEqualTo("1.0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.0", "0.9", "10.0"})
  void read_refusesAnotherMajorVersion(String version) {
    ResettlementJsonException problem = readFails("{\"schemaVersion\":\"" + version + "\"}", Dataset.class);

    assertThat(problem.path()).isEqualTo("schemaVersion");
    assertThat(problem.reason()).isEqualTo("schema version " + version + " is not supported; this reader reads versions 1.x");
  }

  @Test
  void read_refusesAnotherMajorVersionBeforeReadingTheRest() {
    ResettlementJsonException problem =
        readFails(json("{'schemaVersion':'2.0','records':[{'type':'event'}]}"), Dataset.class);

    assertThat(problem.path()).isEqualTo("schemaVersion");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "v1.0", "1.0.0", "1.01", " 1.0", ""})
  void read_refusesWhatIsNotAVersion(String version) {
    ResettlementJsonException problem = readFails("{\"schemaVersion\":\"" + version + "\"}", Dataset.class);

    assertThat(problem.path()).isEqualTo("schemaVersion");
    assertThat(problem.reason()).isEqualTo("'" + version + "' is not a schema version such as 1.1");
  }

  @Test
  void read_refusesANumber() {
    assertThat(readFails("{\"schemaVersion\":1.0}", Dataset.class).reason())
        .isEqualTo("expected a schema version such as \"1.1\", found a decimal number");
  }
}
