package org.resettlement.validation;

import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;
import static org.resettlement.validation.Samples.campaign;
import static org.resettlement.validation.Samples.event;
import static org.resettlement.validation.Samples.organisation;
import static org.resettlement.validation.Samples.person;
import static org.resettlement.validation.Samples.pledge;
import static org.resettlement.validation.Samples.project;
import static org.resettlement.validation.Samples.quota;
import static org.resettlement.validation.Samples.statistic;

import jakarta.validation.Validator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.Dataset;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PersonId;
import org.resettlement.testkit.BrokenRule;

/** {@link Rule#WELL_FORMED_ID}, {@link Rule#UNIQUE_ID} and {@link Rule#WELL_FORMED_EXTERNAL_ID}. */
class IdentifierRulesTest {

  private static final String BAD = "zwiazek/miast";

  private final Validator validator = Validators.validator();

  @ParameterizedTest
  @ValueSource(strings = {"ccme", "event:lisbon-2007", "a.b_c-d:E", "Q1",
      "1234567890123456789012345678901234567890123456789012345678901234"})
  void wellFormedId_accepts(String id) {
    assertThat(validator.validate(organisation(id))).hasNoViolations();
  }

  /** Core refuses control characters and white space in identifiers; the rule reports the rest. */
  @ParameterizedTest
  @ValueSource(strings = {BAD, "związek", "ccme@eu", "a+b", "#1",
      "12345678901234567890123456789012345678901234567890123456789012345",
      "ccme\u202E", "cc\u2066me\u2069", "ccme\u200F", "cc\u200Bme"})
  void wellFormedId_rejects(String id) {
    assertThat(validator.validate(organisation("o").withId(OrganisationId.of(id))))
        .containsOnlyViolations(violationOf(BrokenRule.WELL_FORMED_ID).withProperty("id"));
  }

  static Stream<Arguments> everyRecordType() {
    return Stream.of(
        Arguments.of(Dataset.builder().addOrganisation(organisation(BAD)).build(), "organisations[0].id"),
        Arguments.of(Dataset.builder().addPeople(person(BAD)).build(), "people[0].id"),
        Arguments.of(Dataset.builder().addEvent(event(BAD)).build(), "events[0].id"),
        Arguments.of(Dataset.builder().addProject(project(BAD)).build(), "projects[0].id"),
        Arguments.of(Dataset.builder().addCampaign(campaign(BAD)).build(), "campaigns[0].id"),
        Arguments.of(Dataset.builder().addPledge(pledge(BAD)).build(), "pledges[0].id"),
        Arguments.of(Dataset.builder().addQuota(quota(BAD)).build(), "quotas[0].id"),
        Arguments.of(Dataset.builder().addStatistic(statistic(BAD)).build(), "statistics[0].id"));
  }

  @ParameterizedTest
  @MethodSource("everyRecordType")
  void wellFormedId_appliesToEveryRecordType(Dataset dataset, String path) {
    assertThat(validator.validate(dataset))
        .containsOnlyViolations(violationOf(BrokenRule.WELL_FORMED_ID).withProperty(path));
  }

  //-----------------------------------------------------------------------
  @Test
  void uniqueId_acceptsSameTokenForRecordsOfDifferentTypes() {
    Dataset dataset = Dataset.builder().addOrganisation(organisation("ccme")).addPeople(person("ccme")).build();

    assertThat(validator.validate(dataset)).hasNoViolations();
  }

  @Test
  void uniqueId_rejectsEveryRepeatButNotTheFirstUse() {
    Dataset dataset =
        Dataset.builder()
            .addOrganisation(organisation("ccme"))
            .addOrganisation(organisation("unhcr"))
            .addOrganisation(organisation("ccme"))
            .addOrganisation(organisation("ccme"))
            .build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(
            violationOf(BrokenRule.UNIQUE_ID).withProperty("organisations[2].id").withIdentifier(OrganisationId.of("ccme")),
            violationOf(BrokenRule.UNIQUE_ID).withProperty("organisations[3].id").withIdentifier(OrganisationId.of("ccme")));
  }

  @Test
  void uniqueId_appliesToPeople() {
    Dataset dataset = Dataset.builder().addPeople(person("p1")).addPeople(person("p1")).build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(
            violationOf(BrokenRule.UNIQUE_ID).withProperty("people[1].id").withIdentifier(PersonId.of("p1")));
  }

  @Test
  void uniqueId_appliesToPledges() {
    Dataset dataset = Dataset.builder().addPledge(pledge("x")).addPledge(pledge("y")).addPledge(pledge("x")).build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(violationOf(BrokenRule.UNIQUE_ID).withProperty("pledges[2].id"));
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"XM-DAC-41121", "GB-CHC-202918", "XI-IATI-EC_INTPA", "NL-KVK-41198677", "XM-DAC-41121-1"})
  void wellFormedExternalId_acceptsIatiOrganisationIdentifiers(String value) {
    assertThat(validator.validate(organisation("unhcr").withIdentifiers(ExternalIdentifier.iati(value))))
        .hasNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"41121", "xm-dac-41121", "XM DAC 41121", "XM-DAC-", "XM-DAC", "XM-DAC-41121/2", "XMD-DAC-1"})
  void wellFormedExternalId_rejectsMalformedIati(String value) {
    assertThat(validator.validate(organisation("unhcr").withIdentifiers(ExternalIdentifier.iati(value))))
        .containsOnlyViolations(violationOf(BrokenRule.WELL_FORMED_EXTERNAL_ID).withProperty("identifiers[0].value"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Q1", "Q126399", "Q42"})
  void wellFormedExternalId_acceptsWikidataItems(String value) {
    assertThat(validator.validate(organisation("o").withIdentifiers(ExternalIdentifier.wikidata(value))))
        .hasNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"q126399", "Q0126399", "Q", "P31", "126399", "Q126399 "})
  void wellFormedExternalId_rejectsMalformedWikidata(String value) {
    assertThat(validator.validate(organisation("o").withIdentifiers(ExternalIdentifier.iati("XM-DAC-41121"),
            ExternalIdentifier.wikidata(value))))
        .containsOnlyViolations(violationOf(BrokenRule.WELL_FORMED_EXTERNAL_ID).withProperty("identifiers[1].value"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000 123 456", "KRS/0000123456", "Związek-17", "\u0627\u0644 123"})
  void wellFormedExternalId_acceptsAnyReadableValueOfAnUnknownScheme(String value) {
    assertThat(validator.validate(organisation("o").withIdentifiers(ExternalIdentifier.of("krs", value))))
        .hasNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000\u0000123", "0000 123\n", "0000\u0085", "\u202E654 321 0000", "0000\u2066123\u2069",
      "\u200E0000"})
  void wellFormedExternalId_rejectsControlAndDirectionCharactersInAnUnknownScheme(String value) {
    assertThat(validator.validate(organisation("o").withIdentifiers(ExternalIdentifier.of("krs", value))))
        .containsOnlyViolations(violationOf(BrokenRule.WELL_FORMED_EXTERNAL_ID).withProperty("identifiers[0].value"));
  }
}
