package org.resettlement.validation;

import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;
import static org.resettlement.validation.Samples.campaign;
import static org.resettlement.validation.Samples.event;
import static org.resettlement.validation.Samples.organisation;
import static org.resettlement.validation.Samples.person;
import static org.resettlement.validation.Samples.pledge;
import static org.resettlement.validation.Samples.project;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.CampaignId;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.Funding;
import org.resettlement.core.Membership;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PartialDate;
import org.resettlement.core.ParticipantRole;
import org.resettlement.core.Participation;
import org.resettlement.core.PersonId;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;
import org.resettlement.core.RecordId;
import org.resettlement.core.Session;
import org.resettlement.core.SessionKind;
import org.resettlement.testkit.BrokenRule;

/**
 * {@link Rule#REFERENCE_RESOLVES} for every kind of reference, and {@link
 * Rule#PLEDGE_WITHIN_CAMPAIGN_PERIOD}.
 */
class ReferenceRulesTest {

  private static final OrganisationId CCME = OrganisationId.of("ccme");
  private static final OrganisationId CPR = OrganisationId.of("cpr");
  private static final PersonId TORSTEN = PersonId.of("torsten-moritz");
  private static final ProjectId PROJECT = ProjectId.of("broadening-the-basis");
  private static final CampaignId CAMPAIGN = CampaignId.of("resettlement-saves-lives-2020");

  private static final OrganisationId MISSING_ORGANISATION = OrganisationId.of("missing");
  private static final PersonId MISSING_PERSON = PersonId.of("missing");

  private final Validator validator = Validators.validator();

  /** A dataset in which every kind of reference occurs, and resolves. */
  private static Dataset resolving() {
    Event event =
        event("lisbon-2007")
            .withOrganisers(CCME)
            .withHosts(CPR)
            .withFunders(CCME, CountryCode.of("PT"))
            .withParticipants(
                Participation.builder().participant(TORSTEN).role(ParticipantRole.SPEAKER).representing(CCME).build(),
                Participation.of(CountryCode.of("PT"), ParticipantRole.ATTENDEE))
            .withSessions(Session.builder().kind(SessionKind.PANEL).addSpeaker(CCME).addSpeaker(TORSTEN).build())
            .withProject(PROJECT);
    Project child =
        project("child")
            .withCoordinator(CCME)
            .withPartners(CPR)
            .withFundings(Funding.builder().funder(CCME).build(), Funding.builder().funder(CountryCode.of("DE")).build())
            .withParent(PROJECT);
    return Dataset.builder()
        .addOrganisation(organisation("ccme"))
        .addOrganisation(organisation("cpr").withParent(CCME))
        .addPeople(person("torsten-moritz"))
        .addMembership(Membership.builder().member(TORSTEN).organisation(CCME).build())
        .addMembership(Membership.builder().member(CountryCode.of("PL")).organisation(CCME).build())
        .addEvent(event)
        .addProject(project("broadening-the-basis"))
        .addProject(child)
        .addCampaign(campaign("resettlement-saves-lives-2020").withLaunchingOrganisations(CCME, CPR))
        .addPledge(pledge("p1").withPledger(CCME).withCampaign(CAMPAIGN))
        .addPledge(pledge("p2").withPledger(TORSTEN))
        .build();
  }

  @Test
  void referenceResolves_acceptsDatasetWhoseReferencesResolve() {
    assertThat(validator.validate(resolving())).hasNoViolations();
  }

  private static Event onlyEvent(Dataset dataset) {
    return dataset.events().get(0);
  }

  private static Arguments broken(String path, RecordId<?> missing, UnaryOperator<Dataset> breaker) {
    return Arguments.of(path, missing, breaker);
  }

