package org.resettlement.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.Dataset;
import org.resettlement.core.Person;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.SampleData;
import org.resettlement.wireformat.PersonalValues;
import org.resettlement.wireformat.SeedData;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing without personal data on Jackson 3: no name, honorific or contact of any person is
 * written. And a person's document refused for another reason names none of them.
 */
class PersonalDataTest extends JsonTestBase {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Dataset dataset() {
    return PersonalValues.datasetWithEveryPersonalField();
  }

  @Test
  void defaultWriter_writesPersonalData() {
    String json = write(dataset());

    assertThat(PersonalValues.of(dataset())).isNotEmpty().allSatisfy(value -> assertThat(json).contains(quoted(value)));
  }

  @Test
  void writerWithoutPersonalData_writesNoPersonalValue() {
    String json = ResettlementJson.withoutPersonalData(mapper.writer()).writeValueAsString(dataset());

    for (String value : PersonalValues.of(dataset())) {
      assertThat(json).doesNotContain(quoted(value));
    }
    assertThat(json).isEqualTo(write(dataset().withoutPersonalData()));
  }

  @Test
  void writerWithoutPersonalData_keepsIdsRolesAndOrganisationContacts() {
    Dataset read =
        mapper.readValue(ResettlementJson.withoutPersonalData(mapper.writer()).writeValueAsString(dataset()), Dataset.class);

    assertThat(read.people()).extracting(Person::id).containsExactlyElementsOf(dataset().people().stream().map(Person::id).toList());
    assertThat(read.people()).noneMatch(Person::hasPersonalData);
    assertThat(read.memberships()).isEqualTo(dataset().memberships());
    assertThat(read.organisations()).isEqualTo(dataset().organisations());
  }

  @Test
  void mapperWithoutPersonalData_writesNoPersonalValue() {
    ObjectWriter writer = ResettlementJson.builder().writePersonalData(false).build().writer();

    String json = writer.writeValueAsString(dataset());

    assertThat(json).isEqualTo(write(dataset().withoutPersonalData()));
  }

  @Test
  void writerWithoutPersonalData_coversPeopleOnTheirOwnAndInLists() {
    ObjectWriter writer = ResettlementJson.withoutPersonalData(mapper.writer());
    Person person = SeedData.PERSON_WITH_CONTACT;

    assertThat(writer.writeValueAsString(person)).isEqualTo(write(person.withoutPersonalData()));
    assertThat(writer.forType(new TypeReference<List<Person>>() {}).writeValueAsString(List.of(person)))
        .isEqualTo("[" + write(person.withoutPersonalData()) + "]");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void writerWithoutPersonalData_writesNoPersonalValueOfGeneratedDatasets(long seed) {
    Dataset dataset = SampleData.withSeed(seed).dataset(DatasetSpec.defaults());
    List<String> personal = PersonalValues.of(dataset);

    String json = ResettlementJson.withoutPersonalData(mapper.writer()).writeValueAsString(dataset);
    String byMapper = ResettlementJson.builder().writePersonalData(false).build().writeValueAsString(dataset);

    assertThat(personal).as("seed %d", seed).isNotEmpty();
    assertThat(byMapper).as("seed %d", seed).isEqualTo(json);
    for (String value : personal) {
      assertThat(json).as("seed %d", seed).doesNotContain(quoted(value));
    }
  }

  /**
   * Documents of people that are refused for something other than their personal data: a name
   * given twice, an unknown kind of contact, a property the format does not define, a name that
   * is not a string, a contact without its kind.
   */
  private static List<String> refusedDocumentsOf(String json, Person person) {
    String name = JSON.writeValueAsString(person.name().orElseThrow());
    String contact = JSON.writeValueAsString(person.contacts().get(0).value());
    return List.of(
        json.replaceFirst("\\{", "{\"name\":" + name + ","),
        json.replaceFirst("\"kind\":\"[a-z-]+\"", "\"kind\":\"pager\""),
        json.replaceFirst("\\}$", ",\"nickname\":" + name + "}"),
        json.replace("\"name\":" + name, "\"name\":[" + name + "]"),
        json.replaceFirst("\"kind\":\"[a-z-]+\",", ""),
        json.replace("\"value\":" + contact, "\"value\":{\"text\":" + contact + "}"));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void refusal_ofAPersonsDocument_quotesNoPersonalValue(long seed) {
    List<Person> people = SampleData.withSeed(seed).list(Person.class, 50).stream()
        .filter(person -> person.name().isPresent() && !person.contacts().isEmpty())
        .toList();

    assertThat(people).as("seed %d", seed).isNotEmpty();
    for (Person person : people) {
      List<String> personal = PersonalValues.of(Dataset.builder().addPeople(person).build()).stream()
          .filter(value -> value.length() >= 4)
          .toList();
      for (String json : refusedDocumentsOf(write(person), person)) {
        ResettlementJsonException problem = readFails(json, Person.class);
        for (String value : personal) {
          assertThat(problem.getMessage()).as("seed %d, reading %s", seed, json).doesNotContain(value);
        }
      }
    }
  }

  private String quoted(String value) {
    return write(value);
  }
}
