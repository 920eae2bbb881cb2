package org.resettlement.testkit.instancio;

import org.instancio.Random;
import org.instancio.generator.AfterGenerate;
import org.instancio.generator.Generator;
import org.instancio.generator.Hints;
import org.instancio.spi.InstancioServiceProvider;
import org.resettlement.testkit.SampleData;

/**
 * Makes Instancio build every core type with {@link SampleData}, so that {@code
 * Instancio.create(Pledge.class)} returns a valid, realistic pledge.
 *
 * <pre>{@code
 * Pledge pledge = Instancio.create(Pledge.class);
 * Registration registration = Instancio.create(Registration.class); // its Pledge, Quantity,
 *                                                                   // CountryCode fields too
 * }</pre>
 *
 * <p>Nothing needs registering: with {@code resettlement-testkit} and {@code instancio-core} on
 * the test class path, Instancio finds this provider through {@link java.util.ServiceLoader} in
 * {@code META-INF/services}. Every type of {@link SampleData#supportedTypes()} is covered, whether
 * Instancio creates it directly or fills a field, a collection element or an {@code Optional} with
 * it; other types are left to Instancio.
 *
 * <p>The module {@code org.resettlement.testkit} does not declare {@code provides} for this
 * service, because Java 17 refuses to start a module graph in which a module provides a service
 * of a statically required module that is absent, and Instancio is optional. On the module path,
 * where Instancio therefore does not find this provider, supply core types explicitly: {@code
 * Instancio.of(Registration.class).supply(all(Pledge.class), random ->
 * SampleData.withSeed(random.longRange(Long.MIN_VALUE, Long.MAX_VALUE)).pledge())}.
 *
 * <p>Each value is made by a {@code SampleData} seeded from Instancio's own random source, so
 * Instancio's seed ({@code withSeed}, {@code @Seed}, {@code instancio.properties}) makes the
 * values reproducible. Instancio does not modify the values afterwards: selectors such as {@code
 * set(field(...), ...)} do not reach inside a core value (it has no settable fields); build the
 * value you need with its builder or {@code with*} methods instead.
 *
 * <p>Needs {@code instancio-core} 6 (Java 17), which the testkit declares as an optional
 * dependency: add it to your test dependencies.
 */
public final class SampleDataInstancioProvider implements InstancioServiceProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public SampleDataInstancioProvider() {}

  /**
   * Returns the generator of each core type, and none for other types.
   *
   * @return the generator provider, not null
   */
  @Override
  public GeneratorProvider getGeneratorProvider() {
    return (node, generators) ->
        SampleData.supports(node.getTargetClass()) ? new SampleGenerator<>(node.getTargetClass()) : null;
  }

  /** Makes one value of a type, from a {@code SampleData} seeded by Instancio's random source. */
  private static final class SampleGenerator<T> implements Generator<T> {
    private static final Hints HINTS = Hints.afterGenerate(AfterGenerate.DO_NOT_MODIFY);

    private final Class<T> type;

    SampleGenerator(Class<T> type) {
      this.type = type;
    }

    @Override
    public T generate(Random random) {
      return SampleData.withSeed(random.longRange(Long.MIN_VALUE, Long.MAX_VALUE)).next(type);
    }

    @Override
    public Hints hints() {
      return HINTS;
    }
  }
}
