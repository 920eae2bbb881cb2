package org.resettlement.validation;

import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;
import static org.resettlement.validation.Samples.campaign;
import static org.resettlement.validation.Samples.event;
import static org.resettlement.validation.Samples.person;
import static org.resettlement.validation.Samples.pledge;
import static org.resettlement.validation.Samples.project;
import static org.resettlement.validation.Samples.quota;
import static org.resettlement.validation.Samples.statistic;
import static org.resettlement.validation.Samples.text;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Funding;
import org.resettlement.core.Membership;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PartialDate;
import org.resettlement.core.PersonId;
import org.resettlement.core.Quantity;
import org.resettlement.core.Session;
import org.resettlement.core.SessionKind;
import org.resettlement.core.Source;
import org.resettlement.core.StatisticMetric;
import org.resettlement.core.Target;
import org.resettlement.testkit.BrokenRule;

/**
 * {@link Rule#PLAUSIBLE_DATE} (1 January 1945 to ten years after today) and {@link
 * Rule#NOT_IN_FUTURE}, with today fixed at {@link Validators#TODAY}, 15 June 2024: the latest
 * plausible day is 15 June 2034.
 */
class DateRulesTest {

  private final Validator validator = Validators.validator();

  private static Dataset eventIn(String period) {
    return Dataset.builder().addEvent(event("e1").withPeriod(DateRange.parse(period))).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1945/1945", "1945-01-01/1945-01-01", "1945-01/1945-05", "2023-11-13/2023-11-15",
      "2034/2034", "2034-06-15/2034-06-15", "2034-06/2034-06", "2020/..", "2034-06-15/.."})
  void plausibleDate_accepts(String period) {
    assertThat(validator.validate(eventIn(period))).hasNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1944/2023", "1944-12-31/2023", "1900/2023", "1944-12/..", "0001/2023"})
  void plausibleDate_rejectsStartBefore1945(String period) {
    assertThat(validator.validate(eventIn(period)))
        .containsOnlyViolations(violationOf(BrokenRule.PLAUSIBLE_DATE).withProperty("events[0].period.start"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023/2034-06-16", "2023/2035", "2024-06/2034-07"})
  void plausibleDate_rejectsEndMoreThanTenYearsAhead(String period) {
    assertThat(validator.validate(eventIn(period)))
        .containsOnlyViolations(violationOf(BrokenRule.PLAUSIBLE_DATE).withProperty("events[0].period.end"));
  }

  @Test
  void plausibleDate_reportsBothEndsWhenBothAreImplausible() {
    assertThat(validator.validate(eventIn("2035/2036")))
        .containsOnlyViolations(
            violationOf(BrokenRule.PLAUSIBLE_DATE).withProperty("events[0].period.start"),
            violationOf(BrokenRule.PLAUSIBLE_DATE).withProperty("events[0].period.end"));
  }

  @Test
  void plausibleDate_followsTheClockOfTheFactory() {
    Dataset dataset = eventIn("2023/2035-01-01");

    assertThat(Validators.on(LocalDate.of(2025, 1, 1)).validate(dataset)).hasNoViolations();
    assertThat(Validators.on(LocalDate.of(2024, 12, 31)).validate(dataset))
        .containsOnlyViolations(violationOf(BrokenRule.PLAUSIBLE_DATE).withProperty("events[0].period.end"));
  }

  static Stream<Arguments> everyDateOfARecord() {
    PartialDate early = PartialDate.parse("1930");
    DateRange earlyPeriod = DateRange.parse("1930/2023");
    PartialDate late = PartialDate.parse("2040");
    // A session or deadline before 1945 would also fall outside its event or before its launch.
    Session session = Session.builder().kind(SessionKind.PANEL).date(late).build();
    Target target =
        Target.builder().metric(StatisticMetric.PLACES_OFFERED).value(Quantity.exactly(1)).deadline(late).build();
    Membership membership =
        Membership.builder().member(PersonId.of("p1")).organisation(OrganisationId.of("o1")).period(earlyPeriod).build();
    Dataset base = Dataset.builder().addPeople(person("p1")).addOrganisation(Samples.organisation("o1")).build();
    return Stream.of(
        Arguments.of(base.withEvents(event("e1").withPeriod(DateRange.parse("2023/..")).withSessions(session)),
            "events[0].sessions[0].date"),
        Arguments.of(base.withProjects(project("p1").withPeriod(earlyPeriod)), "projects[0].period.start"),
        Arguments.of(base.withProjects(project("p1").withFundings(Funding.builder().year(Year.of(1930)).build())),
            "projects[0].fundings[0].year"),
        Arguments.of(base.withCampaigns(campaign("c1").withLaunchDate(early)), "campaigns[0].launchDate"),
        Arguments.of(base.withCampaigns(campaign("c1").withPeriod(earlyPeriod)), "campaigns[0].period.start"),
        Arguments.of(base.withCampaigns(campaign("c1").withTargets(target)), "campaigns[0].targets[0].deadline"),
        Arguments.of(base.withPledges(pledge("x").withPledgedOn(early)), "pledges[0].pledgedOn"),
        Arguments.of(base.withPledges(pledge("x").withTargetPeriod(DateRange.parse("2023/2040"))),
            "pledges[0].targetPeriod.end"),
        Arguments.of(base.withQuotas(quota("q").withPeriod(earlyPeriod)), "quotas[0].period.start"),
        Arguments.of(base.withQuotas(quota("q").withDecidedOn(early)), "quotas[0].decidedOn"),
        Arguments.of(base.withQuotas(quota("q").withArrivalsAsOf(late)), "quotas[0].arrivalsAsOf"),
        Arguments.of(base.withStatistics(statistic("s").withPeriod(earlyPeriod)), "statistics[0].period.start"),
        Arguments.of(base.withMemberships(membership), "memberships[0].period.start"));
  }

  @ParameterizedTest
  @MethodSource("everyDateOfARecord")
  void plausibleDate_appliesToEveryDateOfARecord(Dataset dataset, String path) {
    assertThat(validator.validate(dataset)).containsOnlyViolations(violationOf(BrokenRule.PLAUSIBLE_DATE).withProperty(path));
  }

  //-----------------------------------------------------------------------
  private static Source sourcePublished(String date) {
    return Source.builder().title(text("Press release")).publishedOn(PartialDate.parse(date)).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-06-15", "2024-06", "2024", "1930", "1851"})
  void notInFuture_acceptsPublicationUntilToday(String date) {
    assertThat(validator.validate(sourcePublished(date))).hasNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-06-16", "2024-07", "2025"})
  void notInFuture_rejectsPublicationAfterToday(String date) {
    assertThat(validator.validate(sourcePublished(date)))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_IN_FUTURE).withProperty("publishedOn"));
  }

  @Test
  void notInFuture_rejectsAccessAfterToday() {
    Source source = Source.builder().title(text("Web page")).accessedOn(LocalDate.of(2024, 6, 16)).build();
    Dataset dataset = Dataset.builder().addCampaign(campaign("c1").withSources(source)).build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_IN_FUTURE).withProperty("campaigns[0].sources[0].accessedOn"));
    assertThat(validator.validate(source.withAccessedOn(LocalDate.of(2024, 6, 15)))).hasNoViolations();
  }
}
