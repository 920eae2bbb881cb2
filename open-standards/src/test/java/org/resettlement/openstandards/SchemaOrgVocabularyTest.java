package org.resettlement.openstandards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.SampleData;
import org.resettlement.testkit.SeedDataset;

/**
 * Every {@code @type}, property and enumeration member that {@link SchemaOrg} writes is a term of
 * schema.org 30.0 ({@code schemaorg/terms-30.0.csv}), used on a type of its domain; events carry
 * what search engines require of an event. Property style over generated datasets: each case is a
 * seed, named in the test's name.
 */
class SchemaOrgVocabularyTest {
  private static final long FIRST_SEED = Long.getLong("resettlement.seed", 20_231_113L);
  private static final int CASES = Integer.getInteger("resettlement.cases", 40);

  private static final SchemaOrgVocabulary VOCABULARY = new SchemaOrgVocabulary();

  static LongStream seeds() {
    return LongStream.range(FIRST_SEED, FIRST_SEED + CASES);
  }

  @Test
  void seedDataset_usesOnlyTermsOfTheRelease_onTypesOfTheirDomains() {
    Set<String> used = new TreeSet<>();

    assertThat(VOCABULARY.problems(SchemaOrg.of(SeedDataset.dataset(), Locale.ENGLISH).graph(), used)).isEmpty();
    assertThat(used).contains("Event", "NGO", "GovernmentOrganization", "Project", "MonetaryGrant", "Observation");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedDataset_usesOnlyTermsOfTheRelease_onTypesOfTheirDomains(long seed) {
    Dataset dataset = SampleData.withSeed(seed).dataset(DatasetSpec.defaults());

    assertThat(VOCABULARY.problems(SchemaOrg.of(dataset, Locale.ENGLISH).graph(), new TreeSet<>())).as("seed %d", seed).isEmpty();
  }

  @Test
  void theTermsListed_areExactlyTheTermsUsed() {
    // The list is of the terms the output uses, not a copy of the vocabulary: a term no output
    // uses any more is taken out of it.
    Set<String> used = new TreeSet<>();
    VOCABULARY.problems(SchemaOrg.of(SeedDataset.dataset(), Locale.ENGLISH).graph(), used);
    seeds().forEach(seed ->
        VOCABULARY.problems(SchemaOrg.of(SampleData.withSeed(seed).dataset(), Locale.ENGLISH).graph(), used));

    Set<String> listed = VOCABULARY.terms.values().stream()
        .filter(term -> term.used)
        .map(term -> term.name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(used).isEqualTo(listed);
  }

  @Test
  void theRelease_marksPendingTerms() {
    // The documentation says which terms are pending: the list of the release agrees.
    assertThat(List.of("Project", "Grant", "MonetaryGrant", "Observation", "StatisticalVariable", "EventSeries",
            "VirtualLocation", "eventAttendanceMode", "funding", "observationAbout", "observationDate",
            "observationPeriod", "variableMeasured"))
        .allSatisfy(term -> assertThat(VOCABULARY.terms.get(term).layer).as(term).isEqualTo("pending"));
    assertThat(List.of("NGO", "GovernmentOrganization", "Event", "Place", "PostalAddress", "organizer", "location"))
        .allSatisfy(term -> assertThat(VOCABULARY.terms.get(term).layer).as(term).isEqualTo("core"));
  }

  @Test
  void seedEvents_withAVenue_carryWhatSearchEnginesRequire_nameStartDateAndLocation() {
    Dataset dataset = SeedDataset.dataset();
    SchemaOrg schemaOrg = SchemaOrg.of(dataset, Locale.ENGLISH);
    List<String> placed = new ArrayList<>();
    for (Event event : dataset.events()) {
      Map<String, Object> node = schemaOrg.event(event);
      if (event.venue().isPresent()) {
        assertRichResultFields(node);
        placed.add(event.id().value());
      } else {
        // The campaign's web page does not say where it was launched, and nothing is invented:
        // the launch has no location, so it is no candidate for an event rich result.
        assertThat(node).containsKeys("name", "startDate").doesNotContainKey("location");
      }
    }

    assertThat(placed).containsExactly(
        "ccme-lisbon-workshop-2007", "coe-community-of-practice-2023-06-29", "csos-forefront-warsaw-2023");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedEvents_withAVenueOrOnline_carryWhatSearchEnginesRequire(long seed) {
    Dataset dataset = SampleData.withSeed(seed).dataset();
    SchemaOrg schemaOrg = SchemaOrg.of(dataset, Locale.ENGLISH);
    List<Event> placed = new ArrayList<>();
    for (Event event : dataset.events()) {
      if (event.venue().isPresent() || event.online()) {
        placed.add(event);
      }
    }

    assertThat(placed).as("seed %d", seed).allSatisfy(event -> assertRichResultFields(schemaOrg.event(event)));
  }

  private static void assertRichResultFields(Map<String, Object> event) {
    assertThat(event.get("@type")).isEqualTo("Event");
    assertThat(event.get("name")).isInstanceOf(String.class).asString().isNotBlank();
    assertThat(event.get("startDate")).isInstanceOf(String.class).asString().matches("[0-9]{4}(-[0-9]{2}){0,2}");
    assertThat(event.get("location")).isNotNull();
  }

  //-----------------------------------------------------------------------
  // The check itself finds each kind of mistake.

  @Test
  void check_findsUnknownTypesPropertiesAndMembers() {
    Map<String, Object> tree = Map.of("@type", "Event", "name", "x", "startingDate", "2007",
        "eventAttendanceMode", "https://schema.org/InPersonMode", "location", Map.of("@type", "Venue"));

    assertThat(VOCABULARY.problems(tree, new TreeSet<>())).containsExactlyInAnyOrder(
        "$.startingDate: not a property of schema.org 30.0",
        "$.eventAttendanceMode: InPersonMode is not a type or enumeration member of schema.org 30.0",
        "$.location: @type Venue is not a type of schema.org 30.0");
  }

  @Test
  void check_findsPropertiesOutsideTheirDomain_butAllowsTheRolePattern() {
    assertThat(VOCABULARY.problems(Map.of("@type", "Place", "startDate", "2007"), new TreeSet<>()))
        .containsExactly("$.startDate: not a property of Place (domain: [CreativeWorkSeason, CreativeWorkSeries,"
            + " DatedMoneySpecification, EducationalOccupationalProgram, Event, MerchantReturnPolicySeasonalOverride,"
            + " Role, Schedule])");
    assertThat(VOCABULARY.problems(Map.of("@type", "Project", "member",
        Map.of("@type", "OrganizationRole", "roleName", "partner", "member", Map.of("@type", "NGO", "name", "x"))), new TreeSet<>()))
        .isEmpty();
    assertThat(VOCABULARY.problems(Map.of("@type", "Project", "member",
        Map.of("@type", "OrganizationRole", "funder", Map.of("@type", "NGO"))), new TreeSet<>()))
        .singleElement().asString().startsWith("$.member.funder: not a property of OrganizationRole");
  }

  @Test
  void check_findsNodesWithoutType_andMisplacedKeywords() {
    assertThat(VOCABULARY.problems(Map.of("@type", "Event", "location", Map.of("name", "Lisboa"),
        "organizer", Map.of("@type", "NGO", "@context", "https://schema.org")), new TreeSet<>()))
        .containsExactlyInAnyOrder("$.location: a node without @type", "$.organizer: @context is not expected here");
  }
}
