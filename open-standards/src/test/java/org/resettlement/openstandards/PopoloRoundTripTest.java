package org.resettlement.openstandards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.Dataset;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.SampleData;
import org.resettlement.testkit.SeedDataset;

/**
 * Writing a dataset to Popolo and reading it back gives the dataset as the mapping table keeps it
 * ({@link PopoloKept}), without an issue; every document passes Popolo's JSON Schemas. Property
 * style over generated datasets: each case is a seed, named in the test's name; replay one with
 * {@code -Dresettlement.seed=N}.
 */
class PopoloRoundTripTest {
  private static final long FIRST_SEED = Long.getLong("resettlement.seed", 20_071_121L);
  private static final int CASES = Integer.getInteger("resettlement.cases", 60);

  static LongStream seeds() {
    return LongStream.range(FIRST_SEED, FIRST_SEED + CASES);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedDataset_readsBackAsKept_andPassesTheSchemas(long seed) {
    Dataset dataset = SampleData.withSeed(seed).dataset(DatasetSpec.defaults());

    Map<String, Object> document = Popolo.write(dataset);
    PopoloImport read = Popolo.read(document);

    assertThat(read.issues()).as("seed %d", seed).isEmpty();
    assertThat(read.dataset()).as("seed %d", seed).isEqualTo(PopoloKept.kept(dataset, Popolo.UNDETERMINED_LANGUAGE));
    assertThat(PopoloSchemas.documentProblems(document)).as("seed %d", seed).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedDataset_writtenTwice_isTheSameDocument(long seed) {
    Dataset dataset = SampleData.withSeed(seed).dataset(DatasetSpec.defaults());
    Map<String, Object> document = Popolo.write(dataset);

    assertThat(Popolo.write(Popolo.read(document, "pl").dataset())).as("seed %d", seed).isEqualTo(document);
  }

  @Test
  void seedDataset_readsBackAsKept_andPassesTheSchemas() {
    Dataset dataset = SeedDataset.dataset();

    Map<String, Object> document = Popolo.write(dataset);
    PopoloImport read = Popolo.read(document, "en");

    assertThat(read.issues()).isEmpty();
    assertThat(read.dataset()).isEqualTo(PopoloKept.kept(dataset, "en"));
    assertThat(PopoloSchemas.documentProblems(document)).isEmpty();
    assertThat(read.dataset().organisations()).hasSameSizeAs(dataset.organisations());
    assertThat(read.dataset().events()).hasSameSizeAs(dataset.events());
  }

  @Test
  void seedDataset_withoutPersonalData_passesTheSchemas_andReadsBackWithoutIt() {
    Dataset dataset = SeedDataset.dataset().withoutPersonalData();

    Map<String, Object> document = Popolo.write(dataset);
    PopoloImport read = Popolo.read(document);

    assertThat(PopoloSchemas.documentProblems(document)).isEmpty();
    assertThat(read.dataset().people()).isNotEmpty().noneMatch(person -> person.hasPersonalData());
  }
}
