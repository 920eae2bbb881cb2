package org.resettlement.testkit;

import static org.resettlement.testkit.BrokenRule.EMAIL_ADDRESS;
import static org.resettlement.testkit.BrokenRule.LATITUDE_IN_RANGE;
import static org.resettlement.testkit.BrokenRule.LONGITUDE_IN_RANGE;
import static org.resettlement.testkit.BrokenRule.NOT_BLANK_TEXT;
import static org.resettlement.testkit.BrokenRule.NO_CONTROL_CHARACTERS;
import static org.resettlement.testkit.BrokenRule.NO_DIRECTIONAL_FORMATTING;
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
import static org.resettlement.testkit.RuleBreakers.addOnSources;
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
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignId;
import org.resettlement.core.ContactKind;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
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
 * How the rules on texts and their forms are broken: blank texts ({@code NOT_BLANK_TEXT}), texts
 * with control characters ({@code NO_CONTROL_CHARACTERS}) or a direction override ({@code
 * NO_DIRECTIONAL_FORMATTING}), and a person without any name ({@code PERSON_NAMED}); malformed
 * identifiers, acronyms, contact points, web addresses and external identifiers; coordinates off
 * the map. {@link RuleBreakers} says what every change must keep.
 */
final class TextBreakers {
  private TextBreakers() {}

  /** Adds the entries of the text and format rules, in the order that fixes what a seed gives. */
  static void addEntries() {
    for (RecordKind<?> kind : RecordKind.ALL) {
      sourceRules(kind);
    }
    textRules(NOT_BLANK_TEXT, Spoil.BLANK);
    textRules(NO_CONTROL_CHARACTERS, Spoil.CONTROL_CHARACTERS);
    textRules(NO_DIRECTIONAL_FORMATTING, Spoil.DIRECTION_OVERRIDE);

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

    add(PERSON_NAMED, PEOPLE, (p, scope, sites) -> site(sites, "", () ->
        p.withName(Optional.empty()).withGivenName(Optional.empty()).withFamilyName(Optional.empty())));
  }

  /**
   * The sources every kind of record cites: their URL without a scheme, their title blank, with
   * control characters or with a direction override.
   */
  private static <T> void sourceRules(RecordKind<T> kind) {
    addOnSources(WEB_ADDRESS, kind, (record, scope, sites) ->
        sourceSites(kind, record, scope, sites, "url", TextBreakers::schemeless));
    addOnSources(NOT_BLANK_TEXT, kind, (record, scope, sites) -> sourceSites(kind, record, scope, sites, "title",
        source -> source.withTitle(spoiled(source.title(), Spoil.BLANK, scope))));
    addOnSources(NO_CONTROL_CHARACTERS, kind, (record, scope, sites) -> sourceSites(kind, record, scope, sites, "title",
        source -> source.withTitle(spoiled(source.title(), Spoil.CONTROL_CHARACTERS, scope))));
    addOnSources(NO_DIRECTIONAL_FORMATTING, kind, (record, scope, sites) -> sourceSites(kind, record, scope, sites, "title",
        source -> source.withTitle(spoiled(source.title(), Spoil.DIRECTION_OVERRIDE, scope))));
  }

  /** The entries of a rule on texts, which may be broken in the same texts of every kind of record. */
  private static void textRules(BrokenRule rule, Spoil spoil) {
    add(rule, ORGANISATIONS, (o, scope, sites) -> textSites(o, spoil, scope, sites));
    add(rule, PEOPLE, (p, scope, sites) -> textSites(p, spoil, scope, sites));
    add(rule, MEMBERSHIPS, (m, scope, sites) -> textSites(m, spoil, scope, sites));
    add(rule, EVENTS, (e, scope, sites) -> textSites(e, spoil, scope, sites));
    add(rule, PROJECTS, (p, scope, sites) -> textSites(p, spoil, scope, sites));
    add(rule, CAMPAIGNS, (c, scope, sites) -> textSites(c, spoil, scope, sites));
    add(rule, PLEDGES, (p, scope, sites) -> textSites(p, spoil, scope, sites));
    add(rule, QUOTAS, (q, scope, sites) -> textSites(q, spoil, scope, sites));
    add(rule, STATISTICS, (s, scope, sites) -> textSites(s, spoil, scope, sites));
  }

  /** An address without its scheme, as copied from a browser's address bar. */
  private static Source schemeless(Source source) {
    String address = source.url().map(URI::toString).orElse("https://www.example.org/");
    return source.withUrl(URI.create(withoutScheme(address)));
  }

