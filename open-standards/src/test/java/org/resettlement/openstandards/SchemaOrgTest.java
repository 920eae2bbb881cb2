package org.resettlement.openstandards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.EventKind;
import org.resettlement.core.Funding;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.MonetaryAmount;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Place;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Quantity;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticId;
import org.resettlement.core.StatisticMetric;
import org.resettlement.testkit.SeedDataset;

/** What the schema.org rendering writes, pinned on the seed dataset and on small records. */
class SchemaOrgTest {

  private final Dataset seed = SeedDataset.dataset();
  private final SchemaOrg english = SchemaOrg.of(seed, Locale.ENGLISH);

  @Test
  void lisbonWorkshop_asAnEvent() {
    Map<String, Object> workshop = english.event(seed.event(EventId.of("ccme-lisbon-workshop-2007")).orElseThrow());

    assertThat(workshop.keySet()).containsExactly("@context", "@type", "name", "description", "startDate", "endDate",
        "eventAttendanceMode", "location", "organizer", "performer", "about", "subEvent", "superEvent");
    assertThat(workshop)
        .containsEntry("@context", "https://schema.org")
        .containsEntry("@type", "Event")
        .containsEntry("name", "International workshop on future areas of cooperation in refugee resettlement")
        .containsEntry("startDate", "2007-11-21")
        .containsEntry("endDate", "2007-11-23")
        .containsEntry("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode")
        .containsEntry("location", Map.of("@type", "Place", "name", "Lisbon",
            "address", Map.of("@type", "PostalAddress", "addressLocality", "Lisbon", "addressCountry", "PT")))
        .containsEntry("organizer", List.of(
            Map.of("@type", "NGO", "name", "Churches' Commission for Migrants in Europe"),
            Map.of("@type", "NGO", "name", "Portuguese Council for Refugees")))
        .containsEntry("performer", Map.of("@type", "Person", "name", "José Magalhães"))
        .containsEntry("superEvent", Map.of("@type", "EventSeries",
            "name", "Events of the project 'Refugee resettlement – broadening the basis in Europe'"));
  }

  @Test
  void texts_areInTheLanguageAskedFor_whereTheyHaveIt() {
    Organisation cpr = seed.organisation(OrganisationId.of("cpr")).orElseThrow();

    assertThat(SchemaOrg.of(seed, Locale.forLanguageTag("pt")).organisation(cpr)).containsEntry("name", "Conselho Português para os Refugiados");
    assertThat(english.organisation(cpr)).containsEntry("name", "Portuguese Council for Refugees");
    assertThat(SchemaOrg.of(seed, Locale.GERMAN).organisation(cpr)).containsEntry("name", "Conselho Português para os Refugiados");
  }

