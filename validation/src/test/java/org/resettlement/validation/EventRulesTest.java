package org.resettlement.validation;

import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;
import static org.resettlement.validation.Samples.event;

import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Quantity;
import org.resettlement.core.Session;
import org.resettlement.core.SessionKind;
import org.resettlement.testkit.BrokenRule;

/**
 * {@link Rule#SESSION_WITHIN_EVENT} and {@link Rule#COUNTRY_COUNT_COVERS_NAMED}, on a sample event
 * held on 13-15 November 2023.
 */
class EventRulesTest {

  private final Validator validator = Validators.validator();

  private static Session panelOn(String date) {
    return Session.builder().kind(SessionKind.PANEL).date(PartialDate.parse(date)).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-11-13", "2023-11-15", "2023-11", "2023"})
  void sessionWithinEvent_acceptsDatesThatMayFallWithin(String date) {
    assertThat(validator.validate(event("e").withSessions(panelOn(date)))).hasNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-11-12", "2023-11-16", "2023-10", "2022"})
  void sessionWithinEvent_rejectsDatesCertainlyOutside(String date) {
    Event event = event("e").withSessions(panelOn("2023-11-13"), panelOn(date));

    assertThat(validator.validate(event))
        .containsOnlyViolations(violationOf(BrokenRule.SESSION_WITHIN_EVENT).withProperty("sessions[1].date"));
  }

  @Test
  void sessionWithinEvent_inDataset_reportedAtTheSession() {
    Dataset dataset = Dataset.builder().addEvent(event("e").withSessions(panelOn("2024-01-01"))).build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(violationOf(BrokenRule.SESSION_WITHIN_EVENT).withProperty("events[0].sessions[0].date"));
  }

  //-----------------------------------------------------------------------
  private static Event namingThree(String count, boolean others) {
    return event("e")
        .withRepresentedCountries(CountryCode.of("PL"), CountryCode.of("RO"), CountryCode.of("GR"))
        .withMoreCountriesRepresented(others)
        .withRepresentedCountryCount(Quantity.parse(count));
  }

  @ParameterizedTest(name = "count {0}, and others: {1}")
  @CsvSource({"3, false", "15, false", "4, true", "over 2, true", "about 15, true", "up to 3, false", "2-4, true"})
  void countryCountCoversNamed_accepts(String count, boolean others) {
    assertThat(validator.validate(namingThree(count, others))).hasNoViolations();
  }

  @ParameterizedTest(name = "count {0}, and others: {1}")
  @CsvSource({"2, false", "3, true", "up to 2, false", "1-3, true", "0, false"})
  void countryCountCoversNamed_rejectsCountBelowTheCountriesNamed(String count, boolean others) {
    assertThat(validator.validate(namingThree(count, others)))
        .containsOnlyViolations(
            violationOf(BrokenRule.COUNTRY_COUNT_COVERS_NAMED).withProperty("representedCountryCount"));
  }
}
