package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
  void severityOf_constraintOfAnotherLibraryWithoutPayload_isError() {
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      ConstraintViolation<Form> violation = factory.getValidator().validate(new Form()).iterator().next();

      assertThat(Severity.of(violation)).isEqualTo(Severity.ERROR);
      assertThat(Rule.of(violation)).isEmpty();
      assertThat(ResettlementValidation.identifier(violation)).isEmpty();
      assertThat(ValidationReport.of(Set.of(violation)).toString())
          .isEqualTo("1 error, 0 warnings" + System.lineSeparator() + "ERROR name: must not be null");
    }
  }
}
