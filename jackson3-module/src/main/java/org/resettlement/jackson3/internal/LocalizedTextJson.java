package org.resettlement.jackson3.internal;

import java.util.Map;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.LocalizedText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

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
    Serializer() {
      super(LocalizedText.class);
    }

    @Override
    public void serialize(LocalizedText text, JsonGenerator generator, SerializationContext context) {
      generator.writeStartObject(text);
      for (Map.Entry<String, String> variant : text.variants().entrySet()) {
        generator.writeStringProperty(variant.getKey(), variant.getValue());
      }
      generator.writeEndObject();
    }
  }

  /** Reads a localised text. */
  static final class Deserializer extends StdDeserializer<LocalizedText> {
    Deserializer() {
      super(LocalizedText.class);
    }

    @Override
    public LocalizedText deserialize(JsonParser parser, DeserializationContext context) {
      if (!ObjectTokens.isObject(parser)) {
        throw Refusal.unexpected(parser, EXPECTED);
      }
      LocalizedText.Builder text = LocalizedText.builder();
      for (String tag = ObjectTokens.firstName(parser); tag != null; tag = parser.nextName()) {
        if (parser.nextToken() != JsonToken.VALUE_STRING) {
          throw Refusal.unexpected(parser, "the text in this language, as a string");
        }
        try {
          // Each variant is checked where it stands, so that a refusal names its language.
          text.add(tag, parser.getString());
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