  @Test
  void conference_inLanguage_sessions_andPanellistOrganisations() {
    Map<String, Object> warsaw = english.event(seed.event(EventId.of("csos-forefront-warsaw-2023")).orElseThrow());

    assertThat(warsaw).containsEntry("inLanguage", "en");
    assertThat((List<?>) warsaw.get("subEvent")).hasSize(2);
    assertThat((List<?>) warsaw.get("performer")).hasSize(8);
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest
  @EnumSource(OrganisationKind.class)
  void organisation_typeByKind(OrganisationKind kind) {
    Organisation organisation = Organisation.builder().id(OrganisationId.of("x")).name(LocalizedText.of("en", "X")).kind(kind).build();

    String type = (String) SchemaOrg.of(Dataset.builder().build(), Locale.ENGLISH).organisation(organisation).get("@type");

    switch (kind) {
      case NGO_NATIONAL: case NGO_INTERNATIONAL: case FAITH_BASED: case FOUNDATION:
        assertThat(type).isEqualTo("NGO");
        break;
      case GOVERNMENT: case LOCAL_AUTHORITY: case REGIONAL_AUTHORITY:
        assertThat(type).isEqualTo("GovernmentOrganization");
        break;
      case ACADEMIC:
        assertThat(type).isEqualTo("EducationalOrganization");
        break;
      case PRIVATE_SECTOR:
        assertThat(type).isEqualTo("Corporation");
        break;
      default:
        assertThat(type).isEqualTo("Organization");
    }
  }

  @Test
  void organisation_withPlace_identifiers_parentAndContacts() {
    Organisation parent = Organisation.builder().id(OrganisationId.of("coe")).name(LocalizedText.of("en", "Council of Europe"))
        .kind(OrganisationKind.INTERGOVERNMENTAL).build();
    Organisation congress = Organisation.builder()
        .id(OrganisationId.of("congress")).name(LocalizedText.of("en", "Congress")).kind(OrganisationKind.INTERGOVERNMENTAL)
        .acronym("CLRA").parent(parent.id()).country(CountryCode.of("FR"))
        .place(Place.builder().locality(LocalizedText.of("fr", "Strasbourg")).region(LocalizedText.of("fr", "Grand Est"))
            .country(CountryCode.of("FR")).coordinates(Coordinates.of(48.5734, 7.7521)).build())
        .addIdentifier(org.resettlement.core.ExternalIdentifier.wikidata("Q1130424"))
        .addContacts(ContactPoint.email("a@coe.int"), ContactPoint.email("b@coe.int"), ContactPoint.phone("+33 3 88 41 20 00"),
            ContactPoint.website("https://www.coe.int"), ContactPoint.website("https://rm.coe.int"),
            ContactPoint.of(org.resettlement.core.ContactKind.SOCIAL_MEDIA, "https://x.com/coe"),
            ContactPoint.of(org.resettlement.core.ContactKind.FAX, "+33 3 88 41 27 51"))
        .build();
    Dataset dataset = Dataset.builder().addOrganisations(parent, congress).build();

    Map<String, Object> node = SchemaOrg.of(dataset, Locale.ENGLISH).organisation(congress);

    assertThat(node)
        .containsEntry("alternateName", "CLRA")
        .containsEntry("identifier", Map.of("@type", "PropertyValue", "propertyID", "wikidata", "value", "Q1130424"))
        .containsEntry("parentOrganization", Map.of("@type", "Organization", "name", "Council of Europe"))
        .containsEntry("address", Map.of("@type", "PostalAddress", "addressLocality", "Strasbourg",
            "addressRegion", "Grand Est", "addressCountry", "FR"))
        .containsEntry("location", Map.of("@type", "Place",
            "geo", Map.of("@type", "GeoCoordinates", "latitude", 48.5734, "longitude", 7.7521)))
        .containsEntry("email", List.of("a@coe.int", "b@coe.int"))
        .containsEntry("telephone", "+33 3 88 41 20 00")
        .containsEntry("faxNumber", "+33 3 88 41 27 51")
        .containsEntry("url", "https://www.coe.int")
        .containsEntry("sameAs", List.of("https://rm.coe.int", "https://x.com/coe"));
  }

  @Test
  void organisation_withACountryOnly_hasItAsTheAddress() {
    Organisation cpr = seed.organisation(OrganisationId.of("cpr")).orElseThrow();

    assertThat(english.organisation(cpr)).containsEntry("address", Map.of("@type", "PostalAddress", "addressCountry", "PT"));
  }

  //-----------------------------------------------------------------------
  @Test
  void project_withCoordinatorAndFunding() {
    Map<String, Object> project = english.project(seed.project(ProjectId.of("ccme-resettlement-broadening-the-basis")).orElseThrow());

    assertThat(project)
        .containsEntry("@type", "Project")
        .containsEntry("member", Map.of("@type", "OrganizationRole", "roleName", "coordinator",
            "member", Map.of("@type", "NGO", "name", "Churches' Commission for Migrants in Europe")))
        .containsEntry("funder", Map.of("@type", "Organization", "name", "Directorate-General Freedom, Security and Justice"))
        .containsEntry("funding", Map.of("@type", "MonetaryGrant", "name", "European Refugee Fund Centralised Actions 2005",
            "funder", Map.of("@type", "Organization", "name", "Directorate-General Freedom, Security and Justice")));
  }

  @Test
  void project_periodParentPartnersAndAmounts() {
    Project parent = Project.builder().id(ProjectId.of("plan")).title(LocalizedText.of("en", "Action Plan")).build();
    Project project = Project.builder().id(ProjectId.of("p")).title(LocalizedText.of("en", "P")).acronym("PP")
        .period(DateRange.since(PartialDate.ofYear(2004))).parent(parent.id())
        .addPartners(OrganisationId.of("cpr"), OrganisationId.of("unknown"))
        .addFunding(Funding.builder().funder(CountryCode.of("DE")).amount(MonetaryAmount.of(new BigDecimal("1000.00"), "EUR")).build())
        .build();
    Dataset dataset = Dataset.builder().from(seed).addProjects(parent, project).build();

    Map<String, Object> node = SchemaOrg.of(dataset, Locale.ENGLISH).project(project);

    assertThat(node)
        .containsEntry("alternateName", "PP")
        .containsEntry("foundingDate", "2004")
        .doesNotContainKey("dissolutionDate")
        .containsEntry("parentOrganization", Map.of("@type", "Project", "name", "Action Plan"))
        .containsEntry("member", Map.of("@type", "OrganizationRole", "roleName", "partner",
            "member", Map.of("@type", "NGO", "name", "Portuguese Council for Refugees")))
        .containsEntry("funder", Map.of("@type", "GovernmentOrganization", "name", "Germany", "identifier", "DE"))
        .containsEntry("funding", Map.of("@type", "MonetaryGrant",
            "funder", Map.of("@type", "GovernmentOrganization", "name", "Germany", "identifier", "DE"),
            "amount", Map.of("@type", "MonetaryAmount", "currency", "EUR", "value", new BigDecimal("1000.00"))));
  }

  //-----------------------------------------------------------------------
  @Test
  void statistic_asAnObservation() {
    Map<String, Object> resettled = english.statistic(seed.statistic(StatisticId.of("eu-resettled-2007")).orElseThrow());

    assertThat(resettled).isEqualTo(Map.of(
        "@context", "https://schema.org",
        "@type", "Observation",
        "variableMeasured", Map.of("@type", "StatisticalVariable", "name", "resettled refugees", "identifier", "resettled-persons"),
        "observationAbout", Map.of("@type", "AdministrativeArea", "name", "European Union", "identifier", "EU"),
        "observationDate", "2007",
        "observationPeriod", "P1Y",
        "value", 3500L,
        "additionalProperty", Map.of("@type", "PropertyValue", "propertyID", "qualifier", "value", "approximate"),
        "description", "Resettlement has been scarcely used in Europe since the 1960s."));
  }

  @Test
  void statistic_valuesByQualifier_andGeographies() {
    assertThat(observation(Quantity.exactly(6), Geography.world()))
        .containsEntry("value", 6L).doesNotContainKey("additionalProperty")
        .containsEntry("observationAbout", Map.of("@type", "Place", "name", "World"));
    assertThat(observation(Quantity.atLeast(100), Geography.of(CountryCode.of("US"), CountryCode.of("CA"))))
        .containsEntry("minValue", 100L).doesNotContainKeys("value", "maxValue")
        .containsEntry("additionalProperty", Map.of("@type", "PropertyValue", "propertyID", "qualifier", "value", "at-least"))
        .containsEntry("observationAbout", List.of(
            Map.of("@type", "Country", "name", "United States", "identifier", "US"),
            Map.of("@type", "Country", "name", "Canada", "identifier", "CA")));
    assertThat(observation(Quantity.atMost(20), Geography.world())).containsEntry("maxValue", 20L).doesNotContainKeys("value", "minValue");
    assertThat(observation(Quantity.between(30, 40), Geography.world()))
        .containsEntry("minValue", 30L).containsEntry("maxValue", 40L).doesNotContainKey("value");
  }

  @Test
  void statistic_overSeveralYears_orOpenEnded() {
    Statistic twoYears = statistic(Quantity.exactly(1), Geography.world()).withPeriod(DateRange.parse("2012/2013-06"));
    Statistic open = statistic(Quantity.exactly(1), Geography.world()).withPeriod(DateRange.parse("2012/.."));

    assertThat(english.statistic(twoYears)).containsEntry("observationDate", "2012").containsEntry("observationPeriod", "P1Y6M");
    assertThat(english.statistic(open)).doesNotContainKey("observationPeriod");
  }

  @Test
  void statistic_ofAPartOfThePopulation_andRounded_saysSo() {
    Statistic women = statistic(Quantity.approximately(1200), Geography.world())
        .withKey(org.resettlement.core.DimensionKey.of(org.resettlement.core.Dimension.SEX, org.resettlement.core.Sex.FEMALE))
        .withRounding(org.resettlement.core.Rounding.NEAREST_5);

    assertThat(english.statistic(women)).containsEntry("additionalProperty", List.of(
        Map.of("@type", "PropertyValue", "propertyID", "qualifier", "value", "approximate"),
        Map.of("@type", "PropertyValue", "propertyID", "sex", "value", "female"),
        Map.of("@type", "PropertyValue", "propertyID", "rounded-to-nearest", "value", 5)));
  }

  @ParameterizedTest
  @EnumSource(StatisticMetric.class)
  void everyMetric_isAVariableWithAName(StatisticMetric metric) {
    Map<?, ?> variable = (Map<?, ?>) english.statistic(statistic(Quantity.exactly(1), Geography.world()).withMetric(metric))
        .get("variableMeasured");

    assertThat(variable.get("name")).isInstanceOf(String.class).asString().isNotBlank();
    assertThat(variable.get("identifier")).isEqualTo(metric.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  private Map<String, Object> observation(Quantity value, Geography geography) {
    return english.statistic(statistic(value, geography));
  }

  private static Statistic statistic(Quantity value, Geography geography) {
    return Statistic.builder().id(StatisticId.of("s")).metric(StatisticMetric.ARRIVALS).value(value)
        .period(DateRange.of(PartialDate.ofYear(2012))).geography(geography).build();
  }

  //-----------------------------------------------------------------------
  @Test
  void onlineEvents_haveAVirtualLocation() {
    Event webinar = Event.builder().id(EventId.of("w")).title(LocalizedText.of("en", "Webinar")).kind(EventKind.WEBINAR)
        .period(DateRange.of(PartialDate.of(2021, 3, 4))).online(true).build();
    Event hybrid = webinar.withVenue(Place.of(LocalizedText.of("pl", "Kraków"), CountryCode.of("PL")));
    Event unknown = webinar.withOnline(false);

    assertThat(english.event(webinar))
        .containsEntry("eventAttendanceMode", "https://schema.org/OnlineEventAttendanceMode")
        .containsEntry("location", Map.of("@type", "VirtualLocation"));
    assertThat(english.event(hybrid))
        .containsEntry("eventAttendanceMode", "https://schema.org/MixedEventAttendanceMode")
        .extractingByKey("location").asList().hasSize(2);
    assertThat(english.event(unknown)).doesNotContainKeys("eventAttendanceMode", "location");
  }

  @Test
  void referencesTheDatasetDoesNotHold_areLeftOut() {
    Event event = Event.builder().id(EventId.of("e")).title(LocalizedText.of("en", "E")).kind(EventKind.MEETING)
        .period(DateRange.of(PartialDate.ofYear(2020))).addOrganisers(OrganisationId.of("nobody"))
        .addParticipant(org.resettlement.core.Participation.of(org.resettlement.core.PersonId.of("ghost"), org.resettlement.core.ParticipantRole.SPEAKER))
        .build();

    assertThat(SchemaOrg.of(Dataset.builder().build(), Locale.ENGLISH).event(event)).doesNotContainKeys("organizer", "performer");
  }

  //-----------------------------------------------------------------------
  @Test
  void withoutPersonalData_noPersonIsRendered() {
    Map<String, Object> graph = SchemaOrg.of(seed.withoutPersonalData(), Locale.ENGLISH).graph();

    String text = graph.toString();
    assertThat(text).doesNotContain("\"Person\"").doesNotContain("@type=Person");
    seed.people().forEach(person -> person.name().ifPresent(name -> assertThat(text).doesNotContain(name)));
    assertThat(SchemaOrg.of(seed, Locale.ENGLISH).graph().toString()).contains("José Magalhães");
  }

  @Test
  void graph_holdsEveryOrganisationEventProjectAndStatistic() {
    Map<String, Object> graph = english.graph();

    assertThat(graph.keySet()).containsExactly("@context", "@graph");
    assertThat((List<?>) graph.get("@graph")).hasSize(
        seed.organisations().size() + seed.events().size() + seed.projects().size() + seed.statistics().size());
  }

  @Test
  void scriptElement_escapesEveryLessThanSign() {
    String json = "{\"name\":\"</script><script>alert(1)</script> <!-- x\"}";

    assertThat(SchemaOrg.scriptElement(json)).isEqualTo(
        "<script type=\"application/ld+json\">\n"
            + "{\"name\":\"\\u003c/script>\\u003cscript>alert(1)\\u003c/script> \\u003c!-- x\"}\n"
            + "</script>");
  }
}
