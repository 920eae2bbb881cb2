package org.resettlement.validation;

import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;
import static org.resettlement.validation.Samples.pledge;

import jakarta.validation.Validator;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resettlement.core.Dataset;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeStatus;
import org.resettlement.core.Quantity;
import org.resettlement.testkit.BrokenRule;

/** {@link Rule#FULFILLED_WITHIN_PLEDGED} and {@link Rule#PLEDGE_STATUS_MATCHES_FULFILMENT}. */
class PledgeRulesTest {

  private final Validator validator = Validators.validator();

  private static Pledge pledged(String quantity, String fulfilled, PledgeStatus status) {
    return pledge("x")
        .withQuantity(Quantity.parse(quantity))
        .withFulfilled(Quantity.parse(fulfilled))
        .withStatus(status);
  }

  @ParameterizedTest(name = "pledged {0}, fulfilled {1}")
  @CsvSource({"100, 100", "100, 0", "100, up to 150", "30-60, over 50", "30-60, about 60", "over 100, 1000",
      "about 100, 100", "up to 50, 50"})
  void fulfilledWithinPledged_acceptsWhatMayBeWithin(String quantity, String fulfilled) {
    assertThat(validator.validate(pledged(quantity, fulfilled, PledgeStatus.IN_PROGRESS))).hasNoViolations();
  }

  @ParameterizedTest(name = "pledged {0}, fulfilled {1}")
  @CsvSource({"100, 101", "30-60, over 70", "about 100, about 110", "up to 50, 51", "100, 101-120"})
  void fulfilledWithinPledged_rejectsWhatIsCertainlyAbove(String quantity, String fulfilled) {
    assertThat(validator.validate(pledged(quantity, fulfilled, PledgeStatus.IN_PROGRESS)))
        .containsOnlyViolations(violationOf(BrokenRule.FULFILLED_WITHIN_PLEDGED).withProperty("fulfilled"));
  }

  @Test
  void fulfilledWithinPledged_acceptsMoreWhenOverfulfilled() {
    assertThat(validator.validate(pledged("100", "120", PledgeStatus.FULFILLED).withOverfulfilled(true)))
        .hasNoViolations();
  }

  @Test
  void fulfilledWithinPledged_acceptsFulfilmentWithoutPledgedQuantity() {
    Pledge pledge = Pledge.builder().from(pledge("x")).quantity(Optional.empty()).fulfilled(Quantity.exactly(5)).build();

    assertThat(validator.validate(pledge)).hasNoViolations();
  }

  @Test
  void fulfilledWithinPledged_inDataset_reportedAtThePledgesFulfilment() {
    Dataset dataset =
        Dataset.builder()
            .addPledge(pledge("a"))
            .addPledge(pledge("b"))
            .addPledge(pledge("c"))
            .addPledge(pledge("d").withFulfilled(Quantity.exactly(101)))
            .build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(violationOf(BrokenRule.FULFILLED_WITHIN_PLEDGED).withProperty("pledges[3].fulfilled"));
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest(name = "{2}: pledged {0}, fulfilled {1}")
  @CsvSource({
    "100, 100, FULFILLED", "100, about 100, FULFILLED", "100, up to 120, FULFILLED", "30-60, 40, FULFILLED",
    "100, 50, PARTIALLY_FULFILLED", "100, up to 100, PARTIALLY_FULFILLED", "30-60, 40, PARTIALLY_FULFILLED",
    "over 100, 500, PARTIALLY_FULFILLED", "100, 0, ANNOUNCED", "100, 100, IN_PROGRESS", "100, 0, WITHDRAWN",
    "100, 100, WITHDRAWN"})
  void pledgeStatusMatchesFulfilment_accepts(String quantity, String fulfilled, PledgeStatus status) {
    assertThat(validator.validate(pledged(quantity, fulfilled, status))).hasNoViolations();
  }

  @ParameterizedTest(name = "{2}: pledged {0}, fulfilled {1}")
  @CsvSource({
    "100, 80, FULFILLED", "100, up to 90, FULFILLED", "30-60, 29, FULFILLED", "100, 0, FULFILLED",
    "100, 0, PARTIALLY_FULFILLED", "100, 100, PARTIALLY_FULFILLED", "30-60, over 60, PARTIALLY_FULFILLED"})
  void pledgeStatusMatchesFulfilment_rejects(String quantity, String fulfilled, PledgeStatus status) {
    assertThat(validator.validate(pledged(quantity, fulfilled, status)))
        .containsOnlyViolations(violationOf(BrokenRule.PLEDGE_STATUS_MATCHES_FULFILMENT).withProperty("status"));
  }

  @Test
  void pledgeRules_fulfilledAbovePledgedBreaksOnlyTheQuantityRule() {
    assertThat(validator.validate(pledged("100", "101", PledgeStatus.FULFILLED)))
        .containsOnlyViolations(violationOf(BrokenRule.FULFILLED_WITHIN_PLEDGED).withProperty("fulfilled"));
  }
}
