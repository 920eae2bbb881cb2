package org.resettlement.examples;

import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.resettlement.core.Dataset;
import org.resettlement.jackson.ResettlementJson;
import org.resettlement.jackson.ResettlementJsonException;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.SampleData;
import org.resettlement.testkit.SeedDataset;
import org.resettlement.validation.ResettlementValidation;
import org.resettlement.validation.ValidationReport;

/**
 * The README's first command: builds the seed documents as a dataset, validates it, reports on
 * it, shows broken data being rejected, and generates a reproducible sample dataset.
 */
public final class Demo {

  private static final int STEPS = 7;
  private static final int WIDTH = 78;

  /** A document that parses, but holds a period that ends before it starts. */
  private static final String MALFORMED_EVENT =
      "{\"schemaVersion\":\"1.0\",\"events\":[{\"id\":\"warsaw-2023\","
          + "\"title\":{\"en\":\"Conference\"},\"kind\":\"conference\","
          + "\"period\":{\"start\":\"2023-11-15\",\"end\":\"2023-11-13\"}}]}";

  /** Hibernate Validator logs its version at start-up; the demo's output has no room for it. */
  private static final Logger QUIET_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private final PrintStream out;
  private int step;

  Demo(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the demo.
   *
   * @param args ignored
   * @throws IOException if the JSON file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    QUIET_VALIDATOR_LOG.setLevel(Level.WARNING);
    new Demo(new PrintStream(System.out, true, StandardCharsets.UTF_8)).run();
  }

  void run() throws IOException {
    out.println("Resettlement library demo: four source documents as data");

    step("Building the seed dataset");
    Dataset seeds = SeedDataset.dataset();
    out.printf("  %d organisations, %d people, %d events, %d projects, %d campaigns,%n"
            + "  %d pledges, %d quotas, %d statistics, each citing its source%n",
        seeds.organisations().size(), seeds.people().size(), seeds.events().size(),
        seeds.projects().size(), seeds.campaigns().size(), seeds.pledges().size(),
        seeds.quotas().size(), seeds.statistics().size());

    step("Validating it against every rule");
    ValidationReport<Dataset> report = validate(seeds);
    out.printf("  %d errors, %d warnings%n", report.errors().size(), report.warnings().size());

    step("Writing it as JSON and reading it back");
    JsonMapper mapper = ResettlementJson.builder().prettyPrint(true).build();
    Path file = outputFile();
    mapper.writeValue(file.toFile(), seeds);
    Dataset read = mapper.readValue(file.toFile(), Dataset.class);
    out.printf("  %s (%,d bytes), read back equal: %s%n", file, Files.size(file), read.equals(seeds));

    step("Reporting");
    new DatasetReport(read, out).print(2012);

    step("Importing official statistics: UNHCR's Refugee Data Finder");
    StatisticsFilesExample.arrivalsByOrigin(out);

    step("Rejecting broken documents, every problem with its path");
    try {
      mapper.readValue(MALFORMED_EVENT, Dataset.class);
    } catch (ResettlementJsonException e) {
      out.println("  not read:");
      printProblem(e.path(), e.reason());
    }
    String broken = mapper.writeValueAsString(ValidationExample.brokenDataset());
    out.println("  read, but breaks rules:");
    printViolations(validate(mapper.readValue(broken, Dataset.class)));

    step("Generating a reproducible sample dataset (seed 42)");
    Dataset sample = SampleData.withSeed(42).dataset(DatasetSpec.defaults().withPledges(10_000));
    ValidationReport<Dataset> sampleReport = validate(sample);
    out.printf("  %d organisations, %d events, %d pledges; %d errors, %d warnings%n",
        sample.organisations().size(), sample.events().size(), sample.pledges().size(),
        sampleReport.errors().size(), sampleReport.warnings().size());
    out.printf("  the same seed gives the same data: %s%n",
        sample.equals(SampleData.withSeed(42).dataset(DatasetSpec.defaults().withPledges(10_000))));
  }

  /** The file to write, from the system property {@code demo.output}, or a temporary one. */
  private static Path outputFile() throws IOException {
    String configured = System.getProperty("demo.output");
    if (configured == null) {
      return Files.createTempFile("seed-dataset", ".json");
    }
    Path file = Path.of(configured);
    Files.createDirectories(file.toAbsolutePath().getParent());
    return file;
  }

  private static ValidationReport<Dataset> validate(Dataset dataset) {
    Set<ConstraintViolation<Dataset>> violations = ResettlementValidation.validator().validate(dataset);
    return ValidationReport.of(violations);
  }

  private void printViolations(ValidationReport<Dataset> report) {
    report.violations().stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> printProblem(v.getPropertyPath().toString(), v.getMessage()));
  }

  /** Prints a path, then its message wrapped to the terminal's width below it. */
  private void printProblem(String path, String message) {
    out.printf("    %s%n", path);
    StringBuilder line = new StringBuilder("     ");
    for (String word : message.split(" ")) {
      if (line.length() + 1 + word.length() > WIDTH) {
        out.println(line);
        line.setLength(5);
      }
      line.append(' ').append(word);
    }
    out.println(line);
  }

  private void step(String title) {
    step++;
    out.printf("%n[%d/%d] %s%n", step, STEPS, title);
  }
}
