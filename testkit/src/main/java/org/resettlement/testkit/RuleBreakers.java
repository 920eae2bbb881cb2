package org.resettlement.testkit;

import static org.resettlement.testkit.BrokenRule.ALLOCATIONS_WITHIN_PLACES;
import static org.resettlement.testkit.BrokenRule.ARRIVALS_WITHIN_PLACES;
import static org.resettlement.testkit.BrokenRule.BREAKDOWN_CATEGORY_CODE;
import static org.resettlement.testkit.BrokenRule.BREAKDOWN_WITHIN_TOTAL;
import static org.resettlement.testkit.BrokenRule.COUNTRY_COUNT_COVERS_NAMED;
import static org.resettlement.testkit.BrokenRule.DEADLINE_AFTER_LAUNCH;
import static org.resettlement.testkit.BrokenRule.EMAIL_ADDRESS;
import static org.resettlement.testkit.BrokenRule.FULFILLED_WITHIN_PLEDGED;
import static org.resettlement.testkit.BrokenRule.LATITUDE_IN_RANGE;
import static org.resettlement.testkit.BrokenRule.LONGITUDE_IN_RANGE;
import static org.resettlement.testkit.BrokenRule.NOT_BLANK_TEXT;
import static org.resettlement.testkit.BrokenRule.NOT_IN_FUTURE;
import static org.resettlement.testkit.BrokenRule.PERSON_NAMED;
import static org.resettlement.testkit.BrokenRule.PHONE_NUMBER;
import static org.resettlement.testkit.BrokenRule.PLAUSIBLE_DATE;
import static org.resettlement.testkit.BrokenRule.PLEDGE_STATUS_MATCHES_FULFILMENT;
import static org.resettlement.testkit.BrokenRule.PLEDGE_WITHIN_CAMPAIGN_PERIOD;
import static org.resettlement.testkit.BrokenRule.REFERENCE_RESOLVES;
import static org.resettlement.testkit.BrokenRule.SESSION_WITHIN_EVENT;
import static org.resettlement.testkit.BrokenRule.UNIQUE_ID;
import static org.resettlement.testkit.BrokenRule.WEB_ADDRESS;
import static org.resettlement.testkit.BrokenRule.WELL_FORMED_ACRONYM;
import static org.resettlement.testkit.BrokenRule.WELL_FORMED_EXTERNAL_ID;
import static org.resettlement.testkit.BrokenRule.WELL_FORMED_ID;
import static org.resettlement.testkit.RecordKind.CAMPAIGNS;
import static org.resettlement.testkit.RecordKind.EVENTS;
import static org.resettlement.testkit.RecordKind.MEMBERSHIPS;
import static org.resettlement.testkit.RecordKind.ORGANISATIONS;
import static org.resettlement.testkit.RecordKind.PEOPLE;
import static org.resettlement.testkit.RecordKind.PLEDGES;
import static org.resettlement.testkit.RecordKind.PROJECTS;
import static org.resettlement.testkit.RecordKind.QUOTAS;
import static org.resettlement.testkit.RecordKind.STATISTICS;

