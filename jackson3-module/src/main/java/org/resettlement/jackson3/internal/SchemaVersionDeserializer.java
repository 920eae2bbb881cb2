package org.resettlement.jackson3.internal;

import org.resettlement.json.support.SchemaVersion;
import org.resettlement.json.support.WireProblem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/** The {@code schemaVersion} of a dataset, checked by {@link SchemaVersion} before the rest is read. */
final class SchemaVersionDeserializer extends StdScalarDeserializer<String> {
  static final SchemaVersionDeserializer INSTANCE = new SchemaVersionDeserializer();

  private SchemaVersionDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      throw Refusal.unexpected(parser, SchemaVersion.EXPECTED);
    }
    try {
      return SchemaVersion.readable(parser.getString());
    } catch (WireProblem problem) {
      throw Refusal.of(parser, problem);
    }
  }
}
