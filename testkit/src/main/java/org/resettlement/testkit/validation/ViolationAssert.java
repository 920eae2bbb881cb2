package org.resettlement.testkit.validation;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on the violations of one validation of resettlement data, in the style of
 * Hibernate Validator's {@code ConstraintViolationAssert}.
 *
 * <pre>{@code
 * import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
 * import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;
 *
 * assertThat(validator.validate(dataset)).containsOnlyViolations(
 *     violationOf(BrokenRule.REFERENCE_RESOLVES).withProperty("pledges[3].campaign"));
 * assertThat(validator.validate(valid)).hasNoViolations();
 * }</pre>
 *
 * <p>Failure messages list the violations that were expected but not found and those found but
 * not expected, each as rule, path, payload and identifier. AssertJ and the Jakarta Bean
 * Validation API are optional dependencies of the testkit: a suite that uses this class has them
 * on its test class path.
 *
 * <p>An instance is not thread-safe, as AssertJ assertions are not; the class itself is.
 */
public final class ViolationAssert
    extends AbstractAssert<ViolationAssert, Collection<? extends ConstraintViolation<?>>> {

  private ViolationAssert(Collection<? extends ConstraintViolation<?>> violations) {
    super(violations, ViolationAssert.class);
  }

  /**
   * Starts assertions on violations.
   *
   * <p>Takes a {@link Set}, as {@code Validator.validate} returns, so that it is more specific
   * than AssertJ's {@code assertThat(Collection)} and both can be imported statically.
   *
   * @param violations the violations, as {@code Validator.validate} returns them; may be null, as
   *     the actual value of any AssertJ assertion may: every assertion then fails, saying so
   * @return the assertion, not null
   */
  public static ViolationAssert assertThat(Set<? extends ConstraintViolation<?>> violations) {
    return new ViolationAssert(violations);
  }

  /**
   * Asserts that there are no violations at all, neither errors nor warnings.
   *
   * @return this assertion
   */
  public ViolationAssert hasNoViolations() {
    return containsOnlyViolations();
  }

  /**
   * Asserts that each expectation matches a violation of its own, and that no violation is left
   * over.
   *
   * @param expected the expected violations, in any order, not null
   * @return this assertion
   * @throws NullPointerException if the expectations are null
   */
  public ViolationAssert containsOnlyViolations(ViolationExpectation... expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    List<ConstraintViolation<?>> unexpected = new ArrayList<>(actual);
    List<ViolationExpectation> missing = new ArrayList<>();
    for (ViolationExpectation expectation : expected) {
      if (!removeFirstMatch(unexpected, expectation)) {
        missing.add(expectation);
      }
    }
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      failWithMessage(
          "Expected only the violations%n  %s%nbut these were missing:%n  %s%nand these were not expected:%n  %s",
          List.of(expected), missing, describe(unexpected));
    }
    return this;
  }

  /**
   * Asserts that each expectation matches a violation of its own; other violations may exist.
   *
   * @param expected the expected violations, in any order, not null
   * @return this assertion
   * @throws NullPointerException if the expectations are null
   */
  public ViolationAssert containsViolations(ViolationExpectation... expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    List<ConstraintViolation<?>> remaining = new ArrayList<>(actual);
    List<ViolationExpectation> missing = new ArrayList<>();
    for (ViolationExpectation expectation : expected) {
      if (!removeFirstMatch(remaining, expectation)) {
        missing.add(expectation);
      }
    }
    if (!missing.isEmpty()) {
      failWithMessage("Expected the violations%n  %s%namong%n  %s", missing, describe(actual));
    }
    return this;
  }

  private static boolean removeFirstMatch(List<ConstraintViolation<?>> violations, ViolationExpectation expectation) {
    for (Iterator<ConstraintViolation<?>> it = violations.iterator(); it.hasNext(); ) {
      if (expectation.matches(it.next())) {
        it.remove();
        return true;
      }
    }
    return false;
  }

  private static List<String> describe(Collection<? extends ConstraintViolation<?>> violations) {
    List<String> descriptions = new ArrayList<>();
    for (ConstraintViolation<?> violation : violations) {
      descriptions.add(ViolationExpectation.describe(violation));
    }
    descriptions.sort(null);
    return descriptions;
  }
}
