/**
 * JUnit 5 support: {@link org.resettlement.testkit.junit.SampleSource @SampleSource} feeds
 * seeded sample values to a {@code @ParameterizedTest} and names the seed and case of a failure.
 *
 * <p>Needs {@code junit-jupiter-api} and {@code junit-jupiter-params}, which the testkit declares
 * as optional dependencies: add them to your test dependencies (most JUnit 5 projects have them
 * through {@code junit-jupiter}).
 *
 * <p>A {@code null} argument is a programming error, as everywhere in the testkit: a {@link
 * NullPointerException} whose message is the parameter's name.
 */
package org.resettlement.testkit.junit;
