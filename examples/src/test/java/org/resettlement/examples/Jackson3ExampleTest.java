package org.resettlement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.SampleData;
import org.resettlement.testkit.SeedDataset;

class Jackson3ExampleTest {

  private static final Dataset SEEDS = SeedDataset.dataset();

  @Test
  void roundTrip_givesAnEqualDataset() {
    assertThat(Jackson3Example.roundTrip(SEEDS)).isEqualTo(SEEDS);
  }

  @Test
  void shareable_writesTheBytesOfJackson2() throws IOException {
    Dataset generated = SampleData.withSeed(23).dataset(DatasetSpec.defaults());

    assertThat(Jackson3Example.shareable(SEEDS)).isEqualTo(JacksonExample.shareable(SEEDS)).doesNotContain("Kevin J. Allen");
    assertThat(Jackson3Example.shareable(generated)).isEqualTo(JacksonExample.shareable(generated));
  }

  @Test
  void problemIn_namesThePathAndTheReasonAsJackson2Does() throws IOException {
    String json =
        "{\"events\":[{\"id\":\"e\",\"title\":{\"en\":\"Workshop\"},\"kind\":\"workshop\","
            + "\"period\":{\"start\":\"2023-11-15\",\"end\":\"2023-11-13\"}}]}";

    assertThat(Jackson3Example.problemIn(json))
        .isEqualTo("events[0].period.end: must not be before the start 2023-11-15, was 2023-11-13")
        .isEqualTo(JacksonExample.problemIn(json));
    assertThat(Jackson3Example.problemIn("{\"pledges\":[{\"id\":\"p\"}]}"))
        .isEqualTo(JacksonExample.problemIn("{\"pledges\":[{\"id\":\"p\"}]}"));
    assertThat(Jackson3Example.problemIn("{}")).isEqualTo("ok");
  }
}
