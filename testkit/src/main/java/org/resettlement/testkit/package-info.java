/**
 * Seeded, deterministic, realistic sample data of the resettlement model, for tests.
 *
 * <p>{@link org.resettlement.testkit.SampleData} makes a value of every core type, and {@link
 * org.resettlement.testkit.SampleData#dataset(DatasetSpec)} whole datasets of a {@link
 * org.resettlement.testkit.DatasetSpec size} whose references resolve. The same seed gives the
 * same values on every JVM; see {@link org.resettlement.testkit.SampleData} for the exact promise.
 *
 * <p>{@link org.resettlement.testkit.SampleData#invalidDataset(BrokenRule)} makes data that breaks
 * exactly one rule of the validation module, named by a {@link org.resettlement.testkit.BrokenRule},
 * and says where: an {@link org.resettlement.testkit.InvalidSample}.
 *
 * <p>A {@code null} argument to any method of the testkit is a programming error: a {@link
 * NullPointerException} whose message is the parameter's name, as the null policy in the package
 * documentation of {@code org.resettlement.core} says. A parameter that accepts {@code null} says
 * so.
 */
package org.resettlement.testkit;
