package org.resettlement.openstandards;

import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.resettlement.core.Actor;
import org.resettlement.core.ContactKind;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.Funding;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.ParticipantRole;
import org.resettlement.core.Participation;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Place;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Quantity;
import org.resettlement.core.Session;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticMetric;

/**
 * The schema.org nodes of the records of one dataset, in one language, without a {@code @context}.
 * docs/open-standards.md gives the mapping, field by field.
 */
final class SchemaOrgNodes {

  private static final String SCHEMA = "https://schema.org/";

  /** The schema.org type of each kind of organisation: schema.org has no type for the others. */
  private static final Map<OrganisationKind, String> TYPES = new EnumMap<>(OrganisationKind.class);

  static {
    for (OrganisationKind kind : OrganisationKind.values()) {
      TYPES.put(kind, "Organization");
    }
    for (OrganisationKind kind : List.of(OrganisationKind.NGO_NATIONAL, OrganisationKind.NGO_INTERNATIONAL,
        OrganisationKind.FAITH_BASED, OrganisationKind.FOUNDATION)) {
      TYPES.put(kind, "NGO");
    }
    for (OrganisationKind kind : List.of(OrganisationKind.GOVERNMENT, OrganisationKind.LOCAL_AUTHORITY,
        OrganisationKind.REGIONAL_AUTHORITY)) {
      TYPES.put(kind, "GovernmentOrganization");
    }
    TYPES.put(OrganisationKind.ACADEMIC, "EducationalOrganization");
    TYPES.put(OrganisationKind.PRIVATE_SECTOR, "Corporation");
  }

  private final Dataset dataset;
  private final Locale language;

  SchemaOrgNodes(Dataset dataset, Locale language) {
    this.dataset = dataset;
    this.language = language;
  }

  Dataset dataset() {
    return dataset;
  }

  /**
   * What a metric counts, in words, as a statistical variable's name. A switch expression without
   * a default: a metric added to the core fails to compile here until it has its words.
   */
  static String variable(StatisticMetric metric) {
    return switch (metric) {
      case RESETTLEMENT_NEEDS -> "refugees in need of resettlement";
      case PLACES_OFFERED -> "resettlement places offered";
      case SUBMISSIONS -> "submissions for resettlement";
      case DEPARTURES -> "departures for resettlement";
      case ARRIVALS -> "arrivals of resettled refugees";
      case RESETTLED_PERSONS -> "resettled refugees";
      case RESETTLING_COUNTRIES -> "countries that resettle refugees";
      case RETURNED_REFUGEES -> "refugees who returned to their country of origin";
      case RETURNED_IDPS -> "internally displaced persons who returned to their place of origin";
      case NATURALISATIONS -> "refugees naturalised in their country of asylum";
      case ASYLUM_DECISIONS -> "first-instance decisions on asylum applications";
    };
  }

  /** The schema.org type of an organisation of a kind. */
  static String type(OrganisationKind kind) {
    return TYPES.get(kind);
  }

  //-----------------------------------------------------------------------
  Map<String, Object> organisation(Organisation organisation) {
    Map<String, Object> node = node(type(organisation.kind()));
    node.put("name", text(organisation.name()));
    organisation.acronym().ifPresent(acronym -> node.put("alternateName", acronym));
    organisation.description().ifPresent(description -> node.put("description", text(description)));
    List<Object> identifiers = new ArrayList<>();
    organisation.identifiers().forEach(identifier -> {
      Map<String, Object> value = node("PropertyValue");
      value.put("propertyID", identifier.scheme());
      value.put("value", identifier.value());
      identifiers.add(value);
    });
    putOneOrMore(node, "identifier", identifiers);
    organisation.parent().flatMap(this::organisationReference).ifPresent(parent -> node.put("parentOrganization", parent));
    if (organisation.place().isPresent()) {
      Place place = organisation.place().get();
      node.put("address", address(place));
      place.coordinates().ifPresent(coordinates -> {
        Map<String, Object> location = node("Place");
        location.put("geo", geo(place));
        node.put("location", location);
      });
    } else {
      organisation.country().ifPresent(country -> {
        Map<String, Object> address = node("PostalAddress");
        address.put("addressCountry", country.alpha2());
        node.put("address", address);
      });
    }
    contacts(node, organisation.contacts());
    return node;
  }

