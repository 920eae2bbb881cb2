package org.resettlement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Actor;
import org.resettlement.core.Campaign;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Dataset;
import org.resettlement.core.PersonId;
import org.resettlement.core.ProjectId;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.CampaignId;
import org.resettlement.core.EventId;
import org.resettlement.core.Event;
import org.resettlement.core.Membership;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.ParticipantRole;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Project;
import org.resettlement.core.Quantity;
import org.resettlement.core.SessionKind;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticMetric;
import org.resettlement.core.Target;
import org.resettlement.testkit.SeedDataset;

/**
 * The facts of the four source documents, read back from {@link SeedDataset}: what the model can
 * say about each, and the figures the demo reports.
 */
class SeedFactsTest {

  private static final Dataset SEEDS = SeedDataset.dataset();

  private static final CampaignId CAMPAIGN_2020 = CampaignId.of("resettlement-saves-lives-2020");
  private static final OrganisationId CCME = OrganisationId.of("ccme");
  private static final ProjectId CCME_RESETTLEMENT_PROJECT = ProjectId.of("ccme-resettlement-broadening-the-basis");
  private static final OrganisationId CHRZANOW_LIBRARY = OrganisationId.of("mbp-chrzanow");
  private static final ProjectId COE_ACTION_PLAN = ProjectId.of("coe-action-plan-vulnerable-persons");
  private static final OrganisationId COMMUNITY_OF_PRACTICE = OrganisationId.of("coe-community-of-practice-migration");
  private static final OrganisationId CONGRESS = OrganisationId.of("coe-congress");
  private static final OrganisationId CPR = OrganisationId.of("cpr");
  private static final OrganisationId DG_FREEDOM_SECURITY_JUSTICE = OrganisationId.of("ec-dg-jls");
  private static final OrganisationId EUROPEAN_COMMISSION = OrganisationId.of("european-commission");
  private static final PersonId HANNES_HEIMISSON = PersonId.of("hannes-heimisson");
  private static final PersonId JOSE_MAGALHAES = PersonId.of("jose-magalhaes");
  private static final PersonId KEVIN_ALLEN = PersonId.of("kevin-j-allen");
  private static final EventId LISBON_WORKSHOP = EventId.of("ccme-lisbon-workshop-2007");
  private static final PersonId OYSTEIN_BO = PersonId.of("oystein-bo");
  private static final OrganisationId POLISH_AMERICAN_FREEDOM_FOUNDATION = OrganisationId.of("pafw");
  private static final ProjectId RAZEM_W_BIBLIOTECE = ProjectId.of("razem-w-bibliotece");
  private static final ProjectId RESILIENCE_PROJECT = ProjectId.of("coe-strengthening-resilience-migration");
  private static final EventId STRASBOURG_MEETING = EventId.of("coe-community-of-practice-2023-06-29");
  private static final OrganisationId UNHCR = OrganisationId.of("unhcr");
  private static final EventId WARSAW_CONFERENCE = EventId.of("csos-forefront-warsaw-2023");

  private static Event event(org.resettlement.core.EventId id) {
    return SEEDS.event(id).orElseThrow();
  }

  private static String name(org.resettlement.core.OrganisationId id) {
    return SEEDS.organisation(id).orElseThrow().name().text();
  }

  @Test
  void dataset_holdsEveryRecordOnce() {
    assertThat(SEEDS.organisations()).hasSize(37);
    assertThat(SEEDS.people()).hasSize(8);
    assertThat(SEEDS.events()).hasSize(4);
    assertThat(SEEDS.projects()).hasSize(6);
    assertThat(SEEDS.campaigns()).hasSize(1);
    assertThat(SEEDS.pledges()).hasSize(1);
    assertThat(SEEDS.quotas()).hasSize(1);
    assertThat(SEEDS.statistics()).hasSize(8);
    assertThat(SEEDS.organisations().stream().map(Organisation::id).distinct()).hasSize(37);
  }

