package org.resettlement.testkit;

import java.util.Objects;

/**
 * A sample value that breaks exactly one rule of the validation module, with the rule and the
 * property path of the one offending value.
 *
 * <pre>{@code
 * InvalidSample<Dataset> sample = SampleData.withSeed(42).invalidDataset(BrokenRule.FULFILLED_WITHIN_PLEDGED);
 * sample.value();   // a Dataset
 * sample.rule();    // FULFILLED_WITHIN_PLEDGED
 * sample.path();    // such as "pledges[3].fulfilled"
 * }</pre>
 *
 * <p>The path is written as the validation module writes the property path of the violation
 * ({@code Path.toString()}): property names joined by dots, list indexes in brackets, such as
 * {@code events[2].sessions[0].speakers[1]} or {@code organisations[4].name}. A rule about a whole
 * record, such as {@link BrokenRule#PERSON_NAMED}, has the record's path ({@code people[2]}), or
 * the empty path for a record on its own.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 *
 * @param <T> the type of the value: {@link org.resettlement.core.Dataset} or one of its records
 */
public final class InvalidSample<T> {
  private final T value;
  private final BrokenRule rule;
  private final String path;

  InvalidSample(T value, BrokenRule rule, String path) {
    this.value = value;
    this.rule = rule;
    this.path = path;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the value that breaks the rule.
   *
   * @return the dataset or record, not null
   */
  public T value() {
    return value;
  }

  /**
   * Returns the rule the value breaks, and no other.
   *
   * @return the rule, not null
   */
  public BrokenRule rule() {
    return rule;
  }

  /**
   * Returns the property path of the one value that breaks the rule, as the validation module
   * reports it, such as {@code pledges[3].fulfilled}.
   *
   * @return the path, empty for a rule about a record on its own, not null
   */
  public String path() {
    return path;
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether another object is an invalid sample with an equal value, rule and path.
   *
   * @param other the object to compare with, may be null
   * @return true if the other is an equal sample
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof InvalidSample)) {
      return false;
    }
    InvalidSample<?> sample = (InvalidSample<?>) other;
    return value.equals(sample.value) && rule == sample.rule && path.equals(sample.path);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(value, rule, path);
  }

  /**
   * Returns the rule and the path, such as {@code FULFILLED_WITHIN_PLEDGED at pledges[3].fulfilled};
   * the value is left out, as a dataset's text would be long.
   *
   * @return the rule and the path, not null
   */
  @Override
  public String toString() {
    return rule + " at " + (path.isEmpty() ? "the record itself" : path);
  }
}
