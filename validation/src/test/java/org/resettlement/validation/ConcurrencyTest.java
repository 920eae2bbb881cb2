package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
import org.resettlement.core.Dataset;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.Membership;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.Person;
import org.resettlement.core.Pledge;
import org.resettlement.core.Quantity;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Source;
import org.resettlement.testkit.BrokenRule;
import org.resettlement.testkit.SampleData;
import org.resettlement.testkit.SeedDataset;

/**
 * Validators, and the factory they come from, used from several threads at once report what they
 * report on one thread: the shared validator with whole datasets, and a new factory, whose
 * metadata the threads build at the same time, with 8 threads x 10,000 small values.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 25;
  private static final int OPERATIONS_PER_THREAD = 10_000;
  private static final long SEED = 20_231_113L;

  /** The seed dataset, broken in a different way for each index, so results differ per task. */
  private static Dataset variant(int index) {
    Dataset seeds = SeedDataset.dataset();
    switch (index % 4) {
      case 0:
        return seeds;
      case 1:
        return seeds.withPledges(Samples.pledge("p" + index).withFulfilled(Quantity.exactly(100 + index)));
      case 2:
        return seeds.withEvents(seeds.events().get(0).withOrganisers(OrganisationId.of("missing-" + index)));
      default:
        return seeds.withQuotas(Samples.quota("q").withArrivals(Quantity.exactly(500 + index)),
            Samples.quota("q").withPlaces(Quantity.exactly(index)));
    }
  }

  @Test
  void validate_fromSeveralThreads_givesTheSameReportsAsOneThread() throws Exception {
    Validator validator = ResettlementValidation.validator();
    List<Dataset> datasets = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      datasets.add(variant(i));
      expected.add(ValidationReport.of(validator.validate(datasets.get(i))).toString());
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        Callable<List<String>> task = () -> {
          start.await();
          List<String> reports = new ArrayList<>();
          for (int round = 0; round < ROUNDS; round++) {
            int index = (offset + round) % THREADS;
            reports.add(index + ":" + ValidationReport.of(validator.validate(datasets.get(index))));
          }
          return reports;
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        List<String> reports = results.get(t).get(60, TimeUnit.SECONDS);
        for (int round = 0; round < ROUNDS; round++) {
          int index = (t + round) % THREADS;
          assertThat(reports.get(round)).isEqualTo(index + ":" + expected.get(index));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).filteredOn(report -> report.startsWith("0 errors, 0 warnings")).hasSize(2);
  }

  //-----------------------------------------------------------------------
  /**
   * Small values the rules apply to: records of the lighter kinds, valid and breaking each rule
   * that can be broken in them, and contact points, coordinates, sources and external identifiers,
   * valid and not.
   */
  private static List<Object> records() {
    SampleData sample = SampleData.withSeed(SEED);
    List<Object> records = new ArrayList<>();
    for (Class<?> type : List.of(Person.class, Membership.class, Pledge.class, ResettlementQuota.class)) {
      records.addAll(sample.list(type, 3));
      for (BrokenRule rule : SampleData.breakableRules(type)) {
        records.add(sample.invalid(type, rule).value());
      }
    }
    for (Class<?> part : List.of(ContactPoint.class, Coordinates.class, Source.class, ExternalIdentifier.class)) {
      records.addAll(sample.list(part, 10));
    }
    records.addAll(List.of(
        ContactPoint.email("info(at)example.org"), ContactPoint.phone("12"), ContactPoint.website("ftp://example.org"),
        Coordinates.of(91, 0), Coordinates.of(0, -181), ExternalIdentifier.iati("not an id"), ExternalIdentifier.wikidata("Q")));
    return records;
  }

  /** The violations of a record, each as its path, rule and message, in a fixed order. */
  private static String report(Validator validator, Object record) {
    return validator.validate(record).stream()
        .map(v -> v.getPropertyPath() + " " + Rule.of(v).map(Rule::name).orElse("?") + " " + v.getMessage())
        .sorted()
        .collect(Collectors.joining("; "));
  }

  @Test
  void newValidatorFactory_fromEightThreads_givesTheReportsOfOneThread() throws Exception {
    List<Object> records = records();
    Validator alone = Validators.factory(Validators.TODAY, Locale.ENGLISH).getValidator();
    List<String> expected = records.stream().map(record -> report(alone, record)).toList();

    ValidatorFactory shared = Validators.factory(Validators.TODAY, Locale.ENGLISH);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        threads.add(pool.submit(() -> {
          start.await();
          Validator own = shared.getValidator();
          List<String> differences = new ArrayList<>();
          for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
            int index = (thread * records.size() / THREADS + i) % records.size();
            // Mostly a validator of the thread's own; now and then a new one from the factory, or
            // from a context of it.
            Validator validator = switch (i % 50) {
              case 0 -> shared.getValidator();
              case 1 -> shared.usingContext().getValidator();
              default -> own;
            };
            String report = report(validator, records.get(index));
            if (!report.equals(expected.get(index)) && differences.size() < 5) {
              differences.add(records.get(index) + ": " + report + " instead of " + expected.get(index));
            }
          }
          return differences;
        }));
      }
      start.countDown();
      for (Future<List<String>> thread : threads) {
        assertThat(thread.get(5, TimeUnit.MINUTES)).as("%d records", records.size()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
      shared.close();
    }
    assertThat(expected).as("some values break rules, some do not").contains("").anyMatch(report -> !report.isEmpty());
  }
}
