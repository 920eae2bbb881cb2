package org.resettlement.testkit;

import java.time.Period;
import java.time.Year;
import org.resettlement.core.Actor;
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignId;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.EventKind;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.Funding;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Membership;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.ParticipantRole;
import org.resettlement.core.Participation;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Place;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;
import org.resettlement.core.PledgeKind;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Quantity;
import org.resettlement.core.QuotaId;
import org.resettlement.core.QuotaKind;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.SeriesPosition;
import org.resettlement.core.Session;
import org.resettlement.core.SessionKind;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticId;
import org.resettlement.core.StatisticMetric;
import org.resettlement.core.Target;

/**
 * The four source documents of this project, fact by fact, as one {@link Dataset}.
 *
 * <ol>
 *   <li>CCME's press release on its resettlement workshop in Lisbon, 21-23 November 2007;
 *   <li>the web page of the "Resettlement saves lives - 2020" campaign, launched in 2012;
 *   <li>WCRS's news on the first meeting of the Council of Europe's Community of Practice on
 *       Migration and Human Rights, Strasbourg, 29 June 2023;
 *   <li>a Polish news item on the conference "CSOs at the forefront of refugees support", Warsaw,
 *       13-15 November 2023, and the Chrzanów library project "Razem w bibliotece".
 * </ol>
 *
 * <p>Every record cites the document it comes from. Names keep their spelling and diacritics;
 * where a source spells a name without them, or leaves something to be inferred, the source's
 * note says so. Nothing is invented: what a source does not say (the number of places of
 * Portugal's quota, the dates of a two-year project) is left out.
 *
 * <p>It is realistic test data that never changes with a seed: the golden dataset of the wire
 * format, the fixture of the validation rules, and the data of the examples' demo. The records
 * are found by their identifiers, such as {@code dataset().event(EventId.of("ccme-lisbon-workshop-2007"))}.
 */
public final class SeedDataset {

  //-----------------------------------------------------------------------
  // The four documents.

  private static final Source CCME_PRESS_RELEASE =
      Source.builder()
          .title(en("Portuguese Secretary of State: Civil Society Essential Partner in Refugee Protection"))
          .publisher("Churches' Commission for Migrants in Europe (CCME)")
          .publishedOn(PartialDate.of(2007, 11))
          .note(
              "The year is not printed. Portugal 'currently holds' the EU Council Presidency, which it"
                  + " held in the second half of 2007, so the workshop of 21-23 November is in 2007."
                  + " The release calls it a two-day workshop although its dates span three days, and"
                  + " spells the Secretary of State's name 'José Magalhaes'.")
          .build();

  private static final Source CAMPAIGN_PAGE =
      Source.builder()
          .title(en("Resettlement saves lives - 2020 Campaign"))
          .publisher("Resettlement saves lives - 2020 campaign")
          .publishedOn(PartialDate.ofYear(2012))
          .note(
              "The launch year is inferred: the page gives figures 'for 2012 alone' and aims at"
                  + " 2020, 'the coming 8 years'. It invites pledges but lists none.")
          .build();

  private static final Source WCRS_NEWS =
      Source.builder()
          .title(en("Wrocław in the Community of Practice on Migration and Human Rights"))
          .publisher("Wrocławskie Centrum Rozwoju Społecznego (WCRS)")
          .publishedOn(PartialDate.of(2023, 6))
          .note(
              "The text writes 'Edinet', 'Straseni' and 'Wroclaw' without diacritics in places;"
                  + " the records use the official spellings Edineț, Strășeni and Wrocław.")
          .build();

  private static final Source WARSAW_NEWS =
      Source.builder()
          .title(pl("Organizacje pozarządowe jako pierwszoplanowe wsparcie dla uchodźców"))
          .publisher("Miejska Biblioteka Publiczna w Chrzanowie")
          .publishedOn(PartialDate.of(2023, 11))
          .note(
              "Written in Polish. 'Ponad 100 uczestników' is read as over 100 participants; the"
                  + " publisher is inferred from the first person plural of the panel report.")
          .build();

  private SeedDataset() {}

  /**
   * Builds the dataset of the four source documents.
   *
   * @return the dataset, not null
   */
  public static Dataset dataset() {
    Dataset.Builder dataset = Dataset.builder();
    lisbonWorkshop(dataset);
    campaign2020(dataset);
    communityOfPractice(dataset);
    warsawConference(dataset);
    return dataset.build();
  }

  //-----------------------------------------------------------------------
  // 1. "Some 50 representatives of National NGOs, churches and government from 15 countries as
  //    well as the UN High Commissioner for Refugees (UNHCR) met in Lisbon from 21st to 23rd
  //    November for an international workshop to discuss future areas of cooperation in refugee
  //    resettlement."

  private static final OrganisationId CCME = OrganisationId.of("ccme");
  private static final OrganisationId CPR = OrganisationId.of("cpr");
  private static final OrganisationId UNHCR = OrganisationId.of("unhcr");
  private static final OrganisationId PORTUGAL_INTERNAL_ADMINISTRATION = OrganisationId.of("pt-mai");
  private static final OrganisationId EUROPEAN_COMMISSION = OrganisationId.of("european-commission");
  private static final OrganisationId DG_FREEDOM_SECURITY_JUSTICE = OrganisationId.of("ec-dg-jls");
  private static final PersonId JOSE_MAGALHAES = PersonId.of("jose-magalhaes");
  private static final PersonId TORSTEN_MORITZ = PersonId.of("torsten-moritz");
  private static final ProjectId CCME_RESETTLEMENT_PROJECT = ProjectId.of("ccme-resettlement-broadening-the-basis");
  private static final ProjectId CCME_RESETTLEMENT_ADVOCACY = ProjectId.of("ccme-resettlement-advocacy");
  private static final EventId LISBON_WORKSHOP = EventId.of("ccme-lisbon-workshop-2007");

