package org.resettlement.openstandards;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.resettlement.core.Actor;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Membership;
import org.resettlement.core.Organisation;
import org.resettlement.core.ParticipantRole;
import org.resettlement.core.Participation;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Place;
import org.resettlement.core.Source;

/**
 * What the mapping table of docs/open-standards.md says a Popolo export keeps, field by field: a
 * dataset reduced to it is what reading the export gives back. Keep this in step with the table.
 */
final class PopoloKept {

  private PopoloKept() {}

  /** The dataset as a Popolo export and import keeps it, texts without a language read in {@code language}. */
  static Dataset kept(Dataset dataset, String language) {
    return Dataset.builder()
        .organisations(dataset.organisations().stream().map(o -> organisation(o, language)).collect(Collectors.toList()))
        .people(dataset.people().stream().map(p -> person(p, language)).collect(Collectors.toList()))
        .memberships(dataset.memberships().stream().map(m -> membership(m, language)).collect(Collectors.toList()))
        .events(dataset.events().stream().map(e -> event(e, language)).collect(Collectors.toList()))
        .build();
  }

  static Organisation organisation(Organisation organisation, String language) {
    return Organisation.builder()
        .id(organisation.id())
        .name(organisation.name())                        // every language, through other_names
        .acronym(organisation.acronym())
        .kind(organisation.kind())
        .country(organisation.country())
        .contacts(organisation.contacts())
        .identifiers(organisation.identifiers())
        .parent(organisation.parent())
        .description(organisation.description().map(text -> plain(text, language)))
        .sources(sources(organisation.sources(), language))
        .build();                                        // lost: place
  }

  static Person person(Person person, String language) {
    return Person.builder().from(person).sources(sources(person.sources(), language)).build();
  }

  static Membership membership(Membership membership, String language) {
    return Membership.builder()
        .from(membership)
        .role(membership.role().map(text -> plain(text, language)))
        .sources(sources(membership.sources(), language))
        .build();
  }

  static Event event(Event event, String language) {
    Set<Actor> people = new LinkedHashSet<>();
    for (Participation participation : event.participants()) {
      if (participation.participant() instanceof PersonId) {
        people.add(participation.participant());
      }
    }
    Event.Builder kept =
        Event.builder()
            .id(event.id())
            .title(plain(event.title(), language))
            .kind(event.kind())
            .period(event.period())
            .venue(event.venue().map(venue -> Place.of(plain(venue.locality(), language), venue.country())))
            .participants(people.stream().map(person -> Participation.of(person, ParticipantRole.ATTENDEE)).collect(Collectors.toList()))
            .summary(event.summary().map(text -> plain(text, language)))
            .sources(sources(event.sources(), language));
    if (!event.organisers().isEmpty()) {
      kept.addOrganiser(event.organisers().get(0));
    }
    return kept.build();
  }

  /** Sources with a web address: the address and the title's default text. */
  static List<Source> sources(List<Source> sources, String language) {
    return sources.stream()
        .filter(source -> source.url().isPresent())
        .map(source -> Source.builder().title(plain(source.title(), language)).url(source.url().get()).build())
        .collect(Collectors.toList());
  }

  /** A text as Popolo keeps it where it has no languages: the default text, in the reader's language. */
  static LocalizedText plain(LocalizedText text, String language) {
    return LocalizedText.of(language, text.text());
  }
}