  @Test
  void everyRecordCitesItsSourceDocument() {
    assertThat(SEEDS.organisations()).allSatisfy(o -> assertThat(o.sources()).isNotEmpty());
    assertThat(SEEDS.people()).allSatisfy(p -> assertThat(p.sources()).isNotEmpty());
    assertThat(SEEDS.events()).allSatisfy(e -> assertThat(e.sources()).isNotEmpty());
    assertThat(SEEDS.projects()).allSatisfy(p -> assertThat(p.sources()).isNotEmpty());
    assertThat(SEEDS.statistics()).allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
    assertThat(SEEDS.memberships()).allSatisfy(m -> assertThat(m.sources()).isNotEmpty());
    assertThat(event(LISBON_WORKSHOP).sources()).singleElement()
        .satisfies(source -> assertThat(source.note()).hasValueSatisfying(note -> assertThat(note).contains("second half of 2007")));
  }

  // 1. CCME's workshop in Lisbon ----------------------------------------------------------------

  @Test
  void lisbonWorkshop_someFiftyParticipantsFromFifteenCountriesOver21To23November2007() {
    Event workshop = event(LISBON_WORKSHOP);

    assertThat(workshop.period()).hasToString("2007-11-21/2007-11-23");
    assertThat(workshop.venue().orElseThrow().locality().text(Locale.ENGLISH)).isEqualTo("Lisbon");
    assertThat(workshop.attendance()).contains(Quantity.approximately(50));
    assertThat(workshop.representedCountryCount()).contains(Quantity.exactly(15));
    assertThat(workshop.organisers()).containsExactly(CCME);
    assertThat(workshop.hosts()).containsExactly(CPR);
    assertThat(workshop.participants()).extracting(p -> p.participant()).contains(UNHCR);
    assertThat(workshop.series().orElseThrow().last()).isTrue();
  }

  @Test
  void lisbonWorkshop_openedBySecretaryOfStateJoseMagalhaes() {
    Event workshop = event(LISBON_WORKSHOP);

    assertThat(workshop.sessions()).singleElement().satisfies(opening -> {
      assertThat(opening.kind()).isEqualTo(SessionKind.OPENING);
      assertThat(opening.speakers()).containsExactly(JOSE_MAGALHAES);
    });
    assertThat(SEEDS.person(JOSE_MAGALHAES).orElseThrow().name()).contains("José Magalhães");
    assertThat(SEEDS.membershipsOf(JOSE_MAGALHAES))
        .singleElement()
        .satisfies(role -> assertThat(role.role().orElseThrow().text()).startsWith("Secretary of State"));
  }

  @Test
  void ccmeProject_fundedByTheEuropeanRefugeeFund2005() {
    Project project = SEEDS.project(CCME_RESETTLEMENT_PROJECT).orElseThrow();

    assertThat(project.coordinator()).contains(CCME);
    assertThat(project.fundings()).singleElement().satisfies(funding -> {
      assertThat(funding.programme().orElseThrow().text()).isEqualTo("European Refugee Fund Centralised Actions 2005");
      assertThat(funding.year()).contains(java.time.Year.of(2005));
      assertThat(funding.funder()).contains(DG_FREEDOM_SECURITY_JUSTICE);
    });
    assertThat(SEEDS.eventsOf(project.id())).extracting(Event::id).containsExactly(LISBON_WORKSHOP);
    assertThat(SEEDS.organisation(DG_FREEDOM_SECURITY_JUSTICE).orElseThrow().parent())
        .contains(EUROPEAN_COMMISSION);
  }

  @Test
  void portugal_committedToAnAnnualQuotaWithoutAFigureAndNoArrivalsYet() {
    assertThat(SEEDS.quotas()).singleElement().satisfies(quota -> {
      assertThat(quota.country()).isEqualTo(CountryCode.of("PT"));
      assertThat(quota.places()).isEmpty();
      assertThat(quota.arrivals()).contains(Quantity.exactly(0));
      assertThat(quota.period().openEnded()).isTrue();
    });
  }

