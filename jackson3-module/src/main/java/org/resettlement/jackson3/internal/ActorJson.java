package org.resettlement.jackson3.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.resettlement.core.Actor;
import org.resettlement.core.ActorKind;
import org.resettlement.core.CountryCode;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PersonId;
import org.resettlement.json.support.Wording;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * An {@link Actor}: an object with exactly one property, named after the {@linkplain ActorKind
 * kind of actor}, whose value is the reference: {@code {"organisation": "ccme"}}, {@code
 * {"person": "jose-magalhaes"}} or {@code {"country": "PT"}}.
 *
 * <p>The set of kinds is closed. No type information is read from the document other than these
 * three names, so no Java class can be named in it.
 */
final class ActorJson {
  private static final Map<ActorKind, Function<String, Actor>> FACTORIES = new EnumMap<>(ActorKind.class);
  private static final Map<String, ActorKind> KINDS = new LinkedHashMap<>();

  static {
    FACTORIES.put(ActorKind.ORGANISATION, OrganisationId::of);
    FACTORIES.put(ActorKind.PERSON, PersonId::of);
    FACTORIES.put(ActorKind.COUNTRY, CountryCode::of);
    for (ActorKind kind : ActorKind.values()) {
      KINDS.put(KebabCase.of(kind), kind);
    }
  }

  private static final String NAMES = String.join(", ", KINDS.keySet());
  private static final String EXPECTED =
      "an object naming one actor, such as {\"organisation\": \"ccme\"}";

  private ActorJson() {}

  /** Writes an actor. */
  static final class Serializer extends StdSerializer<Actor> {
    Serializer() {
      super(Actor.class);
    }

    @Override
    public void serialize(Actor actor, JsonGenerator generator, SerializationContext context) {
      generator.writeStartObject(actor);
      generator.writeStringProperty(KebabCase.of(actor.actorKind()), actor.toString());
      generator.writeEndObject();
    }
  }

  /** Reads an actor. */
  static final class Deserializer extends StdDeserializer<Actor> {
    Deserializer() {
      super(Actor.class);
    }

    @Override
    public Actor deserialize(JsonParser parser, DeserializationContext context) {
      if (!ObjectTokens.isObject(parser)) {
        throw Refusal.unexpected(parser, EXPECTED);
      }
      String name = ObjectTokens.firstName(parser);
      if (name == null) {
        throw Refusal.at(parser, "an actor must name one of " + NAMES + ", found none");
      }
      ActorKind kind = KINDS.get(name);
      if (kind == null) {
        throw Refusal.at(parser, "unknown kind of actor; expected one of " + NAMES);
      }
      if (parser.nextToken() != JsonToken.VALUE_STRING) {
        throw Refusal.unexpected(parser, "the reference to the " + name + " as a string");
      }
      String reference = parser.getString();
      Actor actor;
      try {
        actor = FACTORIES.get(kind).apply(reference);
      } catch (InvalidValueException e) {
        throw Refusal.at(parser, Wording.invalidText(reference, "a reference to a " + name, e));
      }
      if (parser.nextToken() != JsonToken.END_OBJECT) {
        throw Refusal.at(parser, "an actor must name only one of " + NAMES);
      }
      return actor;
    }
  }
}
