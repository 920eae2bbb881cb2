package org.resettlement.jackson3.internal;

import org.resettlement.core.Person;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.DelegatingSerializer;

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

  static boolean omitted(SerializationContext context) {
    return Boolean.FALSE.equals(context.getAttribute(ATTRIBUTE));
  }

  /** Wraps the serializer of {@link Person}. */
  public static final class Modifier extends ValueSerializerModifier {
    private static final long serialVersionUID = 1L;

    /** Creates the modifier. */
    public Modifier() {}

    @Override
    public ValueSerializer<?> modifySerializer(
        SerializationConfig config, BeanDescription.Supplier description, ValueSerializer<?> serializer) {
      return description.getBeanClass() == Person.class ? new PersonSerializer(serializer) : serializer;
    }
  }

  /** Writes a person, without personal data if the write asks for that. */
  private static final class PersonSerializer extends DelegatingSerializer {

    PersonSerializer(ValueSerializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected ValueSerializer<Object> newDelegatingInstance(ValueSerializer<?> delegate) {
      return new PersonSerializer(delegate);
    }

    @Override
    public void serialize(Object person, JsonGenerator generator, SerializationContext context) {
      _delegatee.serialize(shown((Person) person, context), generator, context);
    }

    @Override
    public void serializeWithType(
        Object person, JsonGenerator generator, SerializationContext context, TypeSerializer types) {
      _delegatee.serializeWithType(shown((Person) person, context), generator, context, types);
    }

    private static Person shown(Person person, SerializationContext context) {
      return omitted(context) ? person.withoutPersonalData() : person;
    }
  }
}
