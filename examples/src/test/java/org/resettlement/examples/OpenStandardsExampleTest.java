package org.resettlement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.core.EventId;
import org.resettlement.openstandards.SchemaOrg;
import org.resettlement.testkit.SeedDataset;

class OpenStandardsExampleTest {

  private static final Dataset SEEDS = SeedDataset.dataset();

  @Test
  void lisbonWorkshopScript_isAJsonLdBlockOfTheWorkshop() throws Exception {
    String script = OpenStandardsExample.lisbonWorkshopScript();

    assertThat(script).startsWith("<script type=\"application/ld+json\">\n{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"Event\",");
    assertThat(script).endsWith("}\n</script>");
    String json = script.substring(script.indexOf('\n') + 1, script.lastIndexOf('\n'));
    @SuppressWarnings("unchecked")
    Map<String, Object> read = JsonMapper.builder().build().readValue(json, Map.class);
    assertThat(read).isEqualTo(SchemaOrg.of(SEEDS, Locale.ENGLISH).event(SEEDS.event(EventId.of("ccme-lisbon-workshop-2007")).orElseThrow()));
    assertThat(read)
        .containsEntry("name", "International workshop on future areas of cooperation in refugee resettlement")
        .containsEntry("startDate", "2007-11-21")
        .containsKey("location");
  }

  @Test
  void popoloRoundTrip_keepsTheRecords_withoutPersonalData() throws Exception {
    Dataset read = OpenStandardsExample.popoloRoundTrip(SEEDS);

    assertThat(read.organisations()).hasSameSizeAs(SEEDS.organisations());
    assertThat(read.memberships()).hasSameSizeAs(SEEDS.memberships());
    assertThat(read.events()).hasSameSizeAs(SEEDS.events());
    assertThat(read.people()).hasSameSizeAs(SEEDS.people()).noneMatch(person -> person.hasPersonalData());
  }

  @Test
  void main_printsTheBlock() throws Exception {
    OpenStandardsExample.main(new String[0]);
  }
}