  private static void lisbonWorkshop(Dataset.Builder dataset) {
    dataset.addOrganisations(
        organisation(CCME, en("Churches' Commission for Migrants in Europe"), "CCME", OrganisationKind.FAITH_BASED, CCME_PRESS_RELEASE)
            .addContacts(ContactPoint.phone("+32 2 2346808"), ContactPoint.email("info@ccme.be"))
            .description(
                en("The ecumenical agency on migration and integration, asylum and refugees, and against"
                    + " racism and discrimination in Europe. Members are Anglican, Orthodox and Protestant"
                    + " Churches and Councils of Churches as well as church-related agencies across Europe."
                    + " It formally cooperates with the Conference of European Churches and the World"
                    + " Council of Churches."))
            .build(),
        organisation(CPR, pt("Conselho Português para os Refugiados").and("en", "Portuguese Council for Refugees"), "CPR", OrganisationKind.NGO_NATIONAL, CCME_PRESS_RELEASE)
            .country(country("PT"))
            .build(),
        organisation(UNHCR, en("Office of the United Nations High Commissioner for Refugees"), "UNHCR", OrganisationKind.INTERGOVERNMENTAL, CCME_PRESS_RELEASE)
            .addIdentifier(ExternalIdentifier.iati("XM-DAC-41121"))
            .build(),
        organisation(PORTUGAL_INTERNAL_ADMINISTRATION, pt("Ministério da Administração Interna").and("en", "Ministry for Internal Administration"), null, OrganisationKind.GOVERNMENT, CCME_PRESS_RELEASE)
            .country(country("PT"))
            .build(),
        organisation(EUROPEAN_COMMISSION, en("European Commission"), null, OrganisationKind.INTERGOVERNMENTAL, CCME_PRESS_RELEASE)
            .build(),
        organisation(DG_FREEDOM_SECURITY_JUSTICE, en("Directorate-General Freedom, Security and Justice"), "DG JLS", OrganisationKind.INTERGOVERNMENTAL, CCME_PRESS_RELEASE)
            .parent(EUROPEAN_COMMISSION)
            .build());

    dataset.addPeople(
        person(JOSE_MAGALHAES, "José Magalhães", "José", "Magalhães", CCME_PRESS_RELEASE),
        person(TORSTEN_MORITZ, "Torsten Moritz", "Torsten", "Moritz", CCME_PRESS_RELEASE));

    dataset.addMemberships(
        role(JOSE_MAGALHAES, PORTUGAL_INTERNAL_ADMINISTRATION,
            en("Secretary of State and Assistant to the Ministry for Internal Administration"),
            PartialDate.of(2007, 11), CCME_PRESS_RELEASE),
        role(TORSTEN_MORITZ, CCME,
            en("Coordinator of the CCME project on resettlement"), PartialDate.of(2007, 11), CCME_PRESS_RELEASE));

    // "The Project 'Resettlement – broadening the basis in Europe' is coordinated by CCME and funded
    // by the European Refugee Fund Centralised Actions 2005 (European Commission, Directorate-General
    // Freedom, Security and Justice)."
    dataset.addProject(
        Project.builder()
            .id(CCME_RESETTLEMENT_PROJECT)
            .title(en("Refugee resettlement – broadening the basis in Europe"))
            .coordinator(CCME)
            .addFunding(
                Funding.builder()
                    .funder(DG_FREEDOM_SECURITY_JUSTICE)
                    .programme(en("European Refugee Fund Centralised Actions 2005"))
                    .year(Year.of(2005))
                    .build())
            .summary(en("Also called 'Resettlement – broadening the basis in Europe'; it organised a series of events that the Lisbon workshop concluded."))
            .addSource(CCME_PRESS_RELEASE)
            .build());

    // "CCME is since 2004 actively promoting resettlement as an additional tool for refugee
    // protection in Europe."
    dataset.addProject(
        Project.builder()
            .id(CCME_RESETTLEMENT_ADVOCACY)
            .title(en("Promoting resettlement as an additional tool for refugee protection in Europe"))
            .coordinator(CCME)
            .period(DateRange.since(PartialDate.ofYear(2004)))
            .addSource(CCME_PRESS_RELEASE)
            .build());

    dataset.addEvent(
        Event.builder()
            .id(LISBON_WORKSHOP)
            .title(en("International workshop on future areas of cooperation in refugee resettlement"))
            .kind(EventKind.WORKSHOP)
            .period(DateRange.of(PartialDate.of(2007, 11, 21), PartialDate.of(2007, 11, 23)))
            .venue(Place.of(pt("Lisboa").and("en", "Lisbon"), country("PT")))
            .addOrganiser(CCME)
            .addHost(CPR)
            .addParticipants(
                Participation.builder()
                    .participant(JOSE_MAGALHAES)
                    .role(ParticipantRole.SPEAKER)
                    .representing(PORTUGAL_INTERNAL_ADMINISTRATION)
                    .contribution(
                        en("Opening address: Portugal considers civil society involvement an essential part"
                            + " of its commitment to refugee protection, and will continue the cooperation"
                            + " between state and civil society in the area of refugee resettlement."))
                    .build(),
                Participation.of(UNHCR, ParticipantRole.ATTENDEE),
                Participation.of(CPR, ParticipantRole.HOST))
            .addSession(
                Session.builder()
                    .kind(SessionKind.OPENING)
                    .addSpeaker(JOSE_MAGALHAES)
                    .build())
            .attendance(Quantity.approximately(50))
            .representedCountryCount(Quantity.exactly(15))
            .addTopics(en("advocacy"), en("refugee integration"), en("identification of refugees in need of resettlement"))
            .summary(
                en("Representatives of national NGOs, churches and government, and UNHCR, discussed how to"
                    + " strengthen partnerships. Cases of cooperation between UNHCR and civil society in EU"
                    + " member states and in countries outside the EU were presented."))
            .project(CCME_RESETTLEMENT_PROJECT)
            .series(
                SeriesPosition.builder()
                    .series(en("Events of the project 'Refugee resettlement – broadening the basis in Europe'"))
                    .last(true)
                    .build())
            .addSource(CCME_PRESS_RELEASE)
            .build());

    // "The meeting took place a few months after Portugal ... had committed to an annual
    // resettlement quota ... Portugal is preparing for the arrival of the first resettled refugees."
    dataset.addQuota(
        ResettlementQuota.builder()
            .id(QuotaId.of("pt-annual-quota-2007"))
            .country(country("PT"))
            .period(DateRange.since(PartialDate.ofYear(2007)))
            .kind(QuotaKind.NATIONAL_ANNUAL)
            .arrivals(Quantity.exactly(0))
            .arrivalsAsOf(PartialDate.of(2007, 11))
            .decidedOn(PartialDate.ofYear(2007))
            .description(en("An annual resettlement quota; the number of places is not given."))
            .addSource(CCME_PRESS_RELEASE)
            .build());

    // "currently only six EU member states carry out resettlement, resettling around 3.500
    // refugees annually" and "around one hundred thousand refugees are annually resettled to the
    // US, Canada and Australia".
    DateRange year2007 = DateRange.of(PartialDate.ofYear(2007));
    Geography europeanUnion = Geography.of(CountryGroup.EUROPEAN_UNION);
    dataset.addStatistics(
        statistic("eu-resettling-states-2007", StatisticMetric.RESETTLING_COUNTRIES, Quantity.exactly(6), year2007, europeanUnion, CCME_PRESS_RELEASE),
        statistic("eu-resettled-2007", StatisticMetric.RESETTLED_PERSONS, Quantity.approximately(3_500), year2007, europeanUnion, CCME_PRESS_RELEASE)
            .withNote(en("Resettlement has been scarcely used in Europe since the 1960s.")),
        statistic("us-ca-au-resettled-2007", StatisticMetric.RESETTLED_PERSONS, Quantity.approximately(100_000), year2007,
            Geography.of(country("US"), country("CA"), country("AU")), CCME_PRESS_RELEASE));
  }