  //-----------------------------------------------------------------------
  // The rules on texts: the last language variant (usually the translation) spoiled, or an
  // optional text set to a spoiled one.

  /** How a rule on texts is broken in one text. */
  private enum Spoil {
    /**
     * Blank texts: empty, a space, a no-break space as pasted from a web page, and a zero-width
     * space, which is invisible.
     */
    BLANK {
      @Override
      String text(String text, Scope scope) {
        return scope.draw.pick(BLANKS);
      }
    },
    /**
     * The text with control characters: a form feed where a page of a PDF ended, or the
     * typographic quotation marks of Windows-1252 read as ISO 8859-1, which makes them the
     * controls U+0093 and U+0094. Either is a control character in every kind of text.
     */
    CONTROL_CHARACTERS {
      @Override
      String text(String text, Scope scope) {
        return scope.draw.chance(50) ? text + "\u000C" : "\u0093" + text + "\u0094";
      }
    },
    /**
     * The text with its last word between a right-to-left override (U+202E) and the end of it
     * (U+202C), which shows the word backwards, as in file names made to look harmless. An
     * override is reported in every kind of text.
     */
    DIRECTION_OVERRIDE {
      @Override
      String text(String text, Scope scope) {
        int lastWord = text.lastIndexOf(' ') + 1;
        return text.substring(0, lastWord) + "\u202E" + text.substring(lastWord) + "\u202C";
      }
    };

    /** The text, spoiled; a text made blank does not depend on what it was. */
    abstract String text(String text, Scope scope);
  }

  private static final String[] BLANKS = {"", " ", "\u00A0", "\u200B"};

  private static LocalizedText spoiled(LocalizedText text, Spoil spoil, Scope scope) {
    String last = null;
    for (String language : text.languages()) {
      last = language;
    }
    return text.and(last, spoil.text(text.variants().get(last), scope));
  }

  private static LocalizedText spoiled(Optional<LocalizedText> text, Spoil spoil, Scope scope) {
    return text.isPresent()
        ? spoiled(text.get(), spoil, scope)
        : LocalizedText.of("en", spoil.text(scope.draw.pick(Vocabulary.NOTES), scope));
  }

  private static void textSites(Organisation o, Spoil spoil, Scope scope, List<Site<Organisation>> sites) {
    site(sites, "name", () -> o.withName(spoiled(o.name(), spoil, scope)));
    o.description().ifPresent(text -> site(sites, "description", () -> o.withDescription(spoiled(text, spoil, scope))));
    o.place().ifPresent(place -> textSites(place, "place", o::withPlace, spoil, scope, sites));
    labelSites(o.contacts(), o::withContacts, spoil, scope, sites);
  }

  private static <T> void textSites(Place place, String path, Function<Place, T> withPlace, Spoil spoil, Scope scope,
      List<Site<T>> sites) {
    site(sites, path + ".locality",
        () -> withPlace.apply(place.withLocality(spoiled(place.locality(), spoil, scope))));
    place.region().ifPresent(region ->
        site(sites, path + ".region", () -> withPlace.apply(place.withRegion(spoiled(region, spoil, scope)))));
  }

  private static <T> void labelSites(List<ContactPoint> contacts, Function<List<ContactPoint>, T> withContacts,
      Spoil spoil, Scope scope, List<Site<T>> sites) {
    for (int j = 0; j < contacts.size(); j++) {
      ContactPoint contact = contacts.get(j);
      int index = j;
      contact.label().ifPresent(label -> site(sites, at("contacts", index) + ".label",
          () -> withContacts.apply(replaced(contacts, index, contact.withLabel(spoil.text(label, scope))))));
    }
  }

  /**
   * A person's names, honorific and contact labels. A name is made blank only while another still
   * names the person, so that {@code PERSON_NAMED} holds.
   */
  private static void textSites(Person p, Spoil spoil, Scope scope, List<Site<Person>> sites) {
    boolean name = hasText(p.name());
    boolean given = hasText(p.givenName());
    boolean family = hasText(p.familyName());
    boolean blanks = spoil == Spoil.BLANK;
    if (name && (!blanks || given || family)) {
      site(sites, "name", () -> p.withName(spoil.text(p.name().get(), scope)));
    }
    if (given && (!blanks || name || family)) {
      site(sites, "givenName", () -> p.withGivenName(spoil.text(p.givenName().get(), scope)));
    }
    if (family && (!blanks || name || given)) {
      site(sites, "familyName", () -> p.withFamilyName(spoil.text(p.familyName().get(), scope)));
    }
    p.honorific().ifPresent(honorific -> site(sites, "honorific", () -> p.withHonorific(spoil.text(honorific, scope))));
    labelSites(p.contacts(), p::withContacts, spoil, scope, sites);
  }

