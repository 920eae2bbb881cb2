package org.resettlement.jackson3;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.resettlement.core.InvalidValueException;
import org.resettlement.json.support.ValueType.Attribute;
import org.resettlement.json.support.ValueType;
import org.resettlement.json.support.Wording;
import org.resettlement.jackson3.internal.Refusal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every problem met while reading into a {@link ResettlementJsonException} that names the
 * place in the document and the reason in the domain's words.
 *
 * <p>The place is taken from the parser, which still stands where the problem was found when the
 * problem is caught: in the object whose property could not be read, or just after the object
 * that could not be built.
 */
final class ReadProblems {
  /**
   * A location inside a parser's message, which names the source and a Jackson setting. Jackson 3
   * leaves the line and column out when the source is not shown.
   */
  private static final Pattern SOURCE_LOCATION =
      Pattern.compile("\\[Source: .*?; (?:line: \\d+, column: \\d+|byte offset: #\\w+)\\]", Pattern.DOTALL);

  private ReadProblems() {}

  //-----------------------------------------------------------------------
  /** Creates the exception for a problem with the value the parser stands at. */
  static ResettlementJsonException at(JsonParser parser, String reason) {
    return new ResettlementJsonException(parser, here(parser), reason);
  }

  /** Creates the exception for a value of the wrong JSON type. */
  private static ResettlementJsonException unexpected(JsonParser parser, String expected) {
    return at(parser, "expected " + expected + ", found " + Refusal.found(parser.currentToken()));
  }

  private static JsonPointer here(JsonParser parser) {
    return Refusal.here(parser);
  }

  //-----------------------------------------------------------------------
  /**
   * Translates a problem met while reading a value of a core type.
   *
   * @param problem what was thrown
   * @param parser the parser, where the problem was found
   * @param valueType the type being read, a core type inside a document
   * @return the exception to throw
   */
  static ResettlementJsonException translate(Throwable problem, JsonParser parser, Class<?> valueType) {
    Throwable cause = unwrap(problem);
    if (cause instanceof Refusal) {
      // A deserializer of the module refused a value; it found the place and the words.
      Refusal refusal = (Refusal) cause;
      return new ResettlementJsonException(parser, refusal.place(), refusal.reason());
    }
    ResettlementJsonException translated = worded(cause, parser, valueType);
    return translated == cause
        ? translated
        : new ResettlementJsonException(parser, translated.pointer(), translated.reason(), cause);
  }

  private static ResettlementJsonException worded(Throwable cause, JsonParser parser, Class<?> valueType) {
    if (cause instanceof ResettlementJsonException) {
      return (ResettlementJsonException) cause;
    }
    if (cause instanceof InvalidValueException) {
      return invalidValue((InvalidValueException) cause, parser, valueType);
    }
    if (cause instanceof InvalidNullException) {
      return at(parser, "must not be null");
    }
    if (cause instanceof PropertyBindingException) {
      PropertyBindingException unknown = (PropertyBindingException) cause;
      // Jackson 3 reports an unknown property of a record after the end of the record.
      JsonPointer place =
          unknown.getPropertyName().equals(parser.currentName())
              ? here(parser)
              : here(parser).appendProperty(unknown.getPropertyName());
      return new ResettlementJsonException(
          parser, place, Wording.unknownProperty(knownProperties(unknown, valueType)));
    }
    if (cause instanceof InvalidFormatException) {
      InvalidFormatException format = (InvalidFormatException) cause;
      return at(parser, Wording.quoted(format.getValue()) + " is not " + Wording.expected(format.getTargetType()));
    }
    Optional<String> missing = Wording.missingCreatorProperty(originalMessage(cause));
    if (cause instanceof MismatchedInputException && missing.isPresent()) {
      return new ResettlementJsonException(
          parser, objectHere(parser).appendProperty(missing.get()), Wording.REQUIRED);
    }
    if (cause instanceof MismatchedInputException) {
      MismatchedInputException mismatch = (MismatchedInputException) cause;
      return unexpected(parser, Wording.expected(mismatch.getTargetType()));
    }
    if (cause instanceof StreamConstraintsException) {
      return at(parser, Wording.readLimit(originalMessage(cause)));
    }
    if (cause instanceof InputCoercionException) {
      return at(parser, Wording.outOfRange(parser.getString(), originalMessage(cause)));
    }
    if (cause instanceof StreamReadException) {
      String message = withStartMarker(originalMessage(cause), parser);
      return at(parser, Wording.malformed(message));
    }
    return at(parser, Wording.sanitized(originalMessage(cause)));
  }

  /**
   * Words the one location a parser puts into its messages, the start of the object or array that
   * the document ends in, as {@code line 1, column 12}.
   */
  private static String withStartMarker(String message, JsonParser parser) {
    Matcher location = SOURCE_LOCATION.matcher(message);
    if (!location.find()) {
      return message;
    }
    TokenStreamLocation start =
        parser.streamReadContext().startLocation(parser.currentLocation().contentReference());
    return location.replaceAll(Matcher.quoteReplacement("line " + start.getLineNr() + ", column " + start.getColumnNr()));
  }

  private static Throwable unwrap(Throwable problem) {
    Throwable current = problem;
    while (current.getCause() != null
        && current != current.getCause()
        && !(current instanceof ResettlementJsonException)
        && (current instanceof InvocationTargetException
            || current instanceof ValueInstantiationException
            || current.getClass() == DatabindException.class
            || current.getCause() instanceof InvalidValueException)) {
      current = current.getCause();
    }
    return current;
  }

  private static ResettlementJsonException invalidValue(
      InvalidValueException invalid, JsonParser parser, Class<?> valueType) {
    if (invalid.valueType() != valueType) {
      // Thrown by a value the parser is reading, not by the object being built.
      return new ResettlementJsonException(parser, here(parser), Wording.sanitized(invalid.getMessage()));
    }
    JsonPointer place = objectHere(parser);
    List<String> fields = invalid.fields();
    if (fields.size() == 1) {
      return new ResettlementJsonException(parser, place.appendProperty(fields.get(0)), invalid.reason());
    }
    String reason = fields.isEmpty() ? invalid.reason() : invalid.reason() + ": " + String.join(", ", fields);
    return new ResettlementJsonException(parser, place, reason);
  }

  /**
   * Returns the place of the object being built: the parser stands just after it, or, when a
   * creator ran before the end of the object, at one of its properties.
   */
  private static JsonPointer objectHere(JsonParser parser) {
    JsonPointer place = here(parser);
    if (parser.currentToken() != JsonToken.END_OBJECT && parser.streamReadContext().inObject()) {
      JsonPointer head = place.head();
      return head == null ? JsonPointer.empty() : head;
    }
    return place;
  }

  private static List<String> knownProperties(PropertyBindingException unknown, Class<?> valueType) {
    Optional<ValueType> type = ValueType.of(valueType);
    if (type.isPresent()) {
      return type.get().attributes().stream().map(Attribute::name).collect(Collectors.toList());
    }
    Collection<Object> known = unknown.getKnownPropertyIds();
    List<String> names = new ArrayList<>();
    if (known != null) {
      known.forEach(name -> names.add(String.valueOf(name)));
    }
    names.sort(null);
    return names;
  }

  private static String originalMessage(Throwable problem) {
    String message =
        problem instanceof JacksonException
            ? ((JacksonException) problem).getOriginalMessage()
            : problem.getMessage();
    return message == null ? "invalid value" : message;
  }
}
