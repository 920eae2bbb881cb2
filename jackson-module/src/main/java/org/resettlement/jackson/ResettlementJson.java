package org.resettlement.jackson;

import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.resettlement.core.Dataset;
import org.resettlement.core.Person;
import org.resettlement.jackson.internal.PersonalData;
import org.resettlement.json.support.ReadLimits;

/**
 * Ready-made Jackson 2 mappers for the Resettlement wire format, and its JSON Schema.
 *
 * <pre>{@code
 * JsonMapper mapper = ResettlementJson.newMapper();
 * Dataset dataset = mapper.readValue(json, Dataset.class);
 * String shared = ResettlementJson.withoutPersonalData(mapper.writer()).writeValueAsString(dataset);
 * }</pre>
 *
 * <h2>Recommended settings</h2>
 *
 * A mapper from this class has the {@link ResettlementModule} and reads strictly, so that nothing
 * a document says is dropped or changed without a word:
 *
 * <ul>
 *   <li>unknown properties are refused ({@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES};
 *       see {@link Builder#failOnUnknownProperties(boolean)});
 *   <li>a property given twice in one object is refused ({@link
 *       StreamReadFeature#STRICT_DUPLICATE_DETECTION});
 *   <li>content after the document is refused ({@link
 *       DeserializationFeature#FAIL_ON_TRAILING_TOKENS});
 *   <li>numbers, strings and booleans are not converted into one another ({@link
 *       MapperFeature#ALLOW_COERCION_OF_SCALARS} off), a string of white space is not read as
 *       0, false or an absent number ({@code MutableCoercionConfig#setAcceptBlankAsEmpty} false),
 *       and a decimal number is not cut to a whole one ({@link
 *       DeserializationFeature#ACCEPT_FLOAT_AS_INT} off);
 *   <li>documents are read within the {@linkplain #readLimits() read limits of the wire format},
 *       which the Jackson 3 module sets too.
 * </ul>
 *
 * <p>Every problem of a document, also an empty document or one that is malformed from its first
 * character, is reported as a {@link ResettlementJsonException}, whether the document is read with
 * the mapper or with one of its {@link com.fasterxml.jackson.databind.ObjectReader}s.
 *
 * <p>Polymorphic default typing is never enabled. A mapper can be changed further with {@link
 * JsonMapper#rebuild()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResettlementJson {

  private static final String SCHEMA_RESOURCE = "resettlement.schema.json";

  /** The read limits of the wire format; docs/wire-format.md gives the reasons. */
  private static final StreamReadConstraints READ_LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(ReadLimits.MAX_NESTING_DEPTH)
          .maxStringLength(ReadLimits.MAX_STRING_LENGTH)
          .maxNumberLength(ReadLimits.MAX_NUMBER_LENGTH)
          .maxNameLength(ReadLimits.MAX_NAME_LENGTH)
          .maxDocumentLength(ReadLimits.MAX_DOCUMENT_LENGTH)
          .build();

  private ResettlementJson() {}

  //-----------------------------------------------------------------------
  /**
   * Creates a mapper with the {@link ResettlementModule} and the recommended settings.
   *
   * @return a new mapper, not null
   */
  public static JsonMapper newMapper() {
    return builder().build();
  }

  /**
   * Creates a builder for a mapper, starting from the recommended settings.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the read limits of the wire format, which a mapper from this class reads within, and
   * which a mapper of your own can be given ({@code JsonFactory.builder().streamReadConstraints(
   * ResettlementJson.readLimits())}):
   *
   * <ul>
   *   <li>nesting depth 100, ten times as deep as a valid document nests;
   *   <li>strings of 1,000,000 characters, far more than the longest text a record holds;
   *   <li>numbers of 100 characters, four times the longest a writer writes, also applied to
   *       decimal amounts, which are strings;
   *   <li>property names of 1,000 characters: names are the format's own, or language tags;
   *   <li>documents of 50,000,000 bytes (characters, when read from a {@code String} or {@code
   *       Reader}), some 90,000 records; the number of tokens is bounded by that alone.
   * </ul>
   *
   * <p>A document beyond a limit is refused with a {@link ResettlementJsonException} whose reason
   * names the limit.
   *
   * @return the limits, not null
   */
  public static StreamReadConstraints readLimits() {
    return READ_LIMITS;
  }

  /**
   * Returns a writer like the given one that writes every {@link Person} without personal data,
   * as {@link Person#withoutPersonalData()} returns it: with its identifier and sources only. A
   * {@link Dataset} is written as {@link Dataset#withoutPersonalData()} returns it.
   *
   * <p>The writer's mapper must have the {@link ResettlementModule}.
   *
   * @param writer the writer to start from, not null
   * @return the writer that leaves personal data out, not null
   * @throws NullPointerException if the writer is null
   */
  public static ObjectWriter withoutPersonalData(ObjectWriter writer) {
    return Objects.requireNonNull(writer, "writer").withAttribute(PersonalData.ATTRIBUTE, Boolean.FALSE);
  }

  /**
   * Returns the pretty printer of the canonical form of documents, as the golden files of the
   * wire format are written: two spaces of indentation, every property and array element on a
   * line of its own, {@code "name": value} with one space after the colon, and {@code \n} line
   * ends on every platform. The printer does not end the document with a line end.
   *
   * @return a new pretty printer, not null
   */
  public static PrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the wire format, whose root is a dataset and whose
   * {@code $defs} describe every type.
   *
   * @return the schema document, not null
   */
  public static String schema() {
    try (InputStream in = ResettlementJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the resettlement-jackson jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Builds a mapper from the recommended settings, with the switches that the wire format
   * documents.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private boolean failOnUnknownProperties = true;
    private boolean writePersonalData = true;
    private boolean prettyPrint;

    private Builder() {}

    /**
     * Sets whether a property the format does not define is refused (the default) or skipped.
     *
     * <p>Skipping lets a reader accept documents of a newer minor version of the schema, which may
     * add optional properties, at the price of losing what they say.
     *
     * @param fail true to refuse unknown properties, false to skip them
     * @return this builder, not null
     */
    public Builder failOnUnknownProperties(boolean fail) {
      this.failOnUnknownProperties = fail;
      return this;
    }

    /**
     * Sets whether the names, honorifics and contact points of people are written (the default)
     * or left out, as {@link ResettlementJson#withoutPersonalData(ObjectWriter)} leaves them out
     * for one writer.
     *
     * @param write true to write personal data, false to leave it out of everything written
     * @return this builder, not null
     */
    public Builder writePersonalData(boolean write) {
      this.writePersonalData = write;
      return this;
    }

    /**
     * Sets whether documents are written in the {@linkplain ResettlementJson#prettyPrinter()
     * canonical pretty-printed form} or on one line (the default).
     *
     * @param pretty true to indent the output
     * @return this builder, not null
     */
    public Builder prettyPrint(boolean pretty) {
      this.prettyPrint = pretty;
      return this;
    }

    /**
     * Builds the mapper.
     *
     * @return a new mapper, not null
     */
    public JsonMapper build() {
      JsonMapper.Builder builder =
          ResettlementMapper.builder(new ResettlementFactory(READ_LIMITS))
              .addModule(new ResettlementModule())
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              // Characters beyond the Basic Multilingual Plane (CJK extensions, emoji) as UTF-8,
              // as Jackson 3 writes them, rather than as escaped surrogate pairs: one wire format.
              .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
              .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
              .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
              // Jackson reads a string of white space as null for a number or a flag, which is
              // then 0, false or absent: a value the document states, silently changed or dropped.
              .withCoercionConfigDefaults(coercion -> coercion.setAcceptBlankAsEmpty(Boolean.FALSE))
              .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, failOnUnknownProperties)
              .defaultPrettyPrinter(prettyPrinter())
              .configure(SerializationFeature.INDENT_OUTPUT, prettyPrint);
      if (!writePersonalData) {
        builder.defaultAttributes(
            ContextAttributes.getEmpty().withSharedAttribute(PersonalData.ATTRIBUTE, Boolean.FALSE));
      }
      return builder.build();
    }
  }
}
