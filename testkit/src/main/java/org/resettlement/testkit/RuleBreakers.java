package org.resettlement.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.resettlement.core.Actor;
import org.resettlement.core.CampaignId;
import org.resettlement.core.Dataset;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PersonId;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Quantity;
import org.resettlement.core.Source;

/**
 * How each rule of the validation module is broken in each kind of record: the values in a record
 * that a rule applies to, each with a copy of the record in which that value, and nothing else,
 * breaks the rule.
 *
 * <p>A change must break its rule and no other, in the record and in any dataset made by {@link
 * DatasetSampler}: a date moved back stays after the dates it must follow, a reference replaced is
 * one nothing else depends on, a quantity raised is raised only where no other rule compares it.
 * Where a record lacks the value (no e-mail contact point, no description), the change adds it,
 * broken. The validation module's tests check every rule over many seeds.
 *
 * <p>This class holds the entries and what breakers share; the breakers themselves are in one
 * class per family of rules: {@link TextBreakers} (texts and their forms), {@link
 * ReferenceBreakers} (references and identifiers), {@link DateBreakers}, {@link
 * QuantityBreakers} and {@link StatisticsBreakers} (keys, categories and observations of official
 * statistics). A new {@link BrokenRule} gets its entries in the family of its rule.
 */
final class RuleBreakers {
  private RuleBreakers() {}

  /** Where a rule can be broken in a kind of record. */
  enum Where {
    /** In a dataset and in a record on its own. */
    ANYWHERE,
    /** Only in a dataset: the rule compares records with each other. */
    IN_DATASET,
    /** Only in a record on its own: in a dataset, other records refer to the value. */
    ON_ITS_OWN
  }

  /**
   * A value in a record that can break a rule: its path within the record, and the record with
   * that value broken, made (drawing from the sample data) when asked for.
   */
  record Site<T>(String path, Supplier<T> broken) {}

  /** Finds the sites of one rule in a record. */
  @FunctionalInterface
  interface Breaker<T> {
    void find(T record, Scope scope, List<Site<T>> sites);
  }

  /** One rule in one kind of record. */
  record Entry<T>(BrokenRule rule, RecordKind<T> kind, Where where, Predicate<DatasetSpec> possible,
      String needs, Breaker<T> breaker) {}

  /** What a breaker may use: the sample data to draw from, and the dataset it works in, if any. */
  static final class Scope {
    final SampleData sample;
    final Draw draw;
    /** The dataset holding the record, or null for a record on its own. */
    final Dataset dataset;
    /** The record's index in its list, or -1 for a record on its own. */
    final int index;

    Scope(SampleData sample, Dataset dataset, int index) {
      this.sample = sample;
      this.draw = sample.draw;
      this.dataset = dataset;
      this.index = index;
    }

    OrganisationId missingOrganisation() {
      return missing(sample::organisationId, dataset::organisation);
    }

    PersonId missingPerson() {
      return missing(sample::personId, dataset::person);
    }

    ProjectId missingProject() {
      return missing(sample::projectId, dataset::project);
    }

    CampaignId missingCampaign() {
      return missing(sample::campaignId, dataset::campaign);
    }

    /** A new identifier that finds nothing in the dataset. */
    private static <I> I missing(Supplier<I> fresh, Function<I, Optional<?>> find) {
      I id = fresh.get();
      while (find.apply(id).isPresent()) {
        id = fresh.get();
      }
      return id;
    }

    /** An identifier of the same kind as a record's, that the dataset does not hold. */
    Actor missing(Actor actor) {
      return actor instanceof PersonId ? missingPerson() : missingOrganisation();
    }

    /** A quantity certainly above a maximum: an exact figure up to a fifth above it. */
    Quantity above(long maximum) {
      return Quantity.exactly(maximum + draw.between(1L, Math.max(1L, maximum / 5)));
    }
  }

  private static final List<Entry<?>> ENTRIES = new ArrayList<>();

  static {
    // Only the order of each rule's entries matters: it fixes what a seed gives.
    TextBreakers.addEntries();
    ReferenceBreakers.addEntries();
    DateBreakers.addEntries();
    QuantityBreakers.addEntries();
    StatisticsBreakers.addEntries();
  }

