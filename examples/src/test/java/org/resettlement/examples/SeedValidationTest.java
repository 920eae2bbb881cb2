package org.resettlement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resettlement.testkit.SeedDataset;
import org.resettlement.core.Dataset;
import org.resettlement.validation.ResettlementValidation;
import org.resettlement.validation.ValidationReport;

/** The seed documents break no rule, with or without personal data. */
class SeedValidationTest {

  @Test
  void seedDataset_hasNoViolations() {
    Set<ConstraintViolation<Dataset>> violations =
        ResettlementValidation.validator().validate(SeedDataset.dataset());

    assertThat(ValidationReport.of(violations).violations()).isEmpty();
  }

  @Test
  void seedDatasetWithoutPersonalData_hasOnlyWarningsForUnnamedPeople() {
    ValidationReport<Dataset> report =
        ValidationReport.of(ResettlementValidation.validator().validate(SeedDataset.dataset().withoutPersonalData()));

    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).hasSize(SeedDataset.dataset().people().size());
  }
}
