/**
 * Business rules for Resettlement data as Jakarta Bean Validation constraints, checked by
 * Hibernate Validator.
 *
 * <p>The rules are declared with Hibernate Validator's programmatic API, so the model in {@code
 * org.resettlement.core} carries no annotations. Only {@code org.resettlement.validation} is API.
 * The constraints and their validators are internal; Hibernate Validator alone may access them,
 * to instantiate the validators and read the constraint annotations.
 */
module org.resettlement.validation {
  requires transitive org.resettlement.core;
  requires transitive jakarta.validation;
  requires transitive org.hibernate.validator;

  exports org.resettlement.validation;
  exports org.resettlement.validation.internal to
      org.hibernate.validator;
}
