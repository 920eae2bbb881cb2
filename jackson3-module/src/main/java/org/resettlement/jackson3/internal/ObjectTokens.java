package org.resettlement.jackson3.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reading the properties of a JSON object in a deserializer, which Jackson calls either at the
 * start of the object or, when it has buffered the start, at its first property name.
 */
final class ObjectTokens {
  private ObjectTokens() {}

  /** Checks whether the parser stands at an object: its start, a property name, or its end. */
  static boolean isObject(JsonParser parser) {
    return parser.isExpectedStartObjectToken()
        || parser.hasToken(JsonToken.PROPERTY_NAME)
        || parser.hasToken(JsonToken.END_OBJECT);
  }

  /** Returns the name of the first property, or null for an empty object. */
  static String firstName(JsonParser parser) {
    if (parser.hasToken(JsonToken.PROPERTY_NAME)) {
      return parser.currentName();
    }
    return parser.hasToken(JsonToken.END_OBJECT) ? null : parser.nextName();
  }
}
