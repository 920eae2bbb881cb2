package org.resettlement.compat.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.resettlement.core.Dataset;
import org.resettlement.testkit.SeedDataset;

/**
 * What happens under Spring Boot 3.5's dependency management without the README's override:
 * jackson-annotations stays at the version of Boot's Jackson 2 (2.19), which serves
 * resettlement-jackson, but not Jackson 3. Runs only with -Dresettlement.boot.as-managed, which
 * leaves the override out of the build.
 */
@EnabledIfSystemProperty(named = "resettlement.boot.as-managed", matches = "true")
class WithoutTheOverrideTest {

  @Test
  void jackson2_needsNoOverride() throws Exception {
    Dataset seed = SeedDataset.dataset();
    String json = org.resettlement.jackson.ResettlementJson.newMapper().writeValueAsString(seed);

    assertThat(org.resettlement.jackson.ResettlementJson.newMapper().readValue(json, Dataset.class)).isEqualTo(seed);
  }

  @Test
  void jackson3_failsOnTheAnnotationsOfBootsJackson2() {
    assertThatThrownBy(org.resettlement.jackson3.ResettlementJson::newMapper)
        .isInstanceOf(NoClassDefFoundError.class)
        .hasMessageContaining("com/fasterxml/jackson/annotation/JsonSerializeAs");
  }
}
