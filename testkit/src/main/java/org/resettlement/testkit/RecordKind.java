package org.resettlement.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.resettlement.core.Campaign;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.Membership;
import org.resettlement.core.Observation;
import org.resettlement.core.Organisation;
import org.resettlement.core.Person;
import org.resettlement.core.Pledge;
import org.resettlement.core.Project;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;

/**
 * One of the lists of records a {@link Dataset} holds, or its observations: its property name, how to read and replace
 * its records, how many a {@link DatasetSpec} asks for, and the sources each record cites.
 *
 * @param <T> the record type
 */
final class RecordKind<T> {
  static final RecordKind<Organisation> ORGANISATIONS = new RecordKind<>(
      Organisation.class, "organisations", Dataset::organisations, Dataset::withOrganisations,
      DatasetSpec::organisations, Organisation::sources, Organisation::withSources);
  static final RecordKind<Person> PEOPLE = new RecordKind<>(
      Person.class, "people", Dataset::people, Dataset::withPeople,
      DatasetSpec::people, Person::sources, Person::withSources);
  static final RecordKind<Membership> MEMBERSHIPS = new RecordKind<>(
      Membership.class, "memberships", Dataset::memberships, Dataset::withMemberships,
      // Memberships need an organisation to belong to; without one, a dataset has none.
      spec -> spec.organisations() == 0 ? 0 : spec.memberships(), Membership::sources, Membership::withSources);
  static final RecordKind<Event> EVENTS = new RecordKind<>(
      Event.class, "events", Dataset::events, Dataset::withEvents,
      DatasetSpec::events, Event::sources, Event::withSources);
  static final RecordKind<Project> PROJECTS = new RecordKind<>(
      Project.class, "projects", Dataset::projects, Dataset::withProjects,
      DatasetSpec::projects, Project::sources, Project::withSources);
  static final RecordKind<Campaign> CAMPAIGNS = new RecordKind<>(
      Campaign.class, "campaigns", Dataset::campaigns, Dataset::withCampaigns,
      DatasetSpec::campaigns, Campaign::sources, Campaign::withSources);
  static final RecordKind<Pledge> PLEDGES = new RecordKind<>(
      Pledge.class, "pledges", Dataset::pledges, Dataset::withPledges,
      DatasetSpec::pledges, Pledge::sources, Pledge::withSources);
  static final RecordKind<ResettlementQuota> QUOTAS = new RecordKind<>(
      ResettlementQuota.class, "quotas", Dataset::quotas, Dataset::withQuotas,
      DatasetSpec::quotas, ResettlementQuota::sources, ResettlementQuota::withSources);
  static final RecordKind<Statistic> STATISTICS = new RecordKind<>(
      Statistic.class, "statistics", Dataset::statistics, Dataset::withStatistics,
      DatasetSpec::statistics, Statistic::sources, Statistic::withSources);
  /**
   * The observations: not records (they have no identifier), but a list of the dataset whose
   * values the rules check like those of records.
   */
  static final RecordKind<Observation> OBSERVATIONS = new RecordKind<>(
      Observation.class, "observations", Dataset::observations, Dataset::withObservations,
      spec -> (int) Math.min(Integer.MAX_VALUE, spec.observations()), Observation::sources, Observation::withSources);

  /** Every kind, in the order of the dataset's properties. */
  static final List<RecordKind<?>> ALL = List.of(
      ORGANISATIONS, PEOPLE, MEMBERSHIPS, EVENTS, PROJECTS, CAMPAIGNS, PLEDGES, QUOTAS, STATISTICS, OBSERVATIONS);

  final Class<T> type;
  final String property;
  private final Function<Dataset, List<T>> records;
  private final BiFunction<Dataset, List<T>, Dataset> withRecords;
  private final ToIntFunction<DatasetSpec> count;
  private final Function<T, List<Source>> sources;
  private final BiFunction<T, List<Source>, T> withSources;

  private RecordKind(
      Class<T> type,
      String property,
      Function<Dataset, List<T>> records,
      BiFunction<Dataset, List<T>, Dataset> withRecords,
      ToIntFunction<DatasetSpec> count,
      Function<T, List<Source>> sources,
      BiFunction<T, List<Source>, T> withSources) {
    this.type = type;
    this.property = property;
    this.records = records;
    this.withRecords = withRecords;
    this.count = count;
    this.sources = sources;
    this.withSources = withSources;
  }

  /** The records of this kind in a dataset. */
  List<T> records(Dataset dataset) {
    return records.apply(dataset);
  }

  /** A copy of the dataset with the record at an index replaced. */
  Dataset replace(Dataset dataset, int index, T record) {
    List<T> changed = new ArrayList<>(records(dataset));
    changed.set(index, record);
    return withRecords.apply(dataset, changed);
  }

  /** How many records of this kind a dataset made for the spec holds. */
  int count(DatasetSpec spec) {
    return count.applyAsInt(spec);
  }

  /** The sources a record cites. */
  List<Source> sources(T record) {
    return sources.apply(record);
  }

  /** A copy of the record citing other sources. */
  T withSources(T record, List<Source> changed) {
    return withSources.apply(record, changed);
  }

  @Override
  public String toString() {
    return property;
  }
}
