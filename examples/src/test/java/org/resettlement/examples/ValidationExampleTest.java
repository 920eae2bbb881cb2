package org.resettlement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.validation.ResettlementValidation;
import org.resettlement.validation.Rule;

class ValidationExampleTest {

  @Test
  void brokenDataset_breaksThreeRulesAtTheirPaths() {
    Set<ConstraintViolation<Dataset>> violations =
        ResettlementValidation.validator().validate(ValidationExample.brokenDataset());

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString(), v -> Rule.of(v).orElseThrow())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("organisations[0].name", Rule.NOT_BLANK_TEXT),
            org.assertj.core.groups.Tuple.tuple("pledges[0].pledger", Rule.REFERENCE_RESOLVES),
            org.assertj.core.groups.Tuple.tuple("pledges[0].fulfilled", Rule.FULFILLED_WITHIN_PLEDGED));
  }

  @Test
  void applicationFactory_appliesTheRulesWithReadableMessages() {
    try (ValidatorFactory factory = ExistingValidatorFactoryExample.applicationFactory()) {
      Set<ConstraintViolation<Dataset>> violations =
          factory.getValidator().validate(ValidationExample.brokenDataset());

      assertThat(violations).hasSize(3);
      assertThat(violations).extracting(ConstraintViolation::getMessage).noneMatch(m -> m.startsWith("{"));
    }
  }
}
