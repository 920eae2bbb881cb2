package org.resettlement.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.resettlement.core.Quantity;
import org.resettlement.json.support.QuantityForm;
import org.resettlement.json.support.WireProblem;

/**
 * A {@link Quantity}, in the form {@link QuantityForm} gives: a bare number for an exact count,
 * otherwise an object with the qualifier first.
 */
final class QuantityJson {
  private QuantityJson() {}

  /** Writes a quantity. */
  static final class Serializer extends StdSerializer<Quantity> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Quantity.class);
    }

    @Override
    public void serialize(Quantity quantity, JsonGenerator generator, SerializerProvider provider) throws IOException {
      if (quantity.exact()) {
        generator.writeNumber(quantity.value());
        return;
      }
      generator.writeStartObject(quantity);
      generator.writeStringField(QuantityForm.QUALIFIER, QuantityForm.nameOf(quantity.qualifier()));
      if (quantity.qualifier() == Quantity.Qualifier.RANGE) {
        generator.writeNumberField(QuantityForm.MIN, quantity.min());
        generator.writeNumberField(QuantityForm.MAX, quantity.max().getAsLong());
      } else {
        generator.writeNumberField(QuantityForm.VALUE, quantity.value());
      }
      generator.writeEndObject();
    }
  }

  /** Reads a quantity. */
  static final class Deserializer extends StdDeserializer<Quantity> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Quantity.class);
    }

    @Override
    public Quantity deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      try {
        if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
          return Quantity.exactly(count(parser));
        }
        if (ObjectTokens.isObject(parser)) {
          return readQualified(parser);
        }
      } catch (WireProblem problem) {
        throw Refusal.of(parser, problem);
      }
      throw Refusal.unexpected(parser, QuantityForm.EXPECTED);
    }

    // Not named readObject: in a Serializable class javac takes that for a serialization hook.
    private static Quantity readQualified(JsonParser parser) throws IOException {
      QuantityForm form = new QuantityForm();
      for (String name = ObjectTokens.firstName(parser); name != null; name = parser.nextFieldName()) {
        parser.nextToken();
        form.property(name);
        if (name.equals(QuantityForm.QUALIFIER)) {
          form.qualifier(qualifier(parser));
        } else {
          form.count(name, count(parser));
        }
      }
      // The parser now stands after the object: problems are reported at its properties.
      return form.build();
    }

    private static String qualifier(JsonParser parser) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        throw Refusal.unexpected(parser, QuantityForm.EXPECTED_QUALIFIER);
      }
      return parser.getText();
    }

    private static long count(JsonParser parser) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        throw Refusal.unexpected(parser, QuantityForm.EXPECTED_COUNT);
      }
      if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        throw Refusal.at(parser, QuantityForm.TOO_LARGE);
      }
      return QuantityForm.count(parser.getLongValue());
    }
  }
}