  @Test
  void noteToEditors_sixEuStatesResettleAbout3500AndTheUsCanadaAustraliaAbout100000() {
    assertThat(statistic("eu-resettling-states-2007").value()).isEqualTo(Quantity.exactly(6));
    assertThat(statistic("eu-resettled-2007").value()).isEqualTo(Quantity.approximately(3_500));
    Statistic traditional = statistic("us-ca-au-resettled-2007");
    assertThat(traditional.value()).isEqualTo(Quantity.approximately(100_000));
    assertThat(traditional.geography().countries())
        .containsExactly(CountryCode.of("US"), CountryCode.of("CA"), CountryCode.of("AU"));
    assertThat(statistic("eu-resettled-2007").geography().group()).contains(CountryGroup.EUROPEAN_UNION);
    assertThat(CountryGroup.EUROPEAN_UNION.membersOn(LocalDate.of(2007, 11, 21))).hasSize(27);
  }

  // 2. The 2020 campaign ------------------------------------------------------------------------

  @Test
  void campaign2020_launchedBySixOrganisationsIn2012For20000PlacesAYearBy2020() {
    Campaign campaign = SEEDS.campaign(CAMPAIGN_2020).orElseThrow();

    assertThat(campaign.launchingOrganisations()).extracting(SeedFactsTest::name)
        .containsExactly("Amnesty International", "Churches' Commission for Migrants in Europe",
            "European Council on Refugees and Exiles", "International Catholic Migration Commission",
            "International Organization for Migration", "Save Me");
    assertThat(campaign.launchDate()).contains(PartialDate.ofYear(2012));
    Target target = campaign.targets().get(0);
    assertThat(target.value()).isEqualTo(Quantity.exactly(20_000));
    assertThat(target.deadline()).contains(PartialDate.ofYear(2020));
    assertThat(target.perYear()).isTrue();
    assertThat(target.scope().orElseThrow().group()).contains(CountryGroup.EUROPEAN_UNION);
  }

  @Test
  void campaign2020_hasNoPledgesInTheSourceSoNoProgress() {
    var progress = SEEDS.campaignProgress(CAMPAIGN_2020).orElseThrow();

    assertThat(progress.pledges()).isZero();
    assertThat(progress.pledgedPlaces()).isEqualTo(Quantity.ZERO);
    assertThat(progress.pledgedShare()).hasValue(0.0);
  }

  @Test
  void figures2012_placesOfferedCover79500Of172000InNeed() {
    List<Statistic> places2012 = SEEDS.statistics().stream()
        .filter(s -> s.metric() == StatisticMetric.PLACES_OFFERED)
        .filter(s -> s.period().contains(PartialDate.ofYear(2012)))
        .collect(Collectors.toList());
    Quantity offered = Quantity.sum(places2012.stream().map(Statistic::value).collect(Collectors.toList()));
    Quantity needs = statistic("resettlement-needs-2012").value();

    assertThat(places2012).extracting(s -> s.geography().toString()).containsExactly("EU", "US", "CA", "AU");
    assertThat(offered).isEqualTo(Quantity.exactly(79_500));
    assertThat(needs).isEqualTo(Quantity.exactly(172_000));
    assertThat((double) offered.value() / needs.value()).isCloseTo(0.4622, org.assertj.core.data.Offset.offset(0.0001));
  }

  // 3. The Council of Europe community of practice ----------------------------------------------

  @Test
  void communityOfPractice_firstMeetingIn29June2023InStrasbourg() {
    Event meeting = event(STRASBOURG_MEETING);

    assertThat(meeting.period()).hasToString("2023-06-29/2023-06-29");
    assertThat(meeting.venue().orElseThrow().country()).isEqualTo(CountryCode.of("FR"));
    assertThat(meeting.series().orElseThrow().ordinal()).contains(1);
    assertThat(meeting.organisers()).containsExactly(CONGRESS);
    assertThat(meeting.project()).contains(RESILIENCE_PROJECT);
  }

