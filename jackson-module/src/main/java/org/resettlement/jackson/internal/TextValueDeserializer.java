package org.resettlement.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import org.resettlement.json.support.TextValues;
import org.resettlement.json.support.TextValues.TextValue;
import org.resettlement.json.support.WireProblem;

/**
 * A core value written as its text, as {@link TextValues} lists them: an identifier, a country
 * code, a country group or a partial date.
 *
 * @param <T> the value type
 */
final class TextValueDeserializer<T> extends StdScalarDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient TextValue<T> value;

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
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      throw Refusal.unexpected(parser, value.expected());
    }
    try {
      return value.parse(parser.getText());
    } catch (WireProblem problem) {
      throw Refusal.of(parser, problem);
    }
  }
}
