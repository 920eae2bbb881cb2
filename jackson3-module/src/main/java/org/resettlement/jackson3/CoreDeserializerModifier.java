package org.resettlement.jackson3;

import java.util.Optional;
import org.resettlement.json.support.ValueType;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;

/** Puts a {@link TranslatingDeserializer} around the deserializers of composite core types. */
final class CoreDeserializerModifier extends ValueDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public ValueDeserializer<?> modifyDeserializer(
      DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
    Class<?> type = description.getBeanClass();
    // A builder-based deserializer is described by its builder.
    Optional<ValueType> built = ValueType.ofBuilder(type);
    if (built.isPresent()) {
      return new TranslatingDeserializer(deserializer, built.get().type());
    }
    return deserializer;
  }
}
