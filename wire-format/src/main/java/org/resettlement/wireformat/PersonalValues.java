package org.resettlement.wireformat;

import java.util.ArrayList;
import java.util.List;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Dataset;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;

/** The personal data in a dataset, which a document written without personal data must not hold. */
public final class PersonalValues {
  private PersonalValues() {}

  /** Returns the golden dataset with one more person, who has every personal field set. */
  public static Dataset datasetWithEveryPersonalField() {
    Dataset seeds = SeedData.dataset();
    List<Person> people = new ArrayList<>(seeds.people());
    people.add(SeedData.PERSON_WITH_CONTACT.withId(PersonId.of("torsten-moritz-2")));
    return seeds.withPeople(people);
  }

  /** Returns every personal value of every person in a dataset: names, honorifics and contacts. */
  public static List<String> of(Dataset dataset) {
    List<String> values = new ArrayList<>();
    for (Person person : dataset.people()) {
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
}