  //-----------------------------------------------------------------------
  // 2. "As of today, 6 leading organisations in the refugee field – Amnesty International, CCME,
  //    ECRE, ICMC, IOM and Save Me are launching a campaign for more and better resettlement in
  //    Europe."

  private static final OrganisationId AMNESTY = OrganisationId.of("amnesty-international");
  private static final OrganisationId ECRE = OrganisationId.of("ecre");
  private static final OrganisationId ICMC = OrganisationId.of("icmc");
  private static final OrganisationId IOM = OrganisationId.of("iom");
  private static final OrganisationId SAVE_ME = OrganisationId.of("save-me");
  private static final CampaignId CAMPAIGN_2020 = CampaignId.of("resettlement-saves-lives-2020");
  private static final ProjectId JOINT_EU_RESETTLEMENT_PROGRAMME = ProjectId.of("joint-eu-resettlement-programme");

  private static void campaign2020(Dataset.Builder dataset) {
    dataset.addOrganisations(
        organisation(AMNESTY, en("Amnesty International"), null, OrganisationKind.NGO_INTERNATIONAL, CAMPAIGN_PAGE).build(),
        organisation(ECRE, en("European Council on Refugees and Exiles"), "ECRE", OrganisationKind.NETWORK, CAMPAIGN_PAGE).build(),
        organisation(ICMC, en("International Catholic Migration Commission"), "ICMC", OrganisationKind.FAITH_BASED, CAMPAIGN_PAGE).build(),
        organisation(IOM, en("International Organization for Migration"), "IOM", OrganisationKind.INTERGOVERNMENTAL, CAMPAIGN_PAGE)
            .addIdentifier(ExternalIdentifier.iati("XM-DAC-47066"))
            .build(),
        organisation(SAVE_ME, en("Save Me"), null, OrganisationKind.NETWORK, CAMPAIGN_PAGE).build());

    dataset.addCampaign(
        Campaign.builder()
            .id(CAMPAIGN_2020)
            .name(en("Resettlement saves lives - 2020 Campaign"))
            .addLaunchingOrganisations(AMNESTY, CCME, ECRE, ICMC, IOM, SAVE_ME)
            .launchDate(PartialDate.ofYear(2012))
            .period(DateRange.of(PartialDate.ofYear(2012), PartialDate.ofYear(2020)))
            .addTarget(
                Target.builder()
                    .metric(StatisticMetric.PLACES_OFFERED)
                    .value(Quantity.exactly(20_000))
                    .scope(Geography.of(CountryGroup.EUROPEAN_UNION))
                    .deadline(PartialDate.ofYear(2020))
                    .perYear(true)
                    .description(en("By 2020 Europe can offer 20,000 refugees safety, security and a new life every year."))
                    .build())
            .summary(
                en("A campaign for more and better resettlement in Europe, with high quality reception and"
                    + " integration support. All organisations and individuals are invited to join and to"
                    + " make a pledge."))
            .addSource(CAMPAIGN_PAGE)
            .build());

    dataset.addEvent(
        Event.builder()
            .id(EventId.of("resettlement-saves-lives-2020-launch"))
            .title(en("Launch of the 'Resettlement saves lives - 2020' campaign"))
            .kind(EventKind.CAMPAIGN_LAUNCH)
            .period(DateRange.of(PartialDate.ofYear(2012)))
            .addOrganisers(AMNESTY, CCME, ECRE, ICMC, IOM, SAVE_ME)
            .addSource(CAMPAIGN_PAGE)
            .build());

    // "With the newly adopted Joint EU Resettlement Programme, Europe reconfirms its commitment to
    // resettlement. The European Commission is offering EU member states increased financial
    // incentives to offer more resettlement places."
    dataset.addProject(
        Project.builder()
            .id(JOINT_EU_RESETTLEMENT_PROGRAMME)
            .title(en("Joint EU Resettlement Programme"))
            .coordinator(EUROPEAN_COMMISSION)
            .period(DateRange.since(PartialDate.ofYear(2012)))
            .addSource(CAMPAIGN_PAGE)
            .build());
    dataset.addPledge(
        Pledge.builder()
            .id(PledgeId.of("european-commission-resettlement-incentives-2012"))
            .pledger(EUROPEAN_COMMISSION)
            .kind(PledgeKind.FUNDING)
            .description(en("Increased financial incentives for EU member states to offer more resettlement places, under the Joint EU Resettlement Programme."))
            .pledgedOn(PartialDate.ofYear(2012))
            .addSource(CAMPAIGN_PAGE)
            .build());

    // "In 2012 alone, 172,000 refugees are in need of resettlement. Currently the Member States of
    // the European Union offer only 5,500 resettlement places each year, compared to the 60,000
    // places offered by the United States, 8,000 places by Canada and 6,000 by Australia for 2012
    // alone."
    DateRange year2012 = DateRange.of(PartialDate.ofYear(2012));
    dataset.addStatistics(
        statistic("resettlement-needs-2012", StatisticMetric.RESETTLEMENT_NEEDS, Quantity.exactly(172_000), year2012, Geography.world(), CAMPAIGN_PAGE),
        statistic("places-eu-2012", StatisticMetric.PLACES_OFFERED, Quantity.exactly(5_500), year2012, Geography.of(CountryGroup.EUROPEAN_UNION), CAMPAIGN_PAGE),
        statistic("places-us-2012", StatisticMetric.PLACES_OFFERED, Quantity.exactly(60_000), year2012, Geography.of(country("US")), CAMPAIGN_PAGE),
        statistic("places-ca-2012", StatisticMetric.PLACES_OFFERED, Quantity.exactly(8_000), year2012, Geography.of(country("CA")), CAMPAIGN_PAGE),
        statistic("places-au-2012", StatisticMetric.PLACES_OFFERED, Quantity.exactly(6_000), year2012, Geography.of(country("AU")), CAMPAIGN_PAGE));
  }

