package org.resettlement.jackson3.internal;

import org.resettlement.core.Actor;
import org.resettlement.core.ActorKind;
import org.resettlement.json.support.ActorForm;
import org.resettlement.json.support.WireProblem;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/** An {@link Actor}, in the form {@link ActorForm} gives: {@code {"organisation": "ccme"}}. */
final class ActorJson {
  private ActorJson() {}

  /** Writes an actor. */
  static final class Serializer extends StdSerializer<Actor> {
    Serializer() {
      super(Actor.class);
    }

    @Override
    public void serialize(Actor actor, JsonGenerator generator, SerializationContext context) {
      generator.writeStartObject(actor);
      generator.writeStringProperty(ActorForm.propertyOf(actor), actor.toString());
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
        throw Refusal.unexpected(parser, ActorForm.EXPECTED);
      }
      String name = ObjectTokens.firstName(parser);
      if (name == null) {
        throw Refusal.at(parser, ActorForm.NONE_NAMED);
      }
      try {
        ActorKind kind = ActorForm.kind(name);
        if (parser.nextToken() != JsonToken.VALUE_STRING) {
          throw Refusal.unexpected(parser, ActorForm.expectedReference(kind));
        }
        Actor actor = ActorForm.reference(kind, parser.getString());
        if (parser.nextToken() != JsonToken.END_OBJECT) {
          throw Refusal.at(parser, ActorForm.MORE_THAN_ONE_NAMED);
        }
        return actor;
      } catch (WireProblem problem) {
        throw Refusal.of(parser, problem);
      }
    }
  }
}
