package org.resettlement.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

/**
 * Wraps the deserializer of a composite core type so that whatever goes wrong while reading a
 * value of it leaves as a {@link org.resettlement.jackson3.ResettlementJsonException}, also when
 * the value is read with a plain {@code JsonMapper}.
 *
 * <p>The innermost wrapper translates; the ones around it pass the translated exception on.
 */
final class TranslatingDeserializer extends DelegatingDeserializer {

  private final Class<?> valueType;

  TranslatingDeserializer(ValueDeserializer<?> delegate, Class<?> valueType) {
    super(delegate);
    this.valueType = valueType;
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
    return new TranslatingDeserializer(delegate, valueType);
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) {
    try {
      return _delegatee.deserialize(parser, context);
    } catch (RuntimeException e) {
      throw ReadProblems.translate(e, parser, valueType);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object deserialize(JsonParser parser, DeserializationContext context, Object intoValue) {
    try {
      return ((ValueDeserializer<Object>) _delegatee).deserialize(parser, context, intoValue);
    } catch (RuntimeException e) {
      throw ReadProblems.translate(e, parser, valueType);
    }
  }

  @Override
  public Object deserializeWithType(
      JsonParser parser, DeserializationContext context, TypeDeserializer typeDeserializer) {
    try {
      return _delegatee.deserializeWithType(parser, context, typeDeserializer);
    } catch (RuntimeException e) {
      throw ReadProblems.translate(e, parser, valueType);
    }
  }
}
