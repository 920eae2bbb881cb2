package org.resettlement.examples.spring;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.resettlement.validation.Severity;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Spring's adapter of a Bean Validation validator that reports only the violations of rules whose
 * severity is {@link Severity#ERROR}: a warning says that data is unusual, not wrong, so {@code
 * @Valid} does not refuse a document for it. A dataset shared without personal data, whose people
 * have no names, has a warning for each of them, and is accepted.
 */
class ErrorsOnlyValidator extends SpringValidatorAdapter {

  /**
   * Creates the adapter.
   *
   * @param validator the validator with the rules, such as Spring Boot's, not null
   */
  ErrorsOnlyValidator(Validator validator) {
    super(validator);
  }

  @Override
  protected void processConstraintViolations(Set<ConstraintViolation<Object>> violations, Errors errors) {
    Set<ConstraintViolation<Object>> refusing = new LinkedHashSet<>();
    for (ConstraintViolation<Object> violation : violations) {
      if (Severity.of(violation) == Severity.ERROR) {
        refusing.add(violation);
      }
    }
    super.processConstraintViolations(refusing, errors);
  }
}
