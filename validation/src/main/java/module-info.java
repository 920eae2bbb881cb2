/**
 * Business rules for Resettlement data as Jakarta Bean Validation constraints, checked by
 * Hibernate Validator.
 *
 * <p>The rules are declared with Hibernate Validator's programmatic API, so the model in {@code
 * org.resettlement.core} carries no annotations. Only {@code org.resettlement.validation} is API.
 * The constraint annotations and their validators are in {@code org.resettlement.validation.internal},
 * exported to Hibernate Validator alone, which reads the annotations and instantiates the
 * validators; nothing is opened, as Hibernate Validator needs only public types there.
 */
module org.resettlement.validation {
  requires transitive org.resettlement.core;
  requires transitive jakarta.validation;
  requires transitive org.hibernate.validator;

  exports org.resettlement.validation;
  exports org.resettlement.validation.internal to
      org.hibernate.validator;
}
