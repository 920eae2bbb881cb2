package org.resettlement.jackson3.internal;

import org.resettlement.json.support.TextValues;
import org.resettlement.json.support.TextValues.TextValue;
import org.resettlement.json.support.WireProblem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * A core value written as its text, as {@link TextValues} lists them: an identifier, a country
 * code, a country group or a partial date.
 *
 * @param <T> the value type
 */
final class TextValueDeserializer<T> extends StdScalarDeserializer<T> {
  private final TextValue<T> value;

  /**
   * Creates the deserializer.
   *
   * @param value the type and how to read it
   */
  TextValueDeserializer(TextValue<T> value) {
    super(value.type());
    this.value = value;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      throw Refusal.unexpected(parser, value.expected());
    }
    try {
      return value.parse(parser.getString());
    } catch (WireProblem problem) {
      throw Refusal.of(parser, problem);
    }
  }
}
