package org.resettlement.validation;

import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;
import static org.resettlement.validation.Samples.event;
import static org.resettlement.validation.Samples.organisation;
import static org.resettlement.validation.Samples.text;

import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.Dataset;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Organisation;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Session;
import org.resettlement.core.SessionKind;
import org.resettlement.core.Source;
import org.resettlement.testkit.BrokenRule;

/** {@link Rule#NOT_BLANK_TEXT} and {@link Rule#WELL_FORMED_ACRONYM}. */
class TextRulesTest {

  private final Validator validator = Validators.validator();

  @Test
  void notBlankText_acceptsNameInTwoLanguages() {
    Organisation zmp =
        organisation("zmp").withName(LocalizedText.of("pl", "Związek Miast Polskich").and("en", "Association of Polish Cities"));

    assertThat(validator.validate(zmp)).hasNoViolations();
  }

  @Test
  void notBlankText_rejectsNameBlankInOneLanguage() {
    Organisation zmp = organisation("zmp").withName(LocalizedText.of("pl", "Związek Miast Polskich").and("en", " \t"));

    assertThat(validator.validate(zmp))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("name").withPayload(Severity.Error.class));
  }

  @Test
  void notBlankText_rejectsEmptyTitle() {
    assertThat(validator.validate(event("e1").withTitle(text(""))))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("title"));
  }

  @Test
  void notBlankText_rejectsBlankOptionalSummary() {
    assertThat(validator.validate(event("e1").withSummary(text("   "))))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("summary"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00A0", "\u2007", "\u202F", " \u00A0\t", "\u3000"})
  void notBlankText_rejectsTitleOfNoBreakOrOtherUnicodeSpacesOnly(String blank) {
    // Regression: String.isBlank() does not count no-break spaces, as pasted from web pages.
    assertThat(validator.validate(event("e1").withTitle(text(blank))))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("title"));
  }

  @Test
  void notBlankText_rejectsGivenNameOfNoBreakSpace() {
    Person person = Person.builder().id(PersonId.of("p")).name("Kevin J. Allen").givenName("\u00A0").build();

    assertThat(validator.validate(person))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("givenName"));
  }

  @Test
  void notBlankText_rejectsBlankTopicAtItsIndex() {
    assertThat(validator.validate(event("e1").withTopics(text("Advocacy"), text(" "), text("Integration"))))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("topics[1]"));
  }

  @Test
  void notBlankText_rejectsBlankTargetGroup() {
    Project project =
        Project.builder().id(ProjectId.of("p")).title(text("Razem w bibliotece")).addTargetGroup(text("")).build();

    assertThat(validator.validate(project))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("targetGroups[0]"));
  }

  @Test
  void notBlankText_rejectsBlankGivenNameOfNamedPerson() {
    Person person = Person.builder().id(PersonId.of("p")).name("Kevin J. Allen").givenName(" ").build();

    assertThat(validator.validate(person))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("givenName"));
  }

  @Test
  void notBlankText_rejectsBlankSourcePublisher() {
    Source source = Source.builder().title(text("Press release")).publisher("").build();

    assertThat(validator.validate(source))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("publisher"));
  }

  @Test
  void notBlankText_inDataset_pathStartsAtTheDatasetProperty() {
    Session untitled = Session.builder().kind(SessionKind.PANEL).title(text(" ")).build();
    Dataset dataset = Dataset.builder().addEvent(event("e1")).addEvent(event("e2").withSessions(untitled)).build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("events[1].sessions[0].title"));
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"CCME", "UNHCR", "CoE", "ACoR", "Save Me", "R&D", "ZMP", "3M", "EU-FRANK", "S.M.A.R.T.",
      "ABCDEFGHIJKLMNOPQRST"})
  void wellFormedAcronym_accepts(String acronym) {
    assertThat(validator.validate(organisation("o").withAcronym(acronym))).hasNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " CCME", "CCME ", "CC  ME", "CCME!", "(CCME)", "1234", "-CCME",
      "ABCDEFGHIJKLMNOPQRSTU", "CCME\n"})
  void wellFormedAcronym_rejects(String acronym) {
    assertThat(validator.validate(organisation("o").withAcronym(acronym)))
        .containsOnlyViolations(violationOf(BrokenRule.WELL_FORMED_ACRONYM).withProperty("acronym"));
  }

  @Test
  void wellFormedAcronym_appliesToProjects() {
    Project project = Project.builder().id(ProjectId.of("p")).title(text("Project")).acronym("P!").build();

    assertThat(validator.validate(project))
        .containsOnlyViolations(violationOf(BrokenRule.WELL_FORMED_ACRONYM).withProperty("acronym"));
  }
}
