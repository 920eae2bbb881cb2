package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How the core quotes input in its reasons. The JSON bindings' twin of the rule is held to this one
 * by the tests of resettlement-json-support.
 */
class WordingTest {

  private static final String FORTY = "a".repeat(40);

  @Test
  void quoted_keepsInputOfFortyCharacters() {
    assertThat(Wording.quoted(FORTY)).isEqualTo("'" + FORTY + "'");
  }

  @Test
  void quoted_cutsLongerInputToFortyCharacters() {
    assertThat(Wording.quoted(FORTY + "b")).isEqualTo("'" + FORTY + "...'");
  }

  @Test
  void quoted_saysNullForNoInput() {
    assertThat(Wording.quoted(null)).isEqualTo("'null'");
  }
}
