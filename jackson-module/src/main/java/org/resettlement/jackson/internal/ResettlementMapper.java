package org.resettlement.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerFactory;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializerCache;
import com.fasterxml.jackson.databind.deser.DeserializerFactory;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.CacheProvider;

/**
 * The mapper that {@code ResettlementJson} builds: a {@link JsonMapper} whose readers report
 * content after the end of a document (with {@code FAIL_ON_TRAILING_TOKENS}) like every other
 * problem, without the Java type Jackson's own message names.
 */
public final class ResettlementMapper extends JsonMapper {
  private static final long serialVersionUID = 1L;

  private ResettlementMapper() {
    _deserializationContext = new Context(BeanDeserializerFactory.instance);
  }

  private ResettlementMapper(ResettlementMapper source) {
    super(source);
  }

  /**
   * Returns a builder that builds this kind of mapper.
   *
   * @return a new builder, not null
   */
  public static JsonMapper.Builder builder() {
    return new JsonMapper.Builder(new ResettlementMapper());
  }

  @Override
  public JsonMapper copy() {
    return new ResettlementMapper(this);
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
      throw ReadProblems.at(parser, "unexpected content after the end of the document: " + ReadProblems.found(trailingToken));
    }
  }
}
