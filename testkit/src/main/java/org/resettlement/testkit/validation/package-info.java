/**
 * AssertJ assertions on the Bean Validation violations of resettlement data, keyed by the rules of
 * {@link org.resettlement.testkit.BrokenRule}: {@code
 * assertThat(violations).containsOnlyViolations(violationOf(BrokenRule.UNIQUE_ID).withProperty("pledges[2].id"))}.
 *
 * <p>AssertJ, the Jakarta Bean Validation API and, for identifiers, Hibernate Validator are
 * optional dependencies of the testkit, needed only by a suite that uses this package.
 */
package org.resettlement.testkit.validation;
