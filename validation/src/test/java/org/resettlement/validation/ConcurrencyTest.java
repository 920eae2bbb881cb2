package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.Quantity;
import org.resettlement.testkit.SeedDataset;

/** One shared validator, used from several threads at once, reports what it reports alone. */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 25;

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
}
