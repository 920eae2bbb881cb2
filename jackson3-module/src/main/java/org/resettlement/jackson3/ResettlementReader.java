package org.resettlement.jackson3;

import tools.jackson.core.FormatSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationContextExt;

/**
 * The readers of a {@link ResettlementMapper}: like the mapper, they report every problem of a
 * document as a {@link org.resettlement.jackson3.ResettlementJsonException}, also those found
 * outside the deserializers of the module. Readers made from one keep being of this kind.
 */
final class ResettlementReader extends ObjectReader {
  private static final long serialVersionUID = 1L;

  ResettlementReader(ObjectMapper mapper, DeserializationConfig config) {
    super(mapper, config);
  }

  ResettlementReader(
      ObjectMapper mapper,
      DeserializationConfig config,
      JavaType valueType,
      Object valueToUpdate,
      FormatSchema schema,
      InjectableValues values) {
    super(mapper, config, valueType, valueToUpdate, schema, values);
  }

  private ResettlementReader(ObjectReader base, DeserializationConfig config) {
    super(base, config);
  }

  private ResettlementReader(
      ObjectReader base,
      DeserializationConfig config,
      JavaType valueType,
      ValueDeserializer<Object> rootDeserializer,
      Object valueToUpdate,
      FormatSchema schema,
      InjectableValues values) {
    super(base, config, valueType, rootDeserializer, valueToUpdate, schema, values);
  }

  @Override
  protected ObjectReader _new(ObjectReader base, DeserializationConfig config) {
    return new ResettlementReader(base, config);
  }

  @Override
  protected ObjectReader _new(
      ObjectReader base,
      DeserializationConfig config,
      JavaType valueType,
      ValueDeserializer<Object> rootDeserializer,
      Object valueToUpdate,
      FormatSchema schema,
      InjectableValues values) {
    return new ResettlementReader(base, config, valueType, rootDeserializer, valueToUpdate, schema, values);
  }

  @Override
  protected Object _bindAndClose(DeserializationContextExt context, JsonParser parser) {
    try {
      return super._bindAndClose(context, parser);
    } catch (JacksonException e) {
      throw ReadProblems.translate(e, parser, boundType());
    }
  }

  @Override
  protected Object _bind(DeserializationContextExt context, JsonParser parser, Object valueToUpdate) {
    try {
      return super._bind(context, parser, valueToUpdate);
    } catch (JacksonException e) {
      throw ReadProblems.translate(e, parser, boundType());
    }
  }

  private Class<?> boundType() {
    return _valueType == null ? Object.class : _valueType.getRawClass();
  }
}
