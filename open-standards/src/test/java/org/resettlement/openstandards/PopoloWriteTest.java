package org.resettlement.openstandards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.SampleData;
import org.resettlement.testkit.SeedDataset;

/** What a Popolo export writes, pinned on the seed dataset's records. */
class PopoloWriteTest {

  private final Map<String, Object> seed = Popolo.write(SeedDataset.dataset());

  @Test
  void document_hasTheFourListsInOrder() {
    assertThat(seed).containsOnlyKeys("organizations", "persons", "memberships", "events");
    assertThat(seed.keySet()).containsExactly("organizations", "persons", "memberships", "events");
  }

  @Test
  void organisation_withNamesInLanguages_acronym_andCountry() {
    assertThat(find("organizations", "cpr")).isEqualTo(Map.of(
        "id", "cpr",
        "name", "Conselho Português para os Refugiados",
        "other_names", List.of(
            Map.of("lang", "pt", "name", "Conselho Português para os Refugiados", "note", "multilingual"),
            Map.of("lang", "en", "name", "Portuguese Council for Refugees", "note", "multilingual"),
            Map.of("name", "CPR", "note", "acronym")),
        "classification", "ngo-national",
        "area", Map.of("id", "ocd-division/country:pt", "name", "Portugal", "classification", "country")));
    assertThat(find("organizations", "cpr").keySet())
        .containsExactly("id", "name", "other_names", "classification", "area");
  }

  @Test
  void organisation_withIdentifierParentAndContacts() {
    assertThat(find("organizations", "unhcr").get("identifiers"))
        .isEqualTo(List.of(Map.of("identifier", "XM-DAC-41121", "scheme", "iati")));
    assertThat(find("organizations", "ec-dg-jls").get("parent_id")).isEqualTo("european-commission");
    assertThat(find("organizations", "ccme").get("contact_details")).isEqualTo(List.of(
        Map.of("type", "voice", "value", "+32 2 2346808"),
        Map.of("type", "email", "value", "info@ccme.be")));
  }

  @Test
  void person_andMembership() {
    assertThat(find("persons", "jose-magalhaes"))
        .containsEntry("name", "José Magalhães")
        .containsEntry("given_name", "José")
        .containsEntry("family_name", "Magalhães");
    assertThat(((List<?>) seed.get("memberships")).get(0)).isEqualTo(Map.of(
        "role", "Secretary of State and Assistant to the Ministry for Internal Administration",
        "person_id", "jose-magalhaes",
        "organization_id", "pt-mai",
        "start_date", "2007-11"));
  }

  @Test
  void lisbonWorkshop_asAPopoloEvent() {
    Map<String, Object> lisbon = find("events", "ccme-lisbon-workshop-2007");

    assertThat(lisbon.keySet()).containsExactly(
        "id", "name", "description", "start_date", "end_date", "location", "classification", "organization_id", "attendees");
    assertThat(lisbon)
        .containsEntry("name", "International workshop on future areas of cooperation in refugee resettlement")
        .containsEntry("start_date", "2007-11-21")
        .containsEntry("end_date", "2007-11-23")
        .containsEntry("location", "Lisboa, PT")
        .containsEntry("classification", "workshop")
        .containsEntry("organization_id", "ccme")
        .containsEntry("attendees", List.of(Map.of("id", "jose-magalhaes")));
  }

  @Test
  void withoutPersonalData_peopleAreTheirIdentifiersAndSources_andNoNameIsWrittenAnywhere() {
    Dataset dataset = SeedDataset.dataset();
    Map<String, Object> document = Popolo.write(dataset.withoutPersonalData());

    // The seed's sources have no web address, which is all of a source a Popolo link holds.
    assertThat((List<?>) document.get("persons")).hasSize(dataset.people().size())
        .allSatisfy(person -> assertThat(((Map<?, ?>) person).keySet()).isEqualTo(java.util.Set.of("id")));
    String text = document.toString();
    dataset.people().forEach(person -> {
      person.name().ifPresent(name -> assertThat(text).doesNotContain(name));
      person.familyName().ifPresent(name -> assertThat(text).doesNotContain(name));
      person.contacts().forEach(contact -> assertThat(text).doesNotContain(contact.value()));
    });
  }

  @Test
  void generatedDatasets_exerciseEveryPropertyTheWriterWrites() {
    // The round-trip property test proves little about a property that generated data never has.
    Set<String> written = new TreeSet<>();
    SampleData sample = SampleData.withSeed(20_071_121L);
    for (int i = 0; i < 60; i++) {
      collect("", Popolo.write(sample.dataset(DatasetSpec.defaults())), written);
    }

    assertThat(written).contains(
        "organizations.id", "organizations.name", "organizations.other_names.lang", "organizations.other_names.note",
        "organizations.identifiers.scheme", "organizations.classification", "organizations.parent_id",
        "organizations.area.id", "organizations.description", "organizations.contact_details.label",
        "organizations.contact_details.type", "organizations.sources.url", "organizations.sources.note",
        "persons.name", "persons.given_name", "persons.family_name", "persons.honorific_prefix",
        "persons.contact_details.value", "persons.sources.url",
        "memberships.role", "memberships.person_id", "memberships.member.@type", "memberships.member.classification",
        "memberships.organization_id", "memberships.start_date", "memberships.end_date",
        "events.description", "events.end_date", "events.location", "events.organization_id", "events.attendees.id",
        "events.sources.note");
  }

  private static void collect(String prefix, Object tree, Set<String> paths) {
    if (tree instanceof Map) {
      ((Map<?, ?>) tree).forEach((key, value) -> {
        String path = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
        paths.add(path);
        collect(path, value, paths);
      });
    } else if (tree instanceof List) {
      ((List<?>) tree).forEach(element -> collect(prefix, element, paths));
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> find(String list, String id) {
    return ((List<Map<String, Object>>) seed.get(list)).stream()
        .filter(record -> id.equals(record.get("id")))
        .findFirst()
        .orElseThrow();
  }
}
