package org.resettlement.testkit;

import static org.resettlement.testkit.BrokenRule.DEADLINE_AFTER_LAUNCH;
import static org.resettlement.testkit.BrokenRule.NOT_IN_FUTURE;
import static org.resettlement.testkit.BrokenRule.PLAUSIBLE_DATE;
import static org.resettlement.testkit.BrokenRule.PLEDGE_WITHIN_CAMPAIGN_PERIOD;
import static org.resettlement.testkit.BrokenRule.SESSION_WITHIN_EVENT;
import static org.resettlement.testkit.RecordKind.CAMPAIGNS;
import static org.resettlement.testkit.RecordKind.EVENTS;
import static org.resettlement.testkit.RecordKind.MEMBERSHIPS;
import static org.resettlement.testkit.RecordKind.PLEDGES;
import static org.resettlement.testkit.RecordKind.PROJECTS;
import static org.resettlement.testkit.RecordKind.QUOTAS;
import static org.resettlement.testkit.RecordKind.STATISTICS;
import static org.resettlement.testkit.RuleBreakers.add;
import static org.resettlement.testkit.RuleBreakers.addOnSources;
import static org.resettlement.testkit.RuleBreakers.at;
import static org.resettlement.testkit.RuleBreakers.replaced;
import static org.resettlement.testkit.RuleBreakers.site;
import static org.resettlement.testkit.RuleBreakers.sourceSites;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.resettlement.core.Campaign;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.Funding;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Pledge;
import org.resettlement.core.Project;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Session;
import org.resettlement.core.SessionKind;
import org.resettlement.core.Source;
import org.resettlement.core.Target;
import org.resettlement.testkit.RuleBreakers.Entry;
import org.resettlement.testkit.RuleBreakers.Scope;
import org.resettlement.testkit.RuleBreakers.Site;
import org.resettlement.testkit.RuleBreakers.Where;

/**
 * How the date rules are broken: implausible dates ({@code PLAUSIBLE_DATE}), sources from the
 * future ({@code NOT_IN_FUTURE}), and dates out of order with another date of the record or the
 * dataset: a target's deadline, a pledge, a session. {@link RuleBreakers} says what every change
 * must keep.
 */
final class DateBreakers {
  private DateBreakers() {}

  /** Adds the entries of the date rules, in the order that fixes what a seed gives. */
  static void addEntries() {
    for (RecordKind<?> kind : RecordKind.ALL) {
      sourceRules(kind);
    }
    add(PLAUSIBLE_DATE, MEMBERSHIPS, (m, scope, sites) -> m.period().ifPresent(period ->
        site(sites, "period.start", () -> m.withPeriod(centuryEarlierStart(period)))));
    // Moving the start back keeps every session within the event.
    add(PLAUSIBLE_DATE, EVENTS, (e, scope, sites) ->
        site(sites, "period.start", () -> e.withPeriod(centuryEarlierStart(e.period()))));
    add(PLAUSIBLE_DATE, PROJECTS, DateBreakers::implausibleDate);
    add(PLAUSIBLE_DATE, CAMPAIGNS, DateBreakers::implausibleDate);
    add(PLAUSIBLE_DATE, PLEDGES, DateBreakers::implausibleDate);
    add(PLAUSIBLE_DATE, QUOTAS, DateBreakers::implausibleDate);
    add(PLAUSIBLE_DATE, STATISTICS, (s, scope, sites) ->
        site(sites, "period.start", () -> s.withPeriod(centuryEarlierStart(s.period()))));

    add(DEADLINE_AFTER_LAUNCH, CAMPAIGNS, DateBreakers::deadlineBeforeLaunch);
    add(new Entry<>(PLEDGE_WITHIN_CAMPAIGN_PERIOD, PLEDGES, Where.IN_DATASET,
        spec -> spec.pledges() > 0 && spec.campaigns() > 0, "pledges and campaigns", DateBreakers::outsideCampaign));
    add(SESSION_WITHIN_EVENT, EVENTS, DateBreakers::sessionOutsideEvent);
  }

  /** The sources every kind of record cites: published in the future. */
  private static <T> void sourceRules(RecordKind<T> kind) {
    addOnSources(NOT_IN_FUTURE, kind, (record, scope, sites) ->
        sourceSites(kind, record, scope, sites, "publishedOn", DateBreakers::publishedInTheFuture));
  }

  /** Published a century after it was, or was read, as by a typo (2114 for 2014). */
  private static Source publishedInTheFuture(Source source) {
    PartialDate published =
        source.publishedOn().orElseGet(() -> PartialDate.of(source.accessedOn().orElse(SampleData.LATEST_SOURCE_DATE)));
    return source.withPublishedOn(shifted(published, 100));
  }

  //-----------------------------------------------------------------------
  // PLAUSIBLE_DATE: a date a century earlier, as by a typo (2014 for 1914); a period's start
  // moves, so that the period only grows and holds whatever it held.

  private static PartialDate shifted(PartialDate date, int years) {
    switch (date.precision()) {
      case DAY:
        return PartialDate.of(date.toLocalDate().orElseThrow().plusYears(years));
      case MONTH:
        return PartialDate.of(date.year() + years, date.month().orElseThrow());
      default:
        return PartialDate.ofYear(date.year() + years);
    }
  }

