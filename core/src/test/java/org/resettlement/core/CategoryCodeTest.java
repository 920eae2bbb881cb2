package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"Y_LT18", "TIB", "PER", "a b", "female", "EU27_2020", "Łódź", "x"})
  void of_keepsTheCodeAsWritten(String code) {
    CategoryCode category = CategoryCode.of(code);
    assertThat(category.code()).isEqualTo(code);
    assertThat(category).hasToString(code).isEqualTo(CategoryCode.of(code));
    assertThat(category.mapped()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''| must not be blank",
        "'   '| must not be blank",
        "' TIB'| must not start or end with whitespace",
        "'TIB '| must not start or end with whitespace",
        "'\u00a0TIB'| must not start or end with whitespace",
        "'T\tB'| must not contain control characters",
        "'T\u0000B'| must not contain control characters"
      })
  void of_refusesWhatIsNoCode(String code, String reason) {
    assertThatThrownBy(() -> CategoryCode.of(code))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("CategoryCode.code: " + reason);
  }

  @Test
  void of_refusesLongCodesNullAndUnpairedSurrogates() {
    assertThat(CategoryCode.of("x".repeat(100)).code()).hasSize(100);
    assertThatThrownBy(() -> CategoryCode.of("x".repeat(101)))
        .hasMessage("CategoryCode.code: must be at most 100 characters, was 101");
    assertThatThrownBy(() -> CategoryCode.of(null)).hasMessage("CategoryCode.code: must not be null");
    assertThatThrownBy(() -> CategoryCode.of("a\uD800"))
        .hasMessageStartingWith("CategoryCode.code: must be Unicode text");
  }

  @Test
  void sex_readsItsCodesAndRefusesOthers() {
    for (Sex sex : Sex.values()) {
      assertThat(Sex.of(sex.code())).isSameAs(sex);
      assertThat(sex).hasToString(sex.code());
    }
    assertThatThrownBy(() -> Sex.of("F"))
        .hasMessage("Sex.code: 'F' is not a sex: expected female, male or unknown");
    assertThatThrownBy(() -> Sex.of(null)).hasMessage("Sex.code: must not be null");
  }
}
