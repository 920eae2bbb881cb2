package org.resettlement.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.io.IOException;

/**
 * Wraps the deserializer of a composite core type so that whatever goes wrong while reading a
 * value of it leaves as a {@link org.resettlement.jackson.ResettlementJsonException}, also when
 * the value is read with a plain {@code ObjectMapper}.
 *
 * <p>The innermost wrapper translates; the ones around it pass the translated exception on.
 */
final class TranslatingDeserializer extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  private final Class<?> valueType;

  TranslatingDeserializer(JsonDeserializer<?> delegate, Class<?> valueType) {
    super(delegate);
    this.valueType = valueType;
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
    return new TranslatingDeserializer(delegate, valueType);
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    try {
      return _delegatee.deserialize(parser, context);
    } catch (IOException | RuntimeException e) {
      throw ReadProblems.translate(e, parser, valueType);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object deserialize(JsonParser parser, DeserializationContext context, Object intoValue)
      throws IOException {
    try {
      return ((JsonDeserializer<Object>) _delegatee).deserialize(parser, context, intoValue);
    } catch (IOException | RuntimeException e) {
      throw ReadProblems.translate(e, parser, valueType);
    }
  }

  @Override
  public Object deserializeWithType(
      JsonParser parser, DeserializationContext context, TypeDeserializer typeDeserializer)
      throws IOException {
    try {
      return _delegatee.deserializeWithType(parser, context, typeDeserializer);
    } catch (IOException | RuntimeException e) {
      throw ReadProblems.translate(e, parser, valueType);
    }
  }
}
