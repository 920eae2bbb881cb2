package org.resettlement.openstandards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resettlement.core.Actor;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Membership;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.Participation;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Source;

/**
 * Writes the organisations, people, memberships and events of a dataset as a Popolo document.
 * docs/open-standards.md gives the mapping, field by field, with what is not written.
 */
final class PopoloWriter {

  private PopoloWriter() {}

  static Map<String, Object> document(Dataset dataset) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("organizations", list(dataset.organisations(), PopoloWriter::organization));
    document.put("persons", list(dataset.people(), PopoloWriter::person));
    document.put("memberships", list(dataset.memberships(), PopoloWriter::membership));
    document.put("events", list(dataset.events(), PopoloWriter::event));
    return document;
  }

  //-----------------------------------------------------------------------
  static Map<String, Object> organization(Organisation organisation) {
    Map<String, Object> organization = new LinkedHashMap<>();
    organization.put("id", organisation.id().value());
    organization.put("name", organisation.name().text());
    List<Object> otherNames = multilingual(organisation.name());
    organisation.acronym().ifPresent(acronym -> otherNames.add(otherName(acronym, PopoloCodes.ACRONYM)));
    organization.put("other_names", otherNames);
    putList(organization, "identifiers", list(organisation.identifiers(), PopoloWriter::identifier));
    organization.put("classification", PopoloCodes.kebab(organisation.kind()));
    organisation.parent().ifPresent(parent -> organization.put("parent_id", parent.value()));
    organisation.country().ifPresent(country -> organization.put("area", area(country)));
    organisation.description().ifPresent(description -> organization.put("description", description.text()));
    putList(organization, "contact_details", list(organisation.contacts(), PopoloWriter::contactDetail));
    putList(organization, "sources", sources(organisation.sources()));
    return organization;
  }

  /** Every variant of a name, the default first, as EveryPolitician writes names in languages. */
  private static List<Object> multilingual(LocalizedText name) {
    List<Object> names = new ArrayList<>();
    name.variants().forEach((language, text) -> {
      Map<String, Object> otherName = new LinkedHashMap<>();
      otherName.put("lang", language);
      otherName.put("name", text);
      otherName.put("note", PopoloCodes.MULTILINGUAL);
      names.add(otherName);
    });
    return names;
  }

  private static Map<String, Object> otherName(String name, String note) {
    Map<String, Object> otherName = new LinkedHashMap<>();
    otherName.put("name", name);
    otherName.put("note", note);
    return otherName;
  }

  private static Map<String, Object> identifier(ExternalIdentifier identifier) {
    Map<String, Object> written = new LinkedHashMap<>();
    written.put("identifier", identifier.value());
    written.put("scheme", identifier.scheme());
    return written;
  }

  /** A country as an area, identified as Open Civic Data identifies it. */
  private static Map<String, Object> area(CountryCode country) {
    Map<String, Object> area = new LinkedHashMap<>();
    area.put("id", PopoloCodes.division(country));
    area.put("name", PopoloCodes.countryName(country));
    area.put("classification", PopoloCodes.COUNTRY);
    return area;
  }

  private static Map<String, Object> contactDetail(ContactPoint contact) {
    Map<String, Object> detail = new LinkedHashMap<>();
    contact.label().ifPresent(label -> detail.put("label", label));
    detail.put("type", PopoloCodes.contactType(contact.kind()));
    detail.put("value", contact.value());
    return detail;
  }

  /** Sources as Popolo links: those with a web address, the title as the note. */
  private static List<Object> sources(List<Source> sources) {
    List<Object> links = new ArrayList<>();
    for (Source source : sources) {
      source.url().ifPresent(url -> {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("url", url.toString());
        link.put("note", source.title().text());
        links.add(link);
      });
    }
    return links;
  }

  //-----------------------------------------------------------------------
  static Map<String, Object> person(Person person) {
    Map<String, Object> written = new LinkedHashMap<>();
    written.put("id", person.id().value());
    person.name().ifPresent(name -> written.put("name", name));
    person.familyName().ifPresent(name -> written.put("family_name", name));
    person.givenName().ifPresent(name -> written.put("given_name", name));
    person.honorific().ifPresent(honorific -> written.put("honorific_prefix", honorific));
    putList(written, "contact_details", list(person.contacts(), PopoloWriter::contactDetail));
    putList(written, "sources", sources(person.sources()));
    return written;
  }

  //-----------------------------------------------------------------------
  static Map<String, Object> membership(Membership membership) {
    Map<String, Object> written = new LinkedHashMap<>();
    membership.role().ifPresent(role -> written.put("role", role.text()));
    Actor member = membership.member();
    if (member instanceof PersonId) {
      written.put("person_id", ((PersonId) member).value());
    } else {
      written.put("member", member(member));
    }
    written.put("organization_id", membership.organisation().value());
    membership.period().ifPresent(period -> putPeriod(written, period));
    putList(written, "sources", sources(membership.sources()));
    return written;
  }

  /** An organisation or a state as the member of a membership: a state as an organisation of its own. */
  private static Map<String, Object> member(Actor member) {
    Map<String, Object> written = new LinkedHashMap<>();
    written.put("@type", "Organization");
    if (member instanceof OrganisationId) {
      written.put("id", ((OrganisationId) member).value());
    } else {
      CountryCode country = (CountryCode) member;
      written.put("id", PopoloCodes.division(country));
      written.put("name", PopoloCodes.countryName(country));
      written.put("classification", PopoloCodes.COUNTRY);
    }
    return written;
  }

  private static void putPeriod(Map<String, Object> written, DateRange period) {
    written.put("start_date", period.start().toString());
    period.end().ifPresent(end -> written.put("end_date", end.toString()));
  }

  //-----------------------------------------------------------------------
  static Map<String, Object> event(Event event) {
    Map<String, Object> written = new LinkedHashMap<>();
    written.put("id", event.id().value());
    written.put("name", event.title().text());
    event.summary().ifPresent(summary -> written.put("description", summary.text()));
    putPeriod(written, event.period());
    event.venue().ifPresent(venue -> written.put("location", PopoloCodes.location(venue)));
    written.put("classification", PopoloCodes.kebab(event.kind()));
    if (!event.organisers().isEmpty()) {
      written.put("organization_id", event.organisers().get(0).value());
    }
    putList(written, "attendees", attendees(event.participants()));
    putList(written, "sources", sources(event.sources()));
    return written;
  }

  /** The people who took part, each once, as Popolo attendees given by identifier. */
  private static List<Object> attendees(List<Participation> participants) {
    Set<PersonId> people = new LinkedHashSet<>();
    for (Participation participation : participants) {
      if (participation.participant() instanceof PersonId) {
        people.add((PersonId) participation.participant());
      }
    }
    List<Object> attendees = new ArrayList<>();
    for (PersonId person : people) {
      Map<String, Object> attendee = new LinkedHashMap<>();
      attendee.put("id", person.value());
      attendees.add(attendee);
    }
    return attendees;
  }

  //-----------------------------------------------------------------------
  private static <T> List<Object> list(List<T> values, java.util.function.Function<T, Object> mapping) {
    List<Object> written = new ArrayList<>(values.size());
    for (T value : values) {
      written.add(mapping.apply(value));
    }
    return written;
  }

  /** Puts a list, unless it is empty: Popolo documents leave out what they have none of. */
  private static void putList(Map<String, Object> object, String name, List<Object> values) {
    if (!values.isEmpty()) {
      object.put(name, values);
    }
  }
}
