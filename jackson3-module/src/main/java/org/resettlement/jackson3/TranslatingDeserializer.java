package org.resettlement.jackson3;

import org.resettlement.jackson3.internal.DocumentValues;
import org.resettlement.json.support.SharedValues;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.util.AccessPattern;

/**
 * Wraps the deserializer of a core type so that whatever goes wrong while reading a value of it
 * leaves as a {@link org.resettlement.jackson3.ResettlementJsonException}, also when the value is
 * read with a plain {@code JsonMapper}, and so that a document that is just {@code null} is refused
 * as a value of the wrong kind.
 *
 * <p>The innermost wrapper translates; the ones around it pass the translated exception on.
 */
final class TranslatingDeserializer extends DelegatingDeserializer {

  private final Class<?> valueType;
  /** Whether equal values of this type in one document are read as one object. */
  private final boolean shared;

  TranslatingDeserializer(ValueDeserializer<?> delegate, Class<?> valueType) {
    super(delegate);
    this.valueType = valueType;
    this.shared = SharedValues.isShared(valueType);
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
    return new TranslatingDeserializer(delegate, valueType);
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) {
    Object value;
    try {
      value = _delegatee.deserialize(parser, context);
    } catch (RuntimeException e) {
      throw ReadProblems.translate(e, parser, valueType);
    }
    return shared && value != null ? DocumentValues.of(context).share(value) : value;
  }

  /**
   * Refuses a document that is just {@code null} as the delegate refuses any other value of the
   * wrong kind ("expected an object, found null"): a value of a core type is never absent at the
   * root. Inside a document, a {@code null} stays what the delegate makes of it.
   */
  @Override
  public Object getNullValue(DeserializationContext context) {
    JsonParser parser = context.getParser();
    if (parser != null && parser.hasToken(JsonToken.VALUE_NULL) && parser.streamReadContext().inRoot()) {
      return deserialize(parser, context);
    }
    return super.getNullValue(context);
  }

  /** The null value depends on where the {@code null} stands, so it is asked for every time. */
  @Override
  public AccessPattern getNullAccessPattern() {
    return AccessPattern.DYNAMIC;
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
