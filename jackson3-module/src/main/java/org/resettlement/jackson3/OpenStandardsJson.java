package org.resettlement.jackson3;

import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.Objects;
import org.resettlement.core.Dataset;
import org.resettlement.openstandards.Popolo;
import org.resettlement.openstandards.PopoloImport;
import org.resettlement.openstandards.SchemaOrg;

/**
 * Popolo JSON and schema.org JSON-LD as text, with Jackson 3.
 *
 * <pre>{@code
 * String popolo = OpenStandardsJson.writePopolo(dataset.withoutPersonalData());
 * PopoloImport read = OpenStandardsJson.readPopolo(popolo);
 * String jsonLd = OpenStandardsJson.writeJsonLd(SchemaOrg.of(dataset, Locale.ENGLISH).event(event));
 * }</pre>
 *
 * <p>The mapping itself is {@link Popolo}'s and {@link SchemaOrg}'s, in resettlement-open-standards,
 * which works on ordered maps and lists without a JSON library, so that the Jackson 2 and Jackson 3
 * modules share it; this class only writes and reads the text. It reads with the {@linkplain
 * ResettlementJson recommended settings} (a property given twice, content after the document, and
 * documents beyond the read limits are refused), into maps and lists, and writes in the canonical
 * pretty-printed form of {@link ResettlementJson#prettyPrinter()}, as the golden files of the wire
 * format are written.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OpenStandardsJson {

  private static final JsonMapper MAPPER = ResettlementJson.builder().prettyPrint(true).build();
  private static final ObjectReader READER = MAPPER.readerFor(Map.class);
  private static final ObjectWriter WRITER = MAPPER.writer();

  private OpenStandardsJson() {}

  /**
   * Writes the organisations, people, memberships and events of a dataset as a Popolo document;
   * see {@link Popolo#write(Dataset)}.
   *
   * @param dataset the dataset, not null
   * @return the JSON text of the document, not null
   * @throws NullPointerException if the dataset is null
   * @throws tools.jackson.core.JacksonException if Jackson fails to write, which a document of maps,
   *     lists, strings and numbers gives it no reason to
   */
  public static String writePopolo(Dataset dataset) {
    return WRITER.writeValueAsString(Popolo.write(Objects.requireNonNull(dataset, "dataset")));
  }

  /**
   * Reads a Popolo document whose texts without a language are {@code und}; see {@link
   * Popolo#read(Map)}.
   *
   * @param json the JSON text of the document, not null
   * @return the dataset read and the issues of what it does not hold as the document says, not
   *     null
   * @throws NullPointerException if the text is null
   * @throws ResettlementJsonException if the text is not JSON, or not a JSON object, with the place
   *     of the problem
   */
  public static PopoloImport readPopolo(String json) {
    return readPopolo(json, Popolo.UNDETERMINED_LANGUAGE);
  }

  /**
   * Reads a Popolo document whose texts without a language are in the given one; see {@link
   * Popolo#read(Map, String)}.
   *
   * @param json the JSON text of the document, not null
   * @param languageTag the BCP 47 tag of the language of texts the document gives without one
   * @return the dataset read and the issues of what it does not hold as the document says, not
   *     null
   * @throws NullPointerException if the text or the tag is null
   * @throws IllegalArgumentException if the tag is not a well-formed BCP 47 language tag
   * @throws ResettlementJsonException if the text is not JSON, or not a JSON object, with the place
   *     of the problem
   */
  public static PopoloImport readPopolo(String json, String languageTag) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(languageTag, "languageTag");
    Map<String, Object> document = READER.readValue(json);
    return Popolo.read(document, languageTag);
  }

  /**
   * Writes a JSON-LD document, such as {@link SchemaOrg} renders, as text; {@link
   * SchemaOrg#scriptElement(String)} puts it in a web page.
   *
   * @param document the document, of maps, lists, strings, numbers and booleans, not null
   * @return the JSON text, not null
   * @throws NullPointerException if the document is null
   * @throws tools.jackson.core.JacksonException if Jackson fails to write a value of the document
   */
  public static String writeJsonLd(Map<String, ?> document) {
    return WRITER.writeValueAsString(Objects.requireNonNull(document, "document"));
  }
}
