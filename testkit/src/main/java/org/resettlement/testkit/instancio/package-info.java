/**
 * Instancio integration: {@link org.resettlement.testkit.instancio.SampleDataInstancioProvider}
 * makes {@code Instancio.create(...)} build core types with the testkit's sample data.
 *
 * <p>Needs {@code instancio-core}, which the testkit declares as an optional dependency.
 */
package org.resettlement.testkit.instancio;
