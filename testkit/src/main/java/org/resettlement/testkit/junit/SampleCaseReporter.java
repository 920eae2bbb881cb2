package org.resettlement.testkit.junit;

import java.lang.reflect.Method;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

/**
 * Names the seed and the case of a failing {@link SampleSource} case; {@code @SampleSource}
 * registers it, tests do not call it.
 *
 * <p>The failure is rethrown unchanged except for a suppressed exception whose message names the
 * type, the case number, the count and the seed, and says how to replay the case. Aborted cases
 * (failed assumptions) are left alone.
 */
public final class SampleCaseReporter implements InvocationInterceptor {

  /** Creates the reporter; JUnit calls this. */
  public SampleCaseReporter() {}

  /**
   * Runs one case and, if it fails, adds the seed and the case number to the failure.
   *
   * @param invocation the case, not null
   * @param invocationContext the test method and its arguments, not null
   * @param extensionContext the case's context, not null
   * @throws NullPointerException if an argument is null
   * @throws Throwable the case's failure, with the report added
   */
  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    Objects.requireNonNull(invocation, "invocation");
    Objects.requireNonNull(invocationContext, "invocationContext");
    Objects.requireNonNull(extensionContext, "extensionContext");
    try {
      invocation.proceed();
    } catch (Throwable failure) {
      SampleRun run = extensionContext.getStore(SampleRun.NAMESPACE).get(SampleRun.KEY, SampleRun.class);
      if (run != null && !(failure instanceof TestAbortedException)) {
        failure.addSuppressed(
            new SampleCaseReport(
                run.describe(invocationContext.getArguments(), invocationNumber(extensionContext))));
      }
      throw failure;
    }
  }

  /**
   * Reads the number JUnit gives the invocation from the last segment of its unique identifier,
   * {@code [test-template-invocation:#17]}; only used to tell apart cases fed the same value.
   *
   * @return the number, or 0 if the identifier has no such segment
   */
  private static int invocationNumber(ExtensionContext context) {
    String id = context.getUniqueId();
    int start = id.lastIndexOf(INVOCATION_SEGMENT);
    if (start < 0) {
      return 0;
    }
    int number = 0;
    for (int i = start + INVOCATION_SEGMENT.length(); i < id.length() && Character.isDigit(id.charAt(i)); i++) {
      number = number * 10 + (id.charAt(i) - '0');
    }
    return number;
  }

  private static final String INVOCATION_SEGMENT = "[test-template-invocation:#";
}
