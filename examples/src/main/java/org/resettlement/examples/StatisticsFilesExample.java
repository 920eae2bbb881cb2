package org.resettlement.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resettlement.core.Category;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.Geography;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationFilter;
import org.resettlement.core.ObservationIndex;
import org.resettlement.core.ObservationTotal;
import org.resettlement.core.PartialDate;
import org.resettlement.core.StatisticMetric;
import org.resettlement.statistics.io.ReadMode;
import org.resettlement.statistics.io.ReadSummary;
import org.resettlement.statistics.io.StatisticsFile;
import org.resettlement.statistics.io.StatisticsReader;
import org.resettlement.statistics.io.StatisticsWriter;

/**
 * The README's statistics files: a real excerpt of UNHCR's Refugee Data Finder (CC BY 4.0) read
 * into observations and queried, a Eurostat file read leniently, and observations written back.
 */
public final class StatisticsFilesExample {
  private static final String UNHCR_SAMPLE = "unhcr-solutions-sample.csv";
  private static final String EUROSTAT_EXCERPT = "migr_asyresa-excerpt.csv";

  private StatisticsFilesExample() {}

  /**
   * Prints resettlement arrivals by country of origin, from the UNHCR excerpt.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    arrivalsByOrigin(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Reads the UNHCR excerpt and prints 2023's arrivals by country of origin, per destination. */
  static void arrivalsByOrigin(PrintStream out) {
    try (InputStream bytes = resource(UNHCR_SAMPLE)) {
      // tag::read-unhcr[]
      StatisticsReader reader = StatisticsReader.builder().build();          // strict
      List<Observation> observations = new ArrayList<>();
      ReadSummary summary = reader.read(bytes, "unhcr-solutions-sample.csv", observations::add);
      ObservationIndex index = ObservationIndex.of(observations);

      ObservationFilter arrivals2023 = ObservationFilter.builder()
          .metric(StatisticMetric.ARRIVALS)
          .period(DateRange.of(PartialDate.ofYear(2023)))
          .build();
      Map<Category, ObservationTotal> fromEachOrigin =
          index.totalsBy(arrivals2023, Dimension.COUNTRY_OF_ORIGIN);          // over every destination
      Map<Category, ObservationTotal> toAustralia = index.totalsBy(
          arrivals2023.withGeography(Geography.of(CountryCode.of("AU"))), Dimension.COUNTRY_OF_ORIGIN);
      // end::read-unhcr[]
      out.printf("  %s: %d rows, %d observations, %d problems%n", summary.file(), summary.rows(),
          summary.observations(), summary.problemCount());
      out.printf("  source: %s, %s%n", summary.sources().get(0).title().text(),
          summary.sources().get(0).accessedOn().map(date -> "extracted " + date).orElse(""));
      out.println("  Resettlement arrivals in 2023 by country of origin (UNHCR, CC BY 4.0)");
      out.printf("  %-26s %12s %12s%n", "country of origin", "Australia", "all in file");
      fromEachOrigin.forEach((origin, total) -> out.printf("  %-26s %12s %12s%n", name(origin),
          figure(toAustralia.get(origin)), figure(total)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a Eurostat file leniently, printing every problem; the README's second snippet. */
  static List<Observation> readEurostat(Path file, PrintStream out) {
    // tag::read-eurostat[]
    StatisticsReader reader = StatisticsReader.builder()
        .mode(ReadMode.LENIENT)                                                // keep the good rows
        .progress(progress -> out.println(progress), 1_000_000)               // rows, rows per second
        .build();
    List<Observation> observations = new ArrayList<>();
    ReadSummary summary = reader.read(file, observations::add);
    summary.problems().forEach(problem -> out.println(problem));             // file, line, column, why
    // end::read-eurostat[]
    return observations;
  }

  /** Streams a file and writes its observations as a tidy CSV; the README's third snippet. */
  static String toTidyCsv(Path file) {
    Writer text = new StringWriter();
    // tag::stream-and-write[]
    StatisticsReader reader = StatisticsReader.builder().build();
    try (StatisticsFile in = reader.open(file);
        StatisticsWriter out = StatisticsWriter.tidyCsv(text,
            List.of(Dimension.SEX, Dimension.AGE_BAND, Dimension.CITIZENSHIP))) {
      in.observations()
          .filter(observation -> observation.geography().countries().contains(CountryCode.of("DE")))
          .forEach(out::write);
    }
    // end::stream-and-write[]
    return text.toString();
  }

  /** The bytes of a file of this module's resources. */
  static InputStream resource(String name) {
    InputStream bytes = StatisticsFilesExample.class.getResourceAsStream(name);
    if (bytes == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return bytes;
  }

  static String eurostatExcerpt() {
    return EUROSTAT_EXCERPT;
  }

  private static String name(Category origin) {
    if (origin instanceof CountryCategory && ((CountryCategory) origin).country().isPresent()) {
      return ((CountryCategory) origin).country().get().displayName(Locale.ENGLISH);
    }
    return origin.code();
  }

  private static String figure(ObservationTotal total) {
    return total == null ? "-" : String.format(Locale.ROOT, "%,d", total.sum().value());
  }
}
