package org.resettlement.jackson3.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.resettlement.json.support.Wording;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Decimal attributes, such as the amount of a {@code MonetaryAmount}: a JSON string of plain
 * decimal digits, {@code "1250.00"}.
 *
 * <p>A string keeps the scale ({@code "1000"} and {@code "1000.00"} are different amounts in the
 * model) and every digit in languages whose JSON parsers read numbers as binary floating point.
 * The reader accepts only non-negative plain decimals: no sign, exponent, or spaces, and no
 * more digits than the parser's number length limit.
 */
final class DecimalJson {
  static final StdScalarSerializer<BigDecimal> SERIALIZER = new Serializer();
  static final StdScalarDeserializer<BigDecimal> DESERIALIZER = new Deserializer();

  private static final Pattern PLAIN = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final String EXAMPLE = "a decimal amount written as a string, such as \"1250.00\"";

  private DecimalJson() {}

  private static final class Serializer extends StdScalarSerializer<BigDecimal> {
    Serializer() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
      generator.writeString(value.toPlainString());
    }
  }

  private static final class Deserializer extends StdScalarDeserializer<BigDecimal> {
    Deserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        throw Refusal.unexpected(parser, EXAMPLE);
      }
      String text = parser.getString();
      int limit = parser.streamReadConstraints().getMaxNumberLength();
      if (text.length() > limit) {
        throw Refusal.at(parser, "a decimal amount must not have more than " + limit + " characters");
      }
      if (!PLAIN.matcher(text).matches()) {
        throw Refusal.at(parser, Wording.quoted(text) + " is not " + EXAMPLE);
      }
      return new BigDecimal(text);
    }
  }
}
