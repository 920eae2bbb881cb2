package org.resettlement.validation;

import java.time.Period;
import java.time.Year;
import org.resettlement.core.Actor;
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignId;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
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
import org.resettlement.core.PartialDate;
import org.resettlement.core.ParticipantRole;
import org.resettlement.core.Participation;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Place;
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
 * The four seed documents as one dataset: the CCME resettlement workshop in Lisbon (November
 * 2007), the "Resettlement saves lives - 2020" campaign with its 2012 figures, the first meeting
 * of the Council of Europe Congress's Community of Practice on Migration and Human Rights in
 * Strasbourg (29 June 2023), and the Warsaw conference "CSOs at the forefront of refugees
 * support" (13-15 November 2023) with the Chrzanów library project "Razem w bibliotece".
 *
 * <p>Only facts the documents state, or infer as their source notes say. It must break no rule.
 */
final class SeedDataset {
  private SeedDataset() {}

  private static final CountryCode PL = CountryCode.of("PL");
  private static final CountryCode PT = CountryCode.of("PT");
  private static final CountryCode MD = CountryCode.of("MD");
  private static final CountryCode RO = CountryCode.of("RO");

  static Dataset build() {
    Dataset.Builder dataset = Dataset.builder();
    lisbon2007(dataset);
    campaign2020(dataset);
    strasbourg2023(dataset);
    warsaw2023(dataset);
    return dataset.build();
  }

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }

  private static LocalizedText pl(String polish, String english) {
    return LocalizedText.of("pl", polish).and("en", english);
  }

  private static OrganisationId org(String id) {
    return OrganisationId.of(id);
  }

  private static Place place(LocalizedText locality, CountryCode country, double latitude, double longitude) {
    return Place.builder()
        .locality(locality)
        .country(country)
        .coordinates(Coordinates.of(latitude, longitude))
        .build();
  }

  private static Organisation organisation(
      String id, LocalizedText name, String acronym, OrganisationKind kind, CountryCode country, Source source) {
    Organisation.Builder builder =
        Organisation.builder().id(org(id)).name(name).kind(kind).addSource(source);
    if (acronym != null) {
      builder.acronym(acronym);
    }
    if (country != null) {
      builder.country(country);
    }
    return builder.build();
  }

  private static Membership membership(Actor member, String organisation, LocalizedText role, Source source) {
    Membership.Builder builder =
        Membership.builder().member(member).organisation(org(organisation)).addSource(source);
    if (role != null) {
      builder.role(role);
    }
    return builder.build();
  }

  //-----------------------------------------------------------------------
  private static void lisbon2007(Dataset.Builder dataset) {
    Source release =
        Source.builder()
            .title(en("Portuguese Secretary of State: Civil Society Essential Partner in Refugee Protection"))
            .publisher("Churches' Commission for Migrants in Europe")
            .publishedOn(PartialDate.parse("2007-11"))
            .note("The year is not printed: Portugal held the EU Council Presidency in the second half"
                + " of 2007, so the workshop was held on 21-23 November 2007.")
            .build();

    dataset
        .addOrganisation(
            Organisation.builder()
                .from(organisation("ccme", en("Churches' Commission for Migrants in Europe"), "CCME",
                    OrganisationKind.FAITH_BASED, CountryCode.of("BE"), release))
                .addContact(ContactPoint.phone("+32 2 2346808"))
                .addContact(ContactPoint.email("info@ccme.be"))
                .description(en("The ecumenical agency on migration and integration, asylum and refugees,"
                    + " and against racism and discrimination in Europe."))
                .build())
        .addOrganisation(organisation("cpr", LocalizedText.of("pt", "Conselho Português para os Refugiados")
                .and("en", "Portuguese Council for Refugees"), "CPR", OrganisationKind.NGO_NATIONAL, PT, release))
        .addOrganisation(
            Organisation.builder()
                .from(organisation("unhcr", en("Office of the United Nations High Commissioner for Refugees"),
                    "UNHCR", OrganisationKind.INTERGOVERNMENTAL, null, release))
                .addIdentifier(ExternalIdentifier.iati("XM-DAC-41121"))
                .build())
        .addOrganisation(organisation("pt-mai", LocalizedText.of("pt", "Ministério da Administração Interna")
                .and("en", "Ministry of Internal Administration"), null, OrganisationKind.GOVERNMENT, PT, release))
        .addOrganisation(organisation("european-commission", en("European Commission"), null,
            OrganisationKind.INTERGOVERNMENTAL, null, release))
        .addOrganisation(
            Organisation.builder()
                .from(organisation("dg-jls", en("Directorate-General Freedom, Security and Justice"), null,
                    OrganisationKind.PUBLIC_INSTITUTION, null, release))
                .parent(org("european-commission"))
                .build())
        .addOrganisation(organisation("cec", en("Conference of European Churches"), "CEC",
            OrganisationKind.FAITH_BASED, null, release))
        .addOrganisation(organisation("wcc", en("World Council of Churches"), "WCC",
            OrganisationKind.FAITH_BASED, null, release));

    dataset
        .addPeople(Person.builder().id(PersonId.of("jose-magalhaes")).name("José Magalhães")
            .givenName("José").familyName("Magalhães").addSource(release).build())
        .addPeople(Person.builder().id(PersonId.of("torsten-moritz")).name("Torsten Moritz")
            .addSource(release).build())
        .addMembership(
            Membership.builder()
                .from(membership(PersonId.of("jose-magalhaes"), "pt-mai",
                    en("Secretary of State and Assistant to the Minister for Internal Administration"), release))
                .period(DateRange.of(PartialDate.parse("2007")))
                .build())
        .addMembership(membership(PersonId.of("torsten-moritz"), "ccme",
            en("Coordinator of the CCME project on resettlement"), release));

    dataset.addProject(
        Project.builder()
            .id(ProjectId.of("resettlement-broadening-the-basis"))
            .title(en("Refugee resettlement – broadening the basis in Europe"))
            .coordinator(org("ccme"))
            .addFunding(
                Funding.builder()
                    .funder(org("european-commission"))
                    .programme(en("European Refugee Fund Centralised Actions 2005"))
                    .year(Year.of(2005))
                    .build())
            .addSource(release)
            .build());

    dataset.addEvent(
        Event.builder()
            .id(EventId.of("lisbon-2007"))
            .title(en("International workshop on future areas of cooperation in refugee resettlement"))
            .kind(EventKind.WORKSHOP)
            .period(DateRange.parse("2007-11-21/2007-11-23"))
            .venue(place(LocalizedText.of("pt", "Lisboa").and("en", "Lisbon"), PT, 38.7223, -9.1393))
            .addOrganiser(org("ccme"))
            .addHost(org("cpr"))
            .addParticipant(
                Participation.builder()
                    .participant(PersonId.of("jose-magalhaes"))
                    .role(ParticipantRole.SPEAKER)
                    .representing(org("pt-mai"))
                    .contribution(en("Opening address"))
                    .build())
            .addParticipant(Participation.of(org("unhcr"), ParticipantRole.ATTENDEE))
            .addParticipant(Participation.of(org("cpr"), ParticipantRole.HOST))
            .attendance(Quantity.approximately(50))
            .representedCountryCount(Quantity.exactly(15))
            .addTopic(en("Advocacy"))
            .addTopic(en("Refugee integration"))
            .addTopic(en("Identification of refugees in need of resettlement"))
            .summary(en("Representatives of NGOs, churches and UNHCR discussed how to strengthen partnerships"
                + " in refugee resettlement."))
            .project(ProjectId.of("resettlement-broadening-the-basis"))
            .series(SeriesPosition.builder().series(en("Events of the project 'Refugee resettlement – broadening"
                + " the basis in Europe'")).last(true).build())
            .addSource(release)
            .build());

    dataset
        .addQuota(
            ResettlementQuota.builder()
                .id(QuotaId.of("pt-annual-2007"))
                .country(PT)
                .period(DateRange.of(PartialDate.parse("2007")))
                .kind(QuotaKind.NATIONAL_ANNUAL)
                .decidedOn(PartialDate.parse("2007"))
                .description(en("Portugal had committed to an annual resettlement quota."))
                .addSource(release)
                .build())
        .addStatistic(
            Statistic.builder()
                .id(StatisticId.of("resettled-us-ca-au-2007"))
                .metric(StatisticMetric.RESETTLED_PERSONS)
                .value(Quantity.approximately(100_000))
                .period(DateRange.of(PartialDate.parse("2007")))
                .geography(Geography.of(CountryCode.of("US"), CountryCode.of("CA"), CountryCode.of("AU")))
                .addSource(release)
                .build())
        .addStatistic(
            Statistic.builder()
                .id(StatisticId.of("resettling-countries-eu-2007"))
                .metric(StatisticMetric.RESETTLING_COUNTRIES)
                .value(Quantity.exactly(6))
                .period(DateRange.of(PartialDate.parse("2007")))
                .geography(Geography.of(CountryGroup.EUROPEAN_UNION))
                .addSource(release)
                .build())
        .addStatistic(
            Statistic.builder()
                .id(StatisticId.of("resettled-eu-2007"))
                .metric(StatisticMetric.RESETTLED_PERSONS)
                .value(Quantity.approximately(3_500))
                .period(DateRange.of(PartialDate.parse("2007")))
                .geography(Geography.of(CountryGroup.EUROPEAN_UNION))
                .addSource(release)
                .build());
  }

  //-----------------------------------------------------------------------
  private static void campaign2020(Dataset.Builder dataset) {
    Source page =
        Source.builder()
            .title(en("Resettlement saves lives - 2020 Campaign"))
            .publishedOn(PartialDate.parse("2012"))
            .note("Launched in 2012: the page speaks of 'in 2012 alone' and 'the coming 8 years'.")
            .build();

    dataset
        .addOrganisation(organisation("amnesty", en("Amnesty International"), null,
            OrganisationKind.NGO_INTERNATIONAL, null, page))
        .addOrganisation(organisation("ecre", en("European Council on Refugees and Exiles"), "ECRE",
            OrganisationKind.NETWORK, null, page))
        .addOrganisation(organisation("icmc", en("International Catholic Migration Commission"), "ICMC",
            OrganisationKind.FAITH_BASED, null, page))
        .addOrganisation(organisation("iom", en("International Organization for Migration"), "IOM",
            OrganisationKind.INTERGOVERNMENTAL, null, page))
        .addOrganisation(organisation("save-me", en("Save Me"), null, OrganisationKind.NGO_NATIONAL,
            CountryCode.of("DE"), page));

    dataset.addCampaign(
        Campaign.builder()
            .id(CampaignId.of("resettlement-saves-lives-2020"))
            .name(en("Resettlement saves lives - 2020"))
            .addLaunchingOrganisation(org("amnesty"))
            .addLaunchingOrganisation(org("ccme"))
            .addLaunchingOrganisation(org("ecre"))
            .addLaunchingOrganisation(org("icmc"))
            .addLaunchingOrganisation(org("iom"))
            .addLaunchingOrganisation(org("save-me"))
            .launchDate(PartialDate.parse("2012"))
            .period(DateRange.parse("2012/2020"))
            .addTarget(
                Target.builder()
                    .metric(StatisticMetric.PLACES_OFFERED)
                    .value(Quantity.exactly(20_000))
                    .scope(Geography.of(CountryGroup.EUROPEAN_UNION))
                    .deadline(PartialDate.parse("2020"))
                    .perYear(true)
                    .description(en("By 2020 Europe can offer 20,000 refugees safety, security and a new life"
                        + " every year."))
                    .build())
            .summary(en("More and better resettlement in Europe: increase the resettlement places offered by"
                + " EU member states."))
            .addSource(page)
            .build());

    dataset
        .addStatistic(figure("resettlement-needs-2012", StatisticMetric.RESETTLEMENT_NEEDS, 172_000,
            Geography.world(), page))
        .addStatistic(figure("places-eu-2012", StatisticMetric.PLACES_OFFERED, 5_500,
            Geography.of(CountryGroup.EUROPEAN_UNION), page))
        .addStatistic(figure("places-us-2012", StatisticMetric.PLACES_OFFERED, 60_000,
            Geography.of(CountryCode.of("US")), page))
        .addStatistic(figure("places-ca-2012", StatisticMetric.PLACES_OFFERED, 8_000,
            Geography.of(CountryCode.of("CA")), page))
        .addStatistic(figure("places-au-2012", StatisticMetric.PLACES_OFFERED, 6_000,
            Geography.of(CountryCode.of("AU")), page));
  }

  private static Statistic figure(String id, StatisticMetric metric, long value, Geography where, Source source) {
    return Statistic.builder()
        .id(StatisticId.of(id))
        .metric(metric)
        .value(Quantity.exactly(value))
        .period(DateRange.of(PartialDate.parse("2012")))
        .geography(where)
        .addSource(source)
        .build();
  }

  //-----------------------------------------------------------------------
  private static void strasbourg2023(Dataset.Builder dataset) {
    Source news =
        Source.builder()
            .title(en("Wrocław in the Community of Practice on Migration and Human Rights"))
            .publisher("Wrocławskie Centrum Rozwoju Społecznego")
            .publishedOn(PartialDate.parse("2023"))
            .build();

    dataset
        .addOrganisation(organisation("coe", en("Council of Europe"), "CoE", OrganisationKind.INTERGOVERNMENTAL,
            null, news))
        .addOrganisation(
            Organisation.builder()
                .from(organisation("congress", en("Congress of Local and Regional Authorities of the Council"
                    + " of Europe"), null, OrganisationKind.INTERGOVERNMENTAL, null, news))
                .parent(org("coe"))
                .build())
        .addOrganisation(
            Organisation.builder()
                .from(organisation("cop-migration", en("Community of Practice on Migration and Human Rights"),
                    null, OrganisationKind.NETWORK, null, news))
                .parent(org("congress"))
                .build())
        .addOrganisation(
            Organisation.builder()
                .from(organisation("wcrs", pl("Wrocławskie Centrum Rozwoju Społecznego",
                    "Wroclaw's Center for Social Development"), "WCRS", OrganisationKind.PUBLIC_INSTITUTION, PL,
                    news))
                .place(place(LocalizedText.of("pl", "Wrocław"), PL, 51.1079, 17.0385))
                .parent(org("wroclaw"))
                .build())
        .addOrganisation(organisation("zmp", pl("Związek Miast Polskich", "Association of Polish Cities"), "ZMP",
            OrganisationKind.ASSOCIATION_OF_AUTHORITIES, PL, news))
        .addOrganisation(organisation("calm", en("Congress of Local Authorities from Moldova"), "CALM",
            OrganisationKind.ASSOCIATION_OF_AUTHORITIES, MD, news))
        .addOrganisation(organisation("acor", en("Association of Communes of Romania"), "ACoR",
            OrganisationKind.ASSOCIATION_OF_AUTHORITIES, RO, news))
        .addOrganisation(organisation("rennes-metropole", LocalizedText.of("fr", "Rennes Métropole"), null,
            OrganisationKind.LOCAL_AUTHORITY, CountryCode.of("FR"), news));

    String[][] cities = {
      {"hrubieszow", "Hrubieszów", "PL"}, {"rzeszow", "Rzeszów", "PL"}, {"wroclaw", "Wrocław", "PL"},
      {"edinet", "Edineț", "MD"}, {"straseni", "Strășeni", "MD"}, {"vinogradovca", "Vinogradovca", "MD"},
      {"bogdan-voda", "Bogdan Vodă", "RO"}, {"magurele", "Măgurele", "RO"}, {"tulcea", "Tulcea", "RO"},
    };
    for (String[] city : cities) {
      CountryCode country = CountryCode.of(city[2]);
      String language = country.equals(PL) ? "pl" : "ro";
      dataset
          .addOrganisation(
              Organisation.builder()
                  .from(organisation(city[0], LocalizedText.of(language, city[1]), null,
                      OrganisationKind.LOCAL_AUTHORITY, country, news))
                  .place(Place.of(LocalizedText.of(language, city[1]), country))
                  .build())
          .addMembership(membership(org(city[0]), "cop-migration", null, news));
    }

    dataset
        .addPeople(Person.builder().id(PersonId.of("eirini-dourou")).name("Eirini Dourou").addSource(news).build())
        .addPeople(Person.builder().id(PersonId.of("james-moloney")).name("James Moloney").addSource(news).build())
        .addPeople(Person.builder().id(PersonId.of("marie-ange-orihuela")).name("Marie Ange Orihuela")
            .addSource(news).build())
        .addMembership(membership(PersonId.of("eirini-dourou"), "congress", en("Member of the Congress"), news))
        .addMembership(membership(PersonId.of("james-moloney"), "congress", en("Member of the Congress"), news))
        .addMembership(membership(PersonId.of("marie-ange-orihuela"), "rennes-metropole",
            en("Representative of Rennes Métropole"), news))
        .addMembership(membership(org("congress"), "coe", null, news))
        .addMembership(membership(PL, "coe", null, news))
        .addMembership(membership(MD, "coe", null, news))
        .addMembership(membership(RO, "coe", null, news));

    dataset
        .addProject(
            Project.builder()
                .id(ProjectId.of("coe-action-plan-vulnerable-persons"))
                .title(en("Council of Europe Action Plan on Protecting Vulnerable Persons in the Context of"
                    + " Migration and Asylum in Europe"))
                .coordinator(org("coe"))
                .addSource(news)
                .build())
        .addProject(
            Project.builder()
                .id(ProjectId.of("strengthening-resilience"))
                .title(en("Strengthening resilience in local and regional authorities facing migration"
                    + " challenges"))
                .coordinator(org("congress"))
                .addPartner(org("zmp"))
                .addPartner(org("calm"))
                .addPartner(org("acor"))
                .addFunding(Funding.builder().funder(CountryCode.of("DE")).build())
                .duration(Period.ofYears(2))
                .parent(ProjectId.of("coe-action-plan-vulnerable-persons"))
                .addSource(news)
                .build());

    dataset.addEvent(
        Event.builder()
            .id(EventId.of("strasbourg-2023-06-29"))
            .title(en("First meeting of the Community of Practice on Migration and Human Rights"))
            .kind(EventKind.MEETING)
            .period(DateRange.of(PartialDate.parse("2023-06-29")))
            .venue(place(LocalizedText.of("fr", "Strasbourg"), CountryCode.of("FR"), 48.5734, 7.7521))
            .addOrganiser(org("congress"))
            .addParticipant(Participation.of(org("wcrs"), ParticipantRole.ATTENDEE))
            .addParticipant(
                Participation.builder().participant(PersonId.of("eirini-dourou")).role(ParticipantRole.SPEAKER)
                    .representing(org("congress")).country(CountryCode.of("GR")).build())
            .addParticipant(
                Participation.builder().participant(PersonId.of("james-moloney")).role(ParticipantRole.SPEAKER)
                    .representing(org("congress")).country(CountryCode.of("IE")).build())
            .addParticipant(
                Participation.builder().participant(PersonId.of("marie-ange-orihuela"))
                    .role(ParticipantRole.SPEAKER).representing(org("rennes-metropole"))
                    .contribution(en("European Citizens' Initiative for a dignified reception of migrants"))
                    .build())
            .addRepresentedCountry(PL)
            .addRepresentedCountry(MD)
            .addRepresentedCountry(RO)
            .representedCountryCount(Quantity.exactly(3))
            .project(ProjectId.of("strengthening-resilience"))
            .series(SeriesPosition.builder().series(en("Meetings of the Community of Practice on Migration and"
                + " Human Rights")).ordinal(1).build())
            .addSource(news)
            .build());
  }

  //-----------------------------------------------------------------------
  private static void warsaw2023(Dataset.Builder dataset) {
    Source news =
        Source.builder()
            .title(LocalizedText.of("pl", "Organizacje pozarządowe jako pierwszoplanowe wsparcie dla uchodźców"))
            .publisher("Miejska Biblioteka Publiczna w Chrzanowie")
            .publishedOn(PartialDate.parse("2023-11"))
            .build();

    dataset
        .addOrganisation(organisation("acf-regional", pl("Program Aktywni Obywatele – Fundusz Regionalny",
            "Active Citizens Fund – Regional"), null, OrganisationKind.OTHER, null, news))
        .addOrganisation(
            Organisation.builder()
                .from(organisation("mbp-chrzanow", pl("Miejska Biblioteka Publiczna w Chrzanowie",
                    "Municipal Public Library in Chrzanów"), null, OrganisationKind.PUBLIC_INSTITUTION, PL, news))
                .place(Place.builder().locality(LocalizedText.of("pl", "Chrzanów"))
                    .region(LocalizedText.of("pl", "małopolskie")).country(PL).build())
                .build())
        .addOrganisation(organisation("pafw", pl("Polsko-Amerykańska Fundacja Wolności",
            "Polish-American Freedom Foundation"), "PAFW", OrganisationKind.FOUNDATION, PL, news))
        .addOrganisation(organisation("homo-faber", LocalizedText.of("pl", "Stowarzyszenie Homo Faber"), null,
            OrganisationKind.NGO_NATIONAL, PL, news))
        .addOrganisation(organisation("zaglebie-folkloru", LocalizedText.of("pl", "Fundacja Zagłębie Folkloru"),
            null, OrganisationKind.NGO_NATIONAL, PL, news))
        .addOrganisation(organisation("comunitatile-viitorului", LocalizedText.of("ro",
            "Asociația Comunitățile Viitorului"), null, OrganisationKind.NGO_NATIONAL, RO, news))
        .addOrganisation(organisation("lublin", LocalizedText.of("pl", "Miasto Lublin"), null,
            OrganisationKind.LOCAL_AUTHORITY, PL, news))
        .addOrganisation(
            Organisation.builder()
                .from(organisation("lublin-cwm", pl("Centrum Współpracy Międzynarodowej w Urzędzie Miasta"
                    + " Lublin", "Centre for International Cooperation, Lublin City Hall"), null,
                    OrganisationKind.LOCAL_AUTHORITY, PL, news))
                .parent(org("lublin"))
                .build())
        .addOrganisation(organisation("embassy-is-pl", en("Embassy of Iceland in Poland"), null,
            OrganisationKind.GOVERNMENT, CountryCode.of("IS"), news))
        .addOrganisation(organisation("embassy-no-pl", en("Royal Norwegian Embassy in Poland"), null,
            OrganisationKind.GOVERNMENT, CountryCode.of("NO"), news));

    dataset
        .addPeople(Person.builder().id(PersonId.of("hannes-heimisson")).name("Hannes Heimisson").addSource(news)
            .build())
        .addPeople(Person.builder().id(PersonId.of("oystein-bo")).name("Øystein Bø").addSource(news).build())
        .addPeople(Person.builder().id(PersonId.of("kevin-j-allen")).name("Kevin J. Allen").addSource(news)
            .build())
        .addMembership(membership(PersonId.of("hannes-heimisson"), "embassy-is-pl",
            pl("Ambasador Islandii w Polsce", "Ambassador of Iceland to Poland"), news))
        .addMembership(membership(PersonId.of("oystein-bo"), "embassy-no-pl",
            pl("Ambasador Królestwa Norwegii w Polsce", "Ambassador of the Kingdom of Norway to Poland"), news))
        .addMembership(membership(PersonId.of("kevin-j-allen"), "unhcr",
            pl("Przedstawiciel UNHCR w Polsce", "UNHCR Representative in Poland"), news));

    dataset.addProject(
        Project.builder()
            .id(ProjectId.of("razem-w-bibliotece"))
            .title(pl("Razem w bibliotece", "Together in the library"))
            .coordinator(org("mbp-chrzanow"))
            .addFunding(
                Funding.builder()
                    .funder(org("pafw"))
                    .programme(pl("Lokalne Partnerstwa PAFW", "Local Partnerships of the PAFF"))
                    .build())
            .period(DateRange.parse("2022-05-01/2022-12-31"))
            .addTargetGroup(pl("osoby z Ukrainy", "people from Ukraine"))
            .addTargetGroup(pl("mieszkańcy gminy", "residents of the municipality"))
            .addSource(news)
            .build());

    dataset.addEvent(
        Event.builder()
            .id(EventId.of("warsaw-2023-11"))
            .title(LocalizedText.of("en", "CSOs at the forefront of refugees support. Common challenges and solutions")
                .and("pl", "Organizacje pozarządowe jako pierwszoplanowe wsparcie dla uchodźców – wspólne"
                    + " wyzwania i rozwiązania"))
            .kind(EventKind.CONFERENCE)
            .period(DateRange.parse("2023-11-13/2023-11-15"))
            .venue(place(LocalizedText.of("pl", "Warszawa").and("en", "Warsaw"), PL, 52.2297, 21.0122))
            .addOrganiser(org("acf-regional"))
            .addParticipant(
                Participation.builder().participant(PersonId.of("hannes-heimisson")).role(ParticipantRole.SPEAKER)
                    .representing(org("embassy-is-pl")).contribution(pl("otwarcie", "opening")).build())
            .addParticipant(
                Participation.builder().participant(PersonId.of("oystein-bo")).role(ParticipantRole.SPEAKER)
                    .representing(org("embassy-no-pl")).contribution(pl("otwarcie", "opening")).build())
            .addParticipant(
                Participation.builder().participant(PersonId.of("kevin-j-allen")).role(ParticipantRole.SPEAKER)
                    .representing(org("unhcr")).contribution(pl("otwarcie", "opening")).build())
            .addParticipant(Participation.of(org("mbp-chrzanow"), ParticipantRole.PANELLIST))
            .addSession(
                Session.builder()
                    .kind(SessionKind.OPENING)
                    .addSpeaker(PersonId.of("hannes-heimisson"))
                    .addSpeaker(PersonId.of("oystein-bo"))
                    .addSpeaker(PersonId.of("kevin-j-allen"))
                    .build())
            .addSession(
                Session.builder()
                    .kind(SessionKind.PANEL)
                    .title(pl("Partnerstwa międzysektorowe na rzecz integracji i włączenia społecznego",
                        "Cross-sector partnerships for integration and social inclusion"))
                    .date(PartialDate.parse("2023-11-13"))
                    .addSpeaker(org("mbp-chrzanow"))
                    .addSpeaker(org("homo-faber"))
                    .addSpeaker(org("zaglebie-folkloru"))
                    .addSpeaker(org("comunitatile-viitorului"))
                    .addSpeaker(org("lublin-cwm"))
                    .summary(pl("Lekcje z podjętych działań, wnioski, wyzwania procesu integracji.",
                        "Lessons learnt, conclusions and the challenges of integration."))
                    .build())
            .attendance(Quantity.atLeast(100))
            .addRepresentedCountry(PL)
            .addRepresentedCountry(RO)
            .addRepresentedCountry(CountryCode.of("GR"))
            .addRepresentedCountry(CountryCode.of("LT"))
            .addRepresentedCountry(CountryCode.of("HR"))
            .addRepresentedCountry(CountryCode.of("SI"))
            .moreCountriesRepresented(true)
            .addWorkingLanguage("en")
            .addTopic(pl("migracja i uchodźstwo z perspektywy organizacji pozarządowych",
                "migration and refugees from the perspective of civil-society organisations"))
            .addFunder(org("acf-regional"))
            .addSource(news)
            .build());
  }
}
