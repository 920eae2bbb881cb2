package org.resettlement.testkit;

import java.util.List;

/** Gives the tests of other packages the checks of this one. */
public final class SampleDataChecks {
  private SampleDataChecks() {}

  /**
   * Checks a value against what the testkit promises of it.
   *
   * @param value a value SampleData makes
   * @return the promises broken, with their paths, empty if there are none
   */
  public static List<String> brokenPromises(Object value) {
    return Promises.brokenBy(value);
  }
}
