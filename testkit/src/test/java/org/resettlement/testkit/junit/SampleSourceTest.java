package org.resettlement.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Pledge;
import org.resettlement.testkit.SampleData;

/**
 * Runs small test classes through JUnit's {@link EngineTestKit} and checks what {@link
 * SampleSource} fed them and how it reported their failures.
 */
class SampleSourceTest {
  private static final String FIXTURES = "resettlement.testkit.fixtures";
  static final List<Object> RECEIVED = Collections.synchronizedList(new ArrayList<>());
  static final AtomicInteger CALLS = new AtomicInteger();
  static final AtomicInteger FAILING_CALL = new AtomicInteger();

  @BeforeEach
  void reset() {
    RECEIVED.clear();
    CALLS.set(0);
  }

  private static EngineExecutionResults run(Class<?> fixture, String... parameters) {
    EngineTestKit.Builder builder =
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).configurationParameter(FIXTURES, "true");
    for (int i = 0; i < parameters.length; i += 2) {
      builder.configurationParameter(parameters[i], parameters[i + 1]);
    }
    return builder.execute();
  }

  private static Throwable failureOf(Event event) {
    return event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
  }

  @Test
  void sampleSource_feedsCountValuesOfTheSeedInOrder() {
    EngineExecutionResults results = run(Feeding.class);

    results.testEvents().assertStatistics(stats -> stats.started(10).succeeded(10).failed(0));
    assertThat(RECEIVED).containsExactlyElementsOf(SampleData.withSeed(42).list(Pledge.class, 10));
  }

  @Test
  void sampleSource_namesEachCaseAfterItsNumberAndSeed() {
    EngineExecutionResults results = run(Feeding.class);

    assertThat(results.testEvents().started().stream().map(event -> event.getTestDescriptor().getDisplayName()))
        .startsWith("[1] Pledge #1, seed 42", "[2] Pledge #2, seed 42");
  }

  @Test
  void sampleSource_reportsTheSeedAndCaseOfAFailure() {
    EngineExecutionResults results = run(FailingOnTheSeventh.class);

    results.testEvents().assertStatistics(stats -> stats.started(10).succeeded(9).failed(1));
    Throwable failure = failureOf(results.testEvents().failed().list().get(0));
    assertThat(failure).isInstanceOf(AssertionError.class).hasMessage("the seventh case fails");
    assertThat(failure.getSuppressed()).hasSize(1);
    assertThat(failure.getSuppressed()[0].getMessage())
        .isEqualTo(
            "Pledge case 7 of 10 from seed 42 failed. Replay: set resettlement.seed=42"
                + " (e.g. ./mvnw test -Dresettlement.seed=42),"
                + " or SampleData.withSeed(42).stream(Pledge.class).skip(6).findFirst()");
  }

  @Test
  void sampleSource_replayRecipeGivesTheFailingValue() {
    run(FailingOnTheSeventh.class);

    Pledge replayed = SampleData.withSeed(42).stream(Pledge.class).skip(6).findFirst().orElseThrow();
    assertThat(RECEIVED.get(6)).isEqualTo(replayed);
  }

  @Test
  void sampleSource_seedParameterOverridesTheAnnotation() {
    EngineExecutionResults results = run(FailingOnTheSeventh.class, SampleSource.SEED_PROPERTY, "7");

    assertThat(RECEIVED).containsExactlyElementsOf(SampleData.withSeed(7).list(Pledge.class, 10));
    assertThat(failureOf(results.testEvents().failed().list().get(0)).getSuppressed()[0].getMessage())
        .startsWith(
            "Pledge case 7 of 10 from seed 7 (set by resettlement.seed; the annotation says 42) failed."
                + " Replay: set resettlement.seed=7");
  }

  @Test
  void sampleSource_namesTheFailingCaseOfAValueThatRepeats() {
    List<CountryGroup> groups = SampleData.withSeed(1).list(CountryGroup.class, 10);
    int repeat = 2;
    while (groups.get(repeat - 1) != groups.get(0)) {
      repeat++;
    }
    FAILING_CALL.set(repeat);

    EngineExecutionResults results = run(FailingOnACall.class);

    assertThat(failureOf(results.testEvents().failed().list().get(0)).getSuppressed()[0].getMessage())
        .startsWith("CountryGroup case " + repeat + " of 10 from seed 1 failed.");
  }

  @Test
  void sampleSource_leavesAbortedCasesAlone() {
    EngineExecutionResults results = run(AbortingTheSecond.class);

    results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(2).aborted(1));
    assertThat(failureOf(results.testEvents().aborted().list().get(0)).getSuppressed()).isEmpty();
  }

  @Test
  void sampleSource_rejectsACountBelowOne() {
    assertThat(containerFailure(run(CountingZero.class)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("@SampleSource(count = 0): must be at least 1");
  }

  @Test
  void sampleSource_rejectsATypeSampleDataDoesNotMake() {
    assertThat(containerFailure(run(OfStrings.class)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("@SampleSource(type = java.lang.String): not a type SampleData makes; see SampleData.supportedTypes()");
  }

  @Test
  void sampleSource_rejectsASeedParameterThatIsNotANumber() {
    assertThat(containerFailure(run(Feeding.class, SampleSource.SEED_PROPERTY, "forty-two")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resettlement.seed must be a decimal long such as 42, was 'forty-two'");
  }

  private static Throwable containerFailure(EngineExecutionResults results) {
    return failureOf(results.containerEvents().failed().list().get(0));
  }

  //-----------------------------------------------------------------------
  // Fixtures: run only through EngineTestKit, never by the build or an IDE on their own.

  /** Enables a fixture only when the EngineTestKit run sets {@value #FIXTURES}. */
  static final class OnlyThroughEngineTestKit implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(FIXTURES).isPresent()
          ? ConditionEvaluationResult.enabled("run by SampleSourceTest")
          : ConditionEvaluationResult.disabled("a fixture of SampleSourceTest");
    }
  }

  @ExtendWith(OnlyThroughEngineTestKit.class)
  static class Feeding {
    @ParameterizedTest
    @SampleSource(type = Pledge.class, count = 10, seed = 42)
    void receive(Pledge pledge) {
      RECEIVED.add(pledge);
    }
  }

  @ExtendWith(OnlyThroughEngineTestKit.class)
  static class FailingOnTheSeventh {
    @ParameterizedTest
    @SampleSource(type = Pledge.class, count = 10, seed = 42)
    void receive(Pledge pledge) {
      RECEIVED.add(pledge);
      if (CALLS.incrementAndGet() == 7) {
        throw new AssertionError("the seventh case fails");
      }
    }
  }

  @ExtendWith(OnlyThroughEngineTestKit.class)
  static class FailingOnACall {
    @ParameterizedTest
    @SampleSource(type = CountryGroup.class, count = 10, seed = 1)
    void receive(CountryGroup group) {
      if (CALLS.incrementAndGet() == FAILING_CALL.get()) {
        throw new AssertionError("case " + FAILING_CALL.get() + " fails");
      }
    }
  }

  @ExtendWith(OnlyThroughEngineTestKit.class)
  static class AbortingTheSecond {
    @ParameterizedTest
    @SampleSource(type = Pledge.class, count = 3, seed = 5)
    void receive(Pledge pledge) {
      Assumptions.assumeTrue(CALLS.incrementAndGet() != 2, "the second case is aborted");
    }
  }

  @ExtendWith(OnlyThroughEngineTestKit.class)
  static class CountingZero {
    @ParameterizedTest
    @SampleSource(type = Pledge.class, count = 0, seed = 5)
    void receive(Pledge pledge) {}
  }

  @ExtendWith(OnlyThroughEngineTestKit.class)
  static class OfStrings {
    @ParameterizedTest
    @SampleSource(type = String.class, count = 3, seed = 5)
    void receive(String text) {}
  }
}
