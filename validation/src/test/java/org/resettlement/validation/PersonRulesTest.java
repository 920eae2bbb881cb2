package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;

import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Dataset;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.testkit.SeedDataset;
import org.resettlement.testkit.BrokenRule;

/** {@link Rule#PERSON_NAMED}, a warning. */
class PersonRulesTest {

  private final Validator validator = Validators.validator();

  private static Person.Builder person() {
    return Person.builder().id(PersonId.of("p1"));
  }

  @Test
  void personNamed_acceptsAnyOneNameField() {
    assertThat(validator.validate(person().name("Øystein Bø").build())).hasNoViolations();
    assertThat(validator.validate(person().givenName("Øystein").build())).hasNoViolations();
    assertThat(validator.validate(person().familyName("Bø").build())).hasNoViolations();
  }

  @Test
  void personNamed_warnsOfPersonWithoutName() {
    Person anonymous = person().honorific("Dr").addContact(ContactPoint.email("info@ccme.be")).build();

    assertThat(validator.validate(anonymous))
        .containsOnlyViolations(violationOf(BrokenRule.PERSON_NAMED).withProperty("").withPayload(Severity.Warning.class));
  }

  @Test
  void personNamed_warnsOfPersonNamedByANoBreakSpaceOnly() {
    Person unnamed = person().name("\u00A0").build();

    assertThat(validator.validate(unnamed))
        .containsOnlyViolations(
            violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("name"),
            violationOf(BrokenRule.PERSON_NAMED).withProperty("").withPayload(Severity.Warning.class));
  }

  @Test
  void personNamed_inDataset_reportedAtThePerson() {
    Dataset dataset = Dataset.builder().addPeople(person().name("Kevin J. Allen").build())
        .addPeople(Person.builder().id(PersonId.of("p2")).build()).build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(violationOf(BrokenRule.PERSON_NAMED).withProperty("people[1]"));
  }

  @Test
  void personNamed_datasetWithoutPersonalData_hasWarningsButNoErrors() {
    Dataset dataset = SeedDataset.dataset().withoutPersonalData();

    ValidationReport<Dataset> report = ValidationReport.of(validator.validate(dataset));

    assertThat(report.hasErrors()).isFalse();
    assertThat(report.warnings()).hasSize(dataset.people().size());
    assertThat(report.warnings()).allMatch(warning -> Rule.of(warning).orElseThrow() == Rule.PERSON_NAMED);
  }
}
