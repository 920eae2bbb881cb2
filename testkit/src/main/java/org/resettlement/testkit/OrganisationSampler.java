package org.resettlement.testkit;

import static org.resettlement.testkit.SampleData.EARLIEST_DATE;
import static org.resettlement.testkit.SampleData.LATEST_DATE;
import static org.resettlement.testkit.Vocabulary.COUNTRIES;
import static org.resettlement.testkit.Vocabulary.DOMAINS;
import static org.resettlement.testkit.Vocabulary.EUROPEAN_STATES;
import static org.resettlement.testkit.Vocabulary.LANGUAGES;

import java.time.LocalDate;
import org.resettlement.core.Actor;
import org.resettlement.core.ContactKind;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.DateRange;
import org.resettlement.core.Membership;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.testkit.TextSampler.Named;
import org.resettlement.testkit.Vocabulary.Country;
import org.resettlement.testkit.Vocabulary.Language;
import org.resettlement.testkit.Vocabulary.Locality;

/**
 * Makes the records of who takes part: organisations of every kind, people, and the memberships
 * that join them.
 */
final class OrganisationSampler {
  private static final OrganisationKind[] ORGANISATION_KINDS = OrganisationKind.values();
  private static final int CONTACT_KINDS = ContactKind.values().length;

  private final Draw draw;
  private final IdentifierSampler ids;
  private final DateSampler dates;
  private final PlaceSampler places;
  private final ContactSampler contacts;
  private final TextSampler texts;

  OrganisationSampler(
      Draw draw, IdentifierSampler ids, DateSampler dates, PlaceSampler places, ContactSampler contacts,
      TextSampler texts) {
    this.draw = draw;
    this.ids = ids;
    this.dates = dates;
    this.places = places;
    this.contacts = contacts;
    this.texts = texts;
  }

  Organisation organisation(OrganisationId id, Refs refs) {
    OrganisationKind kind = draw.pick(ORGANISATION_KINDS);
    boolean international =
        kind == OrganisationKind.INTERGOVERNMENTAL
            || kind == OrganisationKind.NETWORK
            || kind == OrganisationKind.NGO_INTERNATIONAL;
    Country country =
        international
            ? COUNTRIES[Vocabulary.INTERNATIONAL_SEATS[draw.below(Vocabulary.INTERNATIONAL_SEATS.length)]]
            : draw.pick(COUNTRIES);
    Locality locality = draw.pick(country.localities());
    Named name = texts.organisationName(kind, country, locality);
    Organisation.Builder organisation = Organisation.builder().id(id).name(name.text()).kind(kind);
    if (name.acronym() != null && draw.chance(80)) {
      organisation.acronym(name.acronym());
    }
    if (!international) {
      organisation.country(country.code());
    }
    if (draw.chance(international ? 60 : 85)) {
      organisation.place(places.place(country, locality));
    }
    String domain = contacts.domain(name.acronym() != null ? name.acronym() : locality.ascii());
    int contactCount = draw.between(1, 3);
    boolean[] listed = new boolean[CONTACT_KINDS];
    for (int i = 0; i < contactCount; i++) {
      ContactKind contactKind = contacts.contactKind();
      if (!listed[contactKind.ordinal()]) {
        listed[contactKind.ordinal()] = true;
        organisation.addContact(contacts.contactPoint(contactKind, country, domain));
      }
    }
    int identifiers = draw.below(3);
    for (int i = 0; i < identifiers; i++) {
      organisation.addIdentifier(ids.externalIdentifier(country, international));
    }
    if (draw.chance(15)) {
      OrganisationId parent = refs.organisationOtherThan(id);
      if (parent != null) {
        organisation.parent(parent);
      }
    }
    if (draw.chance(40)) {
      organisation.description(draw.pick(country.language().summaries));
    }
    return organisation.sources(refs.sources()).build();
  }

  Person person(PersonId id, Refs refs) {
    Language language = draw.pick(COUNTRIES).language();
    String given = draw.pick(language.givenNames);
    String family = draw.pick(language.familyNames);
    Person.Builder person =
        Person.builder().id(id).name(given + " " + family).givenName(given).familyName(family);
    if (draw.chance(15)) {
      person.honorific(draw.pick(language.honorifics));
    }
    if (draw.chance(70)) {
      person.addContact(
          ContactPoint.email(
              Vocabulary.foldedName(given) + "." + Vocabulary.foldedName(family) + "@" + draw.pick(DOMAINS)));
    }
    if (draw.chance(30)) {
      person.addContact(ContactPoint.phone(contacts.phoneNumber(Vocabulary.countryOf(language))));
    }
    return person.sources(refs.sources()).build();
  }

  /** A person's role in an organisation, an organisation's membership of another, or a state's. */
  Membership membership(Refs refs) {
    OrganisationId organisation = refs.organisation();
    Membership.Builder membership = Membership.builder().organisation(organisation);
    int roll = draw.below(100);
    Actor member = null;
    if (roll < 60) {
      member = refs.person();
      if (member != null && draw.chance(80)) {
        membership.role(draw.pick(draw.pick(LANGUAGES).roles));
      }
    } else if (roll < 90) {
      member = refs.organisationOtherThan(organisation);
    }
    membership.member(member != null ? member : draw.pick(EUROPEAN_STATES));
    if (draw.chance(60)) {
      LocalDate start = draw.day(EARLIEST_DATE, LATEST_DATE);
      PartialDate from = dates.partialDate(start);
      if (draw.chance(50)) {
        membership.period(DateRange.since(from));
      } else {
        LocalDate end = DateSampler.earlier(from.latestDate().plusDays(draw.between(0, 3_000)), LATEST_DATE);
        membership.period(DateRange.of(from, PartialDate.of(end)));
      }
    }
    return membership.sources(refs.sources()).build();
  }
}
