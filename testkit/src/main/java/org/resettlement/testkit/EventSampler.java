package org.resettlement.testkit;

import static org.resettlement.testkit.SampleData.EARLIEST_DATE;
import static org.resettlement.testkit.SampleData.LATEST_DATE;
import static org.resettlement.testkit.Vocabulary.COUNTRIES;
import static org.resettlement.testkit.Vocabulary.EUROPEAN_STATES;
import static org.resettlement.testkit.Vocabulary.LANGUAGES;

import java.time.LocalDate;
import java.time.YearMonth;
import org.resettlement.core.Actor;
import org.resettlement.core.ActorKind;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.EventKind;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PartialDate;
import org.resettlement.core.ParticipantRole;
import org.resettlement.core.Participation;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Quantity;
import org.resettlement.core.SeriesPosition;
import org.resettlement.core.Session;
import org.resettlement.core.SessionKind;
import org.resettlement.testkit.Vocabulary.Country;
import org.resettlement.testkit.Vocabulary.Language;
import org.resettlement.testkit.Vocabulary.Locality;

/**
 * Makes events in the sample towns, with their participants, sessions and place in a series.
 */
final class EventSampler {
  private static final EventKind[] EVENT_KINDS = EventKind.values();
  private static final SessionKind[] SESSION_KINDS = SessionKind.values();
  private static final ParticipantRole[] PARTICIPANT_ROLES = ParticipantRole.values();

  private final Draw draw;
  private final PlaceSampler places;
  private final QuantitySampler quantities;

  EventSampler(Draw draw, PlaceSampler places, QuantitySampler quantities) {
    this.draw = draw;
    this.places = places;
    this.quantities = quantities;
  }

  Event event(EventId id, Refs refs) {
    EventKind kind = draw.pick(EVENT_KINDS);
    Country country = draw.pick(COUNTRIES);
    Locality locality = draw.pick(country.localities());
    Language language = country.language();
    LocalDate first = draw.day(EARLIEST_DATE, LATEST_DATE.minusDays(3));
    LocalDate last = first.plusDays(kind == EventKind.CONFERENCE ? draw.between(1, 3) : draw.below(2));
    int precision = draw.below(100);
    DateRange period;
    if (precision < 85) {
      period = first.equals(last) ? DateRange.of(PartialDate.of(first)) : DateRange.of(PartialDate.of(first), PartialDate.of(last));
    } else if (precision < 95) {
      period = DateRange.of(PartialDate.of(YearMonth.from(first)));
      last = first;
    } else {
      period = DateRange.of(PartialDate.ofYear(first.getYear()));
      last = first;
    }
    Event.Builder event =
        Event.builder().id(id).title(draw.pick(language.eventTitleTexts)).kind(kind).period(period);
    if (kind == EventKind.WEBINAR) {
      event.online(true);
    } else {
      if (draw.chance(95)) {
        event.venue(places.place(country, locality));
      }
      event.online(draw.chance(20));
    }
    int organisers = draw.between(1, 2);
    for (int i = 0; i < organisers; i++) {
      OrganisationId organiser = refs.organisation();
      if (organiser != null) {
        event.addOrganiser(organiser);
      }
    }
    if (draw.chance(40)) {
      OrganisationId host = refs.organisation();
      if (host != null) {
        event.addHost(host);
      }
    }
    int funders = draw.below(3);
    for (int i = 0; i < funders; i++) {
      Actor funder = draw.chance(70) ? refs.organisation() : null;
      event.addFunder(funder != null ? funder : draw.pick(EUROPEAN_STATES));
    }
    int participants = draw.below(7);
    for (int i = 0; i < participants; i++) {
      event.addParticipant(participation(refs));
    }
    int sessions = kind == EventKind.CONFERENCE ? draw.between(2, 5) : draw.below(3);
    for (int i = 0; i < sessions; i++) {
      event.addSession(session(first, last, refs));
    }
    if (draw.chance(70)) {
      event.attendance(quantities.quantity(10, 400));
    }
    int represented = draw.below(7);
    if (represented > 0) {
      event.addRepresentedCountry(country.code());
      for (int i = 1; i < represented; i++) {
        event.addRepresentedCountry(draw.chance(90) ? draw.pick(EUROPEAN_STATES) : places.countryCode());
      }
    }
    if (draw.chance(25)) {
      event.moreCountriesRepresented(true);
    }
    if (draw.chance(25)) {
      long count = represented + draw.between(1, 12);
      int qualifier = draw.below(3);
      event.representedCountryCount(
          qualifier == 0
              ? Quantity.exactly(count)
              : qualifier == 1 ? Quantity.approximately(count) : Quantity.atLeast(count));
    }
    event.addWorkingLanguage(language.tag);
    if (!language.isEnglish() && draw.chance(60)) {
      event.addWorkingLanguage("en");
    }
    int[] topics = draw.distinct(draw.below(4), Vocabulary.TOPIC_TEXTS.length);
    for (int topic : topics) {
      event.addTopic(Vocabulary.TOPIC_TEXTS[topic]);
    }
    if (draw.chance(40)) {
      event.summary(draw.pick(language.summaries));
    }
    if (draw.chance(40)) {
      ProjectId project = refs.project();
      if (project != null) {
        event.project(project);
      }
    }
    if (draw.chance(20)) {
      event.series(seriesPosition());
    }
    return event.sources(refs.sources()).build();
  }

