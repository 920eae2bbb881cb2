package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;

import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.core.OrganisationId;
import org.resettlement.testkit.SeedDataset;
import org.resettlement.testkit.BrokenRule;

/** The four seed documents, as data, break no rule. */
class SeedDatasetTest {

  private final Dataset seeds = SeedDataset.dataset();

  @Test
  void seedDataset_isSubstantial() {
    // Guards the tests below against passing on an empty dataset.
    assertThat(seeds.organisations()).hasSizeGreaterThan(30);
    assertThat(seeds.events()).hasSizeGreaterThan(3);
    assertThat(seeds.memberships()).hasSizeGreaterThan(10);
    assertThat(seeds.statistics()).isNotEmpty();
  }

  @Test
  void validate_seedDataset_hasNoViolations() {
    assertThat(Validators.validator().validate(seeds)).hasNoViolations();
  }

  @Test
  void validate_seedDatasetWithSharedValidatorAndSystemClock_hasNoViolations() {
    assertThat(ResettlementValidation.validator().validate(seeds)).hasNoViolations();
  }

  @Test
  void validate_seedDatasetStructuralOnly_hasNoViolations() {
    assertThat(Validators.validator().validate(seeds, Structural.class)).hasNoViolations();
  }

  @Test
  void validate_seedDatasetWithoutOneOrganisation_reportsEveryReferenceToIt() {
    Dataset withoutCcme =
        seeds.withOrganisations(
            seeds.organisations().stream().filter(o -> !o.id().value().equals("ccme")).toList());

    OrganisationId ccme = OrganisationId.of("ccme");
    assertThat(Validators.validator().validate(withoutCcme))
        .containsOnlyViolations(
            violationOf(BrokenRule.REFERENCE_RESOLVES).withProperty("memberships[1].organisation").withIdentifier(ccme),
            violationOf(BrokenRule.REFERENCE_RESOLVES).withProperty("events[0].organisers[0]").withIdentifier(ccme),
            violationOf(BrokenRule.REFERENCE_RESOLVES).withProperty("events[1].organisers[1]").withIdentifier(ccme),
            violationOf(BrokenRule.REFERENCE_RESOLVES).withProperty("projects[0].coordinator").withIdentifier(ccme),
            violationOf(BrokenRule.REFERENCE_RESOLVES).withProperty("projects[1].coordinator").withIdentifier(ccme),
            violationOf(BrokenRule.REFERENCE_RESOLVES)
                .withProperty("campaigns[0].launchingOrganisations[1]")
                .withIdentifier(ccme));
  }
}
