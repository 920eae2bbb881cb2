package org.resettlement.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The violations of one validation, split into {@linkplain Severity#ERROR errors} and
 * {@linkplain Severity#WARNING warnings} and sorted by path.
 *
 * <pre>{@code
 * ValidationReport<Dataset> report = ValidationReport.of(validator.validate(dataset));
 * if (report.hasErrors()) {
 *   throw new IllegalArgumentException(report.toString());
 * }
 * report.warnings().forEach(warning -> log.info("{}", warning.getMessage()));
 * }</pre>
 *
 * <p>Violations are sorted by their paths, with list indexes in numeric order ({@code events[2]}
 * before {@code events[10]}), then by message template, so that a report of the same data always
 * reads the same.
 *
 * <p>This class is immutable and thread-safe if the violations are.
 *
 * @param <T> the type of the validated object
 */
public final class ValidationReport<T> {

  private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
  private static final Comparator<Integer> INDEX = Comparator.nullsFirst(Comparator.naturalOrder());

  private static final Comparator<ConstraintViolation<?>> ORDER =
      Comparator.<ConstraintViolation<?>, Path>comparing(
              ConstraintViolation::getPropertyPath, ValidationReport::comparePaths)
          .thenComparing(ConstraintViolation::getMessageTemplate)
          .thenComparing(ConstraintViolation::getMessage);

  private final List<ConstraintViolation<T>> violations;
  private final List<ConstraintViolation<T>> errors;
  private final List<ConstraintViolation<T>> warnings;

  private ValidationReport(List<ConstraintViolation<T>> violations) {
    violations.sort(ORDER);
    List<ConstraintViolation<T>> errorList = new ArrayList<>();
    List<ConstraintViolation<T>> warningList = new ArrayList<>();
    for (ConstraintViolation<T> violation : violations) {
      (Severity.of(violation) == Severity.WARNING ? warningList : errorList).add(violation);
    }
    this.violations = List.copyOf(violations);
    this.errors = List.copyOf(errorList);
    this.warnings = List.copyOf(warningList);
  }

  /**
   * Obtains the report of a validation's violations.
   *
   * @param <T> the type of the validated object
   * @param violations the violations, as {@code Validator.validate} returns them, not null
   * @return the report, not null
   * @throws NullPointerException if the collection or a violation is null
   */
  public static <T> ValidationReport<T> of(Collection<? extends ConstraintViolation<T>> violations) {
    Objects.requireNonNull(violations, "violations");
    List<ConstraintViolation<T>> copy = new ArrayList<>(violations.size());
    for (ConstraintViolation<T> violation : violations) {
      copy.add(Objects.requireNonNull(violation, "violation"));
    }
    return new ValidationReport<>(copy);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns every violation, errors and warnings, sorted by path.
   *
   * @return the unmodifiable list, possibly empty, not null
   */
  public List<ConstraintViolation<T>> violations() {
    return violations;
  }

  /**
   * Returns the violations of {@link Severity#ERROR}: the data is wrong.
   *
   * @return the unmodifiable list, sorted by path, possibly empty, not null
   */
  public List<ConstraintViolation<T>> errors() {
    return errors;
  }

  /**
   * Returns the violations of {@link Severity#WARNING}: the data is unusual.
   *
   * @return the unmodifiable list, sorted by path, possibly empty, not null
   */
  public List<ConstraintViolation<T>> warnings() {
    return warnings;
  }

  /**
   * Checks whether any violation is an error.
   *
   * @return true if there is at least one error
   */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /**
   * Checks whether there are no violations at all, neither errors nor warnings.
   *
   * @return true if the validated object broke no rule
   */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  /**
   * Returns a summary and one line per violation: severity, path, message and, for this
   * module's rules, the rule, such as {@code ERROR pledges[3].fulfilled: must not exceed ...
   * [FULFILLED_WITHIN_PLEDGED]}.
   *
   * <p>This module's messages never contain the validated values; messages of other
   * constraints are included as their interpolators wrote them.
   *
   * @return the report as text, not null
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder()
            .append(errors.size())
            .append(errors.size() == 1 ? " error, " : " errors, ")
            .append(warnings.size())
            .append(warnings.size() == 1 ? " warning" : " warnings");
    for (ConstraintViolation<T> violation : violations) {
      text.append(System.lineSeparator())
          .append(Severity.of(violation))
          .append(' ')
          .append(violation.getPropertyPath())
          .append(": ")
          .append(violation.getMessage());
      Rule.of(violation).ifPresent(rule -> text.append(" [").append(rule).append(']'));
    }
    return text.toString();
  }

  /** Compares paths node by node: by name, then by index in numeric order, then by key. */
  private static int comparePaths(Path first, Path second) {
    Iterator<Path.Node> these = first.iterator();
    Iterator<Path.Node> those = second.iterator();
    while (these.hasNext() && those.hasNext()) {
      Path.Node one = these.next();
      Path.Node other = those.next();
      // The index of "events[2]" belongs to the node after "events": compare it first.
      int byIndex = INDEX.compare(one.getIndex(), other.getIndex());
      if (byIndex != 0) {
        return byIndex;
      }
      int byName = TEXT.compare(one.getName(), other.getName());
      if (byName != 0) {
        return byName;
      }
      int byKey = TEXT.compare(Objects.toString(one.getKey(), null), Objects.toString(other.getKey(), null));
      if (byKey != 0) {
        return byKey;
      }
    }
    return Boolean.compare(these.hasNext(), those.hasNext());
  }
}