  static Stream<Arguments> everyKindOfReference() {
    return Stream.of(
        broken("organisations[1].parent", MISSING_ORGANISATION,
            d -> d.withOrganisations(d.organisations().get(0), d.organisations().get(1).withParent(MISSING_ORGANISATION))),
        broken("memberships[0].member", MISSING_PERSON,
            d -> d.withMemberships(d.memberships().get(0).withMember(MISSING_PERSON), d.memberships().get(1))),
        broken("memberships[1].organisation", MISSING_ORGANISATION,
            d -> d.withMemberships(d.memberships().get(0), d.memberships().get(1).withOrganisation(MISSING_ORGANISATION))),
        broken("events[0].organisers[0]", MISSING_ORGANISATION,
            d -> d.withEvents(onlyEvent(d).withOrganisers(MISSING_ORGANISATION))),
        broken("events[0].hosts[1]", MISSING_ORGANISATION,
            d -> d.withEvents(onlyEvent(d).withHosts(CPR, MISSING_ORGANISATION))),
        broken("events[0].funders[0]", MISSING_ORGANISATION,
            d -> d.withEvents(onlyEvent(d).withFunders(MISSING_ORGANISATION, CountryCode.of("PT")))),
        broken("events[0].participants[0].participant", MISSING_PERSON,
            d -> d.withEvents(onlyEvent(d).withParticipants(
                onlyEvent(d).participants().get(0).withParticipant(MISSING_PERSON), onlyEvent(d).participants().get(1)))),
        broken("events[0].participants[0].representing", MISSING_ORGANISATION,
            d -> d.withEvents(onlyEvent(d).withParticipants(
                onlyEvent(d).participants().get(0).withRepresenting(MISSING_ORGANISATION),
                onlyEvent(d).participants().get(1)))),
        broken("events[0].sessions[0].speakers[1]", MISSING_PERSON,
            d -> d.withEvents(onlyEvent(d).withSessions(
                onlyEvent(d).sessions().get(0).withSpeakers(CCME, MISSING_PERSON)))),
        broken("events[0].project", ProjectId.of("missing"),
            d -> d.withEvents(onlyEvent(d).withProject(ProjectId.of("missing")))),
        broken("projects[1].coordinator", MISSING_ORGANISATION,
            d -> d.withProjects(d.projects().get(0), d.projects().get(1).withCoordinator(MISSING_ORGANISATION))),
        broken("projects[1].partners[0]", MISSING_ORGANISATION,
            d -> d.withProjects(d.projects().get(0), d.projects().get(1).withPartners(MISSING_ORGANISATION))),
        broken("projects[1].fundings[0].funder", MISSING_PERSON,
            d -> d.withProjects(d.projects().get(0), d.projects().get(1).withFundings(
                Funding.builder().funder(MISSING_PERSON).build()))),
        broken("projects[1].parent", ProjectId.of("missing"),
            d -> d.withProjects(d.projects().get(0), d.projects().get(1).withParent(ProjectId.of("missing")))),
        broken("campaigns[0].launchingOrganisations[1]", MISSING_ORGANISATION,
            d -> d.withCampaigns(d.campaigns().get(0).withLaunchingOrganisations(CCME, MISSING_ORGANISATION))),
        broken("pledges[1].pledger", MISSING_PERSON,
            d -> d.withPledges(d.pledges().get(0), d.pledges().get(1).withPledger(MISSING_PERSON))),
        broken("pledges[0].campaign", CampaignId.of("missing"),
            d -> d.withPledges(d.pledges().get(0).withCampaign(CampaignId.of("missing")), d.pledges().get(1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKindOfReference")
  void referenceResolves_rejectsUnresolvedReference(String path, RecordId<?> missing, UnaryOperator<Dataset> breaker) {
    assertThat(validator.validate(breaker.apply(resolving())))
        .containsOnlyViolations(
            violationOf(BrokenRule.REFERENCE_RESOLVES).withProperty(path).withIdentifier(missing).withPayload(Severity.Error.class));
  }

  @Test
  void referenceResolves_rejectsReferenceToRecordOfAnotherType() {
    // "torsten-moritz" is a person, not an organisation.
    OrganisationId notAnOrganisation = OrganisationId.of("torsten-moritz");
    Dataset dataset = resolving();
    dataset = dataset.withEvents(onlyEvent(dataset).withOrganisers(notAnOrganisation));

    Set<ConstraintViolation<Dataset>> violations = validator.validate(dataset);

    assertThat(violations)
        .containsOnlyViolations(
            violationOf(BrokenRule.REFERENCE_RESOLVES).withProperty("events[0].organisers[0]").withIdentifier(notAnOrganisation));
    Assertions.assertThat(ResettlementValidation.identifier(violations.iterator().next())).contains(notAnOrganisation);
  }

  @Test
  void referenceResolves_acceptsStatesWithoutRecords() {
    Dataset dataset =
        Dataset.builder()
            .addPledge(pledge("p").withPledger(CountryCode.of("SE")))
            .addEvent(event("e").withFunders(CountryCode.of("NO")).withSessions(
                Session.builder().kind(SessionKind.OPENING).addSpeaker(CountryCode.of("IS")).build()))
            .build();

    assertThat(validator.validate(dataset)).hasNoViolations();
  }

  @Test
  void referenceResolves_reportsEveryUnresolvedReference() {
    Dataset dataset =
        Dataset.builder()
            .addEvent(event("e").withOrganisers(MISSING_ORGANISATION, OrganisationId.of("also-missing")))
            .addPledge(pledge("p").withPledger(MISSING_PERSON))
            .build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(
            violationOf(BrokenRule.REFERENCE_RESOLVES).withProperty("events[0].organisers[0]"),
            violationOf(BrokenRule.REFERENCE_RESOLVES).withProperty("events[0].organisers[1]"),
            violationOf(BrokenRule.REFERENCE_RESOLVES).withProperty("pledges[0].pledger"));
  }

  //-----------------------------------------------------------------------
  private static Dataset pledgedOn(String date) {
    Dataset dataset = resolving();
    return dataset.withPledges(dataset.pledges().get(0).withPledgedOn(PartialDate.parse(date)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2012", "2015-06-01", "2020-12-31", "2020"})
  void pledgeWithinCampaignPeriod_acceptsPledgesDatedWithinThe2012To2020Campaign(String date) {
    assertThat(validator.validate(pledgedOn(date))).hasNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2011", "2011-12-31", "2021-01", "2023-06-29"})
  void pledgeWithinCampaignPeriod_rejectsPledgesDatedOutside(String date) {
    assertThat(validator.validate(pledgedOn(date)))
        .containsOnlyViolations(
            violationOf(BrokenRule.PLEDGE_WITHIN_CAMPAIGN_PERIOD).withProperty("pledges[0].pledgedOn").withIdentifier(CAMPAIGN));
  }

  @Test
  void pledgeWithinCampaignPeriod_acceptsAnyDateWhenTheCampaignHasNoPeriod() {
    Dataset dataset = pledgedOn("2030");
    dataset = dataset.withCampaigns(dataset.campaigns().get(0).withPeriod(java.util.Optional.empty()));

    assertThat(validator.validate(dataset)).hasNoViolations();
  }

  @Test
  void pledgeWithinCampaignPeriod_leavesPledgesToUnknownCampaignsToReferenceResolves() {
    Dataset dataset = pledgedOn("2030");
    dataset = dataset.withCampaigns(List.of());

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(violationOf(BrokenRule.REFERENCE_RESOLVES).withProperty("pledges[0].campaign"));
  }
}
