package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.SeriesPosition;
import org.resettlement.wireformat.GoldenFiles;
import org.resettlement.wireformat.SeedData;
import org.resettlement.wireformat.WireSchema;

/** The mappers of {@link ResettlementJson}: the recommended settings and the documented switches. */
class ResettlementJsonTest extends JsonTestBase {

  @Test
  void newMapper_hasTheModuleAndTheRecommendedSettings() {
    assertThat(mapper.getRegisteredModuleIds()).contains(ResettlementModule.class.getName());
    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    assertThat(mapper.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())).isTrue();
    assertThat(mapper.isEnabled(MapperFeature.ALLOW_COERCION_OF_SCALARS)).isFalse();
    assertThat(mapper.isEnabled(DeserializationFeature.ACCEPT_FLOAT_AS_INT)).isFalse();
    assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
  }

  @Test
  void newMapper_doesNotConvertScalars() {
    String event = "{'id':'e','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'},'online':'true'}";

    assertThat(readFails(json(event), Event.class).reason()).isEqualTo("expected true or false, found a string");
    assertThat(readFails(json("{'series':{'en':'s'},'ordinal':1.5}"), SeriesPosition.class).reason())
        .isEqualTo("'1.5' is not a whole number");
  }

  @Test
  void failOnUnknownProperties_false_skipsThem() throws Exception {
    JsonMapper lenient = ResettlementJson.builder().failOnUnknownProperties(false).build();

    assertThat(lenient.readValue(json("{'schemaVersion':'1.2','comment':{'added':'in 1.2'}}"), Dataset.class))
        .isEqualTo(Dataset.builder().schemaVersion("1.2").build());
    assertThat(readFails(json("{'comment':'x'}"), Dataset.class).reason()).startsWith("unknown property");
  }

  @Test
  void prettyPrint_writesTheCanonicalForm() throws Exception {
    JsonMapper pretty = ResettlementJson.builder().prettyPrint(true).build();

    assertThat(pretty.writeValueAsString(SeedData.dataset()) + "\n").isEqualTo(GoldenFiles.all().get("dataset.json").text());
    assertThat(write(SeedData.dataset())).doesNotContain("\n");
  }

  @Test
  void rebuildAndCopy_keepTheModuleAndTheReadersMessages() throws Exception {
    for (JsonMapper changed : new JsonMapper[] {mapper.rebuild().build(), mapper.copy()}) {
      assertThat(changed.writeValueAsString(SeedData.dataset())).isEqualTo(write(SeedData.dataset()));
      assertThat(readFails(changed, "{} []", changed.constructType(Dataset.class)).reason())
          .isEqualTo("unexpected content after the end of the document: an array");
    }
  }

  @Test
  void schema_isTheFileOfTheWireFormatFolder() {
    String file = WireSchema.committedText();

    assertThat(ResettlementJson.schema()).isEqualTo(file).startsWith("{");
  }
}
