package org.resettlement.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.SeriesPosition;
import org.resettlement.wireformat.GoldenFiles;
import org.resettlement.wireformat.SeedData;
import org.resettlement.wireformat.WireSchema;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mappers of {@link ResettlementJson}: the recommended settings, set explicitly where Jackson
 * 3's defaults differ from Jackson 2's, and the documented switches.
 */
class ResettlementJsonTest extends JsonTestBase {

  @Test
  void newMapper_hasTheModuleAndTheRecommendedSettings() {
    assertThat(mapper.registeredModules()).singleElement().isInstanceOf(ResettlementModule.class);
    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    assertThat(mapper.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
    assertThat(mapper.isEnabled(MapperFeature.ALLOW_COERCION_OF_SCALARS)).isFalse();
    assertThat(mapper.isEnabled(DeserializationFeature.ACCEPT_FLOAT_AS_INT)).isFalse();
    assertThat(mapper.deserializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
  }

  @Test
  void jackson3Defaults_differWhereTheMapperSetsItsOwn() {
    // If Jackson changes these defaults, the explicit settings above still hold; this says why they are there.
    JsonMapper defaults = JsonMapper.builder().build();

    assertThat(defaults.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
    assertThat(defaults.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(500);
    assertThat(defaults.tokenStreamFactory().streamReadConstraints().getMaxStringLength()).isEqualTo(100_000_000);
  }

  @Test
  void newMapper_doesNotConvertScalars() {
    String event = "{'id':'e','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'},'online':'true'}";

    assertThat(readFails(json(event), Event.class).reason()).isEqualTo("expected true or false, found a string");
    assertThat(readFails(json("{'series':{'en':'s'},'ordinal':1.5}"), SeriesPosition.class).reason())
        .isEqualTo("'1.5' is not a whole number");
  }

  @Test
  void failOnUnknownProperties_false_skipsThem() {
    JsonMapper lenient = ResettlementJson.builder().failOnUnknownProperties(false).build();

    assertThat(lenient.readValue(json("{'schemaVersion':'1.2','comment':{'added':'in 1.2'}}"), Dataset.class))
        .isEqualTo(Dataset.builder().schemaVersion("1.2").build());
    assertThat(readFails(json("{'comment':'x'}"), Dataset.class).reason()).startsWith("unknown property");
  }

  @Test
  void prettyPrint_writesTheCanonicalForm() {
    JsonMapper pretty = ResettlementJson.builder().prettyPrint(true).build();

    assertThat(pretty.writeValueAsString(SeedData.dataset()) + "\n").isEqualTo(GoldenFiles.all().get("dataset.json").text());
    assertThat(write(SeedData.dataset())).doesNotContain("\n");
  }

  @Test
  void rebuild_keepsTheModuleTheLimitsAndTheReadersMessages() {
    JsonMapper rebuilt = mapper.rebuild().build();

    assertThat(rebuilt.writeValueAsString(SeedData.dataset())).isEqualTo(write(SeedData.dataset()));
    assertThat(rebuilt.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(100);
    assertThat(readFails(rebuilt, "{} []", rebuilt.constructType(Dataset.class)).reason())
        .isEqualTo("unexpected content after the end of the document: an array");
  }

  @Test
  void schema_isTheFileOfTheWireFormatFolder() {
    String file = WireSchema.committedText();

    assertThat(ResettlementJson.schema()).isEqualTo(file).startsWith("{");
  }
}
