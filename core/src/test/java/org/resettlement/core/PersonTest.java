package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    Source report = Source.builder().title(LocalizedText.of("en", "NGOs at the forefront")).build();
    assertThat(ALLEN.withSources(report).withoutPersonalData().sources())
        .containsExactly(Source.of(LocalizedText.of("en", "NGOs at the forefront")));
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

  /** Each name field: how to set it on a builder, and how to read it back. */
  static Stream<Arguments> nameFields() {
    return Stream.of(
        nameField("name", Person.Builder::name, Person::name),
        nameField("givenName", Person.Builder::givenName, Person::givenName),
        nameField("familyName", Person.Builder::familyName, Person::familyName),
        nameField("honorific", Person.Builder::honorific, Person::honorific));
  }

  private static Arguments nameField(
      String field,
      BiFunction<Person.Builder, String, Person.Builder> setter,
      Function<Person, Optional<String>> getter) {
    return Arguments.of(Named.of(field, setter), getter);
  }

  @ParameterizedTest
  @MethodSource("nameFields")
  void builder_normalisesEachNameFieldOnItsOwnToNfc(
      BiFunction<Person.Builder, String, Person.Builder> setter, Function<Person, Optional<String>> getter) {
    Person person = setter.apply(Person.builder().id(PersonId.of("bo")), "Bo\u0308").build();

    assertThat(getter.apply(person)).contains("B\u00f6");
  }

  @ParameterizedTest
  @MethodSource("nameFields")
  void hasPersonalData_isTrueWithAnyOneNameField(
      BiFunction<Person.Builder, String, Person.Builder> setter, Function<Person, Optional<String>> getter) {
    Person person = setter.apply(Person.builder().id(PersonId.of("p1")), "Moritz").build();

    assertThat(person.hasPersonalData()).isTrue();
    assertThat(getter.apply(person.withoutPersonalData())).isEmpty();
  }

  @Test
  void hasPersonalData_isTrueWithOnlyAContactAndFalseWithOnlyTheId() {
    Person contactOnly =
        Person.builder().id(PersonId.of("p1")).addContact(ContactPoint.phone("+48 22 123 45 67")).build();

    assertThat(contactOnly.hasPersonalData()).isTrue();
    assertThat(contactOnly.withoutPersonalData().contacts()).isEmpty();
    assertThat(Person.builder().id(PersonId.of("p1")).build().hasPersonalData()).isFalse();
  }

  @Test
  void contactPoints_haveTheKindOfTheirFactoryAndKeepTheValue() {
    assertThat(ContactPoint.email("info@ccme.be"))
        .returns(ContactKind.EMAIL, ContactPoint::kind)
        .returns("info@ccme.be", ContactPoint::value);
    assertThat(ContactPoint.phone("+32 2 234 68 00"))
        .returns(ContactKind.PHONE, ContactPoint::kind)
        .returns("+32 2 234 68 00", ContactPoint::value);
    assertThat(ContactPoint.website("https://ccme.be"))
        .returns(ContactKind.WEBSITE, ContactPoint::kind)
        .returns("https://ccme.be", ContactPoint::value);
    assertThat(ContactPoint.builder().kind(ContactKind.EMAIL).value("info@ccme.be").build())
        .isEqualTo(ContactPoint.of(ContactKind.EMAIL, "info@ccme.be"));
  }

  @Test
  void displayName_fallsBackFromFullNameToPartsToTheId() {
    assertThat(ALLEN.displayName()).isEqualTo("Kevin J. Allen");
    assertThat(ALLEN.withGivenName("Kevin").displayName()).isEqualTo("Kevin J. Allen");
    assertThat(ALLEN.withName(java.util.Optional.empty()).displayName()).isEqualTo("Kevin J. Allen");
    assertThat(Person.builder().id(PersonId.of("p1")).familyName("Moritz").build().displayName()).isEqualTo("Moritz");
    assertThat(ALLEN.withoutPersonalData().displayName()).isEqualTo("kevin-allen");
  }
}
