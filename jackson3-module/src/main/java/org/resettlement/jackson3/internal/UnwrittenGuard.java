package org.resettlement.jackson3.internal;

import java.util.Optional;
import org.resettlement.json.support.UnwrittenAttributes;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.DelegatingSerializer;

/**
 * Refuses to write a value that holds an attribute the wire format does not have yet, as {@link
 * UnwrittenAttributes} lists them, rather than write it without: a dataset's observations.
 */
public final class UnwrittenGuard {
  private UnwrittenGuard() {}

  /** Wraps the serializers of the core's value types. */
  public static final class Modifier extends ValueSerializerModifier {
    private static final long serialVersionUID = 1L;

    /** Creates the modifier. */
    public Modifier() {}

    @Override
    public ValueSerializer<?> modifySerializer(
        SerializationConfig config, BeanDescription.Supplier description, ValueSerializer<?> serializer) {
      return UnwrittenAttributes.hasAny(description.getBeanClass()) ? new Guarded(serializer) : serializer;
    }
  }

  /** Writes a value after checking it. */
  private static final class Guarded extends DelegatingSerializer {

    Guarded(ValueSerializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected ValueSerializer<Object> newDelegatingInstance(ValueSerializer<?> delegate) {
      return new Guarded(delegate);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
      check(value, context);
      _delegatee.serialize(value, generator, context);
    }

    @Override
    public void serializeWithType(
        Object value, JsonGenerator generator, SerializationContext context, TypeSerializer types) {
      check(value, context);
      _delegatee.serializeWithType(value, generator, context, types);
    }

    private static void check(Object value, SerializationContext context) {
      Optional<String> refusal = UnwrittenAttributes.refusal(value);
      if (refusal.isPresent()) {
        context.reportMappingProblem("%s", refusal.get());
      }
    }
  }
}
