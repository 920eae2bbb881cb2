package org.resettlement.testkit.junit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The values one {@link SampleSource} fed to one test method, kept so that a failing case can be
 * named: which seed, and which case numbers hold the value that failed.
 */
final class SampleRun {
  static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SampleRun.class);
  static final String KEY = "run";

  private final Class<?> type;
  private final int count;
  private final long seed;
  private final Long annotatedSeed;
  private final Map<Object, List<Integer>> cases = Collections.synchronizedMap(new IdentityHashMap<>());

  /** Creates the record of a run; {@code annotatedSeed} is set only when the seed was overridden. */
  SampleRun(Class<?> type, int count, long seed, Long annotatedSeed) {
    this.type = type;
    this.count = count;
    this.seed = seed;
    this.annotatedSeed = annotatedSeed;
  }

  /** Records that a value is case {@code number}, counted from 1. */
  void record(Object value, int number) {
    cases.computeIfAbsent(value, key -> new ArrayList<>(1)).add(number);
  }

  /**
   * Describes the failing case whose arguments these are, and how to replay it.
   *
   * <p>A value is found by identity among the values fed. Values such as country codes are
   * shared instances and may be fed in several cases; JUnit's invocation number, when given,
   * tells which of them failed.
   *
   * @param invocation JUnit's number of the failing invocation, or 0 if unknown
   */
  String describe(List<Object> arguments, int invocation) {
    List<Integer> numbers = null;
    for (Object argument : arguments) {
      numbers = cases.get(argument);
      if (numbers != null) {
        break;
      }
    }
    if (numbers != null && numbers.size() > 1 && numbers.contains(invocation)) {
      numbers = List.of(invocation);
    }
    StringBuilder message = new StringBuilder(240).append(type.getSimpleName());
    if (numbers == null) {
      message.append(" case");
    } else if (numbers.size() == 1) {
      message.append(" case ").append(numbers.get(0));
    } else {
      message.append(" cases ").append(numbers).append(" (the same value)");
    }
    message.append(" of ").append(count).append(" from seed ").append(seed);
    if (annotatedSeed != null) {
      message
          .append(" (set by ")
          .append(SampleSource.SEED_PROPERTY)
          .append("; the annotation says ")
          .append(annotatedSeed)
          .append(')');
    }
    message
        .append(" failed. Replay: set ")
        .append(SampleSource.SEED_PROPERTY)
        .append('=')
        .append(seed)
        .append(" (e.g. ./mvnw test -D")
        .append(SampleSource.SEED_PROPERTY)
        .append('=')
        .append(seed)
        .append(')');
    if (numbers != null) {
      message
          .append(", or SampleData.withSeed(")
          .append(seed)
          .append(").stream(")
          .append(type.getSimpleName())
          .append(".class).skip(")
          .append(numbers.get(0) - 1)
          .append(").findFirst()");
    }
    return message.toString();
  }
}
