package org.resettlement.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.resettlement.core.Dataset;
import org.resettlement.testkit.RuleBreakers.Entry;
import org.resettlement.testkit.RuleBreakers.Scope;
import org.resettlement.testkit.RuleBreakers.Site;

/**
 * Makes invalid samples: a valid dataset or record, then one of the values the rule applies to
 * in it, chosen at random and broken.
 *
 * <p>A value to break is nearly always there: a default dataset has dozens for every rule. When a
 * small dataset or a single record has none (a spec with one pledge, and that pledge states no
 * quantity), the next one is made, and so on; what a seed gives stays fixed all the same.
 */
final class InvalidSampler {
  /**
   * How many datasets or records to make, at most, in search of a value to break. Every rule
   * finds one in a good share of the records of its kind, so this is never reached.
   */
  private static final int ATTEMPTS = 1_000;

  private InvalidSampler() {}

  /**
   * The spec of {@link SampleData#invalidDataset(BrokenRule)}: the default one, with the default
   * cube for a rule that only observations can break.
   */
  static DatasetSpec defaultSpec(BrokenRule rule) {
    for (Entry<?> entry : RuleBreakers.inDataset(rule)) {
      if (entry.possible().test(DatasetSpec.defaults())) {
        return DatasetSpec.defaults();
      }
    }
    return DatasetSpec.defaults().withCube(CubeSpec.defaults());
  }

  static InvalidSample<Dataset> dataset(SampleData sample, BrokenRule rule, DatasetSpec spec) {
    List<Entry<?>> entries = RuleBreakers.inDataset(rule);
    List<Entry<?>> possible = new ArrayList<>();
    Set<String> needs = new LinkedHashSet<>();
    for (Entry<?> entry : entries) {
      needs.add(entry.needs());
      if (entry.possible().test(spec)) {
        possible.add(entry);
      }
    }
    if (possible.isEmpty()) {
      throw new IllegalArgumentException(
          rule + " cannot be broken in a dataset of " + spec + ": it needs " + String.join(" or ", needs));
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Dataset dataset = sample.dataset(spec);
      List<Candidate<?>> candidates = new ArrayList<>();
      for (Entry<?> entry : possible) {
        collect(entry, sample, dataset, candidates);
      }
      if (!candidates.isEmpty()) {
        return sample.draw.pick(candidates).apply(dataset);
      }
    }
    throw new IllegalStateException("No dataset of " + spec + " had a value to break " + rule + " in " + ATTEMPTS + " tries");
  }

  private static <T> void collect(Entry<T> entry, SampleData sample, Dataset dataset, List<Candidate<?>> candidates) {
    List<T> records = entry.kind().records(dataset);
    for (int i = 0; i < records.size(); i++) {
      List<Site<T>> sites = new ArrayList<>();
      entry.breaker().find(records.get(i), new Scope(sample, dataset, i), sites);
      for (Site<T> site : sites) {
        candidates.add(new Candidate<>(entry, i, site));
      }
    }
  }

  static <T> InvalidSample<T> record(SampleData sample, Class<T> type, BrokenRule rule) {
    List<Entry<T>> entries = entriesFor(rule, type);
    if (entries.isEmpty()) {
      throw new IllegalArgumentException(
          rule + " cannot be broken in a " + type.getName() + " on its own; SampleData.breakableRules("
              + type.getSimpleName() + ".class) lists the rules that can");
    }
    Scope alone = new Scope(sample, null, -1);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      T record = sample.breakable(type);
      List<Site<T>> sites = new ArrayList<>();
      for (Entry<T> entry : entries) {
        entry.breaker().find(record, alone, sites);
      }
      if (!sites.isEmpty()) {
        Site<T> site = sample.draw.pick(sites);
        return new InvalidSample<>(site.broken().get(), rule, site.path());
      }
    }
    throw new IllegalStateException("No " + type.getSimpleName() + " had a value to break " + rule + " in " + ATTEMPTS + " tries");
  }

  /** The entries for a record type on its own, whose kinds are all of that type. */
  @SuppressWarnings("unchecked")
  private static <T> List<Entry<T>> entriesFor(BrokenRule rule, Class<T> type) {
    List<Entry<T>> entries = new ArrayList<>();
    for (Entry<?> entry : RuleBreakers.onItsOwn(rule, type)) {
      entries.add((Entry<T>) entry);
    }
    return entries;
  }

  /** A site in the record at an index of a dataset's list. */
  private record Candidate<T>(Entry<T> entry, int index, Site<T> site) {
    InvalidSample<Dataset> apply(Dataset dataset) {
      T broken = site.broken().get();
      String record = entry.kind().property + "[" + index + "]";
      String path = site.path().isEmpty() ? record : record + "." + site.path();
      return new InvalidSample<>(entry.kind().replace(dataset, index, broken), entry.rule(), path);
    }
  }
}
