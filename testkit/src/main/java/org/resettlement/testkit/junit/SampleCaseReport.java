package org.resettlement.testkit.junit;

/**
 * Added as a suppressed exception to the failure of a {@link SampleSource} case, to name the seed
 * and the case; it has no stack trace of its own, as it was not thrown.
 */
final class SampleCaseReport extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SampleCaseReport(String message) {
    super(message, null, false, false);
  }
}
