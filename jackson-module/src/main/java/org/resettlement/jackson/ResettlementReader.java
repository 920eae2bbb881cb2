package org.resettlement.jackson;

import com.fasterxml.jackson.core.FormatSchema;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DataFormatReaders;
import java.io.IOException;

/**
 * The readers of a {@link ResettlementMapper}: like the mapper, they report every problem of a
 * document as a {@link org.resettlement.jackson.ResettlementJsonException}, also those found
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

  private ResettlementReader(ObjectReader base, JsonFactory factory) {
    super(base, factory);
  }

  private ResettlementReader(ObjectReader base, DeserializationConfig config) {
    super(base, config);
  }

  private ResettlementReader(
      ObjectReader base,
      DeserializationConfig config,
      JavaType valueType,
      JsonDeserializer<Object> rootDeserializer,
      Object valueToUpdate,
      FormatSchema schema,
      InjectableValues values,
      DataFormatReaders dataFormatReaders) {
    super(base, config, valueType, rootDeserializer, valueToUpdate, schema, values, dataFormatReaders);
  }

  @Override
  protected ObjectReader _new(ObjectReader base, JsonFactory factory) {
    return new ResettlementReader(base, factory);
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
      JsonDeserializer<Object> rootDeserializer,
      Object valueToUpdate,
      FormatSchema schema,
      InjectableValues values,
      DataFormatReaders dataFormatReaders) {
    return new ResettlementReader(
        base, config, valueType, rootDeserializer, valueToUpdate, schema, values, dataFormatReaders);
  }

  @Override
  protected Object _bindAndClose(JsonParser parser) throws IOException {
    try {
      return super._bindAndClose(parser);
    } catch (JsonProcessingException e) {
      throw ReadProblems.translate(e, parser, boundType());
    }
  }

  @Override
  protected Object _bind(JsonParser parser, Object valueToUpdate) throws IOException {
    try {
      return super._bind(parser, valueToUpdate);
    } catch (JsonProcessingException e) {
      throw ReadProblems.translate(e, parser, boundType());
    }
  }

  private Class<?> boundType() {
    return _valueType == null ? Object.class : _valueType.getRawClass();
  }
}
