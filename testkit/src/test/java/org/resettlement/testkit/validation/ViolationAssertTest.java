package org.resettlement.testkit.validation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.core.OrganisationId;
import org.resettlement.testkit.BrokenRule;
import org.resettlement.testkit.InvalidSample;
import org.resettlement.testkit.SampleData;

/**
 * The assertions on violations, on violations of stand-in constraints whose message templates are
 * the validation module's keys; the validation module's own tests use them on its real rules.
 */
class ViolationAssertTest {
  private static jakarta.validation.ValidatorFactory factory;
  private static Validator validator;

  /** A payload like the validation module's {@code Severity.Warning}. */
  interface Warning extends Payload {}

  /** A stand-in for a rule that reports an identifier, as REFERENCE_RESOLVES does. */
  @Constraint(validatedBy = AboutCcme.Check.class)
  @Target(ElementType.FIELD)
  @Retention(RetentionPolicy.RUNTIME)
  @interface AboutCcme {
    String message() default "{org.resettlement.validation.ReferenceResolves.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports every value that is set, with the identifier ccme as dynamic payload. */
    final class Check implements ConstraintValidator<AboutCcme, String> {
      @Override
      public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
          return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(OrganisationId.of("ccme"));
        return false;
      }
    }
  }

  static final class Record {
    @NotNull(message = "{org.resettlement.validation.NotBlankText.message}")
    String name;

    @NotNull(message = "{org.resettlement.validation.PersonNamed.message}", payload = Warning.class)
    String givenName;

    @AboutCcme
    String parent;

    @Min(1)
    int count = 1;

    Record name(String value) {
      name = value;
      return this;
    }

    Record givenName(String value) {
      givenName = value;
      return this;
    }

    Record parent(String value) {
      parent = value;
      return this;
    }

    Record count(int value) {
      count = value;
      return this;
    }
  }

  @BeforeAll
  static void buildValidator() {
    factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  private static Set<ConstraintViolation<Record>> validate(Record record) {
    return validator.validate(record);
  }

  private static Record valid() {
    return new Record().name("Caritas").givenName("Anna");
  }

  //-----------------------------------------------------------------------
  @Test
  void hasNoViolations_passesWithoutAndFailsWithAViolation() {
    assertThat(validate(valid())).hasNoViolations();

    assertThatThrownBy(() -> assertThat(validate(valid().name(null))).hasNoViolations())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("and these were not expected:")
        .hasMessageContaining("[NOT_BLANK_TEXT at \"name\"]");
  }

  @Test
  void containsOnlyViolations_matchesRuleAndPath() {
    assertThat(validate(valid().name(null).givenName(null)))
        .containsOnlyViolations(
            violationOf(BrokenRule.PERSON_NAMED).withProperty("givenName"),
            violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("name"));
  }

  @Test
  void containsOnlyViolations_failsOnAWrongPathARuleMissingOrAViolationLeftOver() {
    Set<ConstraintViolation<Record>> violations = validate(valid().name(null).givenName(null));

    assertThatThrownBy(() -> assertThat(violations).containsOnlyViolations(
        violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("title"),
        violationOf(BrokenRule.PERSON_NAMED)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but these were missing:%n  [NOT_BLANK_TEXT at \"title\"]".formatted())
        .hasMessageContaining("not expected:%n  [NOT_BLANK_TEXT at \"name\"]".formatted());
    assertThatThrownBy(() -> assertThat(violations).containsOnlyViolations(violationOf(BrokenRule.PERSON_NAMED)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not expected:%n  [NOT_BLANK_TEXT at \"name\"]".formatted());
  }

  @Test
  void containsViolations_allowsOthers() {
    Set<ConstraintViolation<Record>> violations = validate(valid().name(null).givenName(null));

    assertThat(violations).containsViolations(violationOf(BrokenRule.NOT_BLANK_TEXT));
    assertThatThrownBy(() -> assertThat(violations).containsViolations(violationOf(BrokenRule.UNIQUE_ID)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the violations%n  [UNIQUE_ID at any path]".formatted());
  }

  @Test
  void withPayload_matchesOnlyAConstraintThatCarriesIt() {
    Set<ConstraintViolation<Record>> violations = validate(valid().givenName(null));

    assertThat(violations).containsOnlyViolations(violationOf(BrokenRule.PERSON_NAMED).withPayload(Warning.class));
    assertThatThrownBy(() -> assertThat(validate(valid().name(null)))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withPayload(Warning.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[NOT_BLANK_TEXT at any path with ViolationAssertTest.Warning]");
  }

  @Test
  void withIdentifier_matchesTheDynamicPayload() {
    Set<ConstraintViolation<Record>> violations = validate(valid().parent("x"));

    assertThat(violations).containsOnlyViolations(
        violationOf(BrokenRule.REFERENCE_RESOLVES).withProperty("parent").withIdentifier(OrganisationId.of("ccme")));
    assertThatThrownBy(() -> assertThat(violations).containsOnlyViolations(
        violationOf(BrokenRule.REFERENCE_RESOLVES).withIdentifier(OrganisationId.of("unhcr"))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[REFERENCE_RESOLVES at \"parent\" about ccme]");
  }

  @Test
  void failureMessage_namesAnotherConstraintByItsTemplate() {
    assertThatThrownBy(() -> assertThat(validate(valid().count(0))).hasNoViolations())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[{jakarta.validation.constraints.Min.message} at \"count\"]");
  }

  @Test
  void violationOf_invalidSample_expectsItsRuleAtItsPath() {
    InvalidSample<Dataset> sample = SampleData.withSeed(2).invalidDataset(BrokenRule.UNIQUE_ID);

    Assertions.assertThat(violationOf(sample)).hasToString("UNIQUE_ID at \"" + sample.path() + "\"");
  }

  @Test
  void violationOf_rejectsNulls() {
    assertThatThrownBy(() -> violationOf((BrokenRule) null)).isInstanceOf(NullPointerException.class).hasMessage("rule");
    assertThatThrownBy(() -> violationOf((InvalidSample<?>) null)).isInstanceOf(NullPointerException.class).hasMessage("sample");
    assertThatThrownBy(() -> violationOf(BrokenRule.UNIQUE_ID).withProperty(null)).isInstanceOf(NullPointerException.class).hasMessage("path");
  }
}
