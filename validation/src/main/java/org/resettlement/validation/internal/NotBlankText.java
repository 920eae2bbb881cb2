package org.resettlement.validation.internal;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text, every variant of a localised text, or every text of a list, is not blank.
 *
 * <p>Applied by {@link ResettlementConstraintMappings}, never written on a type; its validators
 * are registered there too.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, METHOD, TYPE_USE})
@Retention(RUNTIME)
public @interface NotBlankText {
  /**
   * Returns the message template.
   *
   * @return the message key in braces
   */
  String message() default "{org.resettlement.validation.NotBlankText.message}";

  /**
   * Returns the groups the constraint belongs to.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload, such as the severity.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
