package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonTest {

  private static final Person ALLEN =
      Person.builder()
          .id(PersonId.of("kevin-allen"))
          .name("Kevin J. Allen")
          .givenName("Kevin J.")
          .familyName("Allen")
          .addContact(ContactPoint.email("allen@example.org"))
          .addSource(Source.of(LocalizedText.of("pl", "Organizacje pozarządowe")))
          .build();

  @Test
  void toString_leavesOutEveryPersonalField() {
    assertThat(ALLEN.toString())
        .contains("kevin-allen")
        .doesNotContain("Kevin J.")
        .doesNotContain("Allen,")
        .doesNotContain("allen@example.org");
  }

  @Test
  void withoutPersonalData_keepsOnlyIdAndSources() {
    Person anonymous = ALLEN.withoutPersonalData();

    assertThat(anonymous.id()).isEqualTo(ALLEN.id());
    assertThat(anonymous.sources()).isEqualTo(ALLEN.sources());
    assertThat(anonymous.hasPersonalData()).isFalse();
    assertThat(anonymous.name()).isEmpty();
    assertThat(anonymous.contacts()).isEmpty();
    assertThat(anonymous.withoutPersonalData()).isSameAs(anonymous);
    assertThat(ALLEN.hasPersonalData()).isTrue();
  }

  @Test
  void builder_normalisesNamesToNfcKeepingDiacritics() {
    Person bo =
        Person.builder().id(PersonId.of("bo")).name("O\u0308ystein Bo\u0308").familyName("Bo\u0308").build();
    Person precomposed = Person.builder().id(PersonId.of("bo")).name("Öystein Bö").familyName("Bö").build();

    assertThat(bo).isEqualTo(precomposed);
    assertThat(bo.name()).contains("Öystein Bö");
    assertThat(Person.builder().id(PersonId.of("o")).name("Øystein Bø").build().name()).contains("Øystein Bø");
  }

  @Test
  void displayName_fallsBackFromFullNameToPartsToTheId() {
    assertThat(ALLEN.displayName()).isEqualTo("Kevin J. Allen");
    assertThat(ALLEN.withName(java.util.Optional.empty()).displayName()).isEqualTo("Kevin J. Allen");
    assertThat(Person.builder().id(PersonId.of("p1")).familyName("Moritz").build().displayName()).isEqualTo("Moritz");
    assertThat(ALLEN.withoutPersonalData().displayName()).isEqualTo("kevin-allen");
  }
}