  //-----------------------------------------------------------------------
  // 3. "Upon invitation by the Congress of Local and Regional Authorities of the Council of
  //    Europe, on June 29, 2023 in Strasbourg, members of the WCRS Intercultural Dialogue team took
  //    part in the first meeting of the Community of Practice on Migration and Human Rights."

  private static final OrganisationId COUNCIL_OF_EUROPE = OrganisationId.of("council-of-europe");
  private static final OrganisationId CONGRESS = OrganisationId.of("coe-congress");
  private static final OrganisationId COMMUNITY_OF_PRACTICE = OrganisationId.of("coe-community-of-practice-migration");
  private static final OrganisationId WROCLAW = OrganisationId.of("wroclaw");
  private static final OrganisationId WCRS = OrganisationId.of("wcrs");
  private static final OrganisationId ASSOCIATION_OF_POLISH_CITIES = OrganisationId.of("zmp");
  private static final OrganisationId CONGRESS_OF_LOCAL_AUTHORITIES_MOLDOVA = OrganisationId.of("calm");
  private static final OrganisationId ASSOCIATION_OF_COMMUNES_ROMANIA = OrganisationId.of("acor");
  private static final OrganisationId RENNES_METROPOLE = OrganisationId.of("rennes-metropole");
  private static final PersonId EIRINI_DOUROU = PersonId.of("eirini-dourou");
  private static final PersonId JAMES_MOLONEY = PersonId.of("james-moloney");
  private static final PersonId MARIE_ANGE_ORIHUELA = PersonId.of("marie-ange-orihuela");
  private static final ProjectId RESILIENCE_PROJECT = ProjectId.of("coe-strengthening-resilience-migration");
  private static final ProjectId COE_ACTION_PLAN = ProjectId.of("coe-action-plan-vulnerable-persons");
  private static final EventId STRASBOURG_MEETING = EventId.of("coe-community-of-practice-2023-06-29");

