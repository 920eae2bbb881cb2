package org.resettlement.jackson3;

import tools.jackson.core.FormatSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.MapperBuilderState;
import tools.jackson.databind.deser.DeserializationContextExt;
import tools.jackson.databind.json.JsonMapper;
import org.resettlement.jackson3.internal.Refusal;

/**
 * The mapper that {@code ResettlementJson} builds: a {@link JsonMapper} whose readers report
 * every problem of a document as a {@link org.resettlement.jackson3.ResettlementJsonException},
 * also those Jackson finds outside the deserializers of the module: an empty document, and one
 * that is malformed from its first character or after its end. It stays of this kind when it is
 * {@linkplain #rebuild() rebuilt}.
 */
final class ResettlementMapper extends JsonMapper {
  private static final long serialVersionUID = 1L;

  private ResettlementMapper(Builder builder) {
    super(builder);
  }

  /**
   * Returns a builder that builds this kind of mapper, reading and writing with a factory.
   *
   * @param factory the factory of parsers and generators, with the read limits, not null
   * @return a new builder, not null
   */
  public static JsonMapper.Builder builder(JsonFactory factory) {
    return new Builder(factory);
  }

  // Narrows the generic rebuild() of ObjectMapper, as JsonMapper itself does.
  @SuppressWarnings("unchecked")
  @Override
  public JsonMapper.Builder rebuild() {
    return Builder.restored(_savedBuilderState);
  }

  @Override
  protected Object _readMapAndClose(DeserializationContextExt context, JsonParser parser, JavaType valueType) {
    try {
      return super._readMapAndClose(context, parser, valueType);
    } catch (JacksonException e) {
      throw ReadProblems.translate(e, parser, valueType.getRawClass());
    }
  }

  @Override
  protected Object _readValue(DeserializationContextExt context, JsonParser parser, JavaType valueType) {
    try {
      return super._readValue(context, parser, valueType);
    } catch (JacksonException e) {
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

  /** Builds a {@link ResettlementMapper}. */
  private static final class Builder extends JsonMapper.Builder {
    Builder(JsonFactory factory) {
      super(factory);
    }

    private Builder(StateImpl state) {
      super(state);
    }

    /** Restores the builder a mapper was built with. */
    static Builder restored(MapperBuilderState state) {
      return new Builder((StateImpl) state);
    }

    @Override
    public JsonMapper build() {
      return new ResettlementMapper(this);
    }
  }
}
