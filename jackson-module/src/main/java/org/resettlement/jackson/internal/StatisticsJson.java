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
import org.resettlement.core.Category;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Rounding;
import org.resettlement.json.support.StatisticsForms;
import org.resettlement.json.support.StatisticsForms.KeyForm;
import org.resettlement.json.support.StatisticsForms.RoundingForm;
import org.resettlement.json.support.WireProblem;

/**
 * The values of official statistics with forms of their own, as {@link StatisticsForms} gives
 * them: a {@link DimensionKey} as an object of dimension codes to category codes, a {@link
 * Rounding} as {@code {"toNearest": 5}}.
 */
final class StatisticsJson {
  private StatisticsJson() {}

  /** Writes a key; the empty key, the default, counts as empty and is left out. */
  static final class KeySerializer extends StdSerializer<DimensionKey> {
    private static final long serialVersionUID = 1L;

    KeySerializer() {
      super(DimensionKey.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, DimensionKey key) {
      return key.empty();
    }

    @Override
    public void serialize(DimensionKey key, JsonGenerator generator, SerializerProvider provider) throws IOException {
      try {
        StatisticsForms.writable(key);
      } catch (IllegalArgumentException e) {
        provider.reportMappingProblem(e.getMessage());
      }
      generator.writeStartObject(key);
      for (Map.Entry<Dimension, Category> entry : key.asMap().entrySet()) {
        generator.writeStringField(entry.getKey().code(), entry.getValue().code());
      }
      generator.writeEndObject();
    }
  }

  /** Reads a key. */
  static final class KeyDeserializer extends StdDeserializer<DimensionKey> {
    private static final long serialVersionUID = 1L;

    KeyDeserializer() {
      super(DimensionKey.class);
    }

    @Override
    public DimensionKey deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!ObjectTokens.isObject(parser)) {
        throw Refusal.unexpected(parser, StatisticsForms.EXPECTED_KEY);
      }
      KeyForm form = new KeyForm();
      for (String name = ObjectTokens.firstName(parser); name != null; name = parser.nextFieldName()) {
        if (parser.nextToken() != JsonToken.VALUE_STRING) {
          throw Refusal.unexpected(parser, StatisticsForms.EXPECTED_CATEGORY);
        }
        try {
          form.category(name, parser.getText());
        } catch (WireProblem problem) {
          throw Refusal.of(parser, problem);
        }
      }
      return form.build();
    }
  }

  /** Writes a rounding. */
  static final class RoundingSerializer extends StdSerializer<Rounding> {
    private static final long serialVersionUID = 1L;

    RoundingSerializer() {
      super(Rounding.class);
    }

    @Override
    public void serialize(Rounding rounding, JsonGenerator generator, SerializerProvider provider) throws IOException {
      generator.writeStartObject(rounding);
      generator.writeNumberField(StatisticsForms.TO_NEAREST, rounding.unit());
      generator.writeEndObject();
    }
  }

  /** Reads a rounding. */
  static final class RoundingDeserializer extends StdDeserializer<Rounding> {
    private static final long serialVersionUID = 1L;

    RoundingDeserializer() {
      super(Rounding.class);
    }

    @Override
    public Rounding deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!ObjectTokens.isObject(parser)) {
        throw Refusal.unexpected(parser, StatisticsForms.EXPECTED_ROUNDING);
      }
      RoundingForm form = new RoundingForm();
      try {
        for (String name = ObjectTokens.firstName(parser); name != null; name = parser.nextFieldName()) {
          parser.nextToken();
          form.property(name);
          if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
            throw Refusal.unexpected(parser, StatisticsForms.EXPECTED_UNIT);
          }
          boolean fitsLong = parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
          form.unit(parser.getText(), fitsLong ? parser.getLongValue() : 0, fitsLong);
        }
        // The parser now stands after the object: problems are reported at its properties.
        return form.build();
      } catch (WireProblem problem) {
        throw Refusal.of(parser, problem);
      }
    }
  }
}
