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
import org.resettlement.core.ContactKind;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
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

/**
 * {@link Rule#NOT_BLANK_TEXT}, {@link Rule#NO_CONTROL_CHARACTERS}, {@link
 * Rule#NO_DIRECTIONAL_FORMATTING} and {@link Rule#WELL_FORMED_ACRONYM}.
 */
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
    Organisation zmp = organisation("zmp").withName(LocalizedText.of("pl", "Związek Miast Polskich").and("en", "  "));

    assertThat(validator.validate(zmp))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("name").withPayload(Severity.Error.class));
  }

  @Test
  void notBlankText_andNoControlCharacters_bothReportANameOfATab() {
    // Each rule reports what it finds: the name is blank, and a tab does not belong in a name.
    Organisation zmp = organisation("zmp").withName(LocalizedText.of("pl", "Związek Miast Polskich").and("en", " \t"));

    assertThat(validator.validate(zmp))
        .containsOnlyViolations(
            violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("name"),
            violationOf(BrokenRule.NO_CONTROL_CHARACTERS).withProperty("name"));
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
  @ValueSource(strings = {"\u00A0", "\u2007", "\u202F", " \u00A0\u2003", "\u3000"})
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

  @ParameterizedTest
  @ValueSource(strings = {"\u200B", "\u200B\u200C\u200D\u2060", "\uFEFF", "\u00AD", "\u180E", "\u2028 \u2029",
      "\u0301", "\u0301\u0308", "\u20DD", "\uFE0F", "\u3164", "\u115F\u1160", "\uFFA0", "\u200E\u200F",
      "\uDB40\uDC20", "\u034F"})
  void notBlankText_rejectsTitleOfInvisibleCharactersOnly(String invisible) {
    // Zero-width and joining characters, the soft hyphen, line separators, combining marks with
    // nothing to sit on, an enclosing circle, a variation selector, Hangul fillers, direction
    // marks, a tag character (U+E0020) and the combining grapheme joiner.
    assertThat(validator.validate(event("e1").withTitle(text(invisible))))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("title"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"e\u0301", "\u0627\u064B", "\u0915\u094D", "\u2764\uFE0F", "\uD55C", "\u2800", "\u200Bx",
      "\uD83D\uDC4B"})
  void notBlankText_acceptsTitleWithOneVisibleCharacter(String visible) {
    // A mark on a letter, an Arabic letter with its tanween, a consonant with its virama, an emoji
    // with its variation selector, a Hangul syllable, the blank Braille pattern (a sign of its own,
    // not a space), a letter after a zero-width space, an emoji beyond the Basic Multilingual Plane.
    assertThat(validator.validate(event("e1").withTitle(text(visible)))).hasNoViolations();
  }

  @Test
  void notBlankText_rejectsNameOfAZeroWidthSpace_andThePersonHasNoNameLeft() {
    Person person = Person.builder().id(PersonId.of("p")).name("\u200B").build();

    assertThat(validator.validate(person))
        .containsOnlyViolations(
            violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("name"),
            violationOf(BrokenRule.PERSON_NAMED).withProperty(""));
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\t", "\n", "\r", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F", "\u0085",
      "\u0093", "\u009F"})
  void noControlCharacters_rejectsEveryControlInATitle(String control) {
    assertThat(validator.validate(event("e1").withTitle(text("Razem" + control + "w bibliotece"))))
        .containsOnlyViolations(violationOf(BrokenRule.NO_CONTROL_CHARACTERS).withProperty("title"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\r", "\r\n", "\u000B", "\u000C", "\u007F", "\u0085"})
  void noControlCharacters_rejectsControlsOtherThanTabAndLineFeedInASummary(String control) {
    assertThat(validator.validate(event("e1").withSummary(text("First day." + control + "Second day."))))
        .containsOnlyViolations(violationOf(BrokenRule.NO_CONTROL_CHARACTERS).withProperty("summary"));
  }

  @Test
  void noControlCharacters_acceptsTabsAndLineFeedsInRunningTextOnly() {
    String paragraphs = "Day one:\tworkshops.\n\nDay two:\tvisits.";
    Source source = Source.builder().title(text("Report")).note(paragraphs).build();

    assertThat(validator.validate(event("e1").withSummary(text(paragraphs)).withSources(source))).hasNoViolations();
    assertThat(validator.validate(organisation("o").withDescription(text(paragraphs)))).hasNoViolations();
    assertThat(validator.validate(organisation("o").withName(text(paragraphs))))
        .containsOnlyViolations(violationOf(BrokenRule.NO_CONTROL_CHARACTERS).withProperty("name"));
  }

  @Test
  void noControlCharacters_appliesToEveryVariantAndToPlainTexts() {
    Organisation zmp = organisation("zmp").withName(LocalizedText.of("pl", "Związek Miast Polskich").and("en", "\u0093ZMP\u0094"));
    Person person = Person.builder().id(PersonId.of("p")).name("Kevin J. Allen").familyName("Allen\u0000").build();
    Source source = Source.builder().title(text("Report")).publisher("CCME\n").note("Read\r\nagain").build();

    assertThat(validator.validate(zmp))
        .containsOnlyViolations(violationOf(BrokenRule.NO_CONTROL_CHARACTERS).withProperty("name"));
    assertThat(validator.validate(person))
        .containsOnlyViolations(violationOf(BrokenRule.NO_CONTROL_CHARACTERS).withProperty("familyName"));
    assertThat(validator.validate(source))
        .containsOnlyViolations(
            violationOf(BrokenRule.NO_CONTROL_CHARACTERS).withProperty("publisher"),
            violationOf(BrokenRule.NO_CONTROL_CHARACTERS).withProperty("note"));
  }

  @Test
  void noControlCharacters_reportsATopicAtItsIndexAndASessionInADataset() {
    Session session = Session.builder().kind(SessionKind.PANEL).title(text("Panel")).summary(text("Speakers\u000C")).build();
    Event event = event("e2").withTopics(text("Advocacy"), text("Integra\u0000tion")).withSessions(session);
    Dataset dataset = Dataset.builder().addEvent(event("e1")).addEvent(event).build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(
            violationOf(BrokenRule.NO_CONTROL_CHARACTERS).withProperty("events[1].topics[1]"),
            violationOf(BrokenRule.NO_CONTROL_CHARACTERS).withProperty("events[1].sessions[0].summary"));
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"})
  void noDirectionalFormatting_rejectsEmbeddingsOverridesAndIsolatesInAName(String formatting) {
    Organisation organisation = organisation("o").withName(text("Caritas " + formatting + "Polska"));

    assertThat(validator.validate(organisation))
        .containsOnlyViolations(violationOf(BrokenRule.NO_DIRECTIONAL_FORMATTING).withProperty("name"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200E", "\u200F", "\u061C"})
  void noDirectionalFormatting_acceptsDirectionMarksInAName(String mark) {
    // A mark keeps "(UNHCR)" after an Arabic name where it belongs; it moves no character.
    Organisation organisation =
        organisation("o").withName(LocalizedText.of("ar", "\u0627\u0644\u0645\u0641\u0648\u0636\u064A\u0629" + mark + " (UNHCR)"));

    assertThat(validator.validate(organisation)).hasNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u2066", "\u2067", "\u2068", "\u2069"})
  void noDirectionalFormatting_acceptsEmbeddingsAndIsolatesInRunningText(String formatting) {
    String summary = "The workshop on \u05E7\u05DC\u05D9\u05D8\u05D4 " + formatting + "(absorption)" + formatting + " met twice.";

    assertThat(validator.validate(event("e1").withSummary(text(summary)))).hasNoViolations();
    assertThat(validator.validate(Source.builder().title(text("Report")).note(summary).build())).hasNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u202D", "\u202E"})
  void noDirectionalFormatting_rejectsOverridesInRunningText(String override) {
    Source source = Source.builder().title(text("Report")).note("See annex " + override + "fdp.exe").build();

    assertThat(validator.validate(event("e1").withSummary(text("See annex " + override + "fdp.exe"))))
        .containsOnlyViolations(violationOf(BrokenRule.NO_DIRECTIONAL_FORMATTING).withProperty("summary"));
    assertThat(validator.validate(source))
        .containsOnlyViolations(violationOf(BrokenRule.NO_DIRECTIONAL_FORMATTING).withProperty("note"));
  }

  @Test
  void noDirectionalFormatting_appliesToPeopleTopicsAndLabels() {
    Person person = Person.builder().id(PersonId.of("p")).givenName("\u2067\u05D3\u05D5\u05D3\u2069").build();
    Event event = event("e1").withTopics(text("\u202EnoitargetnI\u202C"));
    ContactPoint labelled = ContactPoint.builder().kind(ContactKind.PHONE).value("+32 2 2346808").label("\u202Boffice").build();

    assertThat(validator.validate(person))
        .containsOnlyViolations(violationOf(BrokenRule.NO_DIRECTIONAL_FORMATTING).withProperty("givenName"));
    assertThat(validator.validate(event))
        .containsOnlyViolations(violationOf(BrokenRule.NO_DIRECTIONAL_FORMATTING).withProperty("topics[0]"));
    assertThat(validator.validate(labelled))
        .containsOnlyViolations(violationOf(BrokenRule.NO_DIRECTIONAL_FORMATTING).withProperty("label"));
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
      "ABCDEFGHIJKLMNOPQRSTU", "CCME\n", "CC\u0000ME", "CC\u0085ME", "CC\u202EME", "CCME\u200F", "CC\u200BME"})
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
