package org.resettlement.statistics.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Source;

/**
 * The sources that observations read from a file cite: one per Eurostat dataflow and time of
 * update, or one per UNHCR download, made once and shared by every observation that cites it.
 *
 * <p>What a file says about itself is kept in the source: Eurostat's dataflow reference and time of
 * update, UNHCR's preamble (when the data was extracted, its link, its licence), whole, in the note.
 */
final class Sources {
  static final String EUROSTAT = "Eurostat";
  static final String UNHCR = "UNHCR";
  private static final String EUROSTAT_BROWSER = "https://ec.europa.eu/eurostat/databrowser/view/%s/default/table";
  private static final URI UNHCR_DOWNLOAD = URI.create("https://www.unhcr.org/refugee-statistics/download/");
  private static final DateTimeFormatter UNHCR_EXTRACTED = DateTimeFormatter.ofPattern("dd/MM/uuuu[ HH:mm]");

  /** The sources made so far, in the order of first use, by what they were made of. */
  private final Map<String, Source> made = new LinkedHashMap<>();

  /** The source of a Eurostat dataflow, as a file names it and with the time of update it gives. */
  Source eurostat(EurostatDataflow dataflow, String reference, String name, String lastUpdate) {
    String key = reference + '\u0000' + name + '\u0000' + lastUpdate;
    Source source = made.get(key);
    if (source == null) {
      StringBuilder note = new StringBuilder("Dataflow ").append(reference);
      Source.Builder builder = Source.builder()
          .title(LocalizedText.of("en", name == null || name.isEmpty() ? dataflow.title() : name))
          .publisher(EUROSTAT)
          .url(URI.create(String.format(EUROSTAT_BROWSER, dataflow.code().toLowerCase(Locale.ROOT))));
      LocalDateTime updated = lastUpdate == null || lastUpdate.isEmpty() ? null : EurostatLastUpdate.read(lastUpdate);
      if (updated != null) {
        builder.publishedOn(PartialDate.of(updated.toLocalDate()));
        note.append(", last updated ").append(lastUpdate);
      }
      source = builder.note(note.toString()).build();
      made.put(key, source);
    }
    return source;
  }

  /**
   * The source of a UNHCR download, from its preamble: the key-value lines before the header, such
   * as {@code "Date extracted:","19/07/2024 10:55"}.
   */
  Source unhcr(UnhcrTable table, List<List<String>> preamble) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    for (List<String> line : preamble) {
      String key = line.get(0).strip();
      String value = String.join(",", line.subList(1, line.size())).strip();
      values.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
      lines.add(value.isEmpty() ? key : key + (key.endsWith(":") ? " " : ": ") + value);
    }
    String tableName = values.getOrDefault("data table contains the following:", "");
    Source.Builder builder = Source.builder()
        .title(LocalizedText.of("en", table.title + ": " + (tableName.isEmpty() ? table.defaultName : tableName)))
        .publisher(UNHCR)
        .url(uri(values.get("data quick link")));
    LocalDate extracted = date(values.get("date extracted:"));
    if (extracted != null) {
      builder.accessedOn(extracted);
    }
    if (!lines.isEmpty()) {
      builder.note(String.join("; ", lines));
    }
    Source source = builder.build();
    made.put(table.table, source);
    return source;
  }

  /** Adds a source made elsewhere, such as the one of a tidy CSV file. */
  void add(Source source) {
    made.put("\u0000" + made.size(), source);
  }

  /** Every source made, in the order of first use. */
  List<Source> all() {
    return List.copyOf(made.values());
  }

  private static URI uri(String text) {
    if (text == null || !text.startsWith("https://")) {
      return UNHCR_DOWNLOAD;
    }
    try {
      return new URI(text);
    } catch (URISyntaxException notALink) {
      return UNHCR_DOWNLOAD;
    }
  }

  private static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text, UNHCR_EXTRACTED);
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }
}
