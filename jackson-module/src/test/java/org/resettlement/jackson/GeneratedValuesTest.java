package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignProgress;
import org.resettlement.core.Category;
import org.resettlement.core.Dataset;
import org.resettlement.core.QuotaTotal;
import org.resettlement.core.Rounding;
import org.resettlement.testkit.CubeSpec;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.SampleData;
import org.resettlement.wireformat.WireSchema;

/**
 * Every value the testkit generates, of every type, is read back equal to itself, and its JSON
 * validates against the schema's definition of its type. The seed is fixed, can be changed with
 * {@code -Dresettlement.seed=...}, and is named in every failure.
 */
class GeneratedValuesTest extends JsonTestBase {
  private static final long SEED = Long.getLong("resettlement.seed", 20_231_113L);
  private static final int VALUES_PER_TYPE = 150;
  private static final int DATASETS = 8;

  static Stream<Class<?>> generatedTypes() {
    return SampleData.supportedTypes().stream()
        .filter(type -> type != Dataset.class)
        // A category is read for its dimension ("unknown" is a sex, an age band or a country
        // category); keys and breakdowns, which name the dimension, round-trip it.
        .filter(type -> type != Category.class)
        .sorted((a, b) -> a.getName().compareTo(b.getName()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generatedTypes")
  void generatedValue_roundTripsAndValidates(Class<?> type) throws Exception {
    SampleData sample = SampleData.withSeed(SEED);
    checkAll(type, sample.list(type, VALUES_PER_TYPE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasetSpecs")
  void generatedDataset_roundTripsAndValidates(DatasetSpec spec) throws Exception {
    SampleData sample = SampleData.withSeed(SEED);
    List<Dataset> datasets = new ArrayList<>();
    List<CampaignProgress> progress = new ArrayList<>();
    List<QuotaTotal> totals = new ArrayList<>();
    for (int i = 0; i < DATASETS; i++) {
      Dataset dataset = sample.dataset(spec);
      datasets.add(dataset);
      for (Campaign campaign : dataset.campaigns()) {
        progress.add(dataset.campaignProgress(campaign.id()).orElseThrow());
      }
      totals.addAll(dataset.quotaTotals());
    }

    checkAll(Dataset.class, datasets);
    checkAll(CampaignProgress.class, progress);
    checkAll(QuotaTotal.class, totals);
  }

  static Stream<DatasetSpec> datasetSpecs() {
    return Stream.of(DatasetSpec.empty(), DatasetSpec.defaults(),
        // A table of the testkit's cubes: margins, cells, rounding to 5 and statuses.
        DatasetSpec.empty().withCube(CubeSpec.defaults().withRounding(Rounding.NEAREST_5).withStatuses(true)));
  }

  private void checkAll(Class<?> type, List<?> values) throws Exception {
    ObjectWriter writer = mapper.writerFor(type);
    String definition = WireSchema.definitionName(type);
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      String json = writer.writeValueAsString(value);
      String replay = String.format("%s case %d of seed %d (replay with -Dresettlement.seed=%d): %s",
          type.getSimpleName(), i + 1, SEED, SEED, json);

      assertThat((Object) mapper.readValue(json, type)).as(replay).isEqualTo(value);
      assertThat(SCHEMA.problems(definition, json)).as(replay).isEmpty();
    }
  }
}
