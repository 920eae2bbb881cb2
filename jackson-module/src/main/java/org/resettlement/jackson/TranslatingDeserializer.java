package org.resettlement.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.io.IOException;
import org.resettlement.jackson.internal.DocumentValues;
import org.resettlement.json.support.SharedValues;

/**
 * Wraps the deserializer of a core type so that whatever goes wrong while reading a value of it
 * leaves as a {@link org.resettlement.jackson.ResettlementJsonException}, also when the value is
 * read with a plain {@code ObjectMapper}, and so that a document that is just {@code null} is refused
 * as a value of the wrong kind.
 *
 * <p>The innermost wrapper translates; the ones around it pass the translated exception on.
 */
final class TranslatingDeserializer extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  private final Class<?> valueType;
  /** Whether equal values of this type in one document are read as one object. */
  private final boolean shared;

  TranslatingDeserializer(JsonDeserializer<?> delegate, Class<?> valueType) {
    super(delegate);
    this.valueType = valueType;
    this.shared = SharedValues.isShared(valueType);
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
    return new TranslatingDeserializer(delegate, valueType);
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    return read(parser, context);
  }

  private Object read(JsonParser parser, DeserializationContext context) throws ResettlementJsonException {
    Object value;
    try {
      value = _delegatee.deserialize(parser, context);
    } catch (IOException | RuntimeException e) {
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
  public Object getNullValue(DeserializationContext context) throws JsonMappingException {
    JsonParser parser = context.getParser();
    if (parser != null && parser.hasToken(JsonToken.VALUE_NULL) && parser.getParsingContext().inRoot()) {
      return read(parser, context);
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