import java.net.URI;
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
import org.resettlement.core.Allocation;
import org.resettlement.core.Breakdown;
import org.resettlement.core.BreakdownDimension;
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignId;
import org.resettlement.core.ContactKind;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.Funding;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Membership;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Participation;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Place;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;
import org.resettlement.core.PledgeStatus;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Quantity;
import org.resettlement.core.QuotaId;
import org.resettlement.core.RecordId;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Session;
import org.resettlement.core.SessionKind;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticId;
import org.resettlement.core.Target;

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
    for (RecordKind<?> kind : RecordKind.ALL) {
      sourceRules(kind);
    }
    add(NOT_BLANK_TEXT, ORGANISATIONS, RuleBreakers::blankText);
    add(NOT_BLANK_TEXT, PEOPLE, RuleBreakers::blankText);
    add(NOT_BLANK_TEXT, MEMBERSHIPS, RuleBreakers::blankText);
    add(NOT_BLANK_TEXT, EVENTS, RuleBreakers::blankText);
    add(NOT_BLANK_TEXT, PROJECTS, RuleBreakers::blankText);
    add(NOT_BLANK_TEXT, CAMPAIGNS, RuleBreakers::blankText);
    add(NOT_BLANK_TEXT, PLEDGES, RuleBreakers::blankText);
    add(NOT_BLANK_TEXT, QUOTAS, RuleBreakers::blankText);
    add(NOT_BLANK_TEXT, STATISTICS, RuleBreakers::blankText);

    // Other records refer to organisations, people, projects and campaigns by identifier.
    add(WELL_FORMED_ID, ORGANISATIONS, Where.ON_ITS_OWN,
        (o, scope, sites) -> site(sites, "id", () -> o.withId(OrganisationId.of(malformed(o.id())))));
    add(WELL_FORMED_ID, PEOPLE, Where.ON_ITS_OWN,
        (p, scope, sites) -> site(sites, "id", () -> p.withId(PersonId.of(malformed(p.id())))));
    add(WELL_FORMED_ID, PROJECTS, Where.ON_ITS_OWN,
        (p, scope, sites) -> site(sites, "id", () -> p.withId(ProjectId.of(malformed(p.id())))));
    add(WELL_FORMED_ID, CAMPAIGNS, Where.ON_ITS_OWN,
        (c, scope, sites) -> site(sites, "id", () -> c.withId(CampaignId.of(malformed(c.id())))));
    add(WELL_FORMED_ID, EVENTS,
        (e, scope, sites) -> site(sites, "id", () -> e.withId(EventId.of(malformed(e.id())))));
    add(WELL_FORMED_ID, PLEDGES,
        (p, scope, sites) -> site(sites, "id", () -> p.withId(PledgeId.of(malformed(p.id())))));
    add(WELL_FORMED_ID, QUOTAS,
        (q, scope, sites) -> site(sites, "id", () -> q.withId(QuotaId.of(malformed(q.id())))));
    add(WELL_FORMED_ID, STATISTICS,
        (s, scope, sites) -> site(sites, "id", () -> s.withId(StatisticId.of(malformed(s.id())))));

    add(WELL_FORMED_ACRONYM, ORGANISATIONS,
        (o, scope, sites) -> site(sites, "acronym", () -> o.withAcronym(bracketed(o.acronym(), o.name()))));
    add(WELL_FORMED_ACRONYM, PROJECTS,
        (p, scope, sites) -> site(sites, "acronym", () -> p.withAcronym(bracketed(p.acronym(), p.title()))));

    add(EMAIL_ADDRESS, ORGANISATIONS, (o, scope, sites) -> badEmail(o.contacts(), o::withContacts, scope, sites));
    add(EMAIL_ADDRESS, PEOPLE, (p, scope, sites) -> badEmail(p.contacts(), p::withContacts, scope, sites));
    add(PHONE_NUMBER, ORGANISATIONS, (o, scope, sites) -> badPhone(o.contacts(), o::withContacts, scope, sites));
    add(PHONE_NUMBER, PEOPLE, (p, scope, sites) -> badPhone(p.contacts(), p::withContacts, scope, sites));
    add(WEB_ADDRESS, ORGANISATIONS, (o, scope, sites) -> badWebContact(o.contacts(), o::withContacts, scope, sites));
    add(WEB_ADDRESS, PEOPLE, (p, scope, sites) -> badWebContact(p.contacts(), p::withContacts, scope, sites));
    add(WELL_FORMED_EXTERNAL_ID, ORGANISATIONS, RuleBreakers::badExternalId);

    add(LATITUDE_IN_RANGE, ORGANISATIONS, (o, scope, sites) ->
        site(sites, "place.coordinates.latitude", () -> o.withPlace(offTheMap(o.place(), true, scope))));
    add(LATITUDE_IN_RANGE, EVENTS, (e, scope, sites) ->
        site(sites, "venue.coordinates.latitude", () -> e.withVenue(offTheMap(e.venue(), true, scope))));
    add(LONGITUDE_IN_RANGE, ORGANISATIONS, (o, scope, sites) ->
        site(sites, "place.coordinates.longitude", () -> o.withPlace(offTheMap(o.place(), false, scope))));
    add(LONGITUDE_IN_RANGE, EVENTS, (e, scope, sites) ->
        site(sites, "venue.coordinates.longitude", () -> e.withVenue(offTheMap(e.venue(), false, scope))));
    add(BREAKDOWN_CATEGORY_CODE, STATISTICS, RuleBreakers::badCategory);

    add(REFERENCE_RESOLVES, ORGANISATIONS, Where.IN_DATASET,
        (o, scope, sites) -> site(sites, "parent", () -> o.withParent(scope.missingOrganisation())));
    add(REFERENCE_RESOLVES, MEMBERSHIPS, Where.IN_DATASET, RuleBreakers::unresolved);
    add(REFERENCE_RESOLVES, EVENTS, Where.IN_DATASET, RuleBreakers::unresolved);
    add(REFERENCE_RESOLVES, PROJECTS, Where.IN_DATASET, RuleBreakers::unresolved);
    add(REFERENCE_RESOLVES, CAMPAIGNS, Where.IN_DATASET, RuleBreakers::unresolved);
    add(REFERENCE_RESOLVES, PLEDGES, Where.IN_DATASET, RuleBreakers::unresolved);

    // Only identifiers nothing refers to are repeated, so that every reference still resolves.
    repeatedId(EVENTS, Event::id, Event::withId);
    repeatedId(PLEDGES, Pledge::id, Pledge::withId);
    repeatedId(QUOTAS, ResettlementQuota::id, ResettlementQuota::withId);
    repeatedId(STATISTICS, Statistic::id, Statistic::withId);

    add(PLAUSIBLE_DATE, MEMBERSHIPS, (m, scope, sites) -> m.period().ifPresent(period ->
        site(sites, "period.start", () -> m.withPeriod(centuryEarlierStart(period)))));
    // Moving the start back keeps every session within the event.
    add(PLAUSIBLE_DATE, EVENTS, (e, scope, sites) ->
        site(sites, "period.start", () -> e.withPeriod(centuryEarlierStart(e.period()))));
    add(PLAUSIBLE_DATE, PROJECTS, RuleBreakers::implausibleDate);
    add(PLAUSIBLE_DATE, CAMPAIGNS, RuleBreakers::implausibleDate);
    add(PLAUSIBLE_DATE, PLEDGES, RuleBreakers::implausibleDate);
    add(PLAUSIBLE_DATE, QUOTAS, RuleBreakers::implausibleDate);
    add(PLAUSIBLE_DATE, STATISTICS, (s, scope, sites) ->
        site(sites, "period.start", () -> s.withPeriod(centuryEarlierStart(s.period()))));

    add(PERSON_NAMED, PEOPLE, (p, scope, sites) -> site(sites, "", () ->
        p.withName(Optional.empty()).withGivenName(Optional.empty()).withFamilyName(Optional.empty())));
    add(FULFILLED_WITHIN_PLEDGED, PLEDGES, RuleBreakers::overFulfilled);
    add(PLEDGE_STATUS_MATCHES_FULFILMENT, PLEDGES, RuleBreakers::contradictoryStatus);
    add(ALLOCATIONS_WITHIN_PLACES, QUOTAS, RuleBreakers::overAllocated);
    add(ARRIVALS_WITHIN_PLACES, QUOTAS, (q, scope, sites) -> maximum(q.places()).ifPresent(places ->
        site(sites, "arrivals", () -> q.withArrivals(scope.above(places)))));
    add(DEADLINE_AFTER_LAUNCH, CAMPAIGNS, RuleBreakers::deadlineBeforeLaunch);
    add(BREAKDOWN_WITHIN_TOTAL, STATISTICS, RuleBreakers::breakdownAboveTotal);
    ENTRIES.add(new Entry<>(PLEDGE_WITHIN_CAMPAIGN_PERIOD, PLEDGES, Where.IN_DATASET,
        spec -> spec.pledges() > 0 && spec.campaigns() > 0, "pledges and campaigns", RuleBreakers::outsideCampaign));
    add(SESSION_WITHIN_EVENT, EVENTS, RuleBreakers::sessionOutsideEvent);
    add(COUNTRY_COUNT_COVERS_NAMED, EVENTS, (e, scope, sites) -> {
      long named = e.representedCountries().size() + (e.moreCountriesRepresented() ? 1 : 0);
      if (named > 0) {
        site(sites, "representedCountryCount", () -> e.withRepresentedCountryCount(Quantity.exactly(named - 1)));
      }
    });
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
  private static <T> void add(BrokenRule rule, RecordKind<T> kind, Breaker<T> breaker) {
    add(rule, kind, Where.ANYWHERE, breaker);
  }

  private static <T> void add(BrokenRule rule, RecordKind<T> kind, Where where, Breaker<T> breaker) {
    ENTRIES.add(new Entry<>(rule, kind, where, spec -> kind.count(spec) > 0, kind.property, breaker));
  }

  private static <T> void site(List<Site<T>> sites, String path, Supplier<T> broken) {
    sites.add(new Site<>(path, broken));
  }

  private static String at(String property, int index) {
    return property + "[" + index + "]";
  }

  private static <E> List<E> replaced(List<E> list, int index, E element) {
    List<E> changed = new ArrayList<>(list);
    changed.set(index, element);
    return changed;
  }

  private static <E> List<E> appended(List<E> list, E element) {
    List<E> changed = new ArrayList<>(list);
    changed.add(element);
    return changed;
  }

  private static Optional<Long> maximum(Optional<Quantity> quantity) {
    return quantity.flatMap(q -> q.max().isPresent() ? Optional.of(q.max().getAsLong()) : Optional.empty());
  }

  //-----------------------------------------------------------------------
  // Sources: every kind of record cites them.

  private static <T> void sourceRules(RecordKind<T> kind) {
    add(NOT_IN_FUTURE, kind, (record, scope, sites) ->
        sourceSites(kind, record, scope, sites, "publishedOn", RuleBreakers::publishedInTheFuture));
    add(WEB_ADDRESS, kind, (record, scope, sites) ->
        sourceSites(kind, record, scope, sites, "url", RuleBreakers::schemeless));
    add(NOT_BLANK_TEXT, kind, (record, scope, sites) ->
        sourceSites(kind, record, scope, sites, "title", source -> source.withTitle(blanked(source.title(), scope))));
  }

  /** Breaks each source the record cites, or cites a new source, broken, if it cites none. */
  private static <T> void sourceSites(RecordKind<T> kind, T record, Scope scope, List<Site<T>> sites,
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

  /** Published a century after it was, or was read, as by a typo (2114 for 2014). */
  private static Source publishedInTheFuture(Source source) {
    PartialDate published =
        source.publishedOn().orElseGet(() -> PartialDate.of(source.accessedOn().orElse(SampleData.LATEST_SOURCE_DATE)));
    return source.withPublishedOn(shifted(published, 100));
  }

  /** An address without its scheme, as copied from a browser's address bar. */
  private static Source schemeless(Source source) {
    String address = source.url().map(URI::toString).orElse("https://www.example.org/");
    return source.withUrl(URI.create(withoutScheme(address)));
  }

  //-----------------------------------------------------------------------
  // NOT_BLANK_TEXT: the last language variant (usually the translation) made blank, or an
  // optional text set to a blank one.

  /** Blank texts: empty, a space, and a no-break space as pasted from a web page. */
  private static final String[] BLANKS = {"", " ", "\u00A0"};

  private static String blank(Scope scope) {
    return scope.draw.pick(BLANKS);
  }

  private static LocalizedText blanked(LocalizedText text, Scope scope) {
    String last = null;
    for (String language : text.languages()) {
      last = language;
    }
    return text.and(last, blank(scope));
  }

  private static LocalizedText blanked(Optional<LocalizedText> text, Scope scope) {
    return text.isPresent() ? blanked(text.get(), scope) : LocalizedText.of("en", blank(scope));
  }

  private static void blankText(Organisation o, Scope scope, List<Site<Organisation>> sites) {
    site(sites, "name", () -> o.withName(blanked(o.name(), scope)));
    o.description().ifPresent(text -> site(sites, "description", () -> o.withDescription(blanked(text, scope))));
    o.place().ifPresent(place -> blankText(place, "place", o::withPlace, scope, sites));
    blankLabels(o.contacts(), o::withContacts, scope, sites);
  }

  private static <T> void blankText(Place place, String path, Function<Place, T> withPlace, Scope scope,
      List<Site<T>> sites) {
    site(sites, path + ".locality", () -> withPlace.apply(place.withLocality(blanked(place.locality(), scope))));
    place.region().ifPresent(region ->
        site(sites, path + ".region", () -> withPlace.apply(place.withRegion(blanked(region, scope)))));
  }

  private static <T> void blankLabels(List<ContactPoint> contacts, Function<List<ContactPoint>, T> withContacts,
      Scope scope, List<Site<T>> sites) {
    for (int j = 0; j < contacts.size(); j++) {
      ContactPoint contact = contacts.get(j);
      int index = j;
      contact.label().ifPresent(label -> site(sites, at("contacts", index) + ".label",
          () -> withContacts.apply(replaced(contacts, index, contact.withLabel(blank(scope))))));
    }
  }

  /** One of a person's names left empty, while another still names them. */
  private static void blankText(Person p, Scope scope, List<Site<Person>> sites) {
    boolean name = hasText(p.name());
    boolean given = hasText(p.givenName());
    boolean family = hasText(p.familyName());
    if (name && (given || family)) {
      site(sites, "name", () -> p.withName(blank(scope)));
    }
    if (given && (name || family)) {
      site(sites, "givenName", () -> p.withGivenName(blank(scope)));
    }
    if (family && (name || given)) {
      site(sites, "familyName", () -> p.withFamilyName(blank(scope)));
    }
    p.honorific().ifPresent(honorific -> site(sites, "honorific", () -> p.withHonorific(blank(scope))));
    blankLabels(p.contacts(), p::withContacts, scope, sites);
  }

  private static boolean hasText(Optional<String> text) {
    return text.isPresent() && !text.get().isBlank();
  }

  private static void blankText(Membership m, Scope scope, List<Site<Membership>> sites) {
    site(sites, "role", () -> m.withRole(blanked(m.role(), scope)));
  }

  private static void blankText(Event e, Scope scope, List<Site<Event>> sites) {
    site(sites, "title", () -> e.withTitle(blanked(e.title(), scope)));
    e.summary().ifPresent(text -> site(sites, "summary", () -> e.withSummary(blanked(text, scope))));
    List<LocalizedText> topics = e.topics();
    for (int j = 0; j < topics.size(); j++) {
      int index = j;
      site(sites, at("topics", j), () -> e.withTopics(replaced(topics, index, blanked(topics.get(index), scope))));
    }
    List<Session> sessions = e.sessions();
    for (int j = 0; j < sessions.size(); j++) {
      int index = j;
      Session session = sessions.get(j);
      session.title().ifPresent(title -> site(sites, at("sessions", index) + ".title",
          () -> e.withSessions(replaced(sessions, index, session.withTitle(blanked(title, scope))))));
    }
    List<Participation> participants = e.participants();
    for (int j = 0; j < participants.size(); j++) {
      int index = j;
      Participation participation = participants.get(j);
      participation.contribution().ifPresent(text -> site(sites, at("participants", index) + ".contribution",
          () -> e.withParticipants(replaced(participants, index, participation.withContribution(blanked(text, scope))))));
    }
    e.series().ifPresent(series ->
        site(sites, "series.series", () -> e.withSeries(series.withSeries(blanked(series.series(), scope)))));
    e.venue().ifPresent(venue -> blankText(venue, "venue", e::withVenue, scope, sites));
  }

  private static void blankText(Project p, Scope scope, List<Site<Project>> sites) {
    site(sites, "title", () -> p.withTitle(blanked(p.title(), scope)));
    p.summary().ifPresent(text -> site(sites, "summary", () -> p.withSummary(blanked(text, scope))));
    List<LocalizedText> groups = p.targetGroups();
    for (int j = 0; j < groups.size(); j++) {
      int index = j;
      site(sites, at("targetGroups", j), () -> p.withTargetGroups(replaced(groups, index, blanked(groups.get(index), scope))));
    }
    List<Funding> fundings = p.fundings();
    for (int j = 0; j < fundings.size(); j++) {
      int index = j;
      Funding funding = fundings.get(j);
      funding.programme().ifPresent(text -> site(sites, at("fundings", index) + ".programme",
          () -> p.withFundings(replaced(fundings, index, funding.withProgramme(blanked(text, scope))))));
    }
  }

  private static void blankText(Campaign c, Scope scope, List<Site<Campaign>> sites) {
    site(sites, "name", () -> c.withName(blanked(c.name(), scope)));
    c.summary().ifPresent(text -> site(sites, "summary", () -> c.withSummary(blanked(text, scope))));
    List<Target> targets = c.targets();
    for (int j = 0; j < targets.size(); j++) {
      int index = j;
      Target target = targets.get(j);
      target.description().ifPresent(text -> site(sites, at("targets", index) + ".description",
          () -> c.withTargets(replaced(targets, index, target.withDescription(blanked(text, scope))))));
    }
  }

  private static void blankText(Pledge p, Scope scope, List<Site<Pledge>> sites) {
    site(sites, "description", () -> p.withDescription(blanked(p.description(), scope)));
  }

  private static void blankText(ResettlementQuota q, Scope scope, List<Site<ResettlementQuota>> sites) {
    site(sites, "description", () -> q.withDescription(blanked(q.description(), scope)));
  }

  private static void blankText(Statistic s, Scope scope, List<Site<Statistic>> sites) {
    site(sites, "note", () -> s.withNote(blanked(s.note(), scope)));
  }

  //-----------------------------------------------------------------------
  // Text forms.

  /** The identifier with a typographic en dash in place of its hyphen, as a word processor makes it. */
  private static String malformed(RecordId<?> id) {
    String token = id.value();
    int hyphen = token.indexOf('-');
    return hyphen < 0 ? token + '\u2013' : token.substring(0, hyphen) + '\u2013' + token.substring(hyphen + 1);
  }

  /** The acronym in brackets, as copied from "Name (ACRONYM)"; brackets are not allowed. */
  private static String bracketed(Optional<String> acronym, LocalizedText name) {
    String initials = acronym.orElseGet(() -> Vocabulary.acronym(name.text()));
    return "(" + (initials != null ? initials : name.text().split(" ")[0]) + ")";
  }

  private static String withoutScheme(String address) {
    int scheme = address.indexOf("://");
    return scheme < 0 ? address : address.substring(scheme + 3);
  }

  /** E-mail addresses with "(at)" for "@", as written to deter spam; or one such address added. */
  private static <T> void badEmail(List<ContactPoint> contacts, Function<List<ContactPoint>, T> withContacts,
      Scope scope, List<Site<T>> sites) {
    contactSites(contacts, withContacts, Set.of(ContactKind.EMAIL), value -> value.replace("@", "(at)"),
        () -> ContactPoint.email("info(at)" + scope.draw.pick(Vocabulary.DOMAINS)), sites);
  }

  /** Telephone numbers with "00" for "+"; or one such number added. */
  private static <T> void badPhone(List<ContactPoint> contacts, Function<List<ContactPoint>, T> withContacts,
      Scope scope, List<Site<T>> sites) {
    contactSites(contacts, withContacts, Set.of(ContactKind.PHONE, ContactKind.FAX), value -> "00" + value.substring(1),
        () -> ContactPoint.phone("00" + scope.sample.phoneNumber(scope.draw.pick(Vocabulary.COUNTRIES)).substring(1)),
        sites);
  }

  /** Web addresses without their scheme; or one such address added. */
  private static <T> void badWebContact(List<ContactPoint> contacts, Function<List<ContactPoint>, T> withContacts,
      Scope scope, List<Site<T>> sites) {
    contactSites(contacts, withContacts, Set.of(ContactKind.WEBSITE, ContactKind.SOCIAL_MEDIA),
        RuleBreakers::withoutScheme, () -> ContactPoint.website("www." + scope.draw.pick(Vocabulary.DOMAINS)), sites);
  }

  private static <T> void contactSites(List<ContactPoint> contacts, Function<List<ContactPoint>, T> withContacts,
      Set<ContactKind> kinds, UnaryOperator<String> spoil, Supplier<ContactPoint> added, List<Site<T>> sites) {
    for (int j = 0; j < contacts.size(); j++) {
      ContactPoint contact = contacts.get(j);
      if (kinds.contains(contact.kind())) {
        int index = j;
        site(sites, at("contacts", j) + ".value",
            () -> withContacts.apply(replaced(contacts, index, contact.withValue(spoil.apply(contact.value())))));
      }
    }
    if (sites.isEmpty()) {
      site(sites, at("contacts", contacts.size()) + ".value", () -> withContacts.apply(appended(contacts, added.get())));
    }
  }

  /**
   * IATI identifiers with spaces for hyphens, Wikidata items as the address of their page; or
   * such an item added.
   */
  private static void badExternalId(Organisation o, Scope scope, List<Site<Organisation>> sites) {
    List<ExternalIdentifier> identifiers = o.identifiers();
    for (int j = 0; j < identifiers.size(); j++) {
      ExternalIdentifier identifier = identifiers.get(j);
      int index = j;
      if (identifier.scheme().equals(ExternalIdentifier.IATI)) {
        site(sites, at("identifiers", j) + ".value", () -> o.withIdentifiers(replaced(identifiers, index,
            ExternalIdentifier.iati(identifier.value().replace('-', ' ')))));
      } else if (identifier.scheme().equals(ExternalIdentifier.WIKIDATA)) {
        site(sites, at("identifiers", j) + ".value", () -> o.withIdentifiers(replaced(identifiers, index,
            ExternalIdentifier.wikidata("https://www.wikidata.org/wiki/" + identifier.value()))));
      }
    }
    if (sites.isEmpty()) {
      site(sites, at("identifiers", identifiers.size()) + ".value", () -> o.withIdentifiers(appended(identifiers,
          ExternalIdentifier.wikidata("https://www.wikidata.org/wiki/Q" + scope.draw.between(1_000, 130_000_000)))));
    }
  }

  /**
   * A place whose latitude is moved by half a turn, or whose longitude by a whole turn, out of
   * range; a place without coordinates gets some, a record without a place a sample one.
   */
  private static Place offTheMap(Optional<Place> place, boolean latitude, Scope scope) {
    Place located = place.orElseGet(scope.sample::place);
    Coordinates point = located.coordinates().orElseGet(scope.sample::coordinates);
    return located.withCoordinates(
        latitude
            ? Coordinates.of(point.latitude() + Math.copySign(180, point.latitude()), point.longitude())
            : Coordinates.of(point.latitude(), point.longitude() + Math.copySign(360, point.longitude())));
  }

  /** A country named by its alpha-3 code, such as SYR; or such a category added, of no one. */
  private static void badCategory(Statistic s, Scope scope, List<Site<Statistic>> sites) {
    List<Breakdown> breakdown = s.breakdown();
    for (int j = 0; j < breakdown.size(); j++) {
      Breakdown category = breakdown.get(j);
      if (byCountry(category.dimension())) {
        int index = j;
        site(sites, at("breakdown", j) + ".category", () -> s.withBreakdown(replaced(breakdown, index,
            Breakdown.of(category.dimension(), CountryCode.of(category.category()).alpha3(), category.value()))));
      }
    }
    if (sites.isEmpty()) {
      // No category of citizenship yet, so a category of nobody adds up to nothing too many.
      site(sites, at("breakdown", breakdown.size()) + ".category", () -> s.withBreakdown(appended(breakdown,
          Breakdown.of(BreakdownDimension.CITIZENSHIP, scope.draw.pick(Vocabulary.ORIGINS).alpha3(), Quantity.ZERO))));
    }
  }

  private static boolean byCountry(BreakdownDimension dimension) {
    return dimension == BreakdownDimension.CITIZENSHIP || dimension == BreakdownDimension.COUNTRY_OF_ASYLUM;
  }

  //-----------------------------------------------------------------------
  // REFERENCE_RESOLVES: one reference replaced by an identifier of the same type that the
  // dataset does not hold; a state needs no record, so only identifiers are replaced.

  private static void unresolved(Membership m, Scope scope, List<Site<Membership>> sites) {
    site(sites, "organisation", () -> m.withOrganisation(scope.missingOrganisation()));
    if (m.member() instanceof RecordId) {
      site(sites, "member", () -> m.withMember(scope.missing(m.member())));
    }
  }

  private static void unresolved(Event e, Scope scope, List<Site<Event>> sites) {
    references(sites, "organisers", e.organisers(), e::withOrganisers, id -> scope.missingOrganisation());
    references(sites, "hosts", e.hosts(), e::withHosts, id -> scope.missingOrganisation());
    references(sites, "funders", e.funders(), e::withFunders, scope::missing);
    List<Participation> participants = e.participants();
    for (int j = 0; j < participants.size(); j++) {
      Participation participation = participants.get(j);
      int index = j;
      if (participation.participant() instanceof RecordId) {
        site(sites, at("participants", j) + ".participant", () -> e.withParticipants(replaced(participants, index,
            participation.withParticipant(scope.missing(participation.participant())))));
      }
      if (participation.representing().isPresent()) {
        site(sites, at("participants", j) + ".representing", () -> e.withParticipants(replaced(participants, index,
            participation.withRepresenting(scope.missingOrganisation()))));
      }
    }
    List<Session> sessions = e.sessions();
    for (int j = 0; j < sessions.size(); j++) {
      Session session = sessions.get(j);
      int index = j;
      references(sites, at("sessions", j) + ".speakers", session.speakers(),
          speakers -> e.withSessions(replaced(sessions, index, session.withSpeakers(speakers))), scope::missing);
    }
    if (e.project().isPresent()) {
      site(sites, "project", () -> e.withProject(scope.missingProject()));
    }
    if (sites.isEmpty()) {
      site(sites, at("organisers", e.organisers().size()),
          () -> e.withOrganisers(appended(e.organisers(), scope.missingOrganisation())));
    }
  }

  private static void unresolved(Project p, Scope scope, List<Site<Project>> sites) {
    site(sites, "coordinator", () -> p.withCoordinator(scope.missingOrganisation()));
    references(sites, "partners", p.partners(), p::withPartners, id -> scope.missingOrganisation());
    List<Funding> fundings = p.fundings();
    for (int j = 0; j < fundings.size(); j++) {
      Funding funding = fundings.get(j);
      int index = j;
      if (funding.funder().isPresent() && funding.funder().get() instanceof RecordId) {
        site(sites, at("fundings", j) + ".funder", () -> p.withFundings(replaced(fundings, index,
            funding.withFunder(scope.missing(funding.funder().get())))));
      }
    }
    if (p.parent().isPresent()) {
      site(sites, "parent", () -> p.withParent(scope.missingProject()));
    }
  }

  private static void unresolved(Campaign c, Scope scope, List<Site<Campaign>> sites) {
    references(sites, "launchingOrganisations", c.launchingOrganisations(), c::withLaunchingOrganisations,
        id -> scope.missingOrganisation());
    if (sites.isEmpty()) {
      site(sites, at("launchingOrganisations", 0),
          () -> c.withLaunchingOrganisations(List.of(scope.missingOrganisation())));
    }
  }

  private static void unresolved(Pledge p, Scope scope, List<Site<Pledge>> sites) {
    site(sites, "campaign", () -> p.withCampaign(scope.missingCampaign()));
    if (p.pledger() instanceof RecordId) {
      site(sites, "pledger", () -> p.withPledger(scope.missing(p.pledger())));
    }
  }

  /** A site for each identifier in a list of references; states in a list of actors are skipped. */
  private static <E, T> void references(List<Site<T>> sites, String property, List<E> references,
      Function<List<E>, T> withReferences, Function<E, ? extends E> missing) {
    for (int j = 0; j < references.size(); j++) {
      E reference = references.get(j);
      if (reference instanceof RecordId) {
        int index = j;
        site(sites, at(property, j), () -> withReferences.apply(replaced(references, index, missing.apply(reference))));
      }
    }
  }

  //-----------------------------------------------------------------------
  // UNIQUE_ID: a record takes the identifier of an earlier record of its list.

  private static <T, I> void repeatedId(RecordKind<T> kind, Function<T, I> id, WithId<T, I> withId) {
    ENTRIES.add(new Entry<>(UNIQUE_ID, kind, Where.IN_DATASET, spec -> kind.count(spec) > 1, "two " + kind.property,
        (record, scope, sites) -> {
          if (scope.index > 0) {
            site(sites, "id", () ->
                withId.apply(record, id.apply(kind.records(scope.dataset).get(scope.draw.below(scope.index)))));
          }
        }));
  }

  @FunctionalInterface
  private interface WithId<T, I> {
    T apply(T record, I id);
  }

  //-----------------------------------------------------------------------
  // PLAUSIBLE_DATE: a date a century earlier, as by a typo (2014 for 1914); a period's start
  // moves, so that the period only grows and holds whatever it held.

  private static PartialDate shifted(PartialDate date, int years) {
    switch (date.precision()) {
      case DAY:
        return PartialDate.of(date.toLocalDate().orElseThrow().plusYears(years));
      case MONTH:
        return PartialDate.of(date.year() + years, date.month().orElseThrow());
      default:
        return PartialDate.ofYear(date.year() + years);
    }
  }

  private static DateRange centuryEarlierStart(DateRange period) {
    return period.withStart(shifted(period.start(), -100));
  }

  private static void implausibleDate(Project p, Scope scope, List<Site<Project>> sites) {
    p.period().ifPresent(period -> site(sites, "period.start", () -> p.withPeriod(centuryEarlierStart(period))));
    List<Funding> fundings = p.fundings();
    for (int j = 0; j < fundings.size(); j++) {
      Funding funding = fundings.get(j);
      int index = j;
      funding.year().ifPresent(year -> site(sites, at("fundings", index) + ".year",
          () -> p.withFundings(replaced(fundings, index, funding.withYear(year.minusYears(100))))));
    }
  }

  /** The launch or the start of the period; deadlines and pledges stay after them. */
  private static void implausibleDate(Campaign c, Scope scope, List<Site<Campaign>> sites) {
    c.launchDate().ifPresent(launch -> site(sites, "launchDate", () -> c.withLaunchDate(shifted(launch, -100))));
    c.period().ifPresent(period -> site(sites, "period.start", () -> c.withPeriod(centuryEarlierStart(period))));
    if (c.launchDate().isEmpty()) {
      // Without a launch, no deadline can come before it.
      List<Target> targets = c.targets();
      for (int j = 0; j < targets.size(); j++) {
        Target target = targets.get(j);
        int index = j;
        target.deadline().ifPresent(deadline -> site(sites, at("targets", index) + ".deadline",
            () -> c.withTargets(replaced(targets, index, target.withDeadline(shifted(deadline, -100))))));
      }
    }
  }

  private static void implausibleDate(Pledge p, Scope scope, List<Site<Pledge>> sites) {
    // A pledge dated within its campaign's period would leave it too.
    if (p.pledgedOn().isPresent() && campaignPeriod(p, scope).isEmpty()) {
      site(sites, "pledgedOn", () -> p.withPledgedOn(shifted(p.pledgedOn().get(), -100)));
    }
    p.targetPeriod().ifPresent(period -> site(sites, "targetPeriod.start",
        () -> p.withTargetPeriod(centuryEarlierStart(period))));
  }

  private static void implausibleDate(ResettlementQuota q, Scope scope, List<Site<ResettlementQuota>> sites) {
    site(sites, "period.start", () -> q.withPeriod(centuryEarlierStart(q.period())));
    q.decidedOn().ifPresent(date -> site(sites, "decidedOn", () -> q.withDecidedOn(shifted(date, -100))));
    q.arrivalsAsOf().ifPresent(date -> site(sites, "arrivalsAsOf", () -> q.withArrivalsAsOf(shifted(date, -100))));
  }

  /** The period of the pledge's campaign, if the dataset holds the campaign and it has one. */
  private static Optional<DateRange> campaignPeriod(Pledge p, Scope scope) {
    if (scope.dataset == null || p.campaign().isEmpty()) {
      return Optional.empty();
    }
    return scope.dataset.campaign(p.campaign().get()).flatMap(Campaign::period);
  }

  //-----------------------------------------------------------------------
  // Rules that compare figures and dates within a record.

  /**
   * More fulfilled than the pledged maximum; or an overfulfilled pledge no longer marked so. A
   * partially fulfilled pledge is left alone, as all delivered would contradict its status too.
   */
  private static void overFulfilled(Pledge p, Scope scope, List<Site<Pledge>> sites) {
    Optional<Long> pledged = maximum(p.quantity());
    if (pledged.isEmpty() || p.status() == PledgeStatus.PARTIALLY_FULFILLED) {
      return;
    }
    if (!p.overfulfilled()) {
      site(sites, "fulfilled", () -> p.withFulfilled(scope.above(pledged.get())));
    } else if (p.fulfilled().isPresent() && p.fulfilled().get().min() > pledged.get()) {
      site(sites, "fulfilled", () -> p.withOverfulfilled(false));
    }
  }

  /**
   * A fulfilled pledge with less delivered than pledged, a partially fulfilled one with nothing
   * delivered, or a pledge with less delivered than pledged marked as fulfilled.
   */
  private static void contradictoryStatus(Pledge p, Scope scope, List<Site<Pledge>> sites) {
    if (p.quantity().isEmpty()) {
      return;
    }
    Quantity pledged = p.quantity().get();
    if (p.status() == PledgeStatus.FULFILLED) {
      if (pledged.min() > 0) {
        site(sites, "status", () -> p.withFulfilled(Quantity.exactly(scope.draw.between(0L, pledged.min() - 1))));
      }
    } else if (p.status() == PledgeStatus.PARTIALLY_FULFILLED && maximum(p.quantity()).orElse(1L) > 0) {
      site(sites, "status", () -> p.withFulfilled(Quantity.ZERO));
    } else if (maximum(p.fulfilled()).filter(most -> most < pledged.min()).isPresent()) {
      site(sites, "status", () -> p.withStatus(PledgeStatus.FULFILLED));
    }
  }

  /** The first allocation raised above the places, or such an allocation added. */
  private static void overAllocated(ResettlementQuota q, Scope scope, List<Site<ResettlementQuota>> sites) {
    Optional<Long> places = maximum(q.places());
    if (places.isEmpty()) {
      return;
    }
    List<Allocation> allocations = q.allocations();
    site(sites, at("allocations", 0), () -> {
      Allocation first = allocations.isEmpty() ? scope.sample.allocation() : allocations.get(0);
      Allocation raised = first.withPlaces(scope.above(places.get()));
      return q.withAllocations(allocations.isEmpty() ? List.of(raised) : replaced(allocations, 0, raised));
    });
  }

  /** A target's deadline one to three years before the launch, or such a target added. */
  private static void deadlineBeforeLaunch(Campaign c, Scope scope, List<Site<Campaign>> sites) {
    if (c.launchDate().isEmpty()) {
      return;
    }
    int launch = c.launchDate().get().year();
    List<Target> targets = c.targets();
    for (int j = 0; j < targets.size(); j++) {
      Target target = targets.get(j);
      int index = j;
      site(sites, at("targets", j) + ".deadline", () -> c.withTargets(replaced(targets, index,
          target.withDeadline(PartialDate.ofYear(launch - scope.draw.between(1, 3))))));
    }
    if (targets.isEmpty()) {
      site(sites, at("targets", 0) + ".deadline", () -> c.withTargets(List.of(
          scope.sample.target(null).withDeadline(PartialDate.ofYear(launch - scope.draw.between(1, 3))))));
    }
  }

  /** The first category raised above the total, or such a category of sex added. */
  private static void breakdownAboveTotal(Statistic s, Scope scope, List<Site<Statistic>> sites) {
    Optional<Long> total = maximum(Optional.of(s.value()));
    if (total.isEmpty()) {
      return;
    }
    List<Breakdown> breakdown = s.breakdown();
    site(sites, at("breakdown", 0), () -> {
      Breakdown first =
          breakdown.isEmpty()
              ? Breakdown.of(BreakdownDimension.SEX, scope.draw.pick(Vocabulary.SEXES), Quantity.ZERO)
              : breakdown.get(0);
      Breakdown raised = Breakdown.of(first.dimension(), first.category(), scope.above(total.get()));
      return s.withBreakdown(breakdown.isEmpty() ? List.of(raised) : replaced(breakdown, 0, raised));
    });
  }

  /** A pledge dated up to a year before its campaign's period began. */
  private static void outsideCampaign(Pledge p, Scope scope, List<Site<Pledge>> sites) {
    campaignPeriod(p, scope).ifPresent(period -> site(sites, "pledgedOn", () -> p.withPledgedOn(
        PartialDate.of(period.earliestDate().minusDays(scope.draw.between(1, 365))))));
  }

  /** A session dated up to a month before its event began, or such a session added. */
  private static void sessionOutsideEvent(Event e, Scope scope, List<Site<Event>> sites) {
    List<Session> sessions = e.sessions();
    Supplier<PartialDate> before = () -> PartialDate.of(e.period().earliestDate().minusDays(scope.draw.between(1, 30)));
    for (int j = 0; j < sessions.size(); j++) {
      Session session = sessions.get(j);
      int index = j;
      site(sites, at("sessions", j) + ".date",
          () -> e.withSessions(replaced(sessions, index, session.withDate(before.get()))));
    }
    if (sessions.isEmpty()) {
      site(sites, at("sessions", 0) + ".date", () -> e.withSessions(List.of(
          Session.builder().kind(scope.draw.pick(SessionKind.values())).date(before.get()).build())));
    }
  }
}
