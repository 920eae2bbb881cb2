package org.resettlement.jackson;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import java.util.Optional;
import org.resettlement.json.support.ValueType;

/** Puts a {@link TranslatingDeserializer} around the deserializers of composite core types. */
final class CoreDeserializerModifier extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public JsonDeserializer<?> modifyDeserializer(
      DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
    Class<?> type = description.getBeanClass();
    // A builder-based deserializer is described by its builder.
    Optional<ValueType> built = ValueType.ofBuilder(type);
    if (built.isPresent()) {
      return new TranslatingDeserializer(deserializer, built.get().type());
    }
    return deserializer;
  }
}
