package org.resettlement.wireformat.hostile;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.resettlement.wireformat.hostile.DocumentFuzzer.Mutant;
import org.resettlement.wireformat.hostile.ReadCampaign.Case;
import org.resettlement.wireformat.hostile.ReadCampaign.Result;
import org.resettlement.wireformat.hostile.ReadCampaign.Subject;

/**
 * A campaign of the {@link DocumentFuzzer}: a fixed number of corrupted documents, each read by
 * one of a module's readers in turn, with the outcome table printed and no outcome but a valid
 * value or a refusal with a path allowed.
 *
 * <p>System properties set the campaign: {@value #CASES} the number of cases (by default {@value
 * #DEFAULT_CASES}; the Maven profile {@code fuzz} sets 100,000), {@value #SEED} the seed (by
 * default {@value #DEFAULT_SEED}), and {@value #CASE} the index of a single case to replay, which
 * is then printed whatever its outcome. Every failure names the seed and its case.
 */
public final class FuzzCampaign {
  /** The system property of the number of cases. */
  public static final String CASES = "resettlement.fuzz.cases";
  /** The system property of the seed. */
  public static final String SEED = "resettlement.fuzz.seed";
  /** The system property of a single case to replay. */
  public static final String CASE = "resettlement.fuzz.case";
  /** The number of cases of the default build. */
  public static final long DEFAULT_CASES = 3_000;
  /** The seed of the default build. */
  public static final long DEFAULT_SEED = 20_231_113L;

  private static final Duration TIME_LIMIT = Duration.ofSeconds(1);

  private FuzzCampaign() {}

  /**
   * Runs the campaign with the settings of the system properties, prints its outcome table, and
   * checks that no case came to anything but a valid value or a refusal with a path.
   *
   * @param line the Jackson line, for the report
   * @param readers the readers, which take the cases in turn
   * @param writer writes the generated documents that are corrupted, with the module's mapper
   */
  public static void run(String line, List<Subject> readers, DocumentFuzzer.Writer writer) throws Exception {
    long seed = Long.getLong(SEED, DEFAULT_SEED);
    long cases = Long.getLong(CASES, DEFAULT_CASES);
    Long replay = Long.getLong(CASE);
    DocumentFuzzer fuzzer = new DocumentFuzzer(DocumentFuzzer.sources(seed, writer));
    LongStream indexes = replay == null ? LongStream.range(0, cases) : LongStream.of(replay);
    String title = String.format(Locale.ROOT, "Mutation fuzzing, %s, seed %d", line, seed);
    try (ReadCampaign campaign = new ReadCampaign(title, TIME_LIMIT)) {
      campaign.warmUp(readers);
      indexes.forEach(index -> {
        Mutant mutant = fuzzer.mutant(seed, index);
        String name = String.format(Locale.ROOT, "case %d (replay with -D%s=%d -D%s=%d): %s",
            index, SEED, seed, CASE, index, mutant.description());
        Case kase = new Case(name, mutant.type(), mutant.input(), mutant.feed());
        if (!kase.feedable()) {
          kase = new Case(name, mutant.type(), mutant.input(), Feed.BYTES);
        }
        Result result = campaign.run(readers.get((int) (index % readers.size())), kase);
        if (replay != null) {
          System.out.println(result.describe());
        }
      });
      campaign.print();
      campaign.assertNoFailures();
    }
  }
}
