package org.resettlement.openstandards;

import java.util.Map;
import java.util.Objects;
import org.resettlement.core.Dataset;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.LocalizedText;

/**
 * Popolo, the open standard for people, organisations, memberships and events of civic-tech
 * registries: the organisations, people, memberships and events of a {@link Dataset} as a Popolo
 * document, and back.
 *
 * <pre>{@code
 * Map<String, Object> document = Popolo.write(dataset.withoutPersonalData());
 * PopoloImport read = Popolo.read(document);   // read.dataset(), read.issues()
 * }</pre>
 *
 * <h2>Documents</h2>
 *
 * A document is an object with the lists {@code organizations}, {@code persons}, {@code
 * memberships} and {@code events}, as EveryPolitician and the Popolo tools exchange them; each
 * element is an object of Popolo 1.0.1 that passes Popolo's JSON Schema of its class. Documents
 * are trees of ordered {@code Map}s (keys in Popolo's order), {@code List}s, strings and numbers,
 * which any JSON library writes and reads: {@code writeValueAsString(document)}, or {@code
 * readValue(json, Map.class)}. The Jackson 2 and Jackson 3 modules do so in {@code
 * OpenStandardsJson}.
 *
 * <h2>What is kept</h2>
 *
 * Popolo has no language maps, no quantities, no projects, campaigns, pledges, quotas or
 * statistics, and keeps a few facts of each record only. What is written is read back equal;
 * docs/open-standards.md gives, field by field and in both directions, what is written, what is
 * read, and what is lost. In short: identifiers, names (an organisation's in every language, as
 * {@code other_names} with {@code lang}), kinds as {@code classification}, countries, contact
 * points, external identifiers, sources with a web address, membership roles and periods, and an
 * event's dates, location, first organiser and the people who took part.
 *
 * <p>Texts that Popolo gives without a language (an event's name, a role, a description) are read
 * in the language given to {@link #read(Map, String)}, or as {@code und}, BCP 47's "undetermined
 * language".
 *
 * <h2>Personal data</h2>
 *
 * The names, honorifics and contact points of people are written as the dataset holds them. To
 * share a document without them, write {@link Dataset#withoutPersonalData()}: each person is then
 * written with its identifier and sources only, and nothing else in a document names a person.
 *
 * <p>This class is thread-safe.
 */
public final class Popolo {

  /** The version of the Popolo specification this mapping follows: {@value}. */
  public static final String VERSION = PopoloCodes.POPOLO_VERSION;

  /** The BCP 47 tag of texts whose language a document does not give: {@value}, "undetermined". */
  public static final String UNDETERMINED_LANGUAGE = "und";

  private Popolo() {}

  //-----------------------------------------------------------------------
  /**
   * Writes the organisations, people, memberships and events of a dataset as a Popolo document.
   *
   * @param dataset the dataset, not null
   * @return the document: a new mutable ordered map with the lists {@code organizations}, {@code
   *     persons}, {@code memberships} and {@code events}, not null
   * @throws NullPointerException if the dataset is null
   */
  public static Map<String, Object> write(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    return PopoloWriter.document(dataset);
  }

  /**
   * Reads a Popolo document, taking texts without a language as {@code und}.
   *
   * @param document the document as a JSON library reads it into maps and lists, not null
   * @return the dataset read and the issues of what it does not hold as the document says, not
   *     null
   * @throws NullPointerException if the document is null
   * @see #read(Map, String)
   */
  public static PopoloImport read(Map<String, ?> document) {
    return read(document, UNDETERMINED_LANGUAGE);
  }

  /**
   * Reads a Popolo document whose texts without a language are in the given one.
   *
   * <p>A document that is not what Popolo describes is read as far as it can be, never refused:
   * each value that cannot be read is an {@link ImportIssue} at its place in the document, and a
   * record the model cannot build is left out with one.
   *
   * @param document the document as a JSON library reads it into maps and lists, not null
   * @param languageTag the BCP 47 tag of the language of names, roles and descriptions that the
   *     document gives without one, such as {@code "pl"}
   * @return the dataset read and the issues of what it does not hold as the document says, not
   *     null
   * @throws NullPointerException if the document or the tag is null
   * @throws IllegalArgumentException if the tag is not a well-formed BCP 47 language tag
   */
  public static PopoloImport read(Map<String, ?> document, String languageTag) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(languageTag, "languageTag");
    String language;
    try {
      language = LocalizedText.of(languageTag, "").defaultLanguage();
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException("languageTag: " + e.reason(), e);
    }
    return new PopoloReader(language).read(document);
  }
}
