package org.resettlement.jackson;

import com.fasterxml.jackson.core.FormatSchema;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.BeanDeserializerFactory;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializerCache;
import com.fasterxml.jackson.databind.deser.DeserializerFactory;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.CacheProvider;
import java.io.IOException;
import org.resettlement.jackson.internal.Refusal;

/**
 * The mapper that {@code ResettlementJson} builds: a {@link JsonMapper} whose readers report
 * every problem of a document as a {@link ResettlementJsonException}, also those Jackson finds
 * outside the deserializers of the module: an empty document, one that is malformed from its
 * first character or after its end, and content after its end (with {@code
 * FAIL_ON_TRAILING_TOKENS}), without the Java type Jackson's own messages name.
 */
final class ResettlementMapper extends JsonMapper {
  private static final long serialVersionUID = 1L;

  private ResettlementMapper(JsonFactory factory) {
    super(factory);
    _deserializationContext = new Context(BeanDeserializerFactory.instance);
  }

  private ResettlementMapper(ResettlementMapper source) {
    super(source);
  }

  /**
   * Returns a builder that builds this kind of mapper, reading and writing with a factory.
   *
   * @param factory the factory of parsers and generators, with the read limits, not null
   * @return a new builder, not null
   */
  public static JsonMapper.Builder builder(JsonFactory factory) {
    return new JsonMapper.Builder(new ResettlementMapper(factory));
  }

  @Override
  public JsonMapper copy() {
    return new ResettlementMapper(this);
  }

  @Override
  protected Object _readMapAndClose(JsonParser parser, JavaType valueType) throws IOException {
    try {
      return super._readMapAndClose(parser, valueType);
    } catch (JsonProcessingException e) {
      throw ReadProblems.translate(e, parser, valueType.getRawClass());
    }
  }

  @Override
  protected Object _readValue(DeserializationConfig config, JsonParser parser, JavaType valueType) throws IOException {
    try {
      return super._readValue(config, parser, valueType);
    } catch (JsonProcessingException e) {
      throw ReadProblems.translate(e, parser, valueType.getRawClass());
    }
  }

  @Override
  protected ObjectReader _newReader(DeserializationConfig config) {
    return new ResettlementReader(this, config);
  }

  @Override
  protected ObjectReader _newReader(
      DeserializationConfig config, JavaType valueType, Object valueToUpdate, FormatSchema schema, InjectableValues values) {
    return new ResettlementReader(this, config, valueType, valueToUpdate, schema, values);
  }

  /** The deserialization context, with the one report Jackson words with a Java type. */
  private static final class Context extends DefaultDeserializationContext {
    private static final long serialVersionUID = 1L;

    Context(DeserializerFactory factory) {
      super(factory, new DeserializerCache());
    }

    private Context(Context source, DeserializationConfig config, JsonParser parser, InjectableValues values) {
      super(source, config, parser, values);
    }

    private Context(Context source) {
      super(source);
    }

    private Context(Context source, DeserializerFactory factory) {
      super(source, factory);
    }

    private Context(Context source, DeserializationConfig config) {
      super(source, config);
    }

    private Context(Context source, CacheProvider caches) {
      super(source, caches);
    }

    @Override
    public DefaultDeserializationContext copy() {
      return new Context(this);
    }

    @Override
    public DefaultDeserializationContext createInstance(
        DeserializationConfig config, JsonParser parser, InjectableValues values) {
      return new Context(this, config, parser, values);
    }

    @Override
    public DefaultDeserializationContext createDummyInstance(DeserializationConfig config) {
      return new Context(this, config);
    }

    @Override
    public DefaultDeserializationContext with(DeserializerFactory factory) {
      return new Context(this, factory);
    }

    @Override
    public DefaultDeserializationContext withCaches(CacheProvider caches) {
      return new Context(this, caches);
    }

    @Override
    public <T> T reportTrailingTokens(Class<?> targetType, JsonParser parser, JsonToken trailingToken)
        throws JsonMappingException {
      throw ReadProblems.at(parser, "unexpected content after the end of the document: " + Refusal.found(trailingToken));
    }
  }
}
