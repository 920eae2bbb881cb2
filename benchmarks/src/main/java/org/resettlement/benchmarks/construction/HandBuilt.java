package org.resettlement.benchmarks.construction;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.resettlement.benchmarks.baseline.RecordModel;
import org.resettlement.core.CampaignId;
import org.resettlement.core.CountryCode;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.EventKind;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PartialDate;
import org.resettlement.core.ParticipantRole;
import org.resettlement.core.Participation;
import org.resettlement.core.PersonId;
import org.resettlement.core.Place;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;
import org.resettlement.core.PledgeKind;
import org.resettlement.core.PledgeStatus;
import org.resettlement.core.Quantity;
import org.resettlement.core.Session;
import org.resettlement.core.SessionKind;
import org.resettlement.core.Source;

/**
 * A pledge and an event built by hand from constant parts, as core values through their builders
 * and as records through their constructors, with the same content: what building costs without
 * drawing random content.
 *
 * <p>The pledge has an identifier, a pledger, a campaign, a kind, a quantity, a description, a
 * date, a target period, a status, a fulfilled quantity and a source, like a typical generated
 * one. The event has a title in two languages, a period, a venue, two organisers, three
 * participants, a session, an attendance, three countries, two working languages, a topic and a
 * source.
 */
public final class HandBuilt {
  private HandBuilt() {}

  // Core parts.
  private static final OrganisationId ORGANISATION = OrganisationId.of("org-1");
  private static final OrganisationId OTHER_ORGANISATION = OrganisationId.of("org-2");
  private static final PersonId PERSON = PersonId.of("person-1");
  private static final CampaignId CAMPAIGN = CampaignId.of("campaign-1");
  private static final Quantity PLACES = Quantity.approximately(50);
  private static final Quantity FULFILLED = Quantity.exactly(20);
  private static final LocalizedText DESCRIPTION =
      LocalizedText.of("en", "Resettlement places offered under the national programme.");
  private static final PartialDate PLEDGED_ON = PartialDate.of(2019, 6, 20);
  private static final DateRange TARGET_PERIOD = DateRange.of(PartialDate.ofYear(2020), PartialDate.ofYear(2021));
  private static final Source SOURCE = Source.of(LocalizedText.of("en", "Press release"));
  private static final LocalizedText TITLE =
      LocalizedText.of("pl", "Razem w bibliotece").and("en", "Together in the library");
  private static final DateRange PERIOD = DateRange.of(PartialDate.of(2023, 11, 13), PartialDate.of(2023, 11, 15));
  private static final Place VENUE = Place.of(LocalizedText.of("pl", "Wrocław"), CountryCode.of("PL"));
  private static final List<Participation> PARTICIPANTS =
      List.of(
          Participation.of(PERSON, ParticipantRole.SPEAKER),
          Participation.of(ORGANISATION, ParticipantRole.PANELLIST),
          Participation.of(CountryCode.of("RO"), ParticipantRole.ATTENDEE));
  private static final Session SESSION =
      Session.builder().kind(SessionKind.PANEL).date(PartialDate.of(2023, 11, 13)).addSpeaker(PERSON).build();
  private static final List<CountryCode> COUNTRIES =
      List.of(CountryCode.of("PL"), CountryCode.of("RO"), CountryCode.of("MD"));
  private static final LocalizedText TOPIC = LocalizedText.of("en", "Reception of refugees in libraries");

