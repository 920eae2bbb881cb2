package org.resettlement.json.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resettlement.core.Dataset;
import org.resettlement.json.support.ValueType.Attribute;

/**
 * The {@code schemaVersion} of a dataset: {@code major.minor}, of the major version this library
 * writes ({@value Dataset#SCHEMA_VERSION}).
 *
 * <p>A document of another major version is refused before the rest of it is read: its properties
 * may mean something else. A newer minor version of the same major is read; it may only add
 * optional properties, which a strict reader reports as unknown.
 *
 * <p>A document that does not state its version (no {@code schemaVersion}, or {@code null}) is of
 * version {@value #UNSTATED}, as it was when the format had no other version: this default is part
 * of the wire format and does not follow the version this library writes, which is the default of
 * a dataset built in Java.
 */
public final class SchemaVersion {
  /** What a schema version looks like, for a value of another JSON type. */
  public static final String EXPECTED = "a schema version such as \"" + Dataset.SCHEMA_VERSION + "\"";

  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");
  private static final String MAJOR = Dataset.SCHEMA_VERSION.substring(0, Dataset.SCHEMA_VERSION.indexOf('.'));

  /** The version of a dataset whose document does not state one: the first version, 1.0. */
  public static final String UNSTATED = "1.0";

  private SchemaVersion() {}

  /**
   * Creates the builder that a dataset is read into: its version is {@value #UNSTATED} until the
   * document states another.
   *
   * @return a new builder, not null
   */
  public static Dataset.Builder datasetBuilder() {
    Dataset.Builder builder = Dataset.builder();
    builder.schemaVersion(UNSTATED);
    return builder;
  }

  /**
   * Checks whether an attribute is the dataset's schema version.
   *
   * @param attribute  the attribute, not null
   * @return true for {@code Dataset.schemaVersion}
   */
  public static boolean isSchemaVersion(Attribute attribute) {
    return attribute.owner() == Dataset.class && attribute.name().equals("schemaVersion");
  }

  /**
   * Checks that this library reads documents of a schema version.
   *
   * @param version  the text of the {@code schemaVersion} property, not null
   * @return the version
   * @throws WireProblem if the text is not a version, or its major version is not this library's
   */
  public static String readable(String version) {
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.matches()) {
      throw new WireProblem(Wording.quoted(version) + " is not a schema version such as " + Dataset.SCHEMA_VERSION);
    }
    if (!matcher.group(1).equals(MAJOR)) {
      throw new WireProblem(
          "schema version " + version + " is not supported; this reader reads versions " + MAJOR + ".x");
    }
    return version;
  }
}
