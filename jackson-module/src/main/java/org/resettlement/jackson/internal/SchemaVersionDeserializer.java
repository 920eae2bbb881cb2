package org.resettlement.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resettlement.core.Dataset;
import org.resettlement.json.support.ValueType.Attribute;
import org.resettlement.json.support.ValueType;
import org.resettlement.json.support.Wording;

/**
 * The {@code schemaVersion} of a dataset: {@code major.minor}, of the major version this library
 * writes ({@value Dataset#SCHEMA_VERSION}).
 *
 * <p>A document of another major version is refused before the rest of it is read: its
 * properties may mean something else. A newer minor version of the same major is read; it may
 * only add optional properties, which a strict reader reports as unknown.
 */
final class SchemaVersionDeserializer extends StdScalarDeserializer<String> {
  private static final long serialVersionUID = 1L;

  static final SchemaVersionDeserializer INSTANCE = new SchemaVersionDeserializer();

  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");
  private static final String MAJOR = Dataset.SCHEMA_VERSION.substring(0, Dataset.SCHEMA_VERSION.indexOf('.'));

  private SchemaVersionDeserializer() {
    super(String.class);
  }

  /** Checks whether an attribute is the dataset's schema version. */
  static boolean reads(Attribute attribute) {
    return attribute.owner() == Dataset.class && attribute.name().equals("schemaVersion");
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      throw Refusal.unexpected(parser, "a schema version such as \"" + Dataset.SCHEMA_VERSION + "\"");
    }
    String version = parser.getText();
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.matches()) {
      throw Refusal.at(
          parser,
          Wording.quoted(version) + " is not a schema version such as " + Dataset.SCHEMA_VERSION);
    }
    if (!matcher.group(1).equals(MAJOR)) {
      throw Refusal.at(
          parser,
          "schema version " + version + " is not supported; this reader reads versions " + MAJOR + ".x");
    }
    return version;
  }
}