  private static void communityOfPractice(Dataset.Builder dataset) {
    dataset.addOrganisations(
        organisation(COUNCIL_OF_EUROPE, en("Council of Europe").and("fr", "Conseil de l'Europe"), "CoE", OrganisationKind.INTERGOVERNMENTAL, WCRS_NEWS).build(),
        organisation(CONGRESS, en("Congress of Local and Regional Authorities of the Council of Europe"), null, OrganisationKind.INTERGOVERNMENTAL, WCRS_NEWS)
            .parent(COUNCIL_OF_EUROPE)
            .build(),
        organisation(COMMUNITY_OF_PRACTICE, en("Community of Practice on Migration and Human Rights"), null, OrganisationKind.NETWORK, WCRS_NEWS)
            .parent(CONGRESS)
            .description(en("A peer-to-peer exchange platform of cities from Poland, the Republic of Moldova and Romania, established by the project to identify the challenges local authorities face in migration management and jointly develop practical tools."))
            .build(),
        organisation(WCRS, pl("Wrocławskie Centrum Rozwoju Społecznego").and("en", "Wrocław Centre for Social Development"), "WCRS", OrganisationKind.PUBLIC_INSTITUTION, WCRS_NEWS)
            .country(country("PL"))
            .place(Place.of(pl("Wrocław"), country("PL")))
            .parent(WROCLAW)
            .build(),
        organisation(ASSOCIATION_OF_POLISH_CITIES, pl("Związek Miast Polskich").and("en", "Association of Polish Cities"), "ZMP", OrganisationKind.ASSOCIATION_OF_AUTHORITIES, WCRS_NEWS)
            .country(country("PL"))
            .build(),
        organisation(CONGRESS_OF_LOCAL_AUTHORITIES_MOLDOVA, en("Congress of Local Authorities from Moldova"), "CALM", OrganisationKind.ASSOCIATION_OF_AUTHORITIES, WCRS_NEWS)
            .country(country("MD"))
            .build(),
        organisation(ASSOCIATION_OF_COMMUNES_ROMANIA, ro("Asociația Comunelor din România").and("en", "Association of Communes of Romania"), "ACoR", OrganisationKind.ASSOCIATION_OF_AUTHORITIES, WCRS_NEWS)
            .country(country("RO"))
            .build(),
        organisation(RENNES_METROPOLE, fr("Rennes Métropole"), null, OrganisationKind.LOCAL_AUTHORITY, WCRS_NEWS)
            .country(country("FR"))
            .build());

    // "... brings together representatives of cities from 3 countries: Poland (Hrubieszów,
    // Rzeszów and Wrocław), the Republic of Moldova (Edineț, Strășeni and Vinogradovca) and
    // Romania (Bogdan Vodă, Măgurele and Tulcea)."
    String[][] municipalities = {
      {"hrubieszow", "pl", "Hrubieszów", "PL"},
      {"rzeszow", "pl", "Rzeszów", "PL"},
      {"wroclaw", "pl", "Wrocław", "PL"},
      {"edinet", "ro", "Edineț", "MD"},
      {"straseni", "ro", "Strășeni", "MD"},
      {"vinogradovca", "ro", "Vinogradovca", "MD"},
      {"bogdan-voda", "ro", "Bogdan Vodă", "RO"},
      {"magurele", "ro", "Măgurele", "RO"},
      {"tulcea", "ro", "Tulcea", "RO"},
    };
    for (String[] municipality : municipalities) {
      LocalizedText name = LocalizedText.of(municipality[1], municipality[2]);
      CountryCode country = country(municipality[3]);
      OrganisationId id = OrganisationId.of(municipality[0]);
      dataset.addOrganisation(
          organisation(id, name, null, OrganisationKind.LOCAL_AUTHORITY, WCRS_NEWS)
              .country(country)
              .place(Place.of(name, country))
              .build());
      dataset.addMembership(
          Membership.builder()
              .member(id)
              .organisation(COMMUNITY_OF_PRACTICE)
              .period(DateRange.since(PartialDate.of(2023, 6, 29)))
              .addSource(WCRS_NEWS)
              .build());
    }

    dataset.addPeople(
        person(EIRINI_DOUROU, "Eirini Dourou", "Eirini", "Dourou", WCRS_NEWS),
        person(JAMES_MOLONEY, "James Moloney", "James", "Moloney", WCRS_NEWS),
        person(MARIE_ANGE_ORIHUELA, "Marie Ange Orihuela", "Marie Ange", "Orihuela", WCRS_NEWS));
    dataset.addMemberships(
        role(EIRINI_DOUROU, CONGRESS, en("Member of the Congress (Greece)"), PartialDate.of(2023, 6, 29), WCRS_NEWS),
        role(JAMES_MOLONEY, CONGRESS, en("Member of the Congress (Ireland)"), PartialDate.of(2023, 6, 29), WCRS_NEWS),
        role(MARIE_ANGE_ORIHUELA, RENNES_METROPOLE, en("Representative of Rennes Métropole"), PartialDate.of(2023, 6, 29), WCRS_NEWS));

    // "The two-year project 'Strengthening resilience in local and regional authorities facing
    // migration challenges', under which the meeting was held, is an initiative of the Congress
    // ... within the Council of Europe Action Plan on Protecting Vulnerable Persons in the Context
    // of Migration and Asylum in Europe, with the financial contribution of Germany."
    dataset.addProject(
        Project.builder()
            .id(COE_ACTION_PLAN)
            .title(en("Council of Europe Action Plan on Protecting Vulnerable Persons in the Context of Migration and Asylum in Europe"))
            .coordinator(COUNCIL_OF_EUROPE)
            .addSource(WCRS_NEWS)
            .build());
    dataset.addProject(
        Project.builder()
            .id(RESILIENCE_PROJECT)
            .title(en("Strengthening resilience in local and regional authorities facing migration challenges"))
            .coordinator(CONGRESS)
            .addPartners(ASSOCIATION_OF_POLISH_CITIES, CONGRESS_OF_LOCAL_AUTHORITIES_MOLDOVA, ASSOCIATION_OF_COMMUNES_ROMANIA)
            .addFunding(Funding.builder().funder(country("DE")).build())
            .duration(Period.ofYears(2))
            .parent(COE_ACTION_PLAN)
            .summary(
                en("Its final result, besides research and analysis by human-rights experts, is to be a"
                    + " Council of Europe document encouraging states to create migration policies and take"
                    + " legislative action so that local actors are not left alone."))
            .addSource(WCRS_NEWS)
            .build());

    dataset.addEvent(
        Event.builder()
            .id(STRASBOURG_MEETING)
            .title(en("First meeting of the Community of Practice on Migration and Human Rights"))
            .kind(EventKind.MEETING)
            .period(DateRange.of(PartialDate.of(2023, 6, 29)))
            .venue(Place.of(fr("Strasbourg"), country("FR")))
            .addOrganiser(CONGRESS)
            .addParticipants(
                Participation.builder()
                    .participant(WCRS)
                    .role(ParticipantRole.ATTENDEE)
                    .contribution(en("Members of the WCRS Intercultural Dialogue team"))
                    .build(),
                Participation.builder()
                    .participant(EIRINI_DOUROU)
                    .role(ParticipantRole.SPEAKER)
                    .representing(CONGRESS)
                    .country(country("GR"))
                    .contribution(en("Experiences of the reception and integration of migrants and refugees at the local level"))
                    .build(),
                Participation.builder()
                    .participant(JAMES_MOLONEY)
                    .role(ParticipantRole.SPEAKER)
                    .representing(CONGRESS)
                    .country(country("IE"))
                    .contribution(en("Experiences of the reception and integration of migrants and refugees at the local level"))
                    .build(),
                Participation.builder()
                    .participant(MARIE_ANGE_ORIHUELA)
                    .role(ParticipantRole.SPEAKER)
                    .representing(RENNES_METROPOLE)
                    .contribution(en("Presented the project 'European Citizens' Initiative for a dignified reception of migrants'"))
                    .build())
            .addRepresentedCountries(country("PL"), country("MD"), country("RO"))
            .project(RESILIENCE_PROJECT)
            .series(
                SeriesPosition.builder()
                    .series(en("Meetings of the Community of Practice on Migration and Human Rights"))
                    .ordinal(1)
                    .build())
            .addSource(WCRS_NEWS)
            .build());
  }

