package org.resettlement.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import org.resettlement.json.support.SchemaVersion;
import org.resettlement.json.support.WireProblem;

/** The {@code schemaVersion} of a dataset, checked by {@link SchemaVersion} before the rest is read. */
final class SchemaVersionDeserializer extends StdScalarDeserializer<String> {
  private static final long serialVersionUID = 1L;

  static final SchemaVersionDeserializer INSTANCE = new SchemaVersionDeserializer();

  private SchemaVersionDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      throw Refusal.unexpected(parser, SchemaVersion.EXPECTED);
    }
    try {
      return SchemaVersion.readable(parser.getText());
    } catch (WireProblem problem) {
      throw Refusal.of(parser, problem);
    }
  }
}
