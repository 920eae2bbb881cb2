package org.resettlement.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.resettlement.json.support.KebabCase;
import org.resettlement.json.support.Wording;

/**
 * The enums of the core, written as their {@linkplain KebabCase lower-kebab-case} names.
 *
 * <p>The reader accepts exactly those names: no other case, no ordinal numbers, no Java names.
 * That holds whatever the mapper's enum features say, so that the wire format is the same for
 * every mapper.
 */
final class EnumJson {
  private EnumJson() {}

  /** Writes the lower-kebab-case name. */
  static final class Serializer<E extends Enum<E>> extends StdScalarSerializer<E> {
    private static final long serialVersionUID = 1L;

    // Declared as EnumMap, which is Serializable like Jackson 2's serializers (for a mapper
    // written with Java serialization); the Map interface does not promise it.
    private final EnumMap<E, SerializedString> names;

    Serializer(Class<E> type) {
      super(type);
      EnumMap<E, SerializedString> byConstant = new EnumMap<>(type);
      for (E constant : type.getEnumConstants()) {
        byConstant.put(constant, new SerializedString(KebabCase.of(constant)));
      }
      this.names = byConstant;
    }

    @Override
    public void serialize(E value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(names.get(value));
    }
  }

  /** Reads the lower-kebab-case name. */
  static final class Deserializer<E extends Enum<E>> extends StdScalarDeserializer<E> {
    private static final long serialVersionUID = 1L;

    /**
     * The constants by name. {@code KebabCase.byName} gives an unmodifiable map that serialises,
     * as Jackson 2's deserializers do, which the declared interface type cannot promise javac.
     */
    @SuppressWarnings("serial")
    private final Map<String, E> constants;

    Deserializer(Class<E> type) {
      super(type);
      this.constants = KebabCase.byName(type);
    }

    @Override
    public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        throw Refusal.unexpected(parser, "one of " + names());
      }
      String name = parser.getText();
      E constant = constants.get(name);
      if (constant == null) {
        throw Refusal.at(parser, Wording.unknownValue(name, names()));
      }
      return constant;
    }

    private String names() {
      return String.join(", ", constants.keySet());
    }
  }
}
