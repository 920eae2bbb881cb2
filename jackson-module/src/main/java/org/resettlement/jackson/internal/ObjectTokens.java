package org.resettlement.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reading the properties of a JSON object in a deserializer, which Jackson calls either at the
 * start of the object or, when it has buffered the start, at its first property name.
 */
final class ObjectTokens {
  private ObjectTokens() {}

  /** Checks whether the parser stands at an object: its start, a property name, or its end. */
  static boolean isObject(JsonParser parser) {
    return parser.isExpectedStartObjectToken()
        || parser.hasToken(JsonToken.FIELD_NAME)
        || parser.hasToken(JsonToken.END_OBJECT);
  }

  /** Returns the name of the first property, or null for an empty object. */
  static String firstName(JsonParser parser) throws IOException {
    if (parser.hasToken(JsonToken.FIELD_NAME)) {
      return parser.currentName();
    }
    return parser.hasToken(JsonToken.END_OBJECT) ? null : parser.nextFieldName();
  }
}
