package org.resettlement.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds a JUnit 5 {@code @ParameterizedTest} with sample values made from a seed, and says which
 * seed and case failed.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @SampleSource(type = Pledge.class, count = 200, seed = 42)
 * void pledge_roundTrips(Pledge pledge) { ... }
 * }</pre>
 *
 * <p>Case {@code k} (counted from 1, as JUnit numbers invocations) is the {@code k}-th value that
 * {@code SampleData.withSeed(seed).next(type)} returns, so a case can be made again in code with
 * {@code SampleData.withSeed(seed).stream(type).skip(k - 1).findFirst()}. Each case is named
 * {@code "Pledge #k, seed 42"}.
 *
 * <h2>When a case fails</h2>
 * The failure keeps its own exception and gains a suppressed {@code SampleCaseReport} that names
 * the type, the case, the count and the seed, and how to replay it, for example:
 *
 * <pre>
 * Pledge case 17 of 200 from seed 42 failed. Replay: set resettlement.seed=42 (e.g. ./mvnw test
 * -Dresettlement.seed=42), or SampleData.withSeed(42).stream(Pledge.class).skip(16).findFirst()
 * </pre>
 *
 * <h2>Choosing the seed for a run</h2>
 * The JUnit configuration parameter {@value #SEED_PROPERTY}, which a system property of that name
 * also sets, overrides the seed of every {@code @SampleSource} in the run. It serves to explore
 * more cases (a CI job can pass a new seed each night) and to replay a failure that such a run
 * reported: {@code ./mvnw test -Dresettlement.seed=7}. Its value is a decimal {@code long}.
 *
 * <p>Needs {@code junit-jupiter-params} on the test class path, which a test that uses {@code
 * @ParameterizedTest} has anyway.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(SampleArgumentsProvider.class)
@ExtendWith(SampleCaseReporter.class)
public @interface SampleSource {

  /** The configuration parameter and system property that overrides the seed: {@value}. */
  String SEED_PROPERTY = "resettlement.seed";

  /**
   * The type of the values, one of {@code SampleData.supportedTypes()}.
   *
   * @return the type
   */
  Class<?> type();

  /**
   * How many values to feed, at least 1.
   *
   * @return the number of cases, 100 unless set
   */
  int count() default 100;

  /**
   * The seed the values are made from, unless {@value #SEED_PROPERTY} overrides it. There is no
   * default, so that every test states the seed it replays with.
   *
   * @return the seed
   */
  long seed();
}
