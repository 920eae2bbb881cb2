package org.resettlement.examples;

import jakarta.validation.ConstraintViolation;
import java.util.Set;
import org.resettlement.core.Dataset;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;
import org.resettlement.core.PledgeKind;
import org.resettlement.core.Quantity;
import org.resettlement.validation.ResettlementValidation;
import org.resettlement.validation.ValidationReport;

/** Validates a dataset with a few problems and prints every violation with its path. */
public final class ValidationExample {

  private ValidationExample() {}

  /**
   * Returns a dataset with three problems: a blank name, a pledge that names an unknown pledger,
   * and more places delivered than pledged.
   *
   * @return the broken dataset, not null
   */
  public static Dataset brokenDataset() {
    return Dataset.builder()
        .addOrganisation(
            Organisation.builder()
                .id(OrganisationId.of("ngo-1"))
                .name(LocalizedText.of("en", " "))
                .kind(OrganisationKind.NGO_NATIONAL)
                .build())
        .addPledge(
            Pledge.builder()
                .id(PledgeId.of("pledge-1"))
                .pledger(OrganisationId.of("ngo-2"))
                .kind(PledgeKind.RESETTLEMENT_PLACES)
                .quantity(Quantity.exactly(100))
                .fulfilled(Quantity.exactly(120))
                .build())
        .build();
  }

  /**
   * Prints the violations of {@link #brokenDataset()}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Dataset dataset = brokenDataset();
    // tag::validate[]
    Set<ConstraintViolation<Dataset>> violations = ResettlementValidation.validator().validate(dataset);
    ValidationReport<Dataset> report = ValidationReport.of(violations);
    report.errors().forEach(v -> System.out.println(v.getPropertyPath() + ": " + v.getMessage()));
    report.warnings().forEach(v -> System.out.println("warning " + v.getPropertyPath() + ": " + v.getMessage()));
    // end::validate[]
  }
}