  //-----------------------------------------------------------------------
  /** The entries of a rule that apply in a dataset. */
  static List<Entry<?>> inDataset(BrokenRule rule) {
    List<Entry<?>> entries = new ArrayList<>();
    for (Entry<?> entry : ENTRIES) {
      if (entry.rule() == rule && entry.where() != Where.ON_ITS_OWN) {
        entries.add(entry);
      }
    }
    return entries;
  }

  /** The entries of a rule that apply to a record of a type on its own. */
  static List<Entry<?>> onItsOwn(BrokenRule rule, Class<?> type) {
    List<Entry<?>> entries = new ArrayList<>();
    for (Entry<?> entry : ENTRIES) {
      if (entry.rule() == rule && entry.kind().type == type && entry.where() != Where.IN_DATASET) {
        entries.add(entry);
      }
    }
    return entries;
  }

  /** The rules that can be broken in a dataset, or in a record of a type on its own. */
  static Set<BrokenRule> breakable(Class<?> type) {
    Set<BrokenRule> rules = EnumSet.noneOf(BrokenRule.class);
    for (BrokenRule rule : BrokenRule.values()) {
      if (type == Dataset.class ? !inDataset(rule).isEmpty() : !onItsOwn(rule, type).isEmpty()) {
        rules.add(rule);
      }
    }
    return Collections.unmodifiableSet(rules);
  }

  //-----------------------------------------------------------------------
  /** Adds an entry of a rule that can be broken anywhere, in a dataset with a record of its kind. */
  static <T> void add(BrokenRule rule, RecordKind<T> kind, Breaker<T> breaker) {
    add(rule, kind, Where.ANYWHERE, breaker);
  }

  /** Adds an entry of a rule, possible in a dataset with a record of its kind. */
  static <T> void add(BrokenRule rule, RecordKind<T> kind, Where where, Breaker<T> breaker) {
    add(new Entry<>(rule, kind, where, spec -> kind.count(spec) > 0, kind.property, breaker));
  }

  /**
   * Adds an entry of a rule on the sources that records of a kind cite. The sources of
   * observations are checked by their dataset, once each, and not with an observation on its own,
   * so the entry of observations applies in a dataset only.
   */
  static <T> void addOnSources(BrokenRule rule, RecordKind<T> kind, Breaker<T> breaker) {
    add(rule, kind, kind == RecordKind.OBSERVATIONS ? Where.IN_DATASET : Where.ANYWHERE, breaker);
  }

  /** Adds an entry that needs more of a dataset than a record of its kind. */
  static void add(Entry<?> entry) {
    ENTRIES.add(entry);
  }

  //-----------------------------------------------------------------------
  // What the breakers of every family share.

  static <T> void site(List<Site<T>> sites, String path, Supplier<T> broken) {
    sites.add(new Site<>(path, broken));
  }

  static String at(String property, int index) {
    return property + "[" + index + "]";
  }

  static <E> List<E> replaced(List<E> list, int index, E element) {
    List<E> changed = new ArrayList<>(list);
    changed.set(index, element);
    return changed;
  }

  static <E> List<E> appended(List<E> list, E element) {
    List<E> changed = new ArrayList<>(list);
    changed.add(element);
    return changed;
  }

  /** Breaks each source the record cites, or cites a new source, broken, if it cites none. */
  static <T> void sourceSites(RecordKind<T> kind, T record, Scope scope, List<Site<T>> sites,
      String property, UnaryOperator<Source> spoil) {
    List<Source> sources = kind.sources(record);
    for (int j = 0; j < sources.size(); j++) {
      int index = j;
      site(sites, at("sources", j) + "." + property,
          () -> kind.withSources(record, replaced(sources, index, spoil.apply(sources.get(index)))));
    }
    if (sources.isEmpty()) {
      site(sites, at("sources", 0) + "." + property,
          () -> kind.withSources(record, List.of(spoil.apply(scope.sample.source()))));
    }
  }
}
