package org.resettlement.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import org.resettlement.json.support.DecimalText;
import org.resettlement.json.support.WireProblem;

/**
 * Decimal attributes, such as the amount of a {@code MonetaryAmount}, as {@link DecimalText}
 * writes them: {@code "1250.00"}.
 */
final class DecimalJson {
  static final StdScalarSerializer<BigDecimal> SERIALIZER = new Serializer();
  static final StdScalarDeserializer<BigDecimal> DESERIALIZER = new Deserializer();

  private DecimalJson() {}

  private static final class Serializer extends StdScalarSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(DecimalText.of(value));
    }
  }

  private static final class Deserializer extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        throw Refusal.unexpected(parser, DecimalText.EXPECTED);
      }
      try {
        return DecimalText.parse(parser.getText(), parser.streamReadConstraints().getMaxNumberLength());
      } catch (WireProblem problem) {
        throw Refusal.of(parser, problem);
      }
    }
  }
}
