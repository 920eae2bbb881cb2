package org.resettlement.testkit.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import java.util.Objects;
import java.util.Optional;
import org.resettlement.core.RecordId;
import org.resettlement.testkit.BrokenRule;
import org.resettlement.testkit.InvalidSample;

/**
 * A violation of a rule of the validation module that a test expects, with optionally its
 * property path, a payload it carries (such as its severity) and the record identifier it is
 * about. In the style of Hibernate Validator's own test assertions:
 *
 * <pre>{@code
 * assertThat(validator.validate(dataset)).containsOnlyViolations(
 *     violationOf(BrokenRule.FULFILLED_WITHIN_PLEDGED).withProperty("pledges[3].fulfilled"));
 *
 * InvalidSample<Dataset> sample = SampleData.withSeed(7).invalidDataset(BrokenRule.UNIQUE_ID);
 * assertThat(validator.validate(sample.value())).containsOnlyViolations(violationOf(sample));
 * }</pre>
 *
 * <p>A violation is of a rule when its message template is the rule's {@linkplain
 * BrokenRule#messageKey() message key} in braces, as the validation module reports it. This class
 * needs the Jakarta Bean Validation API, and Hibernate Validator for {@link
 * #withIdentifier(RecordId)} only; the testkit declares both optional.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ViolationExpectation {
  private final BrokenRule rule;
  private final String property;
  private final Class<? extends Payload> payload;
  private final RecordId<?> identifier;

  private ViolationExpectation(BrokenRule rule, String property, Class<? extends Payload> payload, RecordId<?> identifier) {
    this.rule = rule;
    this.property = property;
    this.payload = payload;
    this.identifier = identifier;
  }

  //-----------------------------------------------------------------------
  /**
   * Expects a violation of a rule, at any path.
   *
   * @param rule the rule, not null
   * @return the expectation, not null
   * @throws NullPointerException if the rule is null
   */
  public static ViolationExpectation violationOf(BrokenRule rule) {
    return new ViolationExpectation(Objects.requireNonNull(rule, "rule"), null, null, null);
  }

  /**
   * Expects the violation an invalid sample stands for: of its rule, at its path.
   *
   * @param sample the invalid sample, not null
   * @return the expectation, not null
   * @throws NullPointerException if the sample is null
   */
  public static ViolationExpectation violationOf(InvalidSample<?> sample) {
    Objects.requireNonNull(sample, "sample");
    return violationOf(sample.rule()).withProperty(sample.path());
  }

  //-----------------------------------------------------------------------
  /**
   * Expects the violation at a property path, as {@code Path.toString()} writes it.
   *
   * @param path the path, such as {@code "pledges[3].fulfilled"}, or {@code ""} for the
   *     validated value itself, not null
   * @return a copy of this expectation with the path, not null
   * @throws NullPointerException if the path is null
   */
  public ViolationExpectation withProperty(String path) {
    return new ViolationExpectation(rule, Objects.requireNonNull(path, "path"), payload, identifier);
  }

  /**
   * Expects the violation's constraint to carry a payload, such as the validation module's {@code
   * Severity.Warning.class}, which marks a warning.
   *
   * @param payload the payload class, not null
   * @return a copy of this expectation with the payload, not null
   * @throws NullPointerException if the payload is null
   */
  public ViolationExpectation withPayload(Class<? extends Payload> payload) {
    return new ViolationExpectation(rule, property, Objects.requireNonNull(payload, "payload"), identifier);
  }

  /**
   * Expects the violation to be about a record identifier, such as a reference that does not
   * resolve or an identifier used twice, which the validation module passes as Hibernate
   * Validator's dynamic payload.
   *
   * @param identifier the identifier, not null
   * @return a copy of this expectation with the identifier, not null
   * @throws NullPointerException if the identifier is null
   */
  public ViolationExpectation withIdentifier(RecordId<?> identifier) {
    return new ViolationExpectation(rule, property, payload, Objects.requireNonNull(identifier, "identifier"));
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether a violation meets this expectation.
   *
   * @param violation the violation, not null
   * @return true if it is a violation of the rule with every detail expected
   * @throws NullPointerException if the violation is null
   */
  public boolean matches(ConstraintViolation<?> violation) {
    Objects.requireNonNull(violation, "violation");
    return violation.getMessageTemplate().equals(template(rule))
        && (property == null || property.equals(violation.getPropertyPath().toString()))
        && (payload == null || violation.getConstraintDescriptor().getPayload().contains(payload))
        && (identifier == null || DynamicPayload.identifier(violation).equals(Optional.of(identifier)));
  }

  private static String template(BrokenRule rule) {
    return "{" + rule.messageKey() + "}";
  }

  /**
   * Describes a violation in the terms of an expectation, for failure messages: the rule (or the
   * message template of another constraint), the path, the payload and the identifier.
   */
  static String describe(ConstraintViolation<?> violation) {
    String name = violation.getMessageTemplate();
    for (BrokenRule rule : BrokenRule.values()) {
      if (template(rule).equals(name)) {
        name = rule.name();
      }
    }
    StringBuilder text = new StringBuilder(name).append(" at \"").append(violation.getPropertyPath()).append('"');
    for (Class<? extends Payload> carried : violation.getConstraintDescriptor().getPayload()) {
      text.append(" with ").append(payloadName(carried));
    }
    DynamicPayload.identifier(violation).ifPresent(id -> text.append(" about ").append(id));
    return text.toString();
  }

  /** The name of a payload class without its package, such as {@code Severity.Warning}. */
  private static String payloadName(Class<?> payload) {
    return payload.getName().substring(payload.getPackageName().length() + 1).replace('$', '.');
  }

  /**
   * Returns what this expectation expects, such as {@code UNIQUE_ID at "pledges[2].id" about
   * pledge-1}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(rule.name());
    text.append(" at ").append(property == null ? "any path" : "\"" + property + "\"");
    if (payload != null) {
      text.append(" with ").append(payloadName(payload));
    }
    if (identifier != null) {
      text.append(" about ").append(identifier);
    }
    return text.toString();
  }
}
