package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The invariants every builder enforces, and the exception that reports them. */
class BuilderInvariantsTest {

  private static final LocalizedText NAME = LocalizedText.of("en", "name");

  @Test
  void build_reportsEveryMissingRequiredFieldWithTheType() {
    assertThatThrownBy(() -> Pledge.builder().id(PledgeId.of("p")).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.valueType()).isEqualTo(Pledge.class);
              assertThat(e.fields()).containsExactly("pledger", "kind");
              assertThat(e.field()).isEmpty();
              assertThat(e.reason()).isEqualTo("required but not set");
            })
        .hasMessage("Pledge [pledger, kind]: required but not set");
  }

  @Test
  void build_reportsASingleMissingFieldAsTheField() {
    assertThatThrownBy(() -> DateRange.builder().build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("start"))
        .hasMessage("DateRange.start: required but not set");
  }

  @Test
  void setters_rejectNullWithTheTypeAndField() {
    assertThatThrownBy(() -> Organisation.builder().name((LocalizedText) null))
        .isExactlyInstanceOf(InvalidValueException.class)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.valueType()).isEqualTo(Organisation.class);
              assertThat(e.fields()).containsExactly("name");
              assertThat(e.reason()).isEqualTo("must not be null");
            })
        .hasMessage("Organisation.name: must not be null");
  }

  @Test
  void collectionSetters_rejectNullElements() {
    assertThatThrownBy(() -> Event.builder().addOrganiser((OrganisationId) null))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Event.organisers: must not contain null");
    assertThatThrownBy(() -> Event.builder().addOrganisers(OrganisationId.of("a"), null))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Event.organisers: must not contain null");
  }

  /**
   * The generated copy methods name no attribute for a null element ({@code "element"}); the
   * exception names the attribute of the copy method, as the builders' checks do.
   */
  @Test
  void copyMethods_nameTheAttributeOfANullElement() {
    Geography world = Geography.world();

    assertThatThrownBy(() -> world.withCountries(Arrays.asList(CountryCode.of("PL"), null)))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Geography.countries: must not contain null");
    assertThatThrownBy(() -> world.withCountries(CountryCode.of("PL"), null))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Geography.countries: must not contain null");
    assertThatThrownBy(() -> Dataset.builder().build().withPeople(Arrays.asList((Person) null)))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Dataset.people: must not contain null");
  }

  /**
   * The generated code passes its own description of a state it cannot build; should defaults
   * ever form a cycle, it is the reason, not mistaken for a field. No value type has such a cycle,
   * so the generated text is given here as the generated code words it.
   */
  @Test
  void generatedDescriptionOfAnotherState_isTheReasonWithoutAField() {
    InvalidValueException problem =
        new InvalidValueException("Cannot build Event, attribute initializers form cycle [online]");

    assertThat(problem.fields()).isEmpty();
    assertThat(problem.reason()).isEqualTo("Cannot build Event, attribute initializers form cycle [online]");
  }

  /** Users catch InvalidValueException; no helper or generated exception class may reach them. */
  @Test
  void theOnlyThrowableOfTheCore_isInvalidValueException() throws IOException {
    Path classes = Path.of("target/classes");
    List<String> throwables;
    try (Stream<Path> files = Files.walk(classes.resolve("org/resettlement/core"))) {
      throwables =
          files
              .map(file -> classes.relativize(file).toString())
              .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
              .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
              .filter(name -> Throwable.class.isAssignableFrom(load(name)))
              .collect(Collectors.toList());
    }

    assertThat(throwables).containsExactly(InvalidValueException.class.getName());
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, BuilderInvariantsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }

  @Test
  void withMethods_rejectNullAndCheckInvariantsAgain() {
    Organisation ccme =
        Organisation.builder().id(OrganisationId.of("ccme")).name(NAME).kind(OrganisationKind.FAITH_BASED).build();

    assertThatThrownBy(() -> ccme.withKind(null))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Organisation.kind: must not be null");
    assertThatThrownBy(() -> ccme.withParent(OrganisationId.of("ccme")))
        .hasMessage("Organisation.parent: must not be the organisation itself");
    assertThat(ccme.withParent(OrganisationId.of("cec")).parent()).contains(OrganisationId.of("cec"));
  }

  @Test
  void project_rejectsItselfAsParentAndNonPositiveDurations() {
    Project.Builder project = Project.builder().id(ProjectId.of("p")).title(NAME);

    assertThatThrownBy(() -> project.parent(ProjectId.of("p")).build())
        .hasMessage("Project.parent: must not be the project itself");
    assertThatThrownBy(() -> Project.builder().id(ProjectId.of("p")).title(NAME).duration(Period.ZERO).build())
        .hasMessage("Project.duration: must be positive, was P0D");
    assertThatThrownBy(() -> Project.builder().id(ProjectId.of("p")).title(NAME).duration(Period.ofMonths(-6)).build())
        .hasMessage("Project.duration: must be positive, was P-6M");
    assertThat(project.parent(ProjectId.of("programme")).build().parent()).contains(ProjectId.of("programme"));
    assertThat(Project.builder().id(ProjectId.of("p")).title(NAME).duration(Period.ofYears(2)).build().duration())
        .contains(Period.ofYears(2));
  }

  @Test
  void membership_rejectsAnOrganisationAsAMemberOfItself() {
    assertThatThrownBy(
            () ->
                Membership.builder()
                    .member(OrganisationId.of("coe"))
                    .organisation(OrganisationId.of("coe"))
                    .build())
        .hasMessage("Membership.member: must not be the organisation itself");
  }

  @Test
  void seriesPosition_rejectsOrdinalsBelowOne() {
    assertThatThrownBy(() -> SeriesPosition.builder().series(NAME).ordinal(0).build())
        .hasMessage("SeriesPosition.ordinal: must be at least 1, was 0");
    assertThat(SeriesPosition.builder().series(NAME).ordinal(1).build().ordinal()).contains(1);
  }

  @Test
  void flags_areFalseUnlessSet() {
    Event event =
        Event.builder()
            .id(EventId.of("e"))
            .title(NAME)
            .kind(EventKind.CONFERENCE)
            .period(DateRange.of(PartialDate.parse("2023-11-13")))
            .build();
    Pledge pledge =
        Pledge.builder().id(PledgeId.of("p")).pledger(CountryCode.of("PT")).kind(PledgeKind.ADVOCACY).build();
    SeriesPosition position = SeriesPosition.builder().series(NAME).build();
    Target target = Target.builder().metric(StatisticMetric.PLACES_OFFERED).value(Quantity.exactly(20_000)).build();

    assertThat(event.online()).isFalse();
    assertThat(event.moreCountriesRepresented()).isFalse();
    assertThat(pledge.overfulfilled()).isFalse();
    assertThat(position.last()).isFalse();
    assertThat(target.perYear()).isFalse();
    assertThat(event.withOnline(true).online()).isTrue();
    assertThat(event.withMoreCountriesRepresented(true).moreCountriesRepresented()).isTrue();
    assertThat(pledge.withOverfulfilled(true).overfulfilled()).isTrue();
    assertThat(position.withLast(true).last()).isTrue();
    assertThat(target.withPerYear(true).perYear()).isTrue();
  }

  @Test
  void monetaryAmount_rejectsNegativeAmountsAndUnknownCurrencies() {
    assertThatThrownBy(() -> MonetaryAmount.of(new BigDecimal("-1"), "EUR"))
        .hasMessage("MonetaryAmount.amount: must not be negative");
    assertThatThrownBy(() -> MonetaryAmount.of(BigDecimal.ONE, "XYZ"))
        .hasMessage("MonetaryAmount.currency: 'XYZ' is not an ISO 4217 currency code");
  }

  @Test
  void monetaryAmount_keepsTheScaleAndParsesWhatItWrites() {
    MonetaryAmount amount = MonetaryAmount.of(new BigDecimal("1250.00"), "EUR");

    assertThat(amount).hasToString("EUR 1250.00");
    assertThat(MonetaryAmount.parse("EUR 1250.00")).isEqualTo(amount);
    assertThat(MonetaryAmount.parse("EUR 1250")).isNotEqualTo(amount);
    assertThatThrownBy(() -> MonetaryAmount.parse("1250 EUR")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> MonetaryAmount.parse("EUR")).isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"EUR 1e3", "EUR +5", "EUR -5", "EUR 1250.", "EUR .5", "EUR \u0661\u0662", "EUR 1,250"})
  void monetaryAmount_parse_rejectsOtherTextsOfANumber_ratherThanChangingThem(String text) {
    assertThatThrownBy(() -> MonetaryAmount.parse(text))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("MonetaryAmount: '" + text + "' is not a currency code and an amount, such as EUR 1250.00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1250", "EUR abc", "EURO 1250", "EUR  1250", ""})
  void monetaryAmount_parse_rejectsAnythingButACodeSpaceAndAmount(String text) {
    assertThatThrownBy(() -> MonetaryAmount.parse(text))
        .hasMessage("MonetaryAmount: '" + text + "' is not a currency code and an amount, such as EUR 1250.00");
  }

  @Test
  void monetaryAmount_acceptsZero() {
    assertThat(MonetaryAmount.of(BigDecimal.ZERO, "EUR")).hasToString("EUR 0");
  }

  @Test
  void coordinates_rejectNonFiniteNumbersButLeaveRangesToValidation() {
    assertThatThrownBy(() -> Coordinates.of(Double.NaN, 7.75))
        .hasMessage("Coordinates.latitude: must be finite");
    assertThatThrownBy(() -> Coordinates.of(48.57, Double.POSITIVE_INFINITY))
        .hasMessage("Coordinates.longitude: must be finite");
    assertThat(Coordinates.of(123.0, 7.75).latitude()).isEqualTo(123.0);
  }

  @Test
  void externalIdentifier_requiresATokenSchemeAndANonBlankValue() {
    assertThat(ExternalIdentifier.iati("XM-DAC-41121")).hasToString("iati:XM-DAC-41121");
    assertThat(ExternalIdentifier.of("krs", "0000 123 456").value()).isEqualTo("0000 123 456");
    assertThatThrownBy(() -> ExternalIdentifier.of("national register", "1"))
        .hasMessage("ExternalIdentifier.scheme: must not contain whitespace or control characters");
    assertThatThrownBy(() -> ExternalIdentifier.wikidata("  "))
        .hasMessage("ExternalIdentifier.value: must not be blank");
  }

  @Test
  void factories_setTheGivenFieldsAndNothingElse() {
    CountryCode syria = CountryCode.of("SY");
    PersonId speaker = PersonId.of("allen");

    assertThat(Allocation.of(AllocationBasis.NATIONALITY, syria, Quantity.exactly(500)))
        .returns(AllocationBasis.NATIONALITY, Allocation::basis)
        .returns(syria, Allocation::country)
        .returns(Quantity.exactly(500), Allocation::places);
    assertThat(Breakdown.of(Dimension.SEX, "F", Quantity.exactly(12)))
        .returns(Dimension.SEX, Breakdown::dimension)
        .returns(CategoryCode.of("F"), Breakdown::category)
        .returns(Quantity.exactly(12), Breakdown::value);
    assertThat(Participation.of(speaker, ParticipantRole.SPEAKER))
        .returns(speaker, Participation::participant)
        .returns(ParticipantRole.SPEAKER, Participation::role)
        .returns(java.util.Optional.empty(), Participation::representing);
    assertThat(Place.of(NAME, syria))
        .returns(NAME, Place::locality)
        .returns(syria, Place::country)
        .returns(java.util.Optional.empty(), Place::coordinates);
    assertThat(ExternalIdentifier.wikidata("Q1065")).hasToString("wikidata:Q1065");
    assertThat(Funding.builder().funder(CountryCode.of("PT")).build().funder()).contains(CountryCode.of("PT"));
    assertThat(Session.builder().kind(SessionKind.PANEL).addSpeakers(speaker).build().speakers())
        .containsExactly(speaker);
  }

  @ParameterizedTest
  @CsvSource({
    "NGO_NATIONAL, 22", "NGO_INTERNATIONAL, 21", "GOVERNMENT, 10", "LOCAL_AUTHORITY, 11",
    "PUBLIC_INSTITUTION, 15", "INTERGOVERNMENTAL, 40", "FOUNDATION, 60", "PRIVATE_SECTOR, 70",
    "ACADEMIC, 80", "OTHER, 90"
  })
  void organisationKind_iatiCode_isTheIatiOrganisationTypeCode(OrganisationKind kind, String code) {
    assertThat(kind.iatiCode()).isEqualTo(code);
  }

  @Test
  void breakdown_refusesACategoryOfAnotherDimension() {
    assertThatThrownBy(() -> Breakdown.of(Dimension.SEX, CountryCategory.parse("SY"), Quantity.exactly(1)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("category"))
        .hasMessage("Breakdown.category: 'SY' is not a category of sex (it is a country category)");
    assertThatThrownBy(() -> Breakdown.of(Dimension.CITIZENSHIP, "", Quantity.exactly(1)))
        .hasMessage("CategoryCode.code: must not be blank");
    assertThatThrownBy(() -> Breakdown.of(Dimension.SEX, (String) null, Quantity.exactly(1)))
        .hasMessage("Breakdown.category: must not be null");
  }

  @Test
  void breakdown_keepsAPublishersCodeThatTheDimensionKnowsTyped() {
    Breakdown female = Breakdown.of(Dimension.SEX, CategoryCode.of("female"), Quantity.exactly(1));
    assertThat(female.category()).isSameAs(Sex.FEMALE);
    assertThat(female).isEqualTo(Breakdown.of(Dimension.SEX, Sex.FEMALE, Quantity.exactly(1)));
    assertThat(Breakdown.builder().dimension(Dimension.AGE_BAND).category(CategoryCode.of("65+"))
            .value(Quantity.ZERO).build().category())
        .isEqualTo(AgeBand.from(65));
    assertThat(female.withCategory(CategoryCode.of("male")).category()).isSameAs(Sex.MALE);
    assertThat(Breakdown.of(Dimension.COUNTRY_OF_ASYLUM, "SYR", Quantity.ZERO).category())
        .isEqualTo(CategoryCode.of("SYR"));
  }

  @Test
  void event_storesWorkingLanguagesInCanonicalCaseAndRejectsIllFormedTags() {
    Event.Builder event =
        Event.builder()
            .id(EventId.of("e"))
            .title(NAME)
            .kind(EventKind.CONFERENCE)
            .period(DateRange.of(PartialDate.parse("2023-11-13")));

    assertThat(event.addWorkingLanguage("EN").build().workingLanguages()).containsExactly("en");
    assertThatThrownBy(() -> event.addWorkingLanguage("english language").build())
        .hasMessage("Event.workingLanguages: 'english language' is not a well-formed BCP 47 language tag");
  }

  @Test
  void dataset_requiresAMajorMinorSchemaVersion() {
    assertThat(Dataset.builder().build().schemaVersion()).isEqualTo(Dataset.SCHEMA_VERSION);
    assertThat(Dataset.builder().schemaVersion("1.12").build().schemaVersion()).isEqualTo("1.12");
    assertThatThrownBy(() -> Dataset.builder().schemaVersion("1 0").build())
        .hasMessage("Dataset.schemaVersion: must be major.minor, such as 1.1, was '1 0'");
    assertThatThrownBy(() -> Dataset.builder().schemaVersion("1").build()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Dataset.builder().schemaVersion("v1.0").build()).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void collections_areUnmodifiableCopies() {
    java.util.List<OrganisationId> organisers = new java.util.ArrayList<>();
    organisers.add(OrganisationId.of("ccme"));
    Event event =
        Event.builder()
            .id(EventId.of("e"))
            .title(NAME)
            .kind(EventKind.WORKSHOP)
            .period(DateRange.of(PartialDate.parse("2007-11-21")))
            .organisers(organisers)
            .build();
    organisers.add(OrganisationId.of("cpr"));

    assertThat(event.organisers()).containsExactly(OrganisationId.of("ccme"));
    assertThatThrownBy(() -> event.organisers().add(OrganisationId.of("x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
