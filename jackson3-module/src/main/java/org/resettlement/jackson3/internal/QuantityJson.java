package org.resettlement.jackson3.internal;

import org.resettlement.core.Quantity;
import org.resettlement.json.support.QuantityForm;
import org.resettlement.json.support.WireProblem;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A {@link Quantity}, in the form {@link QuantityForm} gives: a bare number for an exact count,
 * otherwise an object with the qualifier first.
 */
final class QuantityJson {
  private QuantityJson() {}

  /** Writes a quantity. */
  static final class Serializer extends StdSerializer<Quantity> {
    Serializer() {
      super(Quantity.class);
    }

    @Override
    public void serialize(Quantity quantity, JsonGenerator generator, SerializationContext context) {
      if (quantity.exact()) {
        generator.writeNumber(quantity.value());
        return;
      }
      generator.writeStartObject(quantity);
      generator.writeStringProperty(QuantityForm.QUALIFIER, QuantityForm.nameOf(quantity.qualifier()));
      if (quantity.qualifier() == Quantity.Qualifier.RANGE) {
        generator.writeNumberProperty(QuantityForm.MIN, quantity.min());
        generator.writeNumberProperty(QuantityForm.MAX, quantity.max().getAsLong());
      } else {
        generator.writeNumberProperty(QuantityForm.VALUE, quantity.value());
      }
      generator.writeEndObject();
    }
  }

  /** Reads a quantity. */
  static final class Deserializer extends StdDeserializer<Quantity> {
    Deserializer() {
      super(Quantity.class);
    }

    @Override
    public Quantity deserialize(JsonParser parser, DeserializationContext context) {
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

    private static Quantity readQualified(JsonParser parser) {
      QuantityForm form = new QuantityForm();
      for (String name = ObjectTokens.firstName(parser); name != null; name = parser.nextName()) {
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

    private static String qualifier(JsonParser parser) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        throw Refusal.unexpected(parser, QuantityForm.EXPECTED_QUALIFIER);
      }
      return parser.getString();
    }

    private static long count(JsonParser parser) {
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
