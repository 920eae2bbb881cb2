package org.resettlement.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.LocalizedText;

/**
 * A {@link LocalizedText}: an object of texts keyed by BCP 47 language tag, in order, the default
 * language first: {@code {"pl": "Razem w bibliotece", "en": "Together in the library"}}.
 *
 * <p>The reader keeps the order of the keys, so the first key is the default language. Tags are
 * stored in canonical case ({@code en-gb} is read as {@code en-GB}); a language given twice, also
 * in another case, is refused, as is a text that is not Unicode text, at the language it is in.
 */
final class LocalizedTextJson {
  private static final String EXPECTED = "an object of texts keyed by language, such as {\"en\": \"...\"}";

  private LocalizedTextJson() {}

  /** Writes a localised text. */
  static final class Serializer extends StdSerializer<LocalizedText> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(LocalizedText.class);
    }

    @Override
    public void serialize(LocalizedText text, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeStartObject(text);
      for (Map.Entry<String, String> variant : text.variants().entrySet()) {
        generator.writeStringField(variant.getKey(), variant.getValue());
      }
      generator.writeEndObject();
    }
  }

  /** Reads a localised text. */
  static final class Deserializer extends StdDeserializer<LocalizedText> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(LocalizedText.class);
    }

    @Override
    public LocalizedText deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!ObjectTokens.isObject(parser)) {
        throw Refusal.unexpected(parser, EXPECTED);
      }
      LocalizedText.Builder text = LocalizedText.builder();
      for (String tag = ObjectTokens.firstName(parser); tag != null; tag = parser.nextFieldName()) {
        if (parser.nextToken() != JsonToken.VALUE_STRING) {
          throw Refusal.unexpected(parser, "the text in this language, as a string");
        }
        try {
          // Each variant is checked where it stands, so that a refusal names its language.
          text.add(tag, parser.getText());
        } catch (InvalidValueException e) {
          throw Refusal.at(parser, e.reason());
        }
      }
      try {
        return text.build();
      } catch (InvalidValueException e) {
        throw Refusal.at(parser, e.reason());
      }
    }
  }
}
