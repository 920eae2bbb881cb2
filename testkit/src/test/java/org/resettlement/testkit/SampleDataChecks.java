package org.resettlement.testkit;

import java.util.List;

/** Gives the tests of other packages the soft-rule checks of this one. */
public final class SampleDataChecks {
  private SampleDataChecks() {}

  /**
   * Checks a value against the soft rules.
   *
   * @param value a value SampleData makes
   * @return the violations, empty if there are none
   */
  public static List<String> softRuleViolations(Object value) {
    return SoftRules.violations(value);
  }
}