  //-----------------------------------------------------------------------
  // 4. "W dniach 13-15 listopada 2023 w Warszawie miała miejsce międzynarodowa konferencja pt.
  //    'CSOs AT THE FOREFRONT OF REFUGEES SUPPORT. COMMON CHALLENGES AND SOLUTIONS' ...
  //    realizowana przez Program Aktywni Obywatele – Fundusz Regionalny i partnerów."

  private static final OrganisationId ACTIVE_CITIZENS_FUND = OrganisationId.of("active-citizens-fund-regional");
  private static final OrganisationId CHRZANOW_LIBRARY = OrganisationId.of("mbp-chrzanow");
  private static final OrganisationId POLISH_AMERICAN_FREEDOM_FOUNDATION = OrganisationId.of("pafw");
  private static final OrganisationId HOMO_FABER = OrganisationId.of("homo-faber");
  private static final OrganisationId ZAGLEBIE_FOLKLORU = OrganisationId.of("zaglebie-folkloru");
  private static final OrganisationId COMUNITATILE_VIITORULUI = OrganisationId.of("comunitatile-viitorului");
  private static final OrganisationId LUBLIN_INTERNATIONAL_COOPERATION = OrganisationId.of("lublin-cwm");
  private static final OrganisationId EMBASSY_OF_ICELAND = OrganisationId.of("embassy-iceland-poland");
  private static final OrganisationId EMBASSY_OF_NORWAY = OrganisationId.of("embassy-norway-poland");
  private static final PersonId HANNES_HEIMISSON = PersonId.of("hannes-heimisson");
  private static final PersonId OYSTEIN_BO = PersonId.of("oystein-bo");
  private static final PersonId KEVIN_ALLEN = PersonId.of("kevin-j-allen");
  private static final ProjectId RAZEM_W_BIBLIOTECE = ProjectId.of("razem-w-bibliotece");
  private static final EventId WARSAW_CONFERENCE = EventId.of("csos-forefront-warsaw-2023");

