package org.resettlement.json.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resettlement.json.support.QuantityFormTest.assertProblem;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resettlement.core.ActorKind;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Dataset;
import org.resettlement.core.EventId;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PartialDate;
import org.resettlement.core.PersonId;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeKind;
import org.resettlement.core.Quantity;
import org.resettlement.core.RecordId;

/**
 * The Jackson-free rules of the other forms of the wire format: schema versions, decimals, actors,
 * values written as text, enum names. The Jackson modules' tests show them in whole documents.
 */
class FormsTest {

  //-----------------------------------------------------------------------
  @Test
  void schemaVersion_readsEveryMinorVersionOfTheMajorVersionWritten() {
    assertThat(SchemaVersion.readable(Dataset.SCHEMA_VERSION)).isEqualTo(Dataset.SCHEMA_VERSION);
    assertThat(SchemaVersion.readable("1.7")).isEqualTo("1.7");
  }

  @Test
  void schemaVersion_refusesAnotherMajorVersionAndWhatIsNoVersion() {
    assertProblem(() -> SchemaVersion.readable("2.0"), null,
        "schema version 2.0 is not supported; this reader reads versions 1.x");
    for (String text : List.of("1", "1.0.0", "01.0", "v1.0", "")) {
      assertProblem(() -> SchemaVersion.readable(text), null,
          Wording.quoted(text) + " is not a schema version such as " + Dataset.SCHEMA_VERSION);
    }
    assertThat(SchemaVersion.EXPECTED).isEqualTo("a schema version such as \"1.1\"");
  }

  @Test
  void schemaVersion_ofADocumentThatStatesNoneIs10_notTheVersionWritten() {
    assertThat(SchemaVersion.datasetBuilder().build().schemaVersion()).isEqualTo("1.0");
    assertThat(SchemaVersion.datasetBuilder().schemaVersion("1.1").build().schemaVersion()).isEqualTo("1.1");
    assertThat(Dataset.builder().build().schemaVersion()).isEqualTo(Dataset.SCHEMA_VERSION).isEqualTo("1.1");
  }

  @Test
  void schemaVersion_isTheDatasetsAttributeOnly() {
    ValueType dataset = ValueType.of(Dataset.class).orElseThrow();
    ValueType pledge = ValueType.of(Pledge.class).orElseThrow();

    assertThat(dataset.attributes().stream().filter(SchemaVersion::isSchemaVersion).map(ValueType.Attribute::name))
        .containsExactly("schemaVersion");
    assertThat(pledge.attributes().stream().filter(SchemaVersion::isSchemaVersion)).isEmpty();
  }

  //-----------------------------------------------------------------------
  @Test
  void decimal_keepsItsScaleAndPlainDigits() {
    assertThat(DecimalText.parse("1250.00", 100)).isEqualTo(new BigDecimal("1250.00"));
    assertThat(DecimalText.parse("0", 100)).isEqualTo(BigDecimal.ZERO);
    assertThat(DecimalText.of(new BigDecimal("1E+3"))).isEqualTo("1000");
  }

  @Test
  void decimal_refusesSignsExponentsSpacesAndLeadingZeros() {
    for (String text : List.of("-1", "+1", "1e3", " 1", "01", "1.", ".5", "")) {
      assertProblem(() -> DecimalText.parse(text, 100), null, Wording.quoted(text) + " is not " + DecimalText.EXPECTED);
    }
  }

  @Test
  void decimal_refusesMoreCharactersThanTheLimit() {
    assertThat(DecimalText.parse("12345", 5)).isEqualTo(new BigDecimal("12345"));
    assertProblem(() -> DecimalText.parse("123456", 5), null, "a decimal amount must not have more than 5 characters");
  }

  //-----------------------------------------------------------------------
  @Test
  void actor_isNamedAfterItsKind() {
    assertThat(ActorForm.propertyOf(OrganisationId.of("ccme"))).isEqualTo("organisation");
    assertThat(ActorForm.propertyOf(PersonId.of("jose-magalhaes"))).isEqualTo("person");
    assertThat(ActorForm.propertyOf(CountryCode.of("PT"))).isEqualTo("country");
    assertThat(ActorForm.kind("person")).isEqualTo(ActorKind.PERSON);
  }

