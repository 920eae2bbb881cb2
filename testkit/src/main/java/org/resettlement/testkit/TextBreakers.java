package org.resettlement.testkit;

import static org.resettlement.testkit.BrokenRule.BREAKDOWN_CATEGORY_CODE;
import static org.resettlement.testkit.BrokenRule.EMAIL_ADDRESS;
import static org.resettlement.testkit.BrokenRule.LATITUDE_IN_RANGE;
import static org.resettlement.testkit.BrokenRule.LONGITUDE_IN_RANGE;
import static org.resettlement.testkit.BrokenRule.NOT_BLANK_TEXT;
import static org.resettlement.testkit.BrokenRule.PERSON_NAMED;
import static org.resettlement.testkit.BrokenRule.PHONE_NUMBER;
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
import static org.resettlement.testkit.RuleBreakers.add;
import static org.resettlement.testkit.RuleBreakers.appended;
import static org.resettlement.testkit.RuleBreakers.at;
import static org.resettlement.testkit.RuleBreakers.replaced;
import static org.resettlement.testkit.RuleBreakers.site;
import static org.resettlement.testkit.RuleBreakers.sourceSites;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.resettlement.core.Breakdown;
import org.resettlement.core.BreakdownDimension;
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignId;
import org.resettlement.core.ContactKind;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.Funding;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Membership;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.Participation;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Place;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Quantity;
import org.resettlement.core.QuotaId;
import org.resettlement.core.RecordId;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Session;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticId;
import org.resettlement.core.Target;
import org.resettlement.testkit.RuleBreakers.Scope;
import org.resettlement.testkit.RuleBreakers.Site;
import org.resettlement.testkit.RuleBreakers.Where;

/**
 * How the rules on texts and their forms are broken: blank texts ({@code NOT_BLANK_TEXT}) and a
 * person without any name ({@code PERSON_NAMED}); malformed identifiers, acronyms, contact points,
 * web addresses and external identifiers; coordinates off the map; breakdown categories that are
 * no country code. {@link RuleBreakers} says what every change must keep.
 */
final class TextBreakers {
  private TextBreakers() {}

  /** Adds the entries of the text and format rules, in the order that fixes what a seed gives. */
  static void addEntries() {
    for (RecordKind<?> kind : RecordKind.ALL) {
      sourceRules(kind);
    }
    add(NOT_BLANK_TEXT, ORGANISATIONS, TextBreakers::blankText);
    add(NOT_BLANK_TEXT, PEOPLE, TextBreakers::blankText);
    add(NOT_BLANK_TEXT, MEMBERSHIPS, TextBreakers::blankText);
    add(NOT_BLANK_TEXT, EVENTS, TextBreakers::blankText);
    add(NOT_BLANK_TEXT, PROJECTS, TextBreakers::blankText);
    add(NOT_BLANK_TEXT, CAMPAIGNS, TextBreakers::blankText);
    add(NOT_BLANK_TEXT, PLEDGES, TextBreakers::blankText);
    add(NOT_BLANK_TEXT, QUOTAS, TextBreakers::blankText);
    add(NOT_BLANK_TEXT, STATISTICS, TextBreakers::blankText);

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
    add(WELL_FORMED_EXTERNAL_ID, ORGANISATIONS, TextBreakers::badExternalId);

    add(LATITUDE_IN_RANGE, ORGANISATIONS, (o, scope, sites) ->
        site(sites, "place.coordinates.latitude", () -> o.withPlace(offTheMap(o.place(), true, scope))));
    add(LATITUDE_IN_RANGE, EVENTS, (e, scope, sites) ->
        site(sites, "venue.coordinates.latitude", () -> e.withVenue(offTheMap(e.venue(), true, scope))));
    add(LONGITUDE_IN_RANGE, ORGANISATIONS, (o, scope, sites) ->
        site(sites, "place.coordinates.longitude", () -> o.withPlace(offTheMap(o.place(), false, scope))));
    add(LONGITUDE_IN_RANGE, EVENTS, (e, scope, sites) ->
        site(sites, "venue.coordinates.longitude", () -> e.withVenue(offTheMap(e.venue(), false, scope))));
    add(BREAKDOWN_CATEGORY_CODE, STATISTICS, TextBreakers::badCategory);

    add(PERSON_NAMED, PEOPLE, (p, scope, sites) -> site(sites, "", () ->
        p.withName(Optional.empty()).withGivenName(Optional.empty()).withFamilyName(Optional.empty())));
  }

  /** The sources every kind of record cites: their URL without a scheme, their title blank. */
  private static <T> void sourceRules(RecordKind<T> kind) {
    add(WEB_ADDRESS, kind, (record, scope, sites) ->
        sourceSites(kind, record, scope, sites, "url", TextBreakers::schemeless));
    add(NOT_BLANK_TEXT, kind, (record, scope, sites) ->
        sourceSites(kind, record, scope, sites, "title", source -> source.withTitle(blanked(source.title(), scope))));
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
        TextBreakers::withoutScheme, () -> ContactPoint.website("www." + scope.draw.pick(Vocabulary.DOMAINS)), sites);
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
}
