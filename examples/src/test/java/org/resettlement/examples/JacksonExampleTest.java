package org.resettlement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.testkit.SeedDataset;

class JacksonExampleTest {

  private static final Dataset SEEDS = SeedDataset.dataset();

  @Test
  void roundTrip_givesAnEqualDataset() throws IOException {
    assertThat(JacksonExample.roundTrip(SEEDS)).isEqualTo(SEEDS);
  }

  @Test
  void shareable_leavesOutEveryPersonsName() throws IOException {
    String shared = JacksonExample.shareable(SEEDS);

    assertThat(shared).contains("\"kevin-j-allen\"").doesNotContain("Kevin J. Allen").doesNotContain("Øystein Bø");
    assertThat(shared).contains("UNHCR Representative in Poland");
  }

  @Test
  void problemIn_namesThePathAndTheReason() throws IOException {
    String json =
        "{\"events\":[{\"id\":\"e\",\"title\":{\"en\":\"Workshop\"},\"kind\":\"workshop\","
            + "\"period\":{\"start\":\"2023-11-15\",\"end\":\"2023-11-13\"}}]}";

    assertThat(JacksonExample.problemIn(json))
        .isEqualTo("events[0].period.end: must not be before the start 2023-11-15, was 2023-11-13");
    assertThat(JacksonExample.problemIn("{\"pledges\":[{\"id\":\"p\"}]}")).startsWith("pledges[0]");
    assertThat(JacksonExample.problemIn("{}")).isEqualTo("ok");
  }
}