  /** Contact points as schema.org's properties of an organisation; labels are not rendered. */
  private static void contacts(Map<String, Object> node, List<ContactPoint> contacts) {
    Map<ContactKind, List<Object>> byKind = new EnumMap<>(ContactKind.class);
    for (ContactPoint contact : contacts) {
      byKind.computeIfAbsent(contact.kind(), kind -> new ArrayList<>()).add(contact.value());
    }
    putOneOrMore(node, "email", byKind.getOrDefault(ContactKind.EMAIL, List.of()));
    putOneOrMore(node, "telephone", byKind.getOrDefault(ContactKind.PHONE, List.of()));
    putOneOrMore(node, "faxNumber", byKind.getOrDefault(ContactKind.FAX, List.of()));
    List<Object> websites = byKind.getOrDefault(ContactKind.WEBSITE, List.of());
    List<Object> sameAs = new ArrayList<>();
    if (!websites.isEmpty()) {
      node.put("url", websites.get(0));
      sameAs.addAll(websites.subList(1, websites.size()));
    }
    sameAs.addAll(byKind.getOrDefault(ContactKind.SOCIAL_MEDIA, List.of()));
    putOneOrMore(node, "sameAs", sameAs);
  }

  //-----------------------------------------------------------------------
  Map<String, Object> event(Event event) {
    Map<String, Object> node = node("Event");
    node.put("name", text(event.title()));
    event.summary().ifPresent(summary -> node.put("description", text(summary)));
    node.put("startDate", event.period().start().toString());
    event.period().end().ifPresent(end -> node.put("endDate", end.toString()));
    attendanceMode(event).ifPresent(mode -> node.put("eventAttendanceMode", SCHEMA + mode));
    List<Object> locations = new ArrayList<>();
    event.venue().ifPresent(venue -> locations.add(place(venue)));
    if (event.online()) {
      locations.add(node("VirtualLocation"));
    }
    putOneOrMore(node, "location", locations);
    List<OrganisationId> organisers = new ArrayList<>(event.organisers());
    organisers.addAll(event.hosts());
    putOneOrMore(node, "organizer", organisationReferences(SchemaOrg.distinct(organisers)));
    List<Actor> performers = new ArrayList<>();
    for (Participation participation : event.participants()) {
      if (participation.role() != ParticipantRole.ATTENDEE && participation.role() != ParticipantRole.HOST) {
        performers.add(participation.participant());
      }
    }
    putOneOrMore(node, "performer", actors(SchemaOrg.distinct(performers)));
    putOneOrMore(node, "funder", actors(event.funders()));
    putOneOrMore(node, "inLanguage", new ArrayList<>(event.workingLanguages()));
    List<Object> topics = new ArrayList<>();
    event.topics().forEach(topic -> {
      Map<String, Object> thing = node("Thing");
      thing.put("name", text(topic));
      topics.add(thing);
    });
    putOneOrMore(node, "about", topics);
    List<Object> sessions = new ArrayList<>();
    event.sessions().forEach(session -> sessions.add(session(session)));
    putOneOrMore(node, "subEvent", sessions);
    event.series().ifPresent(series -> {
      Map<String, Object> superEvent = node("EventSeries");
      superEvent.put("name", text(series.series()));
      node.put("superEvent", superEvent);
    });
    return node;
  }

  private static Optional<String> attendanceMode(Event event) {
    if (event.venue().isPresent()) {
      return Optional.of(event.online() ? "MixedEventAttendanceMode" : "OfflineEventAttendanceMode");
    }
    return event.online() ? Optional.of("OnlineEventAttendanceMode") : Optional.empty();
  }

  private Map<String, Object> session(Session session) {
    Map<String, Object> node = node("Event");
    session.title().ifPresent(title -> node.put("name", text(title)));
    session.date().ifPresent(date -> node.put("startDate", date.toString()));
    session.summary().ifPresent(summary -> node.put("description", text(summary)));
    putOneOrMore(node, "performer", actors(session.speakers()));
    return node;
  }

  private Map<String, Object> place(Place venue) {
    Map<String, Object> node = node("Place");
    node.put("name", text(venue.locality()));
    node.put("address", address(venue));
    venue.coordinates().ifPresent(coordinates -> node.put("geo", geo(venue)));
    return node;
  }

