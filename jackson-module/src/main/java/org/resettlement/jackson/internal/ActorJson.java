package org.resettlement.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.resettlement.core.Actor;
import org.resettlement.core.ActorKind;
import org.resettlement.json.support.ActorForm;
import org.resettlement.json.support.WireProblem;

/** An {@link Actor}, in the form {@link ActorForm} gives: {@code {"organisation": "ccme"}}. */
final class ActorJson {
  private ActorJson() {}

  /** Writes an actor. */
  static final class Serializer extends StdSerializer<Actor> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Actor.class);
    }

    @Override
    public void serialize(Actor actor, JsonGenerator generator, SerializerProvider provider) throws IOException {
      generator.writeStartObject(actor);
      generator.writeStringField(ActorForm.propertyOf(actor), actor.toString());
      generator.writeEndObject();
    }
  }

  /** Reads an actor. */
  static final class Deserializer extends StdDeserializer<Actor> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Actor.class);
    }

    @Override
    public Actor deserialize(JsonParser parser, DeserializationContext context) throws IOException {
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
        Actor actor = ActorForm.reference(kind, parser.getText());
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
