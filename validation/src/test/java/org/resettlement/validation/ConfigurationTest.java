package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeStatus;
import org.resettlement.core.Quantity;
import org.resettlement.testkit.BrokenRule;
import org.resettlement.testkit.InvalidSample;
import org.resettlement.testkit.SampleData;

/**
 * The ways to get a validator with the rules: the shared factory, {@link
 * ResettlementValidation#configure}, and the contributor registered by property. The test
 * resources hold a {@code META-INF/validation.xml} that turns on fail-fast, to show which
 * factories read it.
 */
class ConfigurationTest {

  /**
   * Breaks two rules: 101 of 100 places fulfilled, and "partially fulfilled" although all were
   * delivered.
   */
  private static final Pledge TWO_PROBLEMS =
      Samples.pledge("p").withFulfilled(Quantity.exactly(101)).withStatus(PledgeStatus.PARTIALLY_FULFILLED);

  private static void assertBothProblemsReportedBy(Validator validator) {
    assertThat(validator.validate(TWO_PROBLEMS))
        .containsOnlyViolations(
            violationOf(BrokenRule.FULFILLED_WITHIN_PLEDGED).withProperty("fulfilled"),
            violationOf(BrokenRule.PLEDGE_STATUS_MATCHES_FULFILMENT).withProperty("status"));
  }

  private static HibernateValidatorConfiguration hibernateConfiguration() {
    return Validation.byProvider(HibernateValidator.class).configure();
  }

  @Test
  void validatorFactory_isBuiltOnceAndShared() {
    assertThat(ResettlementValidation.validatorFactory()).isSameAs(ResettlementValidation.validatorFactory());
    assertThat(ResettlementValidation.validator()).isSameAs(ResettlementValidation.validator());
    assertBothProblemsReportedBy(ResettlementValidation.validatorFactory().getValidator());
  }

  @Test
  void newConfiguration_checksEveryRuleInItsGroups() {
    // A factory of its own rather than a shared one, so that it is configured within this test.
    try (ValidatorFactory factory = Validators.factory(SampleData.LATEST_SOURCE_DATE, Locale.ENGLISH)) {
      Validator validator = factory.getValidator();
      for (BrokenRule broken : BrokenRule.values()) {
        InvalidSample<Dataset> sample = SampleData.withSeed(1).invalidDataset(broken);

        assertThat(validator.validate(sample.value())).as("%s", sample).containsOnlyViolations(violationOf(sample));
        if (Rule.valueOf(broken.name()).structural()) {
          assertThat(validator.validate(sample.value(), Structural.class)).as("%s", sample)
              .containsOnlyViolations(violationOf(sample));
        } else {
          assertThat(validator.validate(sample.value(), Structural.class)).as("%s", sample).hasNoViolations();
        }
      }
    }
  }

  @Test
  void validatorFactory_ignoresValidationXml() {
    // META-INF/validation.xml in the test resources asks for fail-fast: one violation at most.
    assertBothProblemsReportedBy(ResettlementValidation.validator());
  }

  @Test
  void configure_readsValidationXmlUnlessTheUserIgnoresIt() {
    try (ValidatorFactory readsXml = ResettlementValidation.configure(hibernateConfiguration())
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      assertThat(List.copyOf(readsXml.getValidator().validate(TWO_PROBLEMS))).hasSize(1);
    }
  }

  @Test
  void configure_addsTheRulesToAUsersFactory() {
    HibernateValidatorConfiguration configuration = hibernateConfiguration().ignoreXmlConfiguration();
    ResettlementValidation.configure(configuration)
        .messageInterpolator(ResettlementValidation.messageInterpolator(new ParameterMessageInterpolator(), Locale.ENGLISH));

    try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
      assertBothProblemsReportedBy(factory.getValidator());
      ConstraintViolation<Pledge> violation = factory.getValidator().validate(TWO_PROBLEMS.withStatus(PledgeStatus.FULFILLED))
          .iterator().next();
      assertThat(violation.getMessage())
          .isEqualTo("must not be more than was pledged, unless the pledge is marked as overfulfilled");
    }
  }

  @Test
  void contributor_registeredByProperty() {
    HibernateValidatorConfiguration configuration =
        hibernateConfiguration()
            .ignoreXmlConfiguration()
            .messageInterpolator(new ParameterMessageInterpolator())
            .addProperty(HibernateValidatorConfiguration.CONSTRAINT_MAPPING_CONTRIBUTORS,
                ResettlementConstraintMappingContributor.class.getName())
            .addProperty(HibernateValidatorConfiguration.GETTER_PROPERTY_SELECTION_STRATEGY_CLASSNAME,
                RecordAccessorPropertySelectionStrategy.class.getName());

    try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
      assertBothProblemsReportedBy(factory.getValidator());
    }
  }

  @Test
  void contributor_registeredByPropertyWithoutTheStrategy_failsToBuild() {
    HibernateValidatorConfiguration configuration =
        hibernateConfiguration()
            .ignoreXmlConfiguration()
            .messageInterpolator(new ParameterMessageInterpolator())
            .addProperty(HibernateValidatorConfiguration.CONSTRAINT_MAPPING_CONTRIBUTORS,
                ResettlementConstraintMappingContributor.class.getName());

    assertThatThrownBy(configuration::buildValidatorFactory).isInstanceOf(ValidationException.class);
  }

  @Test
  void contributor_withoutMessagesInTheUsersInterpolator_leavesTheKey() {
    // Documented: a factory of your own needs messageInterpolator(...) or the bundle's locator.
    HibernateValidatorConfiguration configuration = hibernateConfiguration().ignoreXmlConfiguration();
    ResettlementValidation.configure(configuration).messageInterpolator(new ParameterMessageInterpolator());

    try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
      Set<ConstraintViolation<Pledge>> violations = factory.getValidator().validate(TWO_PROBLEMS.withStatus(PledgeStatus.FULFILLED));
      assertThat(List.copyOf(violations)).extracting(ConstraintViolation::getMessage)
          .containsExactly(Rule.FULFILLED_WITHIN_PLEDGED.messageTemplate());
    }
  }

  @Test
  void configure_rejectsNull() {
    assertThatThrownBy(() -> ResettlementValidation.configure(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("configuration");
  }
}
