package org.resettlement.core;

import java.util.List;
import java.util.Optional;

/**
 * Thrown when a value would break an invariant of the model: a required field is missing or
 * {@code null}, a count is negative, a range ends before it starts, a code is unknown, or a text
 * cannot be parsed.
 *
 * <p>The message names the type and the field, for example {@code "DateRange.end: must not be
 * before the start 2023-11-15"}. The same parts are available as {@link #valueType()}, {@link
 * #fields()} and {@link #reason()}, so that a parser can report them at the position of the
 * offending input. Messages never contain personal data.
 *
 * <p>This exception is an {@link IllegalArgumentException}: it reports a value that is wrong, not
 * a program in a wrong state.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The model type; not serialised, as a class may not exist where the exception is read. */
  private final transient Class<?> valueType;

  /**
   * The names of the fields concerned. {@code List.copyOf} gives a list that serialises, which
   * the declared interface type cannot promise to the compiler.
   */
  @SuppressWarnings("serial")
  private final List<String> fields;

  /** The reason in the domain's words. */
  private final String reason;

  InvalidValueException(Class<?> valueType, List<String> fields, String reason) {
    super(format(valueType, fields, reason));
    this.valueType = valueType;
    this.fields = List.copyOf(fields);
    this.reason = reason;
  }

  InvalidValueException(Class<?> valueType, String field, String reason) {
    this(valueType, List.of(field), reason);
  }

  InvalidValueException(Class<?> valueType, String reason) {
    this(valueType, List.of(), reason);
  }

  /**
   * Thrown by the Immutables-generated code, which {@link ResettlementStyle} points here so that
   * users see this class and no generated one: for an attribute given {@code null}, required
   * attributes not set, or a state it cannot build ({@link GeneratedCodeFailures} reads its text).
   */
  InvalidValueException(String generatedText) {
    this(GeneratedCodeFailures.read(generatedText));
  }

  private InvalidValueException(GeneratedCodeFailures.Report report) {
    this(report.valueType(), report.fields(), report.reason());
  }

  private static String format(Class<?> valueType, List<String> fields, String reason) {
    String type = valueType == null ? "value" : valueType.getSimpleName();
    if (fields.size() == 1) {
      return type + "." + fields.get(0) + ": " + reason;
    }
    return fields.isEmpty() ? type + ": " + reason : type + " " + fields + ": " + reason;
  }

  /**
   * Returns the model type whose invariant was broken, such as {@code DateRange.class}.
   *
   * @return the public model type, not null
   */
  public Class<?> valueType() {
    return valueType;
  }

  /**
   * Returns the names of the fields concerned, as the accessors of {@link #valueType()} name them.
   *
   * @return the field names, empty when the problem concerns the value as a whole, not null
   */
  public List<String> fields() {
    return fields;
  }

  /**
   * Returns the single field concerned, if exactly one is.
   *
   * @return the field name, or empty when none or several fields are concerned
   */
  public Optional<String> field() {
    return fields.size() == 1 ? Optional.of(fields.get(0)) : Optional.empty();
  }

  /**
   * Returns the reason in the domain's words, without the type and field prefix.
   *
   * @return the reason, such as {@code "must not be negative"}, not null
   */
  public String reason() {
    return reason;
  }
}
