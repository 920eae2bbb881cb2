package org.resettlement.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import java.io.IOException;
import java.util.Iterator;
import org.resettlement.core.Person;

/**
 * The switch that leaves personal data out of what is written: when the write's attribute
 * {@link #ATTRIBUTE} is {@code false}, every {@link Person} is written as {@link
 * Person#withoutPersonalData()} returns it, with its identifier and sources only.
 *
 * <p>The core decides what personal data is; this only applies its decision to every person
 * written, in a dataset, in a list or on its own.
 */
public final class PersonalData {

  /**
   * The key of the write attribute ({@code ObjectWriter.withAttribute}) that says whether
   * personal data is written; {@code Boolean.FALSE} leaves it out, anything else writes it.
   */
  public static final Object ATTRIBUTE = new Object() {
    @Override
    public String toString() {
      return "resettlement.writePersonalData";
    }
  };

  private PersonalData() {}

  static boolean omitted(SerializerProvider provider) {
    return Boolean.FALSE.equals(provider.getAttribute(ATTRIBUTE));
  }

  /** Wraps the serializer of {@link Person}. */
  public static final class Modifier extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    /** Creates the modifier. */
    public Modifier() {}

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> modifySerializer(
        SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
      return description.getBeanClass() == Person.class
          ? new PersonSerializer((JsonSerializer<Object>) serializer)
          : serializer;
    }
  }

  private static final class PersonSerializer extends StdSerializer<Person>
      implements ContextualSerializer, ResolvableSerializer {
    private static final long serialVersionUID = 1L;

    /**
     * Jackson's bean serializer for people. Jackson 2's serializers are Serializable, which the
     * abstract type {@code JsonSerializer} does not declare.
     */
    @SuppressWarnings("serial")
    private final JsonSerializer<Object> delegate;

    PersonSerializer(JsonSerializer<Object> delegate) {
      super(Person.class);
      this.delegate = delegate;
    }

    @Override
    public void serialize(Person person, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      delegate.serialize(omitted(provider) ? person.withoutPersonalData() : person, generator, provider);
    }

    @Override
    public void serializeWithType(
        Person person, JsonGenerator generator, SerializerProvider provider, TypeSerializer types)
        throws IOException {
      delegate.serializeWithType(
          omitted(provider) ? person.withoutPersonalData() : person, generator, provider, types);
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
        throws JsonMappingException {
      JsonSerializer<?> contextual = provider.handlePrimaryContextualization(delegate, property);
      return contextual == delegate ? this : new PersonSerializer((JsonSerializer<Object>) contextual);
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      if (delegate instanceof ResolvableSerializer) {
        ((ResolvableSerializer) delegate).resolve(provider);
      }
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Person person) {
      return delegate.isEmpty(provider, person);
    }

    @Override
    public Iterator<PropertyWriter> properties() {
      return delegate.properties();
    }
  }
}