  @Test
  void communityOfPractice_bringsTogetherNineMunicipalitiesWithTheirDiacritics() {
    List<Membership> members = SEEDS.membershipsIn(COMMUNITY_OF_PRACTICE);

    assertThat(members).extracting(m -> name((org.resettlement.core.OrganisationId) m.member()))
        .containsExactly("Hrubieszów", "Rzeszów", "Wrocław", "Edineț", "Strășeni", "Vinogradovca",
            "Bogdan Vodă", "Măgurele", "Tulcea");
    assertThat(members).extracting(Membership::member).allSatisfy(member ->
        assertThat(SEEDS.organisation((org.resettlement.core.OrganisationId) member).orElseThrow().kind())
            .isEqualTo(OrganisationKind.LOCAL_AUTHORITY));
    assertThat(members).extracting(m -> SEEDS.organisation((org.resettlement.core.OrganisationId) m.member()).orElseThrow().country().orElseThrow().alpha2())
        .containsExactly("PL", "PL", "PL", "MD", "MD", "MD", "RO", "RO", "RO");
  }

  @Test
  void resilienceProject_twoYearsFundedByGermanyWithThreeAssociationsAsPartners() {
    Project project = SEEDS.project(RESILIENCE_PROJECT).orElseThrow();

    assertThat(project.duration()).contains(Period.ofYears(2));
    assertThat(project.period()).isEmpty();
    assertThat(project.fundings()).singleElement().satisfies(f -> assertThat(f.funder()).contains((Actor) CountryCode.of("DE")));
    assertThat(project.partners()).extracting(SeedFactsTest::name)
        .containsExactly("Związek Miast Polskich", "Congress of Local Authorities from Moldova", "Asociația Comunelor din România");
    assertThat(project.parent()).contains(COE_ACTION_PLAN);
  }

  // 4. The Warsaw conference and the Chrzanów library project -----------------------------------

  @Test
  void warsawConference_13To15November2023WithOverOneHundredParticipants() {
    Event conference = event(WARSAW_CONFERENCE);

    assertThat(conference.period()).hasToString("2023-11-13/2023-11-15");
    assertThat(conference.attendance()).contains(Quantity.atLeast(100));
    assertThat(conference.attendance().orElseThrow()).hasToString("at least 100");
    assertThat(conference.workingLanguages()).containsExactly("en");
    assertThat(conference.title().languages()).containsExactly("en", "pl");
    assertThat(conference.representedCountries()).hasSize(6);
    assertThat(conference.moreCountriesRepresented()).isTrue();
  }

  @Test
  void warsawConference_openedByTwoAmbassadorsAndTheUnhcrRepresentative() {
    Event conference = event(WARSAW_CONFERENCE);

    assertThat(conference.sessions().get(0).speakers())
        .containsExactly(HANNES_HEIMISSON, OYSTEIN_BO, KEVIN_ALLEN);
    assertThat(SEEDS.person(OYSTEIN_BO).orElseThrow().name()).contains("Øystein Bø");
    assertThat(SEEDS.membershipsOf(KEVIN_ALLEN)).singleElement()
        .satisfies(role -> assertThat(role.role().orElseThrow().text(Locale.ENGLISH)).isEqualTo("UNHCR Representative in Poland"));
    assertThat(conference.participants()).filteredOn(p -> p.role() == ParticipantRole.PANELLIST).hasSize(5);
  }

  @Test
  void razemWBibliotece_ranFrom1MayTo31December2022FundedByThePolishAmericanFreedomFoundation() {
    Project project = SEEDS.project(RAZEM_W_BIBLIOTECE).orElseThrow();

    assertThat(project.title().text()).isEqualTo("Razem w bibliotece");
    assertThat(project.period().orElseThrow()).hasToString("2022-05-01/2022-12-31");
    assertThat(project.coordinator()).contains(CHRZANOW_LIBRARY);
    assertThat(name(CHRZANOW_LIBRARY)).isEqualTo("Miejska Biblioteka Publiczna w Chrzanowie");
    assertThat(project.fundings()).singleElement()
        .satisfies(f -> assertThat(f.funder()).contains(POLISH_AMERICAN_FREEDOM_FOUNDATION));
    assertThat(project.targetGroups()).extracting(t -> t.text(Locale.ENGLISH))
        .containsExactly("people from Ukraine", "residents of the municipality");
  }

  private static Statistic statistic(String id) {
    return SEEDS.statistic(org.resettlement.core.StatisticId.of(id)).orElseThrow();
  }
}
