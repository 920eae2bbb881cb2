package org.resettlement.jackson3;

import tools.jackson.core.FormatSchema;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.cfg.DeserializationContexts;
import tools.jackson.databind.deser.DeserializationContextExt;
import tools.jackson.databind.deser.DeserializerCache;
import tools.jackson.databind.deser.DeserializerFactory;
import org.resettlement.jackson3.internal.Refusal;

/**
 * The deserialization contexts of the mappers that {@code ResettlementJson} builds: they report
 * content after the end of a document (with {@code FAIL_ON_TRAILING_TOKENS}) like every other
 * problem, without the Java type that Jackson's own message names.
 *
 * <p>A mapper keeps its contexts when it is {@linkplain tools.jackson.databind.json.JsonMapper#rebuild()
 * rebuilt}.
 */
final class ReadContexts extends DeserializationContexts {
  private static final long serialVersionUID = 1L;

  /** Creates the contexts, which a mapper builder then binds to its mapper. */
  ReadContexts() {}

  private ReadContexts(TokenStreamFactory factory, DeserializerFactory deserializers, DeserializerCache cache) {
    super(factory, deserializers, cache);
  }

  @Override
  protected DeserializationContexts forMapper(
      Object mapper, TokenStreamFactory factory, DeserializerFactory deserializers, DeserializerCache cache) {
    return new ReadContexts(factory, deserializers, cache);
  }

  @Override
  public DeserializationContextExt createContext(
      DeserializationConfig config, FormatSchema schema, InjectableValues injectables) {
    return new Context(_streamFactory, _deserializerFactory, _cache, config, schema, injectables);
  }

  /** A deserialization context with the one report Jackson words with a Java type. */
  // Jackson's DeserializationContext implements a generic method of ObjectReadContext with a
  // JsonNode return type; javac warns about that in every subclass.
  @SuppressWarnings("unchecked")
  private static final class Context extends DeserializationContextExt {

    Context(
        TokenStreamFactory factory,
        DeserializerFactory deserializers,
        DeserializerCache cache,
        DeserializationConfig config,
        FormatSchema schema,
        InjectableValues injectables) {
      super(factory, deserializers, cache, config, schema, injectables);
    }

    @Override
    public <T> T reportTrailingTokens(Class<?> targetType, JsonParser parser, JsonToken trailingToken) {
      throw ReadProblems.at(
          parser, "unexpected content after the end of the document: " + Refusal.found(trailingToken));
    }
  }
}
