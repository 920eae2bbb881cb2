package org.resettlement.testkit.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import java.util.Optional;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.resettlement.core.RecordId;

/**
 * Reads the record identifier the validation module attaches to a violation as Hibernate
 * Validator's dynamic payload. Hibernate Validator is optional for the testkit: this class is
 * loaded only where it is present, and answers empty for violations of another provider.
 */
final class DynamicPayload {
  private static final boolean HIBERNATE_VALIDATOR = isPresent();

  private DynamicPayload() {}

  private static boolean isPresent() {
    try {
      Class.forName("org.hibernate.validator.engine.HibernateConstraintViolation", false,
          DynamicPayload.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  static Optional<RecordId<?>> identifier(ConstraintViolation<?> violation) {
    return HIBERNATE_VALIDATOR ? Hibernate.identifier(violation) : Optional.empty();
  }

  /** Touches Hibernate Validator's types only when called, so that they need not be present. */
  private static final class Hibernate {
    static Optional<RecordId<?>> identifier(ConstraintViolation<?> violation) {
      HibernateConstraintViolation<?> hibernateViolation;
      try {
        hibernateViolation = violation.unwrap(HibernateConstraintViolation.class);
      } catch (ValidationException e) {
        return Optional.empty();
      }
      return Optional.ofNullable(hibernateViolation.getDynamicPayload(RecordId.class));
    }
  }
}