  // The same parts as records.
  private static final RecordModel.OrganisationId RECORD_ORGANISATION = new RecordModel.OrganisationId("org-1");
  private static final RecordModel.OrganisationId RECORD_OTHER_ORGANISATION = new RecordModel.OrganisationId("org-2");
  private static final RecordModel.PersonId RECORD_PERSON = new RecordModel.PersonId("person-1");
  private static final RecordModel.CampaignId RECORD_CAMPAIGN = new RecordModel.CampaignId("campaign-1");
  private static final RecordModel.Quantity RECORD_PLACES =
      RecordModel.Quantity.of(RecordModel.Qualifier.APPROXIMATE, 50L, null, null);
  private static final RecordModel.Quantity RECORD_FULFILLED = RecordModel.Quantity.exactly(20);
  private static final RecordModel.LocalizedText RECORD_DESCRIPTION =
      new RecordModel.LocalizedText(DESCRIPTION.variants());
  private static final RecordModel.PartialDate RECORD_PLEDGED_ON = new RecordModel.PartialDate(2019, 6, 20);
  private static final RecordModel.DateRange RECORD_TARGET_PERIOD =
      new RecordModel.DateRange(new RecordModel.PartialDate(2020, 0, 0), new RecordModel.PartialDate(2021, 0, 0));
  private static final RecordModel.Source RECORD_SOURCE =
      new RecordModel.Source(new RecordModel.LocalizedText(SOURCE.title().variants()), null, null, null, null, null);
  private static final RecordModel.LocalizedText RECORD_TITLE = new RecordModel.LocalizedText(TITLE.variants());
  private static final RecordModel.DateRange RECORD_PERIOD =
      new RecordModel.DateRange(new RecordModel.PartialDate(2023, 11, 13), new RecordModel.PartialDate(2023, 11, 15));
  private static final RecordModel.Place RECORD_VENUE =
      new RecordModel.Place(
          new RecordModel.LocalizedText(VENUE.locality().variants()), null, new RecordModel.CountryCode("PL"), null);
  private static final List<RecordModel.Participation> RECORD_PARTICIPANTS =
      List.of(
          new RecordModel.Participation(RECORD_PERSON, RecordModel.ParticipantRole.SPEAKER, null, null, null),
          new RecordModel.Participation(RECORD_ORGANISATION, RecordModel.ParticipantRole.PANELLIST, null, null, null),
          new RecordModel.Participation(
              new RecordModel.CountryCode("RO"), RecordModel.ParticipantRole.ATTENDEE, null, null, null));
  private static final RecordModel.Session RECORD_SESSION =
      new RecordModel.Session(
          null, RecordModel.SessionKind.PANEL, new RecordModel.PartialDate(2023, 11, 13), List.of(RECORD_PERSON), null);
  private static final Set<RecordModel.CountryCode> RECORD_COUNTRIES =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              List.of(
                  new RecordModel.CountryCode("PL"),
                  new RecordModel.CountryCode("RO"),
                  new RecordModel.CountryCode("MD"))));
  private static final RecordModel.LocalizedText RECORD_TOPIC = new RecordModel.LocalizedText(TOPIC.variants());

  //-----------------------------------------------------------------------
  /**
   * Builds the pledge through {@link Pledge#builder()}.
   *
   * @param id the pledge's identifier
   * @return the pledge
   */
  public static Pledge pledge(PledgeId id) {
    return Pledge.builder()
        .id(id)
        .pledger(ORGANISATION)
        .campaign(CAMPAIGN)
        .kind(PledgeKind.RESETTLEMENT_PLACES)
        .quantity(PLACES)
        .description(DESCRIPTION)
        .pledgedOn(PLEDGED_ON)
        .targetPeriod(TARGET_PERIOD)
        .status(PledgeStatus.PARTIALLY_FULFILLED)
        .fulfilled(FULFILLED)
        .addSource(SOURCE)
        .build();
  }

  /**
   * Builds the same pledge as a record.
   *
   * @param id the pledge's identifier
   * @return the record
   */
  public static RecordModel.Pledge pledgeRecord(RecordModel.PledgeId id) {
    return new RecordModel.Pledge(
        id,
        RECORD_ORGANISATION,
        RECORD_CAMPAIGN,
        RecordModel.PledgeKind.RESETTLEMENT_PLACES,
        RECORD_PLACES,
        null,
        RECORD_DESCRIPTION,
        RECORD_PLEDGED_ON,
        RECORD_TARGET_PERIOD,
        RecordModel.PledgeStatus.PARTIALLY_FULFILLED,
        RECORD_FULFILLED,
        false,
        List.of(RECORD_SOURCE));
  }

  /**
   * Builds the event through {@link Event#builder()}.
   *
   * @param id the event's identifier
   * @return the event
   */
  public static Event event(EventId id) {
    return Event.builder()
        .id(id)
        .title(TITLE)
        .kind(EventKind.WORKSHOP)
        .period(PERIOD)
        .venue(VENUE)
        .addOrganiser(ORGANISATION)
        .addOrganiser(OTHER_ORGANISATION)
        .addAllParticipants(PARTICIPANTS)
        .addSession(SESSION)
        .attendance(PLACES)
        .addAllRepresentedCountries(COUNTRIES)
        .addWorkingLanguage("pl")
        .addWorkingLanguage("en")
        .addTopic(TOPIC)
        .addSource(SOURCE)
        .build();
  }

  /**
   * Builds the same event as a record.
   *
   * @param id the event's identifier
   * @return the record
   */
  public static RecordModel.Event eventRecord(RecordModel.EventId id) {
    return new RecordModel.Event(
        id,
        RECORD_TITLE,
        RecordModel.EventKind.WORKSHOP,
        RECORD_PERIOD,
        RECORD_VENUE,
        false,
        List.of(RECORD_ORGANISATION, RECORD_OTHER_ORGANISATION),
        List.of(),
        List.of(),
        RECORD_PARTICIPANTS,
        List.of(RECORD_SESSION),
        RECORD_PLACES,
        RECORD_COUNTRIES,
        false,
        null,
        List.of("pl", "en"),
        List.of(RECORD_TOPIC),
        null,
        null,
        null,
        List.of(RECORD_SOURCE));
  }
}
