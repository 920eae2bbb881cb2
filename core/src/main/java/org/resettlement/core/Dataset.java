package org.resettlement.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The records that services exchange: organisations, people, memberships, events, projects,
 * campaigns, pledges, quotas, statistics and observations, with the version of the schema they
 * follow.
 *
 * <p>A dataset finds records by identifier and computes what users ask of the records together:
 * {@linkplain #campaignProgress(CampaignId) a campaign's progress} towards its target, and
 * {@linkplain #quotaTotals() quota totals by country and year} with the arrivals against them.
 * Lookups use tables built once, the first time they are needed; they are not scans.
 *
 * <p>A dataset does not check that its references resolve or that identifiers are unique: data
 * that breaks these rules must still be readable so that every problem can be reported at once.
 * The validation module checks them. Where an identifier repeats, lookups return the first record.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Dataset implements WithDataset {

  /** The version of the schema this library writes: {@value}. */
  public static final String SCHEMA_VERSION = "1.1";

  private static final Pattern SCHEMA_VERSION_FORM = Pattern.compile("\\d{1,9}\\.\\d{1,9}");

  Dataset() {}

  /**
   * Returns the version of the schema the records follow, as {@code major.minor} (digits only).
   *
   * @return the schema version, {@value #SCHEMA_VERSION} unless set
   */
  @Value.Default
  public String schemaVersion() {
    return SCHEMA_VERSION;
  }

  /**
   * Returns the organisations.
   *
   * @return the unmodifiable list, possibly empty, not null
   */
  public abstract List<Organisation> organisations();

  /**
   * Returns the people.
   *
   * @return the unmodifiable list, possibly empty, not null
   */
  public abstract List<Person> people();

  /**
   * Returns the memberships of people, organisations and states in organisations.
   *
   * @return the unmodifiable list, possibly empty, not null
   */
  public abstract List<Membership> memberships();

  /**
   * Returns the events.
   *
   * @return the unmodifiable list, possibly empty, not null
   */
  public abstract List<Event> events();

  /**
   * Returns the projects.
   *
   * @return the unmodifiable list, possibly empty, not null
   */
  public abstract List<Project> projects();

  /**
   * Returns the campaigns.
   *
   * @return the unmodifiable list, possibly empty, not null
   */
  public abstract List<Campaign> campaigns();

  /**
   * Returns the pledges.
   *
   * @return the unmodifiable list, possibly empty, not null
   */
  public abstract List<Pledge> pledges();

  /**
   * Returns the resettlement quotas.
   *
   * @return the unmodifiable list, possibly empty, not null
   */
  public abstract List<ResettlementQuota> quotas();

  /**
   * Returns the statistics.
   *
   * @return the unmodifiable list, possibly empty, not null
   */
  public abstract List<Statistic> statistics();

  /**
   * Returns the observations: the cells of publishers' tables of statistics, such as Eurostat's
   * resettled persons by citizenship, sex and age, one per cell. The cells of one table share
   * their sources, periods and geographies.
   *
   * <p>Figures that documents quote are {@link #statistics()}; {@link Statistic#asObservations()}
   * gives them as observations too.
   *
   * @return the unmodifiable list, possibly empty, not null
   */
  public abstract List<Observation> observations();

  /**
   * Returns the index of the {@linkplain #observations() observations}, to select them, follow a
   * population over time, add them up by a dimension and compare a cube's totals with its cells.
   *
   * <p>The index is built the first time it is asked for, once, and kept; building it reads every
   * observation. It holds the dataset's observations themselves, not copies. Figures that
   * documents quote ({@link #statistics()}) are not in it; index them with {@code
   * ObservationIndex.of(statistic.asObservations())} where they should be queried alike.
   *
   * @return the index, the same on every call, not null
   */
  @Value.Lazy
  public ObservationIndex observationIndex() {
    return ObservationIndex.of(observations());
  }

  @Value.Lazy
  DatasetIndex index() {
    return new DatasetIndex(this);
  }

  /**
   * Creates a builder for a dataset.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.check(
        SCHEMA_VERSION_FORM.matcher(schemaVersion()).matches(),
        Dataset.class,
        "schemaVersion",
        () -> "must be major.minor, such as " + SCHEMA_VERSION + ", was " + Wording.quoted(schemaVersion()));
  }

  //-----------------------------------------------------------------------
  /**
   * Finds an organisation by identifier.
   *
   * @param id the identifier, not null
   * @return the organisation, or empty if there is none with that identifier
   * @throws NullPointerException if the identifier is null
   */
  public Optional<Organisation> organisation(OrganisationId id) {
    return find(index().organisations, id);
  }

  /**
   * Finds a person by identifier.
   *
   * @param id the identifier, not null
   * @return the person, or empty if there is none with that identifier
   * @throws NullPointerException if the identifier is null
   */
  public Optional<Person> person(PersonId id) {
    return find(index().people, id);
  }

  /**
   * Finds an event by identifier.
   *
   * @param id the identifier, not null
   * @return the event, or empty if there is none with that identifier
   * @throws NullPointerException if the identifier is null
   */
  public Optional<Event> event(EventId id) {
    return find(index().events, id);
  }

  /**
   * Finds a project by identifier.
   *
   * @param id the identifier, not null
   * @return the project, or empty if there is none with that identifier
   * @throws NullPointerException if the identifier is null
   */
  public Optional<Project> project(ProjectId id) {
    return find(index().projects, id);
  }

  /**
   * Finds a campaign by identifier.
   *
   * @param id the identifier, not null
   * @return the campaign, or empty if there is none with that identifier
   * @throws NullPointerException if the identifier is null
   */
  public Optional<Campaign> campaign(CampaignId id) {
    return find(index().campaigns, id);
  }

  /**
   * Finds a pledge by identifier.
   *
   * @param id the identifier, not null
   * @return the pledge, or empty if there is none with that identifier
   * @throws NullPointerException if the identifier is null
   */
  public Optional<Pledge> pledge(PledgeId id) {
    return find(index().pledges, id);
  }

  /**
   * Finds a resettlement quota by identifier.
   *
   * @param id the identifier, not null
   * @return the quota, or empty if there is none with that identifier
   * @throws NullPointerException if the identifier is null
   */
  public Optional<ResettlementQuota> quota(QuotaId id) {
    return find(index().quotas, id);
  }

  /**
   * Finds a statistic by identifier.
   *
   * @param id the identifier, not null
   * @return the statistic, or empty if there is none with that identifier
   * @throws NullPointerException if the identifier is null
   */
  public Optional<Statistic> statistic(StatisticId id) {
    return find(index().statistics, id);
  }

  /**
   * Returns the pledges that answer a campaign, in dataset order.
   *
   * @param campaign the campaign's identifier, not null
   * @return the unmodifiable list of pledges, possibly empty, not null
   * @throws NullPointerException if the campaign's identifier is null
   */
  public List<Pledge> pledgesTo(CampaignId campaign) {
    Objects.requireNonNull(campaign, "campaign");
    return index().pledgesByCampaign.getOrDefault(campaign, List.of());
  }

  /**
   * Returns the events held under a project, in dataset order.
   *
   * @param project the project's identifier, not null
   * @return the unmodifiable list of events, possibly empty, not null
   * @throws NullPointerException if the project's identifier is null
   */
  public List<Event> eventsOf(ProjectId project) {
    Objects.requireNonNull(project, "project");
    return index().eventsByProject.getOrDefault(project, List.of());
  }

  /**
   * Returns the memberships in an organisation: its members and the roles held in it.
   *
   * @param organisation the organisation's identifier, not null
   * @return the unmodifiable list of memberships, possibly empty, not null
   * @throws NullPointerException if the organisation's identifier is null
   */
  public List<Membership> membershipsIn(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return index().membershipsByOrganisation.getOrDefault(organisation, List.of());
  }

  /**
   * Returns the memberships an actor holds: the roles of a person, the networks of an organisation.
   *
   * @param member the person, organisation or state, not null
   * @return the unmodifiable list of memberships, possibly empty, not null
   * @throws NullPointerException if the member is null
   */
  public List<Membership> membershipsOf(Actor member) {
    Objects.requireNonNull(member, "member");
    return index().membershipsByMember.getOrDefault(member, List.of());
  }

  //-----------------------------------------------------------------------
  /**
   * Computes how far the pledges to a campaign go towards its target.
   *
   * @param campaign the campaign's identifier, not null
   * @return the progress, or empty if the dataset has no such campaign
   * @throws NullPointerException if the campaign's identifier is null
   * @see CampaignProgress
   */
  public Optional<CampaignProgress> campaignProgress(CampaignId campaign) {
    Objects.requireNonNull(campaign, "campaign");
    return campaign(campaign).map(this::progressOf);
  }

  private CampaignProgress progressOf(Campaign campaign) {
    Optional<Target> target =
        campaign.targets().stream()
            .filter(candidate -> candidate.metric() == StatisticMetric.PLACES_OFFERED)
            .findFirst();
    int pledges = 0;
    int withdrawn = 0;
    List<Quantity> pledged = new ArrayList<>();
    List<Quantity> delivered = new ArrayList<>();
    for (Pledge pledge : pledgesTo(campaign.id())) {
      if (pledge.status() == PledgeStatus.WITHDRAWN) {
        withdrawn++;
        continue;
      }
      pledges++;
      if (pledge.kind() == PledgeKind.RESETTLEMENT_PLACES && pledge.quantity().isPresent()) {
        pledged.add(pledge.quantity().get());
        delivered.add(pledge.deliveredQuantity());
      }
    }
    return CampaignProgress.builder()
        .campaign(campaign.id())
        .target(target)
        .pledges(pledges)
        .withdrawnPledges(withdrawn)
        .pledgedPlaces(Quantity.sum(pledged))
        .deliveredPlaces(Quantity.sum(delivered))
        .build();
  }

  /**
   * Adds up the resettlement quotas by country and by the year their periods start, with the
   * arrivals against them.
   *
   * @return the totals, sorted by country code and then year, not null
   * @see QuotaTotal
   */
  public List<QuotaTotal> quotaTotals() {
    Map<CountryCode, Map<Integer, List<ResettlementQuota>>> grouped = new TreeMap<>();
    for (ResettlementQuota quota : quotas()) {
      grouped
          .computeIfAbsent(quota.country(), key -> new TreeMap<>())
          .computeIfAbsent(quota.period().start().year(), key -> new ArrayList<>())
          .add(quota);
    }
    List<QuotaTotal> totals = new ArrayList<>();
    grouped.forEach(
        (country, byYear) ->
            byYear.forEach(
                (year, quotas) ->
                    totals.add(
                        QuotaTotal.builder()
                            .country(country)
                            .year(year)
                            .quotas(quotas.size())
                            .places(total(quotas, ResettlementQuota::places))
                            .arrivals(total(quotas, ResettlementQuota::arrivals))
                            .build())));
    totals.sort(Comparator.comparing(QuotaTotal::country).thenComparingInt(QuotaTotal::year));
    return List.copyOf(totals);
  }

  private static Optional<Quantity> total(
      List<ResettlementQuota> quotas,
      Function<ResettlementQuota, Optional<Quantity>> figure) {
    List<Quantity> figures = new ArrayList<>(quotas.size());
    boolean anyKnown = false;
    for (ResettlementQuota quota : quotas) {
      Optional<Quantity> known = figure.apply(quota);
      anyKnown |= known.isPresent();
      figures.add(known.orElse(Quantity.atLeast(0)));
    }
    return anyKnown ? Optional.of(Quantity.sum(figures)) : Optional.empty();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy in which every {@link Person} is {@linkplain Person#withoutPersonalData()
   * without personal data}. Memberships and participations stay, so roles remain visible.
   *
   * @return the dataset without names or contact points of people, not null
   */
  public Dataset withoutPersonalData() {
    List<Person> people = new ArrayList<>(people().size());
    for (Person person : people()) {
      people.add(person.withoutPersonalData());
    }
    return people.equals(people()) ? this : withPeople(people);
  }

  private static <K, V> Optional<V> find(Map<K, V> index, K id) {
    return Optional.ofNullable(index.get(Objects.requireNonNull(id, "id")));
  }

  /** Builds a {@link Dataset}; every field is optional. */
  public static final class Builder extends ImmutableDataset.Builder {
    /** Creates an empty builder; the same as {@link Dataset#builder()}. */
    public Builder() {}
  }
}