  @Test
  void actor_readsTheReferenceOfItsKind() {
    assertThat(ActorForm.reference(ActorKind.ORGANISATION, "ccme")).isEqualTo(OrganisationId.of("ccme"));
    assertThat(ActorForm.reference(ActorKind.PERSON, "ccme")).isEqualTo(PersonId.of("ccme"));
    assertThat(ActorForm.reference(ActorKind.COUNTRY, "PT")).isEqualTo(CountryCode.of("PT"));
  }

  @Test
  void actor_refusesAnUnknownKindAndABadReference() {
    assertProblem(() -> ActorForm.kind("state"), null,
        "unknown kind of actor; expected one of organisation, person, country");
    assertProblem(() -> ActorForm.kind("Organisation"), null,
        "unknown kind of actor; expected one of organisation, person, country");
    assertProblem(() -> ActorForm.reference(ActorKind.COUNTRY, "pol"), null,
        Wording.invalidText("pol", "a reference to a country", refusal(() -> CountryCode.of("pol"))));
    assertThat(ActorForm.expectedReference(ActorKind.PERSON)).isEqualTo("the reference to the person as a string");
    assertThat(ActorForm.NONE_NAMED).isEqualTo("an actor must name one of organisation, person, country, found none");
    assertThat(ActorForm.MORE_THAN_ONE_NAMED).isEqualTo("an actor must name only one of organisation, person, country");
  }

  //-----------------------------------------------------------------------
  @Test
  void textValues_areReadByTheirFactory() {
    assertThat(textValue(CountryGroup.class).parse("EU")).isEqualTo(CountryGroup.EUROPEAN_UNION);
    assertThat(textValue(PartialDate.class).parse("2023-06")).isEqualTo(PartialDate.of(2023, 6));
    assertThat(textValue(EventId.class).parse("e1")).isEqualTo(EventId.of("e1"));
  }

  @Test
  void textValues_refuseWhatTheCoreRefusesInTheirWords() {
    TextValues.TextValue<PartialDate> date = textValue(PartialDate.class);

    assertProblem(() -> date.parse("2023-13"), null,
        Wording.invalidText("2023-13", date.expected(), refusal(() -> PartialDate.parse("2023-13"))));
    assertThat(date.expected()).isEqualTo("a date such as 2012, 2023-06 or 2023-06-29");
  }

  @Test
  void textValues_areTheTypesWrittenAsText() {
    for (TextValues.TextValue<?> value : TextValues.all()) {
      assertThat(TextValues.isWrittenAsText(value.type())).as(value.type().getSimpleName()).isTrue();
    }
    assertThat(TextValues.all().stream().map(value -> value.type().getSimpleName()).collect(Collectors.toList()))
        .containsExactlyInAnyOrder("OrganisationId", "PersonId", "EventId", "ProjectId", "CampaignId", "PledgeId",
            "QuotaId", "StatisticId", "CountryCode", "CountryGroup", "PartialDate", "Dimension", "Category",
            "CategoryCode", "AgeBand", "CountryCategory");
    assertThat(TextValues.isWrittenAsText(org.resettlement.core.Sex.class)).isTrue();
    assertThat(TextValues.isWrittenAsText(org.resettlement.core.AgeBand.class)).isTrue();
    assertThat(TextValues.isWrittenAsText(RecordId.class)).isTrue();
    assertThat(TextValues.isWrittenAsText(Quantity.class)).isFalse();
    assertThat(TextValues.isWrittenAsText(String.class)).isFalse();
  }

  //-----------------------------------------------------------------------
  @Test
  void kebabCase_lowersTheNameAndJoinsItsWordsWithHyphens() {
    assertThat(KebabCase.of(PledgeKind.RESETTLEMENT_PLACES)).isEqualTo("resettlement-places");
    assertThat(KebabCase.byName(ActorKind.class)).containsExactly(
        org.assertj.core.api.Assertions.entry("organisation", ActorKind.ORGANISATION),
        org.assertj.core.api.Assertions.entry("person", ActorKind.PERSON),
        org.assertj.core.api.Assertions.entry("country", ActorKind.COUNTRY));
  }

  @SuppressWarnings("unchecked")
  private static <T> TextValues.TextValue<T> textValue(Class<T> type) {
    return (TextValues.TextValue<T>) TextValues.all().stream()
        .filter(value -> value.type() == type)
        .findFirst()
        .orElseThrow();
  }

  private static org.resettlement.core.InvalidValueException refusal(Runnable build) {
    return org.assertj.core.api.Assertions.catchThrowableOfType(build::run, org.resettlement.core.InvalidValueException.class);
  }
}