  private Map<String, Object> address(Place place) {
    Map<String, Object> address = node("PostalAddress");
    address.put("addressLocality", text(place.locality()));
    place.region().ifPresent(region -> address.put("addressRegion", text(region)));
    address.put("addressCountry", place.country().alpha2());
    return address;
  }

  private static Map<String, Object> geo(Place place) {
    Map<String, Object> geo = node("GeoCoordinates");
    geo.put("latitude", place.coordinates().get().latitude());
    geo.put("longitude", place.coordinates().get().longitude());
    return geo;
  }

  //-----------------------------------------------------------------------
  Map<String, Object> project(Project project) {
    Map<String, Object> node = node("Project");
    node.put("name", text(project.title()));
    project.acronym().ifPresent(acronym -> node.put("alternateName", acronym));
    project.summary().ifPresent(summary -> node.put("description", text(summary)));
    project.period().ifPresent(period -> {
      node.put("foundingDate", period.start().toString());
      period.end().ifPresent(end -> node.put("dissolutionDate", end.toString()));
    });
    project.parent().flatMap(this::projectReference).ifPresent(parent -> node.put("parentOrganization", parent));
    List<Object> members = new ArrayList<>();
    project.coordinator().flatMap(this::organisationReference).ifPresent(coordinator -> members.add(role("coordinator", coordinator)));
    for (Map<String, Object> partner : organisationReferences(project.partners())) {
      members.add(role("partner", partner));
    }
    putOneOrMore(node, "member", members);
    List<Actor> funders = new ArrayList<>();
    List<Object> grants = new ArrayList<>();
    for (Funding funding : project.fundings()) {
      funding.funder().ifPresent(funders::add);
      grants.add(grant(funding));
    }
    putOneOrMore(node, "funder", actors(SchemaOrg.distinct(funders)));
    putOneOrMore(node, "funding", grants);
    return node;
  }

  /** schema.org's Role pattern: the role in between a project and its member. */
  private static Map<String, Object> role(String name, Map<String, Object> member) {
    Map<String, Object> role = node("OrganizationRole");
    role.put("roleName", name);
    role.put("member", member);
    return role;
  }

  private Map<String, Object> grant(Funding funding) {
    Map<String, Object> grant = node("MonetaryGrant");
    funding.programme().ifPresent(programme -> grant.put("name", text(programme)));
    funding.funder().flatMap(this::actor).ifPresent(funder -> grant.put("funder", funder));
    funding.amount().ifPresent(amount -> {
      Map<String, Object> money = node("MonetaryAmount");
      money.put("currency", amount.currency().getCurrencyCode());
      money.put("value", amount.amount());
      grant.put("amount", money);
    });
    return grant;
  }

  //-----------------------------------------------------------------------
  Map<String, Object> statistic(Statistic statistic) {
    Map<String, Object> node = node("Observation");
    Map<String, Object> variable = node("StatisticalVariable");
    variable.put("name", variable(statistic.metric()));
    variable.put("identifier", PopoloCodes.kebab(statistic.metric()));
    node.put("variableMeasured", variable);
    putOneOrMore(node, "observationAbout", about(statistic.geography()));
    DateRange period = statistic.period();
    node.put("observationDate", period.start().toString());
    period.latestDate().ifPresent(last ->
        node.put("observationPeriod", Period.between(period.earliestDate(), last.plusDays(1)).toString()));
    List<Object> properties = new ArrayList<>();
    value(node, statistic.value(), properties);
    // The population counted ({sex=female, citizenship=SY}) and the publisher's rounding have no
    // term of their own in schema.org: additional properties, as schema.org suggests for such.
    statistic.key().asMap().forEach((dimension, category) -> properties.add(property(dimension.code(), category.code())));
    statistic.rounding().ifPresent(rounding -> properties.add(property("rounded-to-nearest", rounding.unit())));
    putOneOrMore(node, "additionalProperty", properties);
    statistic.note().ifPresent(note -> node.put("description", text(note)));
    return node;
  }

  private static Map<String, Object> property(String id, Object value) {
    Map<String, Object> property = node("PropertyValue");
    property.put("propertyID", id);
    property.put("value", value);
    return property;
  }

