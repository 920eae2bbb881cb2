package org.resettlement.jackson3.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.resettlement.core.Actor;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Quantity;
import org.resettlement.core.Rounding;
import org.resettlement.json.support.CoreTypes;
import org.resettlement.json.support.TextValues;
import org.resettlement.json.support.TextValues.TextValue;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;

/**
 * The deserializers of the core's hand-written value types and enums, of web addresses and of
 * dates.
 * Composite value types are read through their builders, as {@link ImmutablesIntrospector}
 * configures it.
 *
 * <p>Each is wrapped in the guard that {@code ResettlementModule} gives, so that what the parser
 * finds wrong in such a value (a malformed string, a name given twice) and every {@link Refusal} is
 * reported like every other problem, also when the value is a document of its own.
 */
public final class CoreDeserializers extends Deserializers.Base {
  private final BiFunction<ValueDeserializer<?>, Class<?>, ValueDeserializer<?>> guard;
  private final Map<Class<?>, ValueDeserializer<?>> byType = new HashMap<>();

  /**
   * Creates the deserializers.
   *
   * @param guard  wraps a deserializer of a core type, given the type, so that its problems are
   *     reported in the module's words, not null
   */
  public CoreDeserializers(BiFunction<ValueDeserializer<?>, Class<?>, ValueDeserializer<?>> guard) {
    this.guard = guard;
    for (TextValue<?> value : TextValues.all()) {
      add(value.type(), new TextValueDeserializer<>(value));
    }
    add(Quantity.class, new QuantityJson.Deserializer());
    add(LocalizedText.class, new LocalizedTextJson.Deserializer());
    add(Actor.class, new ActorJson.Deserializer());
    add(DimensionKey.class, new StatisticsJson.KeyDeserializer());
    add(Rounding.class, new StatisticsJson.RoundingDeserializer());
    // Jackson's reader of web addresses, unguarded as before: a refused address is reported by
    // the guard of the value that holds it.
    byType.put(URI.class, new WebAddressDeserializer());
    // Jackson's reader of dates, which this one calls for all but the common form, is unguarded
    // too.
    byType.put(LocalDate.class, new DateDeserializer());
  }

  private void add(Class<?> type, ValueDeserializer<?> deserializer) {
    byType.put(type, guard.apply(deserializer, type));
  }

  @Override
  public ValueDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier description) {
    return byType.get(type.getRawClass());
  }

  @Override
  public ValueDeserializer<?> findEnumDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier description) {
    return CoreTypes.isCoreEnum(type.getRawClass())
        ? guard.apply(enumDeserializer(type.getRawClass()), type.getRawClass())
        : null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ValueDeserializer<?> enumDeserializer(Class<?> type) {
    return new EnumJson.Deserializer(type);
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return byType.containsKey(valueType)
        || CoreTypes.isCoreEnum(valueType);
  }
}
