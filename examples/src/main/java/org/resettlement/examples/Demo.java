package org.resettlement.examples;

import jakarta.validation.ConstraintViolation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Set;
import org.resettlement.core.Dataset;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.SampleData;
import org.resettlement.validation.ResettlementValidation;
import org.resettlement.validation.ValidationReport;

/**
 * The README's first command: builds the seed documents as a dataset, validates it, reports on
 * it, shows broken data being rejected, and generates a reproducible sample dataset.
 */
public final class Demo {

  private static final int STEPS = 5;

  private final PrintStream out;
  private int step;

  private Demo(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new Demo(new PrintStream(System.out, true, StandardCharsets.UTF_8)).run();
  }

  void run() {
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

    step("Reporting");
    new DatasetReport(seeds, out).print(2012);

    step("Rejecting broken data, every problem with its path");
    printViolations(validate(ValidationExample.brokenDataset()));

    step("Generating a reproducible sample dataset (seed 42)");
    Dataset sample = SampleData.withSeed(42).dataset(DatasetSpec.defaults().withPledges(10_000));
    ValidationReport<Dataset> sampleReport = validate(sample);
    out.printf("  %d organisations, %d events, %d pledges; %d errors, %d warnings%n",
        sample.organisations().size(), sample.events().size(), sample.pledges().size(),
        sampleReport.errors().size(), sampleReport.warnings().size());
    out.printf("  the same seed gives the same data: %s%n",
        sample.equals(SampleData.withSeed(42).dataset(DatasetSpec.defaults().withPledges(10_000))));
  }

  private static ValidationReport<Dataset> validate(Dataset dataset) {
    Set<ConstraintViolation<Dataset>> violations = ResettlementValidation.validator().validate(dataset);
    return ValidationReport.of(violations);
  }

  private void printViolations(ValidationReport<Dataset> report) {
    report.violations().stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> out.printf("  %-24s %s%n", v.getPropertyPath(), v.getMessage()));
  }

  private void step(String title) {
    step++;
    out.printf("%n[%d/%d] %s%n", step, STEPS, title);
  }
}