  private static DateRange centuryEarlierStart(DateRange period) {
    return period.withStart(shifted(period.start(), -100));
  }

  private static void implausibleDate(Project p, Scope scope, List<Site<Project>> sites) {
    p.period().ifPresent(period -> site(sites, "period.start", () -> p.withPeriod(centuryEarlierStart(period))));
    List<Funding> fundings = p.fundings();
    for (int j = 0; j < fundings.size(); j++) {
      Funding funding = fundings.get(j);
      int index = j;
      funding.year().ifPresent(year -> site(sites, at("fundings", index) + ".year",
          () -> p.withFundings(replaced(fundings, index, funding.withYear(year.minusYears(100))))));
    }
  }

  /** The launch or the start of the period; deadlines and pledges stay after them. */
  private static void implausibleDate(Campaign c, Scope scope, List<Site<Campaign>> sites) {
    c.launchDate().ifPresent(launch -> site(sites, "launchDate", () -> c.withLaunchDate(shifted(launch, -100))));
    c.period().ifPresent(period -> site(sites, "period.start", () -> c.withPeriod(centuryEarlierStart(period))));
    if (c.launchDate().isEmpty()) {
      // Without a launch, no deadline can come before it.
      List<Target> targets = c.targets();
      for (int j = 0; j < targets.size(); j++) {
        Target target = targets.get(j);
        int index = j;
        target.deadline().ifPresent(deadline -> site(sites, at("targets", index) + ".deadline",
            () -> c.withTargets(replaced(targets, index, target.withDeadline(shifted(deadline, -100))))));
      }
    }
  }

  private static void implausibleDate(Pledge p, Scope scope, List<Site<Pledge>> sites) {
    // A pledge dated within its campaign's period would leave it too.
    if (p.pledgedOn().isPresent() && campaignPeriod(p, scope).isEmpty()) {
      site(sites, "pledgedOn", () -> p.withPledgedOn(shifted(p.pledgedOn().get(), -100)));
    }
    p.targetPeriod().ifPresent(period -> site(sites, "targetPeriod.start",
        () -> p.withTargetPeriod(centuryEarlierStart(period))));
  }

  private static void implausibleDate(ResettlementQuota q, Scope scope, List<Site<ResettlementQuota>> sites) {
    site(sites, "period.start", () -> q.withPeriod(centuryEarlierStart(q.period())));
    q.decidedOn().ifPresent(date -> site(sites, "decidedOn", () -> q.withDecidedOn(shifted(date, -100))));
    q.arrivalsAsOf().ifPresent(date -> site(sites, "arrivalsAsOf", () -> q.withArrivalsAsOf(shifted(date, -100))));
  }

  /** The period of the pledge's campaign, if the dataset holds the campaign and it has one. */
  private static Optional<DateRange> campaignPeriod(Pledge p, Scope scope) {
    if (scope.dataset == null || p.campaign().isEmpty()) {
      return Optional.empty();
    }
    return scope.dataset.campaign(p.campaign().get()).flatMap(Campaign::period);
  }

  //-----------------------------------------------------------------------
  // Dates out of order with another date of the record or the dataset.

  /** A target's deadline one to three years before the launch, or such a target added. */
  private static void deadlineBeforeLaunch(Campaign c, Scope scope, List<Site<Campaign>> sites) {
    if (c.launchDate().isEmpty()) {
      return;
    }
    int launch = c.launchDate().get().year();
    List<Target> targets = c.targets();
    for (int j = 0; j < targets.size(); j++) {
      Target target = targets.get(j);
      int index = j;
      site(sites, at("targets", j) + ".deadline", () -> c.withTargets(replaced(targets, index,
          target.withDeadline(PartialDate.ofYear(launch - scope.draw.between(1, 3))))));
    }
    if (targets.isEmpty()) {
      site(sites, at("targets", 0) + ".deadline", () -> c.withTargets(List.of(
          scope.sample.target(null).withDeadline(PartialDate.ofYear(launch - scope.draw.between(1, 3))))));
    }
  }

  /** A pledge dated up to a year before its campaign's period began. */
  private static void outsideCampaign(Pledge p, Scope scope, List<Site<Pledge>> sites) {
    campaignPeriod(p, scope).ifPresent(period -> site(sites, "pledgedOn", () -> p.withPledgedOn(
        PartialDate.of(period.earliestDate().minusDays(scope.draw.between(1, 365))))));
  }

  /** A session dated up to a month before its event began, or such a session added. */
  private static void sessionOutsideEvent(Event e, Scope scope, List<Site<Event>> sites) {
    List<Session> sessions = e.sessions();
    Supplier<PartialDate> before = () -> PartialDate.of(e.period().earliestDate().minusDays(scope.draw.between(1, 30)));
    for (int j = 0; j < sessions.size(); j++) {
      Session session = sessions.get(j);
      int index = j;
      site(sites, at("sessions", j) + ".date",
          () -> e.withSessions(replaced(sessions, index, session.withDate(before.get()))));
    }
    if (sessions.isEmpty()) {
      site(sites, at("sessions", 0) + ".date", () -> e.withSessions(List.of(
          Session.builder().kind(scope.draw.pick(SessionKind.values())).date(before.get()).build())));
    }
  }
}