  /**
   * A figure as an observation's value: the number, or the bounds it lies within, and for a figure
   * that is not exact its qualifier as an additional property, since schema.org has no term for
   * "about" or "at least".
   */
  private static void value(Map<String, Object> node, Quantity value, List<Object> properties) {
    switch (value.qualifier()) {
      case EXACT:
      case APPROXIMATE:
        node.put("value", value.value());
        break;
      case AT_LEAST:
        node.put("minValue", value.min());
        break;
      case AT_MOST:
        node.put("maxValue", value.max().getAsLong());
        break;
      default:
        node.put("minValue", value.min());
        node.put("maxValue", value.max().getAsLong());
    }
    if (!value.exact()) {
      properties.add(property("qualifier", PopoloCodes.kebab(value.qualifier())));
    }
  }

  private List<Object> about(Geography geography) {
    List<Object> places = new ArrayList<>();
    if (geography.worldwide()) {
      Map<String, Object> world = node("Place");
      world.put("name", "World");
      places.add(world);
    }
    geography.group().ifPresent(group -> places.add(group(group)));
    for (CountryCode country : geography.countries()) {
      places.add(country(country));
    }
    return places;
  }

  private static Map<String, Object> group(CountryGroup group) {
    Map<String, Object> node = node("AdministrativeArea");
    node.put("name", group.name());
    node.put("identifier", group.code());
    return node;
  }

  private Map<String, Object> country(CountryCode country) {
    Map<String, Object> node = node("Country");
    node.put("name", country.displayName(language));
    node.put("identifier", country.alpha2());
    return node;
  }

  //-----------------------------------------------------------------------
  /** The organisations a dataset holds, by name and type; those it does not hold are left out. */
  private List<Map<String, Object>> organisationReferences(List<OrganisationId> ids) {
    List<Map<String, Object>> references = new ArrayList<>();
    for (OrganisationId id : ids) {
      organisationReference(id).ifPresent(references::add);
    }
    return references;
  }

  private Optional<Map<String, Object>> organisationReference(OrganisationId id) {
    return dataset.organisation(id).map(organisation -> {
      Map<String, Object> node = node(type(organisation.kind()));
      node.put("name", text(organisation.name()));
      return node;
    });
  }

  private Optional<Map<String, Object>> projectReference(ProjectId id) {
    return dataset.project(id).map(project -> {
      Map<String, Object> node = node("Project");
      node.put("name", text(project.title()));
      return node;
    });
  }

  private List<Object> actors(List<Actor> actors) {
    List<Object> nodes = new ArrayList<>();
    for (Actor actor : actors) {
      actor(actor).ifPresent(nodes::add);
    }
    return nodes;
  }

  /**
   * An organisation or a person by name, or a state as its government; a person without a name in
   * the dataset, as after {@link Dataset#withoutPersonalData()}, is left out.
   */
  private Optional<Map<String, Object>> actor(Actor actor) {
    if (actor instanceof OrganisationId) {
      return organisationReference((OrganisationId) actor);
    }
    if (actor instanceof PersonId) {
      return dataset.person((PersonId) actor).flatMap(SchemaOrgNodes::personName).map(name -> {
        Map<String, Object> node = node("Person");
        node.put("name", name);
        return node;
      });
    }
    CountryCode country = (CountryCode) actor;
    Map<String, Object> node = node("GovernmentOrganization");
    node.put("name", country.displayName(language));
    node.put("identifier", country.alpha2());
    return Optional.of(node);
  }

  /** A person's name as the dataset holds it: never the identifier, which may itself be a name. */
  private static Optional<String> personName(Person person) {
    if (person.name().isPresent()) {
      return person.name();
    }
    String parts = (person.givenName().orElse("") + " " + person.familyName().orElse("")).trim();
    return parts.isEmpty() ? Optional.empty() : Optional.of(parts);
  }

  //-----------------------------------------------------------------------
  private String text(LocalizedText text) {
    return text.text(language);
  }

  private static Map<String, Object> node(String type) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("@type", type);
    return node;
  }

  /** One value as itself, several as a list, none not at all: as JSON-LD is usually written. */
  private static void putOneOrMore(Map<String, Object> node, String property, List<?> values) {
    if (values.size() == 1) {
      node.put(property, values.get(0));
    } else if (!values.isEmpty()) {
      node.put(property, new ArrayList<>(values));
    }
  }
}
