/**
 * AssertJ assertions on the Bean Validation violations of resettlement data, keyed by the rules of
 * {@link org.resettlement.testkit.BrokenRule}: {@code
 * assertThat(violations).containsOnlyViolations(violationOf(BrokenRule.UNIQUE_ID).withProperty("pledges[2].id"))}.
 *
 * <p>AssertJ, the Jakarta Bean Validation API and, for identifiers, Hibernate Validator are
 * optional dependencies of the testkit, needed only by a suite that uses this package.
 *
 * <p>A {@code null} argument is a programming error, as everywhere in the testkit: a {@link
 * NullPointerException} whose message is the parameter's name. The violations given to {@code
 * assertThat} are AssertJ's actual value and may be null; the assertions then fail.
 */
package org.resettlement.testkit.validation;
