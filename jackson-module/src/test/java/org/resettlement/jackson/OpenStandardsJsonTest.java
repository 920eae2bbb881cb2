package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.core.EventId;
import org.resettlement.openstandards.Popolo;
import org.resettlement.openstandards.PopoloImport;
import org.resettlement.openstandards.SchemaOrg;
import org.resettlement.testkit.SeedDataset;

/** The Jackson 2 entry point to Popolo and schema.org: text in and out of the shared mapping. */
class OpenStandardsJsonTest {

  private final Dataset seed = SeedDataset.dataset();

  @Test
  void popolo_writesAndReadsBackWhatTheMappingKeeps() throws Exception {
    String json = OpenStandardsJson.writePopolo(seed);

    PopoloImport read = OpenStandardsJson.readPopolo(json, "en");

    assertThat(read.complete()).isTrue();
    assertThat(read.dataset()).isEqualTo(Popolo.read(Popolo.write(seed), "en").dataset());
    assertThat(json).startsWith("{\n  \"organizations\": [\n    {\n      \"id\": \"ccme\",");
  }

  @Test
  void popolo_issuesComeWithTheirPaths() throws Exception {
    PopoloImport read = OpenStandardsJson.readPopolo("{\"persons\": [{\"id\": \"p\", \"gender\": \"female\"}]}");

    assertThat(read.issues()).singleElement().hasToString(
        "persons[0].gender: not imported: the model has no place for this property of a person");
  }

  @Test
  void popolo_textThatIsNoObject_orRepeatsAProperty_isRefusedWithAPath() {
    assertThatThrownBy(() -> OpenStandardsJson.readPopolo("[]")).isInstanceOf(ResettlementJsonException.class);
    assertThatThrownBy(() -> OpenStandardsJson.readPopolo("{\"persons\": [{\"id\": \"a\", \"id\": \"b\"}]}"))
        .isInstanceOf(ResettlementJsonException.class)
        .hasMessageContaining("persons[0]");
    assertThatThrownBy(() -> OpenStandardsJson.readPopolo("{} {}")).isInstanceOf(ResettlementJsonException.class);
  }

  @Test
  void jsonLd_ofTheLisbonWorkshop() throws Exception {
    Map<String, Object> workshop =
        SchemaOrg.of(seed, Locale.ENGLISH).event(seed.event(EventId.of("ccme-lisbon-workshop-2007")).orElseThrow());

    String json = OpenStandardsJson.writeJsonLd(workshop);

    assertThat(json).startsWith("{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"Event\",");
    assertThat(ResettlementJson.newMapper().readValue(json, Map.class)).isEqualTo(workshop);
  }
}
