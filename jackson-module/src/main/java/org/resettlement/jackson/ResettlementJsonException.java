package org.resettlement.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.LinkedList;
import java.util.Objects;
import org.resettlement.json.support.Wording;

/**
 * Thrown when a JSON document is not a valid Resettlement document: it is malformed, a value has
 * the wrong type, a required property is missing, or a value breaks an invariant of the model.
 *
 * <p>The message names the place in the document and the reason in the domain's words, followed
 * by the line and column, for example:
 *
 * <pre>
 * events[2].period.end: must not be before the start 2023-11-15, was 2023-11-13 (line 41, column 9)
 * </pre>
 *
 * <p>The place is given as a path from the root of the document: property names joined with
 * {@code .}, and array indexes in brackets. {@link #path()}, {@link #pointer()} and {@link
 * #reason()} give the parts separately. The path is complete when the exception is created, so
 * unlike other {@link JsonMappingException}s it does not grow while it travels up through the
 * deserializers, and {@link #getPath()} returns it as references without a source object.
 *
 * <p>Messages never contain Java class or package names. They quote at most 40 characters of a
 * rejected value, and never the names or contacts of people except as such a quoted value.
 * Control characters, such as a line break in a quoted value or a property name, are written as
 * escapes ({@code \u000a}), so that a message is one line of a log and cannot forge another.
 */
public class ResettlementJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** The place of the problem, from the root of the document. */
  private final JsonPointer pointer;

  /**
   * Creates an exception for a problem at a place in the document being read.
   *
   * @param parser the parser reading the document, which gives the line and column, not null
   * @param pointer the place of the problem, from the root of the document, not null
   * @param reason the reason in the domain's words, without the path, not null
   * @throws NullPointerException if the parser, the pointer or the reason is null
   */
  public ResettlementJsonException(JsonParser parser, JsonPointer pointer, String reason) {
    this(parser, pointer, reason, null);
  }

  /**
   * Creates an exception for a problem at a place in the document being read, found as another
   * exception, such as the parser's report of malformed JSON or an invariant of the core.
   *
   * @param parser the parser reading the document, which gives the line and column, not null
   * @param pointer the place of the problem, from the root of the document, not null
   * @param reason the reason in the domain's words, without the path, not null
   * @param cause the exception the problem was found as, or null
   * @throws NullPointerException if the parser, the pointer or the reason is null
   */
  public ResettlementJsonException(JsonParser parser, JsonPointer pointer, String reason, Throwable cause) {
    super(
        Objects.requireNonNull(parser, "parser"),
        Wording.escaped(Objects.requireNonNull(reason, "reason")),
        cause);
    // The location of the value the problem is about, not of the character a cause names.
    _location = parser.currentTokenLocation();
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    _path = references(pointer);
  }

  private static LinkedList<Reference> references(JsonPointer pointer) {
    LinkedList<Reference> references = new LinkedList<>();
    for (JsonPointer rest = pointer; !rest.matches(); rest = rest.tail()) {
      references.add(
          rest.mayMatchElement()
              ? new Reference(null, rest.getMatchingIndex())
              : new Reference(null, rest.getMatchingProperty()));
    }
    return references;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the place of the problem as a path such as {@code events[2].period.end}: property
   * names joined with {@code .} and array indexes in brackets. A property name that is not a
   * simple word is written as {@code ["name"]}.
   *
   * @return the path, empty for the document as a whole, not null
   */
  public String path() {
    StringBuilder path = new StringBuilder();
    for (JsonPointer rest = pointer; !rest.matches(); rest = rest.tail()) {
      if (rest.mayMatchElement()) {
        path.append('[').append(rest.getMatchingIndex()).append(']');
      } else {
        Wording.appendProperty(path, rest.getMatchingProperty());
      }
    }
    return path.toString();
  }

  /**
   * Returns the place of the problem as a JSON Pointer (RFC 6901), such as {@code
   * /events/2/period/end}.
   *
   * @return the pointer, {@link JsonPointer#empty()} for the document as a whole, not null
   */
  public JsonPointer pointer() {
    return pointer;
  }

  /**
   * Returns the reason in the domain's words, without the path or the location.
   *
   * @return the reason, such as {@code "must not be null"}, not null
   */
  public String reason() {
    return getOriginalMessage();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the path, the reason and the line and column of the problem.
   *
   * @return the message, such as {@code "events[2].kind: unknown value 'wokshop'; ... (line 7,
   *     column 15)"}, not null
   */
  @Override
  public String getMessage() {
    String path = path();
    StringBuilder message = new StringBuilder();
    if (!path.isEmpty()) {
      message.append(path).append(": ");
    }
    message.append(reason());
    JsonLocation location = getLocation();
    if (location != null && location.getLineNr() > 0) {
      message.append(" (line ").append(location.getLineNr());
      if (location.getColumnNr() > 0) {
        message.append(", column ").append(location.getColumnNr());
      }
      message.append(')');
    }
    return message.toString();
  }

  /**
   * Returns the same as {@link #getMessage()}.
   *
   * @return the message, not null
   */
  @Override
  public String getLocalizedMessage() {
    return getMessage();
  }

  /**
   * Appends the {@linkplain #path() path} of the problem.
   *
   * @param builder the builder to append to, not null
   * @return the builder, not null
   * @throws NullPointerException if the builder is null
   */
  @Override
  public StringBuilder getPathReference(StringBuilder builder) {
    Objects.requireNonNull(builder, "builder");
    return builder.append(path());
  }

  /**
   * Does nothing: the path is complete from the root of the document when this exception is
   * created, so the references that enclosing deserializers add would repeat parts of it.
   *
   * @param reference the reference Jackson would prepend, not null; ignored
   * @throws NullPointerException if the reference is null
   */
  @Override
  public void prependPath(Reference reference) {
    Objects.requireNonNull(reference, "reference");
    // The path was taken from the parser's position in the whole document.
  }
}
