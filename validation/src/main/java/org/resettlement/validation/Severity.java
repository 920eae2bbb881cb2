package org.resettlement.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import java.util.Objects;
import java.util.Set;

/**
 * How serious a violation is: an {@link #ERROR} means the data is wrong, a {@link #WARNING} that
 * it is unusual and worth a look, such as more arrivals than a quota has places.
 *
 * <p>A rule's severity travels with each violation as a Bean Validation payload: {@link Warning}
 * for warnings, nothing (or {@link Error}) for errors. {@link #of(ConstraintViolation)} reads it
 * back, and {@link ValidationReport} splits violations by it. {@link Rule#defaultSeverity()} says
 * which rules are warnings.
 */
public enum Severity {
  /** The data breaks a rule and should be corrected. */
  ERROR,
  /** The data is possible but unusual, and worth checking. */
  WARNING;

  /** The payload that marks a violation as an {@link Severity#ERROR}; also the default. */
  public interface Error extends Payload {}

  /** The payload that marks a violation as a {@link Severity#WARNING}. */
  public interface Warning extends Payload {}

  /**
   * Returns the severity of a violation, from its constraint's payload.
   *
   * <p>Works for any constraint, not only this module's: a constraint declared with {@code
   * payload = Severity.Warning.class} is a warning, every other one an error.
   *
   * @param violation the violation, not null
   * @return {@link #WARNING} if the constraint carries the {@link Warning} payload, else {@link
   *     #ERROR}
   * @throws NullPointerException if the violation is null
   */
  public static Severity of(ConstraintViolation<?> violation) {
    Objects.requireNonNull(violation, "violation");
    Set<Class<? extends Payload>> payload = violation.getConstraintDescriptor().getPayload();
    return payload.contains(Warning.class) && !payload.contains(Error.class) ? WARNING : ERROR;
  }

  /**
   * Returns the payload class that marks a constraint with this severity.
   *
   * @return {@link Error Error.class} or {@link Warning Warning.class}, not null
   */
  public Class<? extends Payload> payload() {
    return this == WARNING ? Warning.class : Error.class;
  }
}