  private static boolean hasText(Optional<String> text) {
    return text.isPresent() && !text.get().isBlank();
  }

  private static void textSites(Membership m, Spoil spoil, Scope scope, List<Site<Membership>> sites) {
    site(sites, "role", () -> m.withRole(spoiled(m.role(), spoil, scope)));
  }

  private static void textSites(Event e, Spoil spoil, Scope scope, List<Site<Event>> sites) {
    site(sites, "title", () -> e.withTitle(spoiled(e.title(), spoil, scope)));
    e.summary().ifPresent(text -> site(sites, "summary", () -> e.withSummary(spoiled(text, spoil, scope))));
    List<LocalizedText> topics = e.topics();
    for (int j = 0; j < topics.size(); j++) {
      int index = j;
      site(sites, at("topics", j),
          () -> e.withTopics(replaced(topics, index, spoiled(topics.get(index), spoil, scope))));
    }
    List<Session> sessions = e.sessions();
    for (int j = 0; j < sessions.size(); j++) {
      int index = j;
      Session session = sessions.get(j);
      session.title().ifPresent(title -> site(sites, at("sessions", index) + ".title",
          () -> e.withSessions(replaced(sessions, index, session.withTitle(spoiled(title, spoil, scope))))));
    }
    List<Participation> participants = e.participants();
    for (int j = 0; j < participants.size(); j++) {
      int index = j;
      Participation participation = participants.get(j);
      participation.contribution().ifPresent(text -> site(sites, at("participants", index) + ".contribution",
          () -> e.withParticipants(replaced(participants, index,
              participation.withContribution(spoiled(text, spoil, scope))))));
    }
    e.series().ifPresent(series -> site(sites, "series.series",
        () -> e.withSeries(series.withSeries(spoiled(series.series(), spoil, scope)))));
    e.venue().ifPresent(venue -> textSites(venue, "venue", e::withVenue, spoil, scope, sites));
  }

  private static void textSites(Project p, Spoil spoil, Scope scope, List<Site<Project>> sites) {
    site(sites, "title", () -> p.withTitle(spoiled(p.title(), spoil, scope)));
    p.summary().ifPresent(text -> site(sites, "summary", () -> p.withSummary(spoiled(text, spoil, scope))));
    List<LocalizedText> groups = p.targetGroups();
    for (int j = 0; j < groups.size(); j++) {
      int index = j;
      site(sites, at("targetGroups", j),
          () -> p.withTargetGroups(replaced(groups, index, spoiled(groups.get(index), spoil, scope))));
    }
    List<Funding> fundings = p.fundings();
    for (int j = 0; j < fundings.size(); j++) {
      int index = j;
      Funding funding = fundings.get(j);
      funding.programme().ifPresent(text -> site(sites, at("fundings", index) + ".programme",
          () -> p.withFundings(replaced(fundings, index, funding.withProgramme(spoiled(text, spoil, scope))))));
    }
  }

  private static void textSites(Campaign c, Spoil spoil, Scope scope, List<Site<Campaign>> sites) {
    site(sites, "name", () -> c.withName(spoiled(c.name(), spoil, scope)));
    c.summary().ifPresent(text -> site(sites, "summary", () -> c.withSummary(spoiled(text, spoil, scope))));
    List<Target> targets = c.targets();
    for (int j = 0; j < targets.size(); j++) {
      int index = j;
      Target target = targets.get(j);
      target.description().ifPresent(text -> site(sites, at("targets", index) + ".description",
          () -> c.withTargets(replaced(targets, index, target.withDescription(spoiled(text, spoil, scope))))));
    }
  }

  private static void textSites(Pledge p, Spoil spoil, Scope scope, List<Site<Pledge>> sites) {
    site(sites, "description", () -> p.withDescription(spoiled(p.description(), spoil, scope)));
  }

  private static void textSites(ResettlementQuota q, Spoil spoil, Scope scope, List<Site<ResettlementQuota>> sites) {
    site(sites, "description", () -> q.withDescription(spoiled(q.description(), spoil, scope)));
  }

  private static void textSites(Statistic s, Spoil spoil, Scope scope, List<Site<Statistic>> sites) {
    site(sites, "note", () -> s.withNote(spoiled(s.note(), spoil, scope)));
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
}
