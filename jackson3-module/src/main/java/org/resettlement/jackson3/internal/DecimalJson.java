package org.resettlement.jackson3.internal;

import java.math.BigDecimal;
import org.resettlement.json.support.DecimalText;
import org.resettlement.json.support.WireProblem;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Decimal attributes, such as the amount of a {@code MonetaryAmount}, as {@link DecimalText}
 * writes them: {@code "1250.00"}.
 */
final class DecimalJson {
  static final StdScalarSerializer<BigDecimal> SERIALIZER = new Serializer();
  static final StdScalarDeserializer<BigDecimal> DESERIALIZER = new Deserializer();

  private DecimalJson() {}

  private static final class Serializer extends StdScalarSerializer<BigDecimal> {
    Serializer() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
      generator.writeString(DecimalText.of(value));
    }
  }

  private static final class Deserializer extends StdScalarDeserializer<BigDecimal> {
    Deserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        throw Refusal.unexpected(parser, DecimalText.EXPECTED);
      }
      try {
        return DecimalText.parse(parser.getString(), parser.streamReadConstraints().getMaxNumberLength());
      } catch (WireProblem problem) {
        throw Refusal.of(parser, problem);
      }
    }
  }
}
