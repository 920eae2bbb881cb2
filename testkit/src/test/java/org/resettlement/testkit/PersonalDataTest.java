package org.resettlement.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Dataset;
import org.resettlement.core.Person;

/**
 * The names, honorifics and contact points of people, which the core redacts from {@code
 * toString()}, appear in the text of no generated value: a person's text and a dataset's are
 * those of the same values without personal data.
 */
class PersonalDataTest {
  private static final int VALUES_PER_TYPE = 30;

  /** Returns the personal values of people: names, honorifics, and the values and labels of contacts. */
  private static List<String> personalValuesOf(List<Person> people) {
    List<String> values = new ArrayList<>();
    for (Person person : people) {
      person.name().ifPresent(values::add);
      person.givenName().ifPresent(values::add);
      person.familyName().ifPresent(values::add);
      person.honorific().ifPresent(values::add);
      for (ContactPoint contact : person.contacts()) {
        values.add(contact.value());
        contact.label().ifPresent(values::add);
      }
    }
    return values;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 20_231_113})
  void toString_ofGeneratedDatasets_holdsNoPersonalValue(long seed) {
    SampleData sample = SampleData.withSeed(seed);
    for (DatasetSpec spec : List.of(DatasetSpec.defaults(), DatasetSpec.empty().withPeople(40))) {
      Dataset dataset = sample.dataset(spec);
      List<String> personal = personalValuesOf(dataset.people());
      String text = dataset.toString();

      assertThat(personal).as("seed %d, %s", seed, spec).isNotEmpty();
      assertThat(text).as("seed %d, %s", seed, spec).isEqualTo(dataset.withoutPersonalData().toString());
      for (String value : personal) {
        if (value.length() > 3) {
          assertThat(text).as("seed %d, %s", seed, spec).doesNotContain(value);
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 20_231_113})
  void toString_ofGeneratedPeople_isThatOfThePersonWithoutPersonalData(long seed) {
    List<Person> people = SampleData.withSeed(seed).list(Person.class, 200);

    assertThat(people).filteredOn(Person::hasPersonalData).isNotEmpty();
    for (Person person : people) {
      assertThat(person.toString()).isEqualTo(person.withoutPersonalData().toString()).startsWith("Person{id=" + person.id());
    }
  }

  @Test
  void toString_ofEveryOtherGeneratedType_holdsNoPersonalValueOfThePeopleGeneratedWithIt() {
    SampleData sample = SampleData.withSeed(20_231_113L);
    List<Class<?>> types = new ArrayList<>(SampleData.supportedTypes());
    types.sort(Comparator.comparing(Class::getName));
    List<String> texts = new ArrayList<>();
    List<Person> people = new ArrayList<>();
    for (Class<?> type : types) {
      for (Object value : sample.list(type, type == Dataset.class ? 2 : VALUES_PER_TYPE)) {
        texts.add(value.toString());
        if (value instanceof Person person) {
          people.add(person);
        } else if (value instanceof Dataset dataset) {
          people.addAll(dataset.people());
        }
      }
    }
    // Full names and contact values: a given name alone may well be part of an organisation's name.
    List<String> personal = new ArrayList<>();
    for (Person person : people) {
      person.name().ifPresent(personal::add);
      person.contacts().forEach(contact -> personal.add(contact.value()));
    }

    assertThat(personal).hasSizeGreaterThan(50);
    for (String value : personal) {
      assertThat(texts).as("texts holding %s", value).noneMatch(text -> text.contains(value));
    }
  }
}
