package org.resettlement.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import org.resettlement.json.support.UnwrittenAttributes;

/**
 * Refuses to write a value that holds an attribute the wire format does not have yet, as {@link
 * UnwrittenAttributes} lists them, rather than write it without: a dataset's observations.
 */
public final class UnwrittenGuard {
  private UnwrittenGuard() {}

  /** Wraps the serializers of the core's value types. */
  public static final class Modifier extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    /** Creates the modifier. */
    public Modifier() {}

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> modifySerializer(
        SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
      return UnwrittenAttributes.hasAny(description.getBeanClass())
          ? new Guarded((JsonSerializer<Object>) serializer)
          : serializer;
    }
  }

  private static final class Guarded extends StdSerializer<Object>
      implements ContextualSerializer, ResolvableSerializer {
    private static final long serialVersionUID = 1L;

    private final JsonSerializer<Object> delegate;

    Guarded(JsonSerializer<Object> delegate) {
      super(Object.class);
      this.delegate = delegate;
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      check(value, provider);
      delegate.serialize(value, generator, provider);
    }

    @Override
    public void serializeWithType(
        Object value, JsonGenerator generator, SerializerProvider provider, TypeSerializer types)
        throws IOException {
      check(value, provider);
      delegate.serializeWithType(value, generator, provider, types);
    }

    private static void check(Object value, SerializerProvider provider) throws JsonMappingException {
      Optional<String> refusal = UnwrittenAttributes.refusal(value);
      if (refusal.isPresent()) {
        provider.reportMappingProblem("%s", refusal.get());
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
        throws JsonMappingException {
      JsonSerializer<?> contextual = provider.handlePrimaryContextualization(delegate, property);
      return contextual == delegate ? this : new Guarded((JsonSerializer<Object>) contextual);
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      if (delegate instanceof ResolvableSerializer) {
        ((ResolvableSerializer) delegate).resolve(provider);
      }
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Object value) {
      return delegate.isEmpty(provider, value);
    }

    @Override
    public Iterator<PropertyWriter> properties() {
      return delegate.properties();
    }
  }
}
