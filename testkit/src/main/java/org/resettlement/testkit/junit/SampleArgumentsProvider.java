package org.resettlement.testkit.junit;

import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.resettlement.testkit.SampleData;

/**
 * Makes the arguments of a {@link SampleSource}; JUnit creates it, tests do not call it.
 *
 * <p>Values are made lazily, as JUnit runs the cases, from one {@link SampleData} seeded once per
 * test method.
 */
public final class SampleArgumentsProvider extends AnnotationBasedArgumentsProvider<SampleSource> {

  /** Creates the provider; JUnit calls this. */
  public SampleArgumentsProvider() {}

  /**
   * Makes the cases of a test method.
   *
   * @param parameters the test method's parameters, not null
   * @param context the test method's context, not null
   * @param source the annotation, not null
   * @return the cases, one per value, not null
   * @throws IllegalArgumentException if the type is not supported, the count is not positive, or
   *     the {@value SampleSource#SEED_PROPERTY} parameter is not a decimal {@code long}
   */
  @Override
  protected Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context, SampleSource source) {
    Class<?> type = source.type();
    if (!SampleData.supports(type)) {
      throw new IllegalArgumentException(
          "@SampleSource(type = " + type.getName() + "): not a type SampleData makes; see SampleData.supportedTypes()");
    }
    int count = source.count();
    if (count < 1) {
      throw new IllegalArgumentException("@SampleSource(count = " + count + "): must be at least 1");
    }
    Optional<String> override = context.getConfigurationParameter(SampleSource.SEED_PROPERTY);
    long seed = override.isPresent() ? parseSeed(override.get()) : source.seed();
    SampleRun run = new SampleRun(type, count, seed, override.isPresent() ? source.seed() : null);
    context.getStore(SampleRun.NAMESPACE).put(SampleRun.KEY, run);
    SampleData sample = SampleData.withSeed(seed);
    String name = type.getSimpleName() + " #";
    String suffix = ", seed " + seed;
    return IntStream.rangeClosed(1, count)
        .mapToObj(
            number -> {
              Object value = sample.next(type);
              run.record(value, number);
              return Arguments.argumentSet(name + number + suffix, value);
            });
  }

  private static long parseSeed(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          SampleSource.SEED_PROPERTY + " must be a decimal long such as 42, was '" + text + "'", e);
    }
  }
}
