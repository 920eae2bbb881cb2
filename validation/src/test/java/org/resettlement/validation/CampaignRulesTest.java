package org.resettlement.validation;

import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;
import static org.resettlement.validation.Samples.campaign;

import jakarta.validation.Validator;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resettlement.core.Campaign;
import org.resettlement.core.Dataset;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Quantity;
import org.resettlement.core.StatisticMetric;
import org.resettlement.core.Target;
import org.resettlement.testkit.BrokenRule;

/** {@link Rule#DEADLINE_AFTER_LAUNCH}. */
class CampaignRulesTest {

  private final Validator validator = Validators.validator();

  private static Target placesBy(String deadline) {
    return Target.builder()
        .metric(StatisticMetric.PLACES_OFFERED)
        .value(Quantity.exactly(20_000))
        .deadline(PartialDate.parse(deadline))
        .build();
  }

  @ParameterizedTest(name = "launched {0}, deadline {1}")
  @CsvSource({"2012, 2020", "2012, 2012", "2012-05, 2012", "2012, 2012-01", "2012-05-10, 2012-05-10"})
  void deadlineAfterLaunch_accepts(String launch, String deadline) {
    Campaign campaign = campaign("c").withLaunchDate(PartialDate.parse(launch)).withTargets(placesBy(deadline));

    assertThat(validator.validate(campaign)).hasNoViolations();
  }

  @ParameterizedTest(name = "launched {0}, deadline {1}")
  @CsvSource({"2012, 2011", "2012-05, 2012-04", "2012-05-10, 2012-05-09", "2012, 2011-12-31"})
  void deadlineAfterLaunch_rejectsDeadlineWhollyBeforeLaunch(String launch, String deadline) {
    Campaign campaign =
        campaign("c").withLaunchDate(PartialDate.parse(launch)).withTargets(placesBy("2020"), placesBy(deadline));

    assertThat(validator.validate(campaign))
        .containsOnlyViolations(violationOf(BrokenRule.DEADLINE_AFTER_LAUNCH).withProperty("targets[1].deadline"));
  }

  @Test
  void deadlineAfterLaunch_acceptsAnyDeadlineWithoutLaunchDate() {
    Campaign campaign = campaign("c").withLaunchDate(Optional.empty()).withTargets(placesBy("2011"));

    assertThat(validator.validate(campaign)).hasNoViolations();
  }

  @Test
  void deadlineAfterLaunch_inDataset_reportedAtTheTarget() {
    Dataset dataset =
        Dataset.builder().addCampaign(campaign("c").withTargets(placesBy("2000"))).build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(
            violationOf(BrokenRule.DEADLINE_AFTER_LAUNCH).withProperty("campaigns[0].targets[0].deadline"));
  }
}
