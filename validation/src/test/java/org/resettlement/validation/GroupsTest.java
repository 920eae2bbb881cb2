package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Quantity;
import org.resettlement.testkit.BrokenRule;

/** The {@link Structural} group runs the structural rules alone; the default group runs all. */
class GroupsTest {

  private final Validator validator = Validators.validator();

  /** Breaks two structural rules (reference, acronym) and two others (fulfilment, date). */
  private static Dataset mixedProblems() {
    return Dataset.builder()
        .addOrganisation(Samples.organisation("ccme").withAcronym("CCME!"))
        .addPledge(Samples.pledge("p").withPledger(OrganisationId.of("missing")).withFulfilled(Quantity.exactly(101))
            .withPledgedOn(PartialDate.parse("1901")))
        .build();
  }

  @Test
  void structuralGroup_runsOnlyStructuralRules() {
    assertThat(validator.validate(mixedProblems(), Structural.class))
        .containsOnlyViolations(
            violationOf(BrokenRule.WELL_FORMED_ACRONYM).withProperty("organisations[0].acronym"),
            violationOf(BrokenRule.REFERENCE_RESOLVES).withProperty("pledges[0].pledger"));
  }

  @Test
  void defaultGroup_runsEveryRule() {
    assertThat(validator.validate(mixedProblems()))
        .containsOnlyViolations(
            violationOf(BrokenRule.WELL_FORMED_ACRONYM).withProperty("organisations[0].acronym"),
            violationOf(BrokenRule.REFERENCE_RESOLVES).withProperty("pledges[0].pledger"),
            violationOf(BrokenRule.FULFILLED_WITHIN_PLEDGED).withProperty("pledges[0].fulfilled"),
            violationOf(BrokenRule.PLAUSIBLE_DATE).withProperty("pledges[0].pledgedOn"));
  }

  @Test
  void constraintGroups_agreeWithTheCatalogue() {
    Set<ConstraintViolation<Dataset>> violations = validator.validate(mixedProblems(), Default.class);

    assertThat(List.copyOf(violations)).isNotEmpty().allSatisfy(violation -> {
      Rule rule = Rule.of(violation).orElseThrow();
      Set<Class<?>> groups = violation.getConstraintDescriptor().getGroups();
      assertThat(groups).contains(Default.class);
      assertThat(groups.contains(Structural.class)).as(rule.name()).isEqualTo(rule.structural());
    });
  }
}
