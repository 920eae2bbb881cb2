package org.resettlement.validation.assertions;

import jakarta.validation.ConstraintViolation;
import java.util.Objects;
import java.util.Optional;
import org.resettlement.core.RecordId;
import org.resettlement.validation.ResettlementValidation;
import org.resettlement.validation.Rule;
import org.resettlement.validation.Severity;

/**
 * A violation a test expects: the rule broken, and optionally the property path, the severity and
 * the identifier it is about. Written in the style of Hibernate Validator's own test assertions:
 *
 * <pre>{@code
 * assertThat(violations).containsOnlyViolations(
 *     violationOf(Rule.FULFILLED_WITHIN_PLEDGED).withProperty("pledges[3].fulfilled"));
 * }</pre>
 *
 * <p>A violation matches when its constraint is the rule's, its message template is the rule's
 * message key in braces, and every detail given is equal. Depends only on the Bean Validation API
 * and this module's public API, so that it can move to the testkit.
 */
public final class ViolationExpectation {
  private final Rule rule;
  private final String property;
  private final Severity severity;
  private final RecordId<?> identifier;

  private ViolationExpectation(Rule rule, String property, Severity severity, RecordId<?> identifier) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.property = property;
    this.severity = severity;
    this.identifier = identifier;
  }

  /**
   * Expects a violation of a rule, anywhere.
   *
   * @param rule the rule, not null
   * @return the expectation, not null
   */
  public static ViolationExpectation violationOf(Rule rule) {
    return new ViolationExpectation(rule, null, null, null);
  }

  /**
   * Expects the violation at a property path, as {@code Path.toString()} writes it.
   *
   * @param path the path, such as {@code "pledges[3].fulfilled"}, or {@code ""} for the root
   * @return a copy of this expectation with the path, not null
   */
  public ViolationExpectation withProperty(String path) {
    return new ViolationExpectation(rule, Objects.requireNonNull(path, "path"), severity, identifier);
  }

  /**
   * Expects the violation to have a severity.
   *
   * @param expected the severity, not null
   * @return a copy of this expectation with the severity, not null
   */
  public ViolationExpectation withSeverity(Severity expected) {
    return new ViolationExpectation(rule, property, Objects.requireNonNull(expected, "severity"), identifier);
  }

  /**
   * Expects the violation to be about a record identifier, such as a reference that does not
   * resolve.
   *
   * @param expected the identifier, not null
   * @return a copy of this expectation with the identifier, not null
   */
  public ViolationExpectation withIdentifier(RecordId<?> expected) {
    return new ViolationExpectation(rule, property, severity, Objects.requireNonNull(expected, "identifier"));
  }

  /**
   * Checks whether a violation meets this expectation.
   *
   * @param violation the violation, not null
   * @return true if it matches
   */
  public boolean matches(ConstraintViolation<?> violation) {
    return Rule.of(violation).equals(Optional.of(rule))
        && violation.getMessageTemplate().equals(rule.messageTemplate())
        && (property == null || property.equals(violation.getPropertyPath().toString()))
        && (severity == null || severity == Severity.of(violation))
        && (identifier == null || ResettlementValidation.identifier(violation).equals(Optional.of(identifier)));
  }

  /**
   * Describes a violation in the terms of an expectation, for failure messages.
   *
   * @param violation the violation, not null
   * @return the description, not null
   */
  static String describe(ConstraintViolation<?> violation) {
    String rule = Rule.of(violation).map(Rule::name).orElse(violation.getMessageTemplate());
    StringBuilder text = new StringBuilder(rule).append(" at \"").append(violation.getPropertyPath()).append('"');
    text.append(' ').append(Severity.of(violation));
    ResettlementValidation.identifier(violation).ifPresent(id -> text.append(" about ").append(id));
    return text.toString();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(rule.name());
    text.append(" at ").append(property == null ? "any path" : "\"" + property + "\"");
    if (severity != null) {
      text.append(' ').append(severity);
    }
    if (identifier != null) {
      text.append(" about ").append(identifier);
    }
    return text.toString();
  }
}