  private static void warsawConference(Dataset.Builder dataset) {
    dataset.addOrganisations(
        organisation(ACTIVE_CITIZENS_FUND, pl("Program Aktywni Obywatele – Fundusz Regionalny").and("en", "Active Citizens Fund – Regional"), null, OrganisationKind.FOUNDATION, WARSAW_NEWS)
            .country(country("PL"))
            .build(),
        organisation(CHRZANOW_LIBRARY, pl("Miejska Biblioteka Publiczna w Chrzanowie").and("en", "Municipal Public Library in Chrzanów"), "MBP", OrganisationKind.PUBLIC_INSTITUTION, WARSAW_NEWS)
            .country(country("PL"))
            .place(Place.of(pl("Chrzanów"), country("PL")))
            .build(),
        organisation(POLISH_AMERICAN_FREEDOM_FOUNDATION, pl("Polsko-Amerykańska Fundacja Wolności").and("en", "Polish-American Freedom Foundation"), "PAFW", OrganisationKind.FOUNDATION, WARSAW_NEWS)
            .country(country("PL"))
            .build(),
        organisation(HOMO_FABER, pl("Stowarzyszenie Homo Faber").and("en", "Homo Faber Association"), null, OrganisationKind.NGO_NATIONAL, WARSAW_NEWS)
            .country(country("PL"))
            .build(),
        organisation(ZAGLEBIE_FOLKLORU, pl("Fundacja Zagłębie Folkloru"), null, OrganisationKind.NGO_NATIONAL, WARSAW_NEWS)
            .country(country("PL"))
            .build(),
        organisation(COMUNITATILE_VIITORULUI, ro("Asociația Comunitățile Viitorului"), null, OrganisationKind.NGO_NATIONAL, WARSAW_NEWS)
            .country(country("RO"))
            .build(),
        organisation(LUBLIN_INTERNATIONAL_COOPERATION, pl("Centrum Współpracy Międzynarodowej w Urzędzie Miasta Lublin").and("en", "International Cooperation Centre, Lublin City Office"), null, OrganisationKind.LOCAL_AUTHORITY, WARSAW_NEWS)
            .country(country("PL"))
            .place(Place.of(pl("Lublin"), country("PL")))
            .build(),
        organisation(EMBASSY_OF_ICELAND, pl("Ambasada Islandii w Polsce").and("en", "Embassy of Iceland in Poland"), null, OrganisationKind.GOVERNMENT, WARSAW_NEWS)
            .country(country("IS"))
            .build(),
        organisation(EMBASSY_OF_NORWAY, pl("Ambasada Królestwa Norwegii w Polsce").and("en", "Royal Norwegian Embassy in Poland"), null, OrganisationKind.GOVERNMENT, WARSAW_NEWS)
            .country(country("NO"))
            .build());

    // "W otwarciu wzięli udział: Ambasador Islandii w Polsce – Hannes Heimisson, Ambasador
    // Królestwa Norwegii w Polsce – Øystein Bø, pełnomocnik Wysokiego Komisarza Narodów
    // Zjednoczonych ds. Uchodźców (UNHCR) w Polsce – Kevin J. Allen."
    dataset.addPeople(
        person(HANNES_HEIMISSON, "Hannes Heimisson", "Hannes", "Heimisson", WARSAW_NEWS),
        person(OYSTEIN_BO, "Øystein Bø", "Øystein", "Bø", WARSAW_NEWS),
        person(KEVIN_ALLEN, "Kevin J. Allen", "Kevin J.", "Allen", WARSAW_NEWS));
    dataset.addMemberships(
        role(HANNES_HEIMISSON, EMBASSY_OF_ICELAND,
            pl("Ambasador Islandii w Polsce").and("en", "Ambassador of Iceland to Poland"), PartialDate.of(2023, 11, 13), WARSAW_NEWS),
        role(OYSTEIN_BO, EMBASSY_OF_NORWAY,
            pl("Ambasador Królestwa Norwegii w Polsce").and("en", "Ambassador of the Kingdom of Norway to Poland"), PartialDate.of(2023, 11, 13), WARSAW_NEWS),
        role(KEVIN_ALLEN, UNHCR,
            pl("Pełnomocnik Wysokiego Komisarza Narodów Zjednoczonych ds. Uchodźców (UNHCR) w Polsce").and("en", "UNHCR Representative in Poland"),
            PartialDate.of(2023, 11, 13), WARSAW_NEWS));

    // "... projektu 'Razem w bibliotece', który był realizowany z funduszu programu Lokalne
    // Partnerstwa Polsko-Amerykańskiej Fundacji Wolności dla osób z Ukrainy i mieszkańców gminy
    // od 1 maja do 31 grudnia 2022."
    dataset.addProject(
        Project.builder()
            .id(RAZEM_W_BIBLIOTECE)
            .title(pl("Razem w bibliotece").and("en", "Together in the library"))
            .coordinator(CHRZANOW_LIBRARY)
            .addFunding(
                Funding.builder()
                    .funder(POLISH_AMERICAN_FREEDOM_FOUNDATION)
                    .programme(pl("Lokalne Partnerstwa PAFW").and("en", "Local Partnerships of the Polish-American Freedom Foundation"))
                    .year(Year.of(2022))
                    .build())
            .period(DateRange.of(PartialDate.of(2022, 5, 1), PartialDate.of(2022, 12, 31)))
            .addTargetGroups(
                pl("osoby z Ukrainy").and("en", "people from Ukraine"),
                pl("mieszkańcy gminy").and("en", "residents of the municipality"))
            .addSource(WARSAW_NEWS)
            .build());

    Actor[] panellists = {
      CHRZANOW_LIBRARY, HOMO_FABER, ZAGLEBIE_FOLKLORU, COMUNITATILE_VIITORULUI, LUBLIN_INTERNATIONAL_COOPERATION
    };
    Event.Builder conference =
        Event.builder()
            .id(WARSAW_CONFERENCE)
            .title(
                en("CSOs AT THE FOREFRONT OF REFUGEES SUPPORT. COMMON CHALLENGES AND SOLUTIONS")
                    .and("pl", "Organizacje pozarządowe jako pierwszoplanowe wsparcie dla uchodźców – wspólne wyzwania i rozwiązania"))
            .kind(EventKind.CONFERENCE)
            .period(DateRange.of(PartialDate.of(2023, 11, 13), PartialDate.of(2023, 11, 15)))
            .venue(Place.of(pl("Warszawa").and("en", "Warsaw"), country("PL")))
            .addOrganiser(ACTIVE_CITIZENS_FUND)
            .addParticipants(
                speaker(HANNES_HEIMISSON, EMBASSY_OF_ICELAND),
                speaker(OYSTEIN_BO, EMBASSY_OF_NORWAY),
                speaker(KEVIN_ALLEN, UNHCR))
            .addSessions(
                Session.builder()
                    .kind(SessionKind.OPENING)
                    .addSpeakers(HANNES_HEIMISSON, OYSTEIN_BO, KEVIN_ALLEN)
                    .build(),
                Session.builder()
                    .kind(SessionKind.PANEL)
                    .title(pl("Partnerstwa międzysektorowe na rzecz integracji i włączenia społecznego").and("en", "Cross-sector partnerships for integration and social inclusion"))
                    .date(PartialDate.of(2023, 11, 13))
                    .addSpeakers(panellists)
                    .summary(pl("Lekcje wyniesione z podjętych działań, wnioski, wyzwania procesu integracji oraz to, co jeszcze powinno zostać wdrożone i co trzeba zmienić.")
                        .and("en", "Lessons learnt, conclusions, the challenges of integration, and what should still be implemented or changed."))
                    .build())
            .attendance(Quantity.atLeast(100))
            .addRepresentedCountries(country("PL"), country("RO"), country("GR"), country("LT"), country("HR"), country("SI"))
            .moreCountriesRepresented(true)
            .addWorkingLanguage("en")
            .addTopic(pl("Migracja i uchodźstwo z perspektywy organizacji pozarządowych").and("en", "Migration and asylum from the perspective of civil-society organisations"))
            .summary(pl("Sesje plenarne i równoległe panele dyskusyjne.").and("en", "Plenary sessions and parallel panel discussions."))
            .addSource(WARSAW_NEWS);
    for (Actor panellist : panellists) {
      conference.addParticipant(
          Participation.builder()
              .participant(panellist)
              .role(ParticipantRole.PANELLIST)
              .contribution(panellist.equals(CHRZANOW_LIBRARY)
                  ? pl("Działania projektu „Razem w bibliotece”").and("en", "The activities of the project 'Razem w bibliotece'")
                  : pl("Udział w panelu").and("en", "Took part in the panel"))
              .build());
    }
    dataset.addEvent(conference.build());
  }

