package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Quantity;

/** {@link ValidationReport} and {@link Severity#of}: errors and warnings apart, in path order. */
class ValidationReportTest {

  /** Eleven events, the third and the eleventh with a missing organiser; a quota and a person warn. */
  private static Dataset dataset() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      Event event = Samples.event("e" + i);
      events.add(i == 2 || i == 10 ? event.withOrganisers(OrganisationId.of("missing")) : event);
    }
    return Dataset.builder()
        .events(events)
        .addQuota(Samples.quota("q").withArrivals(Quantity.exactly(600)))
        .addPeople(Person.builder().id(PersonId.of("anonymous")).build())
        .build();
  }

  @Test
  void of_splitsErrorsAndWarnings() {
    ValidationReport<Dataset> report = ValidationReport.of(Validators.validator().validate(dataset()));

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.isEmpty()).isFalse();
    assertThat(report.errors()).extracting(v -> v.getPropertyPath().toString())
        .containsExactly("events[2].organisers[0]", "events[10].organisers[0]");
    assertThat(report.warnings()).extracting(v -> v.getPropertyPath().toString())
        .containsExactly("people[0]", "quotas[0].arrivals");
    assertThat(report.violations()).hasSize(4);
  }

  @Test
  void of_noViolations() {
    ValidationReport<Dataset> report = ValidationReport.of(Set.of());

    assertThat(report.isEmpty()).isTrue();
    assertThat(report.hasErrors()).isFalse();
    assertThat(report).hasToString("0 errors, 0 warnings");
  }

  @Test
  void of_onlyWarnings_hasNoErrors() {
    Dataset dataset = Dataset.builder().addQuota(Samples.quota("q").withArrivals(Quantity.exactly(600))).build();

    ValidationReport<Dataset> report = ValidationReport.of(Validators.validator().validate(dataset));

    assertThat(report.hasErrors()).isFalse();
    assertThat(report.warnings()).hasSize(1);
    assertThat(report.toString()).startsWith("0 errors, 1 warning" + System.lineSeparator());
  }

  /** A factory of Hibernate Validator alone, for the constraints of other libraries. */
  private static ValidatorFactory factoryWithoutTheRules() {
    return Validation.byProvider(HibernateValidator.class).configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  /**
   * The paths of the report of the violations, given to it in ascending and in descending order
   * of their paths as text (orders unlike the report's), after checking that both give the same.
   */
  private static <T> List<String> reportedPaths(Set<ConstraintViolation<T>> violations) {
    Comparator<ConstraintViolation<T>> byText = Comparator.comparing(v -> v.getPropertyPath().toString());
    List<ConstraintViolation<T>> ascending = new ArrayList<>(violations);
    ascending.sort(byText);
    List<ConstraintViolation<T>> descending = new ArrayList<>(violations);
    descending.sort(byText.reversed());

    List<ConstraintViolation<T>> reported = ValidationReport.of(ascending).violations();
    assertThat(ValidationReport.of(descending).violations()).isEqualTo(reported);
    return reported.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toList());
  }

  @Test
  void of_ordersIndexesNumerically() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      events.add(Samples.event("e" + i).withOrganisers(OrganisationId.of("missing")));
    }
    Set<ConstraintViolation<Dataset>> violations = Validators.validator().validate(Dataset.builder().events(events).build());

    assertThat(reportedPaths(violations))
        .containsExactly("events[0].organisers[0]", "events[1].organisers[0]", "events[2].organisers[0]",
            "events[3].organisers[0]", "events[4].organisers[0]", "events[5].organisers[0]",
            "events[6].organisers[0]", "events[7].organisers[0]", "events[8].organisers[0]",
            "events[9].organisers[0]", "events[10].organisers[0]", "events[11].organisers[0]");
  }

  /**
   * A bean whose violations have map keys, and paths that begin other paths. Public with public
   * getters: on the module path Hibernate Validator may read only what this module exports.
   */
  public static final class Labelled {
    /**
     * Returns two blank tags, one more than allowed.
     *
     * @return the tags
     */
    @Size(max = 1)
    public List<@NotBlank String> getTags() {
      return List.of(" ", " ");
    }

    /**
     * Returns blank labels in three languages.
     *
     * @return the labels by language
     */
    public Map<String, @NotBlank String> getLabels() {
      return Map.of("pl", " ", "en", " ", "de", " ");
    }
  }

  @Test
  void of_ordersByKeyAndPutsAPathBeforeThePathsItBegins() {
    try (ValidatorFactory factory = factoryWithoutTheRules()) {
      Set<ConstraintViolation<Labelled>> violations = factory.getValidator().validate(new Labelled());

      assertThat(reportedPaths(violations))
          .containsExactly("labels[de].<map value>", "labels[en].<map value>", "labels[pl].<map value>", "tags",
              "tags[0].<list element>", "tags[1].<list element>");
    }
  }

  @Test
  void toString_listsSeverityPathMessageAndRule() {
    ValidationReport<Dataset> report = ValidationReport.of(Validators.validator().validate(dataset()));

    assertThat(report.toString().lines())
        .containsExactly(
            "2 errors, 2 warnings",
            "ERROR events[2].organisers[0]: must refer to a record in the dataset [REFERENCE_RESOLVES]",
            "ERROR events[10].organisers[0]: must refer to a record in the dataset [REFERENCE_RESOLVES]",
            "WARNING people[0]: must have a name, a given name or a family name [PERSON_NAMED]",
            "WARNING quotas[0].arrivals: are more than the places of the quota [ARRIVALS_WITHIN_PLACES]");
  }

  @Test
  void of_rejectsNull() {
    assertThatThrownBy(() -> ValidationReport.of(null)).isInstanceOf(NullPointerException.class);
  }

  /**
   * A bean with a standard constraint and no payload. Public with a public getter: on the module
   * path Hibernate Validator may read only what this module exports.
   */
  public static final class Form {
    /**
     * Returns the name, which is missing.
     *
     * @return null
     */
    @NotNull
    public String getName() {
      return null;
    }
  }

  @Test
  void severity_payload_isTheMarkerOfTheSeverity() {
    assertThat(Severity.ERROR.payload()).isEqualTo(Severity.Error.class);
    assertThat(Severity.WARNING.payload()).isEqualTo(Severity.Warning.class);
  }

  /** A bean whose constraint is marked both a warning and an error. Public, as {@link Form} is. */
  public static final class Marked {
    /**
     * Returns the name, which is missing.
     *
     * @return null
     */
    @NotNull(payload = {Severity.Warning.class, Severity.Error.class})
    public String getName() {
      return null;
    }
  }

  @Test
  void severityOf_constraintMarkedBothWarningAndError_isError() {
    try (ValidatorFactory factory = factoryWithoutTheRules()) {
      ConstraintViolation<Marked> violation = factory.getValidator().validate(new Marked()).iterator().next();

      assertThat(Severity.of(violation)).isEqualTo(Severity.ERROR);
    }
  }

  @Test
  void severityOf_constraintOfAnotherLibraryWithoutPayload_isError() {
    try (ValidatorFactory factory = factoryWithoutTheRules()) {
      ConstraintViolation<Form> violation = factory.getValidator().validate(new Form()).iterator().next();

      assertThat(Severity.of(violation)).isEqualTo(Severity.ERROR);
      assertThat(Rule.of(violation)).isEmpty();
      assertThat(ResettlementValidation.identifier(violation)).isEmpty();
      assertThat(ValidationReport.of(Set.of(violation)).toString())
          .isEqualTo("1 error, 0 warnings" + System.lineSeparator() + "ERROR name: must not be null");
    }
  }
}
