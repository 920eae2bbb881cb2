package org.resettlement.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.resettlement.json.support.WireProblem;

/**
 * A value that a deserializer of this package refuses: the place in the document and the reason in
 * the domain's words.
 *
 * <p>It does not reach users. The deserializers of this package are installed behind the guard
 * that {@code ResettlementModule} gives them, which turns a refusal, like every other problem, into
 * a {@code ResettlementJsonException} with the same place and reason, at the same location: the
 * parser does not move between the two. The public package depends on this one and not the other
 * way round, so nothing here names the public exception.
 */
public final class Refusal extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final JsonPointer place;
  private final String reason;

  private Refusal(JsonParser parser, JsonPointer place, String reason) {
    super(parser, reason);
    this.place = place;
    this.reason = reason;
  }

  //-----------------------------------------------------------------------
  /**
   * Refuses the value the parser stands at.
   *
   * @param parser  the parser, at the value
   * @param reason  the reason, without the place
   * @return the refusal to throw, not null
   */
  public static Refusal at(JsonParser parser, String reason) {
    return new Refusal(parser, here(parser), reason);
  }

  /**
   * Refuses a property of the object the parser stands at or has just read.
   *
   * @param parser  the parser, in or just after the object
   * @param name  the name of the property
   * @param reason  the reason, without the place
   * @return the refusal to throw, not null
   */
  public static Refusal atProperty(JsonParser parser, String name, String reason) {
    return new Refusal(parser, here(parser).appendProperty(name), reason);
  }

  /**
   * Refuses what a rule of the wire format found wrong: the value the parser stands at, or a
   * property of the object it has just read.
   *
   * @param parser  the parser, where the rule found the problem
   * @param problem  the problem, not null
   * @return the refusal to throw, not null
   */
  public static Refusal of(JsonParser parser, WireProblem problem) {
    return problem.property().isPresent()
        ? atProperty(parser, problem.property().get(), problem.reason())
        : at(parser, problem.reason());
  }

  /**
   * Refuses a value of the wrong JSON type.
   *
   * @param parser  the parser, at the value
   * @param expected  what the value should be, such as {@code "a string"}
   * @return the refusal to throw, not null
   */
  public static Refusal unexpected(JsonParser parser, String expected) {
    return at(parser, "expected " + expected + ", found " + found(parser.currentToken()));
  }

  /**
   * Returns the place the parser stands at, from the root of the document.
   *
   * @param parser  the parser
   * @return the place, not null
   */
  public static JsonPointer here(JsonParser parser) {
    return JsonPointer.forPath(parser.getParsingContext(), false);
  }

  /**
   * Describes the JSON value a token starts.
   *
   * @param token  the token, null at the end of the document
   * @return a description such as {@code "a string"}, not null
   */
  public static String found(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
      case END_OBJECT:
      case FIELD_NAME:
        return "an object";
      case START_ARRAY:
      case END_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "a whole number";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return "a value";
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the place of the refused value.
   *
   * @return the place, from the root of the document, not null
   */
  public JsonPointer place() {
    return place;
  }

  /**
   * Returns the reason.
   *
   * @return the reason in the domain's words, without the place, not null
   */
  public String reason() {
    return reason;
  }
}