  //-----------------------------------------------------------------------
  // Small helpers that keep the facts above readable.

  private static Organisation.Builder organisation(
      OrganisationId id, LocalizedText name, String acronym, OrganisationKind kind, Source source) {
    Organisation.Builder organisation = Organisation.builder().id(id).name(name).kind(kind).addSource(source);
    return acronym == null ? organisation : organisation.acronym(acronym);
  }

  private static Person person(PersonId id, String name, String givenName, String familyName, Source source) {
    return Person.builder().id(id).name(name).givenName(givenName).familyName(familyName).addSource(source).build();
  }

  private static Membership role(
      Actor member, OrganisationId organisation, LocalizedText role, PartialDate since, Source source) {
    return Membership.builder()
        .member(member)
        .organisation(organisation)
        .role(role)
        .period(DateRange.since(since))
        .addSource(source)
        .build();
  }

  private static Participation speaker(PersonId person, OrganisationId representing) {
    return Participation.builder()
        .participant(person)
        .role(ParticipantRole.SPEAKER)
        .representing(representing)
        .contribution(en("Opening of the conference"))
        .build();
  }

  private static Statistic statistic(
      String id, StatisticMetric metric, Quantity value, DateRange period, Geography geography, Source source) {
    return Statistic.builder()
        .id(StatisticId.of(id))
        .metric(metric)
        .value(value)
        .period(period)
        .geography(geography)
        .addSource(source)
        .build();
  }

  private static CountryCode country(String alpha2) {
    return CountryCode.of(alpha2);
  }

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }

  private static LocalizedText pl(String text) {
    return LocalizedText.of("pl", text);
  }

  private static LocalizedText pt(String text) {
    return LocalizedText.of("pt", text);
  }

  private static LocalizedText ro(String text) {
    return LocalizedText.of("ro", text);
  }

  private static LocalizedText fr(String text) {
    return LocalizedText.of("fr", text);
  }
}
