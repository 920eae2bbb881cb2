package org.resettlement.wireformat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import org.resettlement.core.Allocation;
import org.resettlement.core.AllocationBasis;
import org.resettlement.core.Breakdown;
import org.resettlement.core.BreakdownDimension;
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
import org.resettlement.core.MonetaryAmount;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.PartialDate;
import org.resettlement.core.ParticipantRole;
import org.resettlement.core.Participation;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Place;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;
import org.resettlement.core.PledgeKind;
import org.resettlement.core.PledgeStatus;
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
 * Facts from the four seed documents ({@code ../shared/seeds}), built in Java: the values that
 * the golden files of the wire format must read as.
 *
 * <p>Values that the seeds do not contain (a monetary amount, an allocation, a breakdown, a
 * person's contact point) are marked as illustrative where they are built.
 */
public final class SeedData {
  private SeedData() {}

  //-----------------------------------------------------------------------
  // Sources

  public static final Source CCME_PRESS_RELEASE =
      Source.builder()
          .title(
              LocalizedText.of(
                  "en",
                  "Portuguese Secretary of State: Civil Society Essential Partner in Refugee Protection"))
          .publisher("Churches' Commission for Migrants in Europe")
          .publishedOn(PartialDate.parse("2007-11"))
          .note(
              "The year is not printed: Portugal held the EU Council Presidency in the second half"
                  + " of 2007, so the workshop of 21-23 November is dated 2007.")
          .build();

  public static final Source CAMPAIGN_PAGE =
      Source.builder()
          .title(LocalizedText.of("en", "Resettlement saves lives - 2020 Campaign"))
          .publishedOn(PartialDate.ofYear(2012))
          .note("Launched in 2012: the page counts needs \"in 2012 alone\" and \"the coming 8 years\".")
          .build();

  public static final Source WCRS_NEWS =
      Source.builder()
          .title(
              LocalizedText.of(
                  "en", "Wrocław in the Community of Practice on Migration and Human Rights"))
          .publisher("Wrocławskie Centrum Rozwoju Społecznego")
          .publishedOn(PartialDate.parse("2023-07"))
          .build();

  public static final Source LIBRARY_NEWS =
      Source.builder()
          .title(
              LocalizedText.of(
                  "pl", "Organizacje pozarządowe jako pierwszoplanowe wsparcie dla uchodźców"))
          .publisher("Miejska Biblioteka Publiczna w Chrzanowie")
          .url(URI.create("https://www.biblioteka.chrzanow.pl/"))
          .publishedOn(PartialDate.parse("2023-11"))
          .accessedOn(LocalDate.of(2024, 3, 1))
          .build();

  //-----------------------------------------------------------------------
  // Organisations

  public static final OrganisationId CCME = OrganisationId.of("ccme");
  public static final OrganisationId CPR = OrganisationId.of("cpr");
  public static final OrganisationId UNHCR = OrganisationId.of("unhcr");
  public static final OrganisationId PT_INTERNAL_ADMINISTRATION = OrganisationId.of("pt-mai");
  public static final OrganisationId EUROPEAN_COMMISSION = OrganisationId.of("european-commission");
  public static final OrganisationId AMNESTY = OrganisationId.of("amnesty-international");
  public static final OrganisationId ECRE = OrganisationId.of("ecre");
  public static final OrganisationId ICMC = OrganisationId.of("icmc");
  public static final OrganisationId IOM = OrganisationId.of("iom");
  public static final OrganisationId SAVE_ME = OrganisationId.of("save-me");
  public static final OrganisationId COUNCIL_OF_EUROPE = OrganisationId.of("council-of-europe");
  public static final OrganisationId CONGRESS = OrganisationId.of("coe-congress");
  public static final OrganisationId COMMUNITY_OF_PRACTICE = OrganisationId.of("community-of-practice");
  public static final OrganisationId WROCLAW = OrganisationId.of("wroclaw");
  public static final OrganisationId WCRS = OrganisationId.of("wcrs");
  public static final OrganisationId POLISH_CITIES = OrganisationId.of("zmp");
  public static final OrganisationId ACTIVE_CITIZENS_FUND = OrganisationId.of("active-citizens-fund-regional");
  public static final OrganisationId CHRZANOW_LIBRARY = OrganisationId.of("mbp-chrzanow");
  public static final OrganisationId PAFW = OrganisationId.of("pafw");

  public static final Organisation CCME_ORGANISATION =
      Organisation.builder()
          .id(CCME)
          .name(LocalizedText.of("en", "Churches' Commission for Migrants in Europe"))
          .acronym("CCME")
          .kind(OrganisationKind.FAITH_BASED)
          .country(CountryCode.of("BE"))
          .addContact(ContactPoint.phone("+32 2 2346808"))
          .addContact(ContactPoint.email("info@ccme.be"))
          .description(
              LocalizedText.of(
                  "en",
                  "The ecumenical agency on migration and integration, asylum and refugees, and"
                      + " against racism and discrimination in Europe."))
          .addSource(CCME_PRESS_RELEASE)
          .build();

  public static final Organisation UNHCR_ORGANISATION =
      Organisation.builder()
          .id(UNHCR)
          .name(LocalizedText.of("en", "Office of the United Nations High Commissioner for Refugees"))
          .acronym("UNHCR")
          .kind(OrganisationKind.INTERGOVERNMENTAL)
          .addIdentifier(ExternalIdentifier.iati("XM-DAC-41121"))
          .build();

  public static final Place WROCLAW_PLACE =
      Place.builder()
          .locality(LocalizedText.of("pl", "Wrocław").and("en", "Wroclaw"))
          .region(LocalizedText.of("pl", "województwo dolnośląskie"))
          .country(CountryCode.of("PL"))
          .build();

  public static final Organisation WCRS_ORGANISATION =
      Organisation.builder()
          .id(WCRS)
          .name(
              LocalizedText.of("pl", "Wrocławskie Centrum Rozwoju Społecznego")
                  .and("en", "Wrocław Centre for Social Development"))
          .acronym("WCRS")
          .kind(OrganisationKind.PUBLIC_INSTITUTION)
          .country(CountryCode.of("PL"))
          .place(WROCLAW_PLACE)
          .parent(WROCLAW)
          .addSource(WCRS_NEWS)
          .build();

  private static Organisation organisation(
      OrganisationId id, LocalizedText name, OrganisationKind kind, String country) {
    Organisation.Builder builder = Organisation.builder().id(id).name(name).kind(kind);
    if (country != null) {
      builder.country(CountryCode.of(country));
    }
    return builder.build();
  }

  private static Organisation city(String id, String name, String country) {
    return Organisation.builder()
        .id(OrganisationId.of(id))
        .name(LocalizedText.of(country.equals("PL") ? "pl" : "ro", name))
        .kind(OrganisationKind.LOCAL_AUTHORITY)
        .country(CountryCode.of(country))
        .place(Place.of(LocalizedText.of(country.equals("PL") ? "pl" : "ro", name), CountryCode.of(country)))
        .addSource(WCRS_NEWS)
        .build();
  }

  //-----------------------------------------------------------------------
  // People

  public static final PersonId JOSE_MAGALHAES = PersonId.of("jose-magalhaes");
  public static final PersonId TORSTEN_MORITZ = PersonId.of("torsten-moritz");
  public static final PersonId KEVIN_ALLEN = PersonId.of("kevin-allen");
  public static final PersonId OYSTEIN_BO = PersonId.of("oystein-bo");
  public static final PersonId EIRINI_DOUROU = PersonId.of("eirini-dourou");

  public static final Person JOSE_MAGALHAES_PERSON =
      Person.builder()
          .id(JOSE_MAGALHAES)
          .name("José Magalhães")
          .givenName("José")
          .familyName("Magalhães")
          .addSource(CCME_PRESS_RELEASE)
          .build();

  private static Person person(PersonId id, String name, Source source) {
    return Person.builder().id(id).name(name).addSource(source).build();
  }

  /** A person with every personal field set; the contact point is illustrative. */
  public static final Person PERSON_WITH_CONTACT =
      Person.builder()
          .id(PersonId.of("torsten-moritz"))
          .name("Torsten Moritz")
          .givenName("Torsten")
          .familyName("Moritz")
          .honorific("Dr")
          .addContact(
              ContactPoint.builder()
                  .kind(org.resettlement.core.ContactKind.EMAIL)
                  .value("torsten.moritz@example.org")
                  .label("illustrative address")
                  .build())
          .addSource(CCME_PRESS_RELEASE)
          .build();

  //-----------------------------------------------------------------------
  // Memberships

  public static final Membership SECRETARY_OF_STATE =
      Membership.builder()
          .member(JOSE_MAGALHAES)
          .organisation(PT_INTERNAL_ADMINISTRATION)
          .role(
              LocalizedText.of(
                  "en",
                  "Secretary of State and Assistant to the Minister for Internal Administration"))
          .period(DateRange.of(PartialDate.parse("2007-11")))
          .addSource(CCME_PRESS_RELEASE)
          .build();

  private static Membership cityMembership(String city) {
    return Membership.builder()
        .member(OrganisationId.of(city))
        .organisation(COMMUNITY_OF_PRACTICE)
        .period(DateRange.since(PartialDate.parse("2023-06-29")))
        .build();
  }

  //-----------------------------------------------------------------------
  // Events

  public static final Place LISBON = Place.of(LocalizedText.of("pt", "Lisboa").and("en", "Lisbon"), CountryCode.of("PT"));

  public static final Event LISBON_WORKSHOP =
      Event.builder()
          .id(EventId.of("lisbon-workshop-2007"))
          .title(
              LocalizedText.of(
                  "en", "CCME workshop strengthens partnerships in refugee resettlement"))
          .kind(EventKind.WORKSHOP)
          .period(DateRange.of(PartialDate.of(2007, 11, 21), PartialDate.of(2007, 11, 23)))
          .venue(LISBON)
          .addOrganiser(CCME)
          .addHost(CPR)
          .addParticipant(
              Participation.builder()
                  .participant(JOSE_MAGALHAES)
                  .role(ParticipantRole.SPEAKER)
                  .representing(PT_INTERNAL_ADMINISTRATION)
                  .country(CountryCode.of("PT"))
                  .contribution(LocalizedText.of("en", "opening address"))
                  .build())
          .addParticipant(Participation.of(UNHCR, ParticipantRole.ATTENDEE))
          .attendance(Quantity.approximately(50))
          .representedCountryCount(Quantity.exactly(15))
          .addTopic(LocalizedText.of("en", "advocacy"))
          .addTopic(LocalizedText.of("en", "refugee integration"))
          .addTopic(LocalizedText.of("en", "identification of refugees in need of resettlement"))
          .summary(
              LocalizedText.of(
                  "en",
                  "Representatives of national NGOs, churches, governments and UNHCR discussed"
                      + " future areas of cooperation in refugee resettlement."))
          .project(ProjectId.of("broadening-the-basis"))
          .series(
              SeriesPosition.builder()
                  .series(LocalizedText.of("en", "Events of the project Refugee resettlement - broadening the basis in Europe"))
                  .last(true)
                  .build())
          .addSource(CCME_PRESS_RELEASE)
          .build();

  public static final Event STRASBOURG_MEETING =
      Event.builder()
          .id(EventId.of("community-of-practice-2023-06"))
          .title(
              LocalizedText.of(
                  "en", "First meeting of the Community of Practice on Migration and Human Rights"))
          .kind(EventKind.MEETING)
          .period(DateRange.of(PartialDate.of(2023, 6, 29)))
          .venue(
              Place.builder()
                  .locality(LocalizedText.of("fr", "Strasbourg"))
                  .country(CountryCode.of("FR"))
                  .coordinates(Coordinates.of(48.5734, 7.7521))
                  .build())
          .addOrganiser(CONGRESS)
          .addParticipant(
              Participation.builder()
                  .participant(WROCLAW)
                  .role(ParticipantRole.ATTENDEE)
                  .representing(WCRS)
                  .build())
          .addParticipant(
              Participation.builder()
                  .participant(EIRINI_DOUROU)
                  .role(ParticipantRole.SPEAKER)
                  .country(CountryCode.of("GR"))
                  .contribution(
                      LocalizedText.of(
                          "en", "experiences of the reception and integration of migrants and refugees"))
                  .build())
          .addRepresentedCountries(CountryCode.of("PL"), CountryCode.of("MD"), CountryCode.of("RO"))
          .project(ProjectId.of("strengthening-resilience"))
          .series(
              SeriesPosition.builder()
                  .series(LocalizedText.of("en", "Meetings of the Community of Practice on Migration and Human Rights"))
                  .ordinal(1)
                  .build())
          .addSource(WCRS_NEWS)
          .build();

  public static final Session LIBRARY_PANEL =
      Session.builder()
          .title(
              LocalizedText.of(
                      "pl",
                      "Partnerstwa międzysektorowe na rzecz integracji i włączenia społecznego")
                  .and("en", "Cross-sector partnerships for integration and social inclusion"))
          .kind(SessionKind.PANEL)
          .date(PartialDate.of(2023, 11, 13))
          .addSpeaker(CHRZANOW_LIBRARY)
          .addSpeaker(OrganisationId.of("homo-faber"))
          .build();

  public static final Event WARSAW_CONFERENCE =
      Event.builder()
          .id(EventId.of("warsaw-conference-2023"))
          .title(
              LocalizedText.of(
                      "pl",
                      "Organizacje pozarządowe jako pierwszoplanowe wsparcie dla uchodźców – wspólne"
                          + " wyzwania i rozwiązania")
                  .and(
                      "en",
                      "CSOs at the forefront of refugees support. Common challenges and solutions"))
          .kind(EventKind.CONFERENCE)
          .period(DateRange.of(PartialDate.of(2023, 11, 13), PartialDate.of(2023, 11, 15)))
          .venue(Place.of(LocalizedText.of("pl", "Warszawa").and("en", "Warsaw"), CountryCode.of("PL")))
          .addOrganiser(ACTIVE_CITIZENS_FUND)
          .addParticipant(
              Participation.builder()
                  .participant(OYSTEIN_BO)
                  .role(ParticipantRole.SPEAKER)
                  .country(CountryCode.of("NO"))
                  .contribution(LocalizedText.of("en", "opening"))
                  .build())
          .addParticipant(
              Participation.builder()
                  .participant(KEVIN_ALLEN)
                  .role(ParticipantRole.SPEAKER)
                  .representing(UNHCR)
                  .contribution(LocalizedText.of("en", "opening"))
                  .build())
          .addParticipant(Participation.of(CHRZANOW_LIBRARY, ParticipantRole.PANELLIST))
          .addSession(
              Session.builder()
                  .kind(SessionKind.OPENING)
                  .date(PartialDate.of(2023, 11, 13))
                  .addSpeakers(OYSTEIN_BO, KEVIN_ALLEN)
                  .build())
          .addSession(LIBRARY_PANEL)
          .attendance(Quantity.atLeast(100))
          .addRepresentedCountries(
              CountryCode.of("PL"),
              CountryCode.of("RO"),
              CountryCode.of("GR"),
              CountryCode.of("LT"),
              CountryCode.of("HR"),
              CountryCode.of("SI"))
          .moreCountriesRepresented(true)
          .addWorkingLanguage("en")
          .addTopic(LocalizedText.of("en", "migration and refugees from the perspective of NGOs"))
          .addSource(LIBRARY_NEWS)
          .build();

  //-----------------------------------------------------------------------
  // Projects

  public static final Funding EUROPEAN_REFUGEE_FUND =
      Funding.builder()
          .funder(EUROPEAN_COMMISSION)
          .programme(LocalizedText.of("en", "European Refugee Fund Centralised Actions 2005"))
          .year(Year.of(2005))
          .build();

  public static final Project BROADENING_THE_BASIS =
      Project.builder()
          .id(ProjectId.of("broadening-the-basis"))
          .title(LocalizedText.of("en", "Refugee resettlement – broadening the basis in Europe"))
          .coordinator(CCME)
          .addFunding(EUROPEAN_REFUGEE_FUND)
          .addSource(CCME_PRESS_RELEASE)
          .build();

  public static final Project STRENGTHENING_RESILIENCE =
      Project.builder()
          .id(ProjectId.of("strengthening-resilience"))
          .title(
              LocalizedText.of(
                  "en",
                  "Strengthening resilience in local and regional authorities facing migration"
                      + " challenges"))
          .coordinator(CONGRESS)
          .addPartners(POLISH_CITIES)
          .addFunding(Funding.builder().funder(CountryCode.of("DE")).build())
          .duration(Period.ofYears(2))
          .parent(ProjectId.of("coe-action-plan-migration"))
          .addSource(WCRS_NEWS)
          .build();

  public static final Project TOGETHER_IN_THE_LIBRARY =
      Project.builder()
          .id(ProjectId.of("razem-w-bibliotece"))
          .title(LocalizedText.of("pl", "Razem w bibliotece").and("en", "Together in the library"))
          .coordinator(CHRZANOW_LIBRARY)
          .addFunding(
              Funding.builder()
                  .funder(PAFW)
                  .programme(LocalizedText.of("pl", "Lokalne Partnerstwa").and("en", "Local Partnerships"))
                  .build())
          .period(DateRange.of(PartialDate.of(2022, 5, 1), PartialDate.of(2022, 12, 31)))
          .addTargetGroup(
              LocalizedText.of("pl", "osoby z Ukrainy i mieszkańcy gminy")
                  .and("en", "people from Ukraine and residents of the municipality"))
          .addSource(LIBRARY_NEWS)
          .build();

  //-----------------------------------------------------------------------
  // Campaign, pledge, quota, statistics

  public static final CampaignId CAMPAIGN_2020 = CampaignId.of("resettlement-saves-lives-2020");

  public static final Target TARGET_2020 =
      Target.builder()
          .metric(StatisticMetric.PLACES_OFFERED)
          .value(Quantity.exactly(20_000))
          .scope(Geography.of(CountryGroup.EUROPEAN_UNION))
          .deadline(PartialDate.ofYear(2020))
          .perYear(true)
          .description(
              LocalizedText.of(
                  "en",
                  "By 2020 Europe can offer 20,000 refugees safety, security and a new life every"
                      + " year"))
          .build();

  public static final Campaign CAMPAIGN =
      Campaign.builder()
          .id(CAMPAIGN_2020)
          .name(LocalizedText.of("en", "Resettlement saves lives – 2020"))
          .addLaunchingOrganisations(AMNESTY, CCME, ECRE, ICMC, IOM, SAVE_ME)
          .launchDate(PartialDate.ofYear(2012))
          .addTarget(TARGET_2020)
          .period(DateRange.of(PartialDate.ofYear(2012), PartialDate.ofYear(2020)))
          .summary(
              LocalizedText.of(
                  "en",
                  "A campaign for more and better resettlement in Europe: more places offered by"
                      + " EU member states in the coming 8 years."))
          .addSource(CAMPAIGN_PAGE)
          .build();

  public static final Pledge PORTUGAL_PLEDGE =
      Pledge.builder()
          .id(PledgeId.of("portugal-annual-quota-2007"))
          .pledger(CountryCode.of("PT"))
          .kind(PledgeKind.RESETTLEMENT_PLACES)
          .description(LocalizedText.of("en", "Commitment to an annual resettlement quota"))
          .pledgedOn(PartialDate.ofYear(2007))
          .status(PledgeStatus.ANNOUNCED)
          .addSource(CCME_PRESS_RELEASE)
          .build();

  public static final ResettlementQuota PORTUGAL_QUOTA =
      ResettlementQuota.builder()
          .id(QuotaId.of("portugal-national-annual"))
          .country(CountryCode.of("PT"))
          .period(DateRange.since(PartialDate.ofYear(2007)))
          .kind(QuotaKind.NATIONAL_ANNUAL)
          .decidedOn(PartialDate.ofYear(2007))
          .description(LocalizedText.of("en", "An annual resettlement quota; the number of places is not given"))
          .addSource(CCME_PRESS_RELEASE)
          .build();

  public static final Statistic NEEDS_2012 =
      Statistic.builder()
          .id(StatisticId.of("resettlement-needs-2012"))
          .metric(StatisticMetric.RESETTLEMENT_NEEDS)
          .value(Quantity.exactly(172_000))
          .period(DateRange.of(PartialDate.ofYear(2012)))
          .geography(Geography.world())
          .addSource(CAMPAIGN_PAGE)
          .build();

  private static Statistic placesOffered2012(String id, long places, Geography geography) {
    return Statistic.builder()
        .id(StatisticId.of(id))
        .metric(StatisticMetric.PLACES_OFFERED)
        .value(Quantity.exactly(places))
        .period(DateRange.of(PartialDate.ofYear(2012)))
        .geography(geography)
        .addSource(CAMPAIGN_PAGE)
        .build();
  }

  public static final Statistic RESETTLED_IN_EU_2007 =
      Statistic.builder()
          .id(StatisticId.of("resettled-persons-eu-2007"))
          .metric(StatisticMetric.RESETTLED_PERSONS)
          .value(Quantity.approximately(3_500))
          .period(DateRange.of(PartialDate.ofYear(2007)))
          .geography(Geography.of(CountryGroup.EUROPEAN_UNION))
          .note(LocalizedText.of("en", "\"around 3.500 refugees annually\", by six EU member states"))
          .addSource(CCME_PRESS_RELEASE)
          .build();

  //-----------------------------------------------------------------------
  /** The dataset of the golden file {@code dataset.json}. */
  public static Dataset dataset() {
    return Dataset.builder()
        .addOrganisations(
            CCME_ORGANISATION,
            organisation(
                CPR,
                LocalizedText.of("pt", "Conselho Português para os Refugiados")
                    .and("en", "Portuguese Council for Refugees"),
                OrganisationKind.NGO_NATIONAL,
                "PT"),
            UNHCR_ORGANISATION,
            organisation(
                PT_INTERNAL_ADMINISTRATION,
                LocalizedText.of("pt", "Ministério da Administração Interna")
                    .and("en", "Ministry of Internal Administration"),
                OrganisationKind.GOVERNMENT,
                "PT"),
            organisation(
                EUROPEAN_COMMISSION,
                LocalizedText.of("en", "European Commission"),
                OrganisationKind.INTERGOVERNMENTAL,
                null),
            organisation(AMNESTY, LocalizedText.of("en", "Amnesty International"), OrganisationKind.NGO_INTERNATIONAL, null),
            organisation(ECRE, LocalizedText.of("en", "European Council on Refugees and Exiles"), OrganisationKind.NETWORK, null),
            organisation(ICMC, LocalizedText.of("en", "International Catholic Migration Commission"), OrganisationKind.FAITH_BASED, null),
            organisation(IOM, LocalizedText.of("en", "International Organization for Migration"), OrganisationKind.INTERGOVERNMENTAL, null),
            organisation(SAVE_ME, LocalizedText.of("en", "Save Me"), OrganisationKind.NGO_NATIONAL, null),
            organisation(COUNCIL_OF_EUROPE, LocalizedText.of("en", "Council of Europe"), OrganisationKind.INTERGOVERNMENTAL, null),
            Organisation.builder()
                .id(CONGRESS)
                .name(LocalizedText.of("en", "Congress of Local and Regional Authorities"))
                .kind(OrganisationKind.INTERGOVERNMENTAL)
                .parent(COUNCIL_OF_EUROPE)
                .build(),
            organisation(
                COMMUNITY_OF_PRACTICE,
                LocalizedText.of("en", "Community of Practice on Migration and Human Rights"),
                OrganisationKind.NETWORK,
                null),
            city("wroclaw", "Wrocław", "PL"),
            city("hrubieszow", "Hrubieszów", "PL"),
            city("rzeszow", "Rzeszów", "PL"),
            city("edinet", "Edineț", "MD"),
            city("straseni", "Strășeni", "MD"),
            city("vinogradovca", "Vinogradovca", "MD"),
            city("bogdan-voda", "Bogdan Vodă", "RO"),
            city("magurele", "Măgurele", "RO"),
            city("tulcea", "Tulcea", "RO"),
            WCRS_ORGANISATION,
            organisation(
                POLISH_CITIES,
                LocalizedText.of("pl", "Związek Miast Polskich").and("en", "Association of Polish Cities"),
                OrganisationKind.ASSOCIATION_OF_AUTHORITIES,
                "PL"),
            organisation(
                ACTIVE_CITIZENS_FUND,
                LocalizedText.of("pl", "Program Aktywni Obywatele – Fundusz Regionalny")
                    .and("en", "Active Citizens Fund – Regional"),
                OrganisationKind.FOUNDATION,
                "PL"),
            Organisation.builder()
                .id(CHRZANOW_LIBRARY)
                .name(LocalizedText.of("pl", "Miejska Biblioteka Publiczna w Chrzanowie"))
                .kind(OrganisationKind.PUBLIC_INSTITUTION)
                .country(CountryCode.of("PL"))
                .place(Place.of(LocalizedText.of("pl", "Chrzanów"), CountryCode.of("PL")))
                .addSource(LIBRARY_NEWS)
                .build(),
            organisation(
                PAFW,
                LocalizedText.of("pl", "Polsko-Amerykańska Fundacja Wolności")
                    .and("en", "Polish-American Freedom Foundation"),
                OrganisationKind.FOUNDATION,
                "PL"))
        .addPeople(
            JOSE_MAGALHAES_PERSON,
            person(TORSTEN_MORITZ, "Torsten Moritz", CCME_PRESS_RELEASE),
            person(KEVIN_ALLEN, "Kevin J. Allen", LIBRARY_NEWS),
            person(OYSTEIN_BO, "Øystein Bø", LIBRARY_NEWS),
            person(EIRINI_DOUROU, "Eirini Dourou", WCRS_NEWS))
        .addMemberships(
            SECRETARY_OF_STATE,
            Membership.builder()
                .member(TORSTEN_MORITZ)
                .organisation(CCME)
                .role(LocalizedText.of("en", "Coordinator of the CCME project on resettlement"))
                .addSource(CCME_PRESS_RELEASE)
                .build(),
            Membership.builder()
                .member(KEVIN_ALLEN)
                .organisation(UNHCR)
                .role(
                    LocalizedText.of("en", "UNHCR Representative in Poland")
                        .and(
                            "pl",
                            "pełnomocnik Wysokiego Komisarza Narodów Zjednoczonych ds. Uchodźców"
                                + " (UNHCR) w Polsce"))
                .addSource(LIBRARY_NEWS)
                .build(),
            Membership.builder()
                .member(OYSTEIN_BO)
                .organisation(OrganisationId.of("no-ministry-of-foreign-affairs"))
                .role(LocalizedText.of("pl", "Ambasador Królestwa Norwegii w Polsce").and("en", "Ambassador of Norway to Poland"))
                .addSource(LIBRARY_NEWS)
                .build(),
            cityMembership("wroclaw"),
            cityMembership("hrubieszow"),
            cityMembership("rzeszow"),
            cityMembership("edinet"),
            cityMembership("straseni"),
            cityMembership("vinogradovca"),
            cityMembership("bogdan-voda"),
            cityMembership("magurele"),
            cityMembership("tulcea"),
            Membership.builder().member(CountryCode.of("DE")).organisation(COUNCIL_OF_EUROPE).build())
        .addEvents(LISBON_WORKSHOP, STRASBOURG_MEETING, WARSAW_CONFERENCE)
        .addProjects(
            BROADENING_THE_BASIS,
            STRENGTHENING_RESILIENCE,
            Project.builder()
                .id(ProjectId.of("coe-action-plan-migration"))
                .title(
                    LocalizedText.of(
                        "en",
                        "Council of Europe Action Plan on Protecting Vulnerable Persons in the"
                            + " Context of Migration and Asylum in Europe"))
                .coordinator(COUNCIL_OF_EUROPE)
                .build(),
            TOGETHER_IN_THE_LIBRARY)
        .addCampaign(CAMPAIGN)
        .addPledge(PORTUGAL_PLEDGE)
        .addQuota(PORTUGAL_QUOTA)
        .addStatistics(
            NEEDS_2012,
            placesOffered2012("places-offered-eu-2012", 5_500, Geography.of(CountryGroup.EUROPEAN_UNION)),
            placesOffered2012("places-offered-us-2012", 60_000, Geography.of(CountryCode.of("US"))),
            placesOffered2012("places-offered-ca-2012", 8_000, Geography.of(CountryCode.of("CA"))),
            placesOffered2012("places-offered-au-2012", 6_000, Geography.of(CountryCode.of("AU"))),
            Statistic.builder()
                .id(StatisticId.of("resettling-countries-eu-2007"))
                .metric(StatisticMetric.RESETTLING_COUNTRIES)
                .value(Quantity.exactly(6))
                .period(DateRange.of(PartialDate.ofYear(2007)))
                .geography(Geography.of(CountryGroup.EUROPEAN_UNION))
                .addSource(CCME_PRESS_RELEASE)
                .build(),
            RESETTLED_IN_EU_2007,
            Statistic.builder()
                .id(StatisticId.of("resettled-persons-us-ca-au-2007"))
                .metric(StatisticMetric.RESETTLED_PERSONS)
                .value(Quantity.approximately(100_000))
                .period(DateRange.of(PartialDate.ofYear(2007)))
                .geography(Geography.of(CountryCode.of("US"), CountryCode.of("CA"), CountryCode.of("AU")))
                .addSource(CCME_PRESS_RELEASE)
                .build())
        .build();
  }

  //-----------------------------------------------------------------------
  // Illustrative values for types the seeds do not use

  /** An illustrative grant: the seeds name no amount of money. */
  public static final MonetaryAmount GRANT = MonetaryAmount.of(new BigDecimal("1250.00"), "EUR");

  /** An illustrative allocation of quota places. */
  public static final Allocation ALLOCATION =
      Allocation.of(AllocationBasis.COUNTRY_OF_FIRST_ASYLUM, CountryCode.of("LB"), Quantity.between(250, 300));

  /** An illustrative breakdown of a statistic. */
  public static final Breakdown BREAKDOWN =
      Breakdown.of(BreakdownDimension.SEX, "female", Quantity.atMost(1_800));

  /** An illustrative geography: a group and a country outside it. */
  public static final Geography EU_AND_NORWAY =
      Geography.builder().group(CountryGroup.EUROPEAN_UNION).addCountry(CountryCode.of("NO")).build();

  /** An illustrative pledge to the 2020 campaign, with every attribute set. */
  public static final Pledge ILLUSTRATIVE_PLEDGE =
      Pledge.builder()
          .id(PledgeId.of("illustrative-pledge"))
          .pledger(CCME)
          .campaign(CAMPAIGN_2020)
          .kind(PledgeKind.RESETTLEMENT_PLACES)
          .quantity(Quantity.exactly(40))
          .amount(GRANT)
          .description(LocalizedText.of("en", "Illustrative: 40 places with reception support"))
          .pledgedOn(PartialDate.of(2013, 6))
          .targetPeriod(DateRange.of(PartialDate.ofYear(2014), PartialDate.ofYear(2015)))
          .status(PledgeStatus.FULFILLED)
          .fulfilled(Quantity.exactly(45))
          .overfulfilled(true)
          .build();

  /** An illustrative quota with places, an allocation and arrivals. */
  public static final ResettlementQuota ILLUSTRATIVE_QUOTA =
      ResettlementQuota.builder()
          .id(QuotaId.of("illustrative-quota"))
          .country(CountryCode.of("DE"))
          .period(DateRange.of(PartialDate.ofYear(2014)))
          .kind(QuotaKind.HUMANITARIAN_ADMISSION)
          .places(Quantity.exactly(300))
          .addAllocation(ALLOCATION)
          .arrivals(Quantity.approximately(280))
          .arrivalsAsOf(PartialDate.of(2014, 12))
          .decidedOn(PartialDate.of(2013, 12, 4))
          .description(LocalizedText.of("en", "Illustrative quota"))
          .build();

  /** An illustrative statistic with a breakdown. */
  public static final Statistic ILLUSTRATIVE_STATISTIC =
      Statistic.builder()
          .id(StatisticId.of("illustrative-arrivals-2014"))
          .metric(StatisticMetric.ARRIVALS)
          .value(Quantity.exactly(3_500))
          .period(DateRange.of(PartialDate.ofYear(2014)))
          .geography(EU_AND_NORWAY)
          .addBreakdown(BREAKDOWN)
          .note(LocalizedText.of("en", "Illustrative figures"))
          .build();
}