  Participation participation(Refs refs) {
    int roll = draw.below(100);
    Actor participant = roll < 60 ? refs.person() : roll < 90 ? refs.organisation() : null;
    if (participant == null) {
      participant = draw.pick(EUROPEAN_STATES);
    }
    ParticipantRole role = draw.pick(PARTICIPANT_ROLES);
    Participation.Builder participation = Participation.builder().participant(participant).role(role);
    if (participant.actorKind() == ActorKind.PERSON && draw.chance(60)) {
      OrganisationId representing = refs.organisation();
      if (representing != null) {
        participation.representing(representing);
      }
    }
    if (draw.chance(30)) {
      participation.country(draw.pick(EUROPEAN_STATES));
    }
    if (role != ParticipantRole.ATTENDEE && role != ParticipantRole.HOST && draw.chance(50)) {
      participation.contribution(draw.pick(Vocabulary.CONTRIBUTION_TEXTS));
    }
    return participation.build();
  }

  /** A session of a one-day event on its own. */
  Session session(Refs refs) {
    LocalDate day = draw.day(EARLIEST_DATE, LATEST_DATE);
    return session(day, day, refs);
  }

  /** A session of an event held from {@code first} to {@code last}, dated within those days if at all. */
  private Session session(LocalDate first, LocalDate last, Refs refs) {
    Session.Builder session = Session.builder().kind(draw.pick(SESSION_KINDS));
    if (draw.chance(70)) {
      session.title(draw.pick(Vocabulary.SESSION_TITLE_TEXTS));
    }
    if (draw.chance(70)) {
      session.date(PartialDate.of(draw.day(first, last)));
    }
    int speakers = draw.below(4);
    for (int i = 0; i < speakers; i++) {
      Actor speaker = draw.chance(75) ? refs.person() : refs.organisation();
      if (speaker != null) {
        session.addSpeaker(speaker);
      }
    }
    if (draw.chance(30)) {
      session.summary(draw.pick(draw.pick(LANGUAGES).summaries));
    }
    return session.build();
  }

  SeriesPosition seriesPosition() {
    SeriesPosition.Builder position =
        SeriesPosition.builder().series(draw.pick(Vocabulary.SERIES_TEXTS));
    if (draw.chance(70)) {
      position.ordinal(draw.between(1, 8));
    }
    return position.last(draw.chance(20)).build();
  }
}
