package org.resettlement.jackson3.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.resettlement.core.Actor;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Quantity;
import org.resettlement.core.Rounding;
import org.resettlement.json.support.CoreTypes;
import org.resettlement.json.support.TextValues;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The serializers of the core's hand-written value types and enums. Composite value types are
 * written by Jackson's bean serializer, as {@link ImmutablesIntrospector} configures it.
 */
public final class CoreSerializers extends Serializers.Base {

  /** Creates the serializers. */
  public CoreSerializers() {}

  private final ValueSerializer<Quantity> quantity = new QuantityJson.Serializer();
  private final ValueSerializer<LocalizedText> localizedText = new LocalizedTextJson.Serializer();
  private final ValueSerializer<Actor> actor = new ActorJson.Serializer();
  private final ValueSerializer<DimensionKey> key = new StatisticsJson.KeySerializer();
  private final ValueSerializer<Rounding> rounding = new StatisticsJson.RoundingSerializer();

  @Override
  public ValueSerializer<?> findSerializer(
      SerializationConfig config,
      JavaType type,
      BeanDescription.Supplier description,
      JsonFormat.Value formatOverrides) {
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
    return null;
  }

  @Override
  public ValueSerializer<?> findEnumSerializer(
      SerializationConfig config,
      JavaType type,
      BeanDescription.Supplier description,
      JsonFormat.Value formatOverrides) {
    return CoreTypes.isCoreEnum(type.getRawClass()) ? enumSerializer(type.getRawClass()) : null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ValueSerializer<?> enumSerializer(Class<?> type) {
    return new EnumJson.Serializer(type);
  }
}
