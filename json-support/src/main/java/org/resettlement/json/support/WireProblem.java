package org.resettlement.json.support;

import java.util.Optional;

/**
 * A value of a document that breaks a rule of the wire format, found by a rule of this package:
 * the reason in the domain's words and, where the rule is about the object just read, the property
 * it concerns. A binding turns it into its own exception at the place where its parser stands.
 *
 * <p>It carries no stack trace: it never reaches a user, and it is thrown on every refused value.
 */
public final class WireProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The property of the object just read, or null for the value the parser stands at. */
  private final String property;

  /**
   * Creates a problem with the value the parser stands at.
   *
   * @param reason  the reason, without the place, not null
   */
  public WireProblem(String reason) {
    this(null, reason);
  }

  /**
   * Creates a problem with a property of the object just read.
   *
   * @param property  the name of the property, or null for the value the parser stands at
   * @param reason  the reason, without the place, not null
   */
  public WireProblem(String property, String reason) {
    super(reason, null, false, false);
    this.property = property;
  }

  /**
   * Returns the property of the object just read that the problem concerns.
   *
   * @return the name of the property, or empty for the value the parser stands at
   */
  public Optional<String> property() {
    return Optional.ofNullable(property);
  }

  /**
   * Returns the reason.
   *
   * @return the reason in the domain's words, without the place, not null
   */
  public String reason() {
    return getMessage();
  }
}
