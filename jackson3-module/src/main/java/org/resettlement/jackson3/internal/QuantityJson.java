package org.resettlement.jackson3.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.Quantity;
import org.resettlement.json.support.Wording;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A {@link Quantity}: an exact count is a bare number, {@code 50}; any other is an object with
 * the qualifier first, {@code {"qualifier": "approximate", "value": 50}}, or, for a range,
 * {@code {"qualifier": "range", "min": 30, "max": 40}}.
 *
 * <p>The reader also accepts the object form of an exact count, {@code {"qualifier": "exact",
 * "value": 50}}. Counts are whole numbers from 0 to 9223372036854775807.
 */
final class QuantityJson {
  private static final String QUALIFIER = "qualifier";
  private static final String VALUE = "value";
  private static final String MIN = "min";
  private static final String MAX = "max";
  private static final String EXPECTED =
      "a count such as 50, or an object such as {\"qualifier\": \"approximate\", \"value\": 50}";

  private static final Map<String, Quantity.Qualifier> QUALIFIERS = new LinkedHashMap<>();

  static {
    for (Quantity.Qualifier qualifier : Quantity.Qualifier.values()) {
      QUALIFIERS.put(KebabCase.of(qualifier), qualifier);
    }
  }

  private QuantityJson() {}

  /** Writes a quantity. */
  static final class Serializer extends StdSerializer<Quantity> {
    Serializer() {
      super(Quantity.class);
    }

    @Override
    public void serialize(Quantity quantity, JsonGenerator generator, SerializationContext context) {
      if (quantity.isExact()) {
        generator.writeNumber(quantity.value());
        return;
      }
      generator.writeStartObject(quantity);
      generator.writeStringProperty(QUALIFIER, KebabCase.of(quantity.qualifier()));
      if (quantity.qualifier() == Quantity.Qualifier.RANGE) {
        generator.writeNumberProperty(MIN, quantity.min());
        generator.writeNumberProperty(MAX, quantity.max().getAsLong());
      } else {
        generator.writeNumberProperty(VALUE, quantity.value());
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
      if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        return Quantity.exactly(count(parser));
      }
      if (ObjectTokens.isObject(parser)) {
        return readObject(parser);
      }
      throw Refusal.unexpected(parser, EXPECTED);
    }

    private static Quantity readObject(JsonParser parser) {
      Quantity.Qualifier qualifier = null;
      Long value = null;
      Long min = null;
      Long max = null;
      for (String name = ObjectTokens.firstName(parser); name != null; name = parser.nextName()) {
        parser.nextToken();
        switch (name) {
          case QUALIFIER:
            once(parser, qualifier);
            qualifier = qualifier(parser);
            break;
          case VALUE:
            once(parser, value);
            value = count(parser);
            break;
          case MIN:
            once(parser, min);
            min = count(parser);
            break;
          case MAX:
            once(parser, max);
            max = count(parser);
            break;
          default:
            throw Refusal.at(parser, "unknown property; expected one of: qualifier, value, min, max");
        }
      }
      // The parser now stands after the object: problems are reported at its properties.
      if (qualifier == null) {
        throw missing(parser, QUALIFIER);
      }
      if (qualifier == Quantity.Qualifier.RANGE) {
        return range(parser, value, min, max);
      }
      if (min != null || max != null) {
        throw property(parser, min != null ? MIN : MAX, "allowed only with the qualifier range");
      }
      if (value == null) {
        throw missing(parser, VALUE);
      }
      long count = value;
      switch (qualifier) {
        case EXACT:
          return build(parser, () -> Quantity.exactly(count));
        case APPROXIMATE:
          return build(parser, () -> Quantity.approximately(count));
        case AT_LEAST:
          return build(parser, () -> Quantity.atLeast(count));
        default:
          return build(parser, () -> Quantity.atMost(count));
      }
    }

    private static Quantity range(JsonParser parser, Long value, Long min, Long max) {
      if (value != null) {
        throw property(parser, VALUE, "not allowed with the qualifier range; give min and max");
      }
      if (min == null) {
        throw missing(parser, MIN);
      }
      if (max == null) {
        throw missing(parser, MAX);
      }
      return build(parser, () -> Quantity.between(min, max));
    }

    private static void once(JsonParser parser, Object previous) {
      if (previous != null) {
        throw Refusal.at(parser, "property given twice");
      }
    }

    private static Quantity.Qualifier qualifier(JsonParser parser) {
      String names = String.join(", ", QUALIFIERS.keySet());
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        throw Refusal.unexpected(parser, "one of " + names);
      }
      Quantity.Qualifier qualifier = QUALIFIERS.get(parser.getString());
      if (qualifier == null) {
        throw Refusal.at(
            parser,
            "unknown value " + Wording.quoted(parser.getString()) + "; expected one of " + names);
      }
      return qualifier;
    }

    private static long count(JsonParser parser) {
      if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        throw Refusal.unexpected(parser, "a count (a whole number)");
      }
      if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        throw Refusal.at(parser, "must not be more than " + Long.MAX_VALUE);
      }
      long count = parser.getLongValue();
      if (count < 0) {
        throw Refusal.at(parser, "must not be negative, was " + count);
      }
      return count;
    }

    private static Quantity build(JsonParser parser, QuantityFactory factory) {
      try {
        return factory.create();
      } catch (InvalidValueException e) {
        throw e.field().isPresent()
            ? property(parser, e.field().get(), e.reason())
            : Refusal.at(parser, e.reason());
      }
    }

    private static Refusal missing(JsonParser parser, String name) {
      return property(parser, name, "required but not set");
    }

    private static Refusal property(JsonParser parser, String name, String reason) {
      return Refusal.atProperty(parser, name, reason);
    }
  }

  @FunctionalInterface
  private interface QuantityFactory {
    Quantity create();
  }
}
