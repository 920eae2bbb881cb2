package org.resettlement.jackson.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.resettlement.core.Actor;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Quantity;
import org.resettlement.core.Rounding;
import org.resettlement.json.support.CoreTypes;
import org.resettlement.json.support.TextValues;

/**
 * The serializers of the core's hand-written value types and enums. Composite value types are
 * written by Jackson's bean serializer, as {@link ImmutablesIntrospector} configures it.
 */
public final class CoreSerializers extends Serializers.Base {

  /** Creates the serializers. */
  public CoreSerializers() {}

  private final JsonSerializer<Quantity> quantity = new QuantityJson.Serializer();
  private final JsonSerializer<LocalizedText> localizedText = new LocalizedTextJson.Serializer();
  private final JsonSerializer<Actor> actor = new ActorJson.Serializer();
  private final JsonSerializer<DimensionKey> key = new StatisticsJson.KeySerializer();
  private final JsonSerializer<Rounding> rounding = new StatisticsJson.RoundingSerializer();

  @Override
  public JsonSerializer<?> findSerializer(
      SerializationConfig config, JavaType type, BeanDescription description) {
    Class<?> raw = type.getRawClass();
    if (TextValues.isWrittenAsText(raw)) {
      // toString() gives the text that the type's factory reads back.
      return ToStringSerializer.instance;
    }
    if (raw == Quantity.class) {
      return quantity;
    }
    if (raw == LocalizedText.class) {
      return localizedText;
    }
    if (raw == Actor.class) {
      return actor;
    }
    if (raw == DimensionKey.class) {
      return key;
    }
    if (raw == Rounding.class) {
      return rounding;
    }
    if (CoreTypes.isCoreEnum(raw)) {
      return enumSerializer(raw);
    }
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JsonSerializer<?> enumSerializer(Class<?> type) {
    return new EnumJson.Serializer(type);
  }
}
