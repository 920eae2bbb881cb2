package org.resettlement.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.function.Function;
import org.resettlement.core.InvalidValueException;
import org.resettlement.json.support.Wording;

/**
 * A core value written as its text: an identifier, a country code, a country group or a partial
 * date. They are written with their {@code toString()}, which their factories read back.
 *
 * @param <T> the value type
 */
final class TextValueDeserializer<T> extends StdScalarDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Function<String, T> factory;
  private final String expected;

  /**
   * Creates the deserializer.
   *
   * @param type the value type
   * @param factory reads the text, throwing {@link InvalidValueException} if it is invalid
   * @param expected what the text should be, for messages, such as "a country code such as PL"
   */
  TextValueDeserializer(Class<T> type, Function<String, T> factory, String expected) {
    super(type);
    this.factory = factory;
    this.expected = expected;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      throw Refusal.unexpected(parser, expected);
    }
    String text = parser.getText();
    try {
      return factory.apply(text);
    } catch (InvalidValueException e) {
      throw Refusal.at(parser, Wording.invalidText(text, expected, e));
    }
  }
}
