package org.resettlement.testkit;

import static org.resettlement.testkit.DateSampler.FIRST_YEAR;
import static org.resettlement.testkit.DateSampler.LAST_YEAR;
import static org.resettlement.testkit.SampleData.EARLIEST_DATE;
import static org.resettlement.testkit.SampleData.LATEST_DATE;
import static org.resettlement.testkit.Vocabulary.LANGUAGES;
import static org.resettlement.testkit.Vocabulary.RESETTLEMENT_STATES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.resettlement.core.Actor;
import org.resettlement.core.ActorKind;
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignId;
import org.resettlement.core.DateRange;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;
import org.resettlement.core.PledgeKind;
import org.resettlement.core.PledgeStatus;
import org.resettlement.core.Quantity;
import org.resettlement.core.StatisticMetric;
import org.resettlement.core.Target;

/**
 * Makes campaigns, such as "Resettlement saves lives – 2020", with their targets, and the pledges
 * that answer them.
 */
final class CampaignSampler {
  private static final StatisticMetric[] METRICS = Vocabulary.DOCUMENT_METRICS;
  private static final PledgeKind[] PLEDGE_KINDS = PledgeKind.values();
  private static final PledgeStatus[] PLEDGE_STATUSES = PledgeStatus.values();

  /** How a pledge of each kind is described, in the order of {@link PledgeKind}. */
  private static final LocalizedText[] PLEDGE_DESCRIPTIONS = {
    LocalizedText.of("en", "Resettlement places offered under the national programme."),
    LocalizedText.of("en", "A financial contribution towards the campaign's aims."),
    LocalizedText.of("en", "Promotion of the campaign among members and partners."),
    LocalizedText.of("en", "Reception and integration support for resettled refugees."),
    LocalizedText.of("en", "Staff time and premises for orientation sessions."),
    LocalizedText.of("en", "A commitment described in the pledger's own words.")
  };

  /** What each metric counts, in words, in the order of {@link StatisticMetric}. */
  private static final String[] METRIC_WORDS = {
    "people in need of resettlement", "resettlement places", "resettlement submissions",
    "departures for resettlement", "arrivals of resettled refugees", "people resettled",
    "resettling countries", "refugees returning home", "internally displaced people returning home",
    "naturalised refugees", "asylum decisions"
  };

  private final Draw draw;
  private final DateSampler dates;
  private final QuantitySampler quantities;
  private final PlaceSampler places;

  CampaignSampler(Draw draw, DateSampler dates, QuantitySampler quantities, PlaceSampler places) {
    this.draw = draw;
    this.dates = dates;
    this.quantities = quantities;
    this.places = places;
  }

  /** A target of a campaign made on its own, which may have been launched in any year but the last. */
  Target target() {
    return target(draw.chance(70) ? PartialDate.ofYear(draw.between(FIRST_YEAR, LAST_YEAR - 1)) : null);
  }

  /** A target whose deadline, if any, falls in a year after the launch date's. */
  Target target(PartialDate launch) {
    StatisticMetric metric = draw.chance(60) ? StatisticMetric.PLACES_OFFERED : draw.pick(METRICS);
    Quantity value = quantities.figure(metric);
    Target.Builder target = Target.builder().metric(metric).value(value);
    if (draw.chance(80)) {
      target.scope(places.geography());
    }
    Integer deadline = null;
    if (draw.chance(80)) {
      if (launch == null) {
        deadline = draw.between(1995, LAST_YEAR);
      } else if (launch.year() < LAST_YEAR) {
        deadline = draw.between(launch.year() + 1, Math.min(launch.year() + 8, LAST_YEAR));
      }
    }
    if (deadline != null) {
      target.deadline(PartialDate.ofYear(deadline));
    }
    boolean perYear = draw.chance(40);
    target.perYear(perYear);
    if (draw.chance(30)) {
      target.description(
          LocalizedText.of(
              "en",
              value + " " + METRIC_WORDS[metric.ordinal()] + (perYear ? " a year" : "")
                  + (deadline != null ? " by " + deadline : "")));
    }
    return target.build();
  }

  Campaign campaign(CampaignId id, Refs refs) {
    String[] name = draw.pick(Vocabulary.CAMPAIGN_NAMES);
    Campaign.Builder campaign = Campaign.builder().id(id);
    List<OrganisationId> launchers = new ArrayList<>(4);
    int wanted = draw.between(1, 4);
    for (int i = 0; i < wanted; i++) {
      OrganisationId launcher = refs.organisation();
      if (launcher != null && !launchers.contains(launcher)) {
        launchers.add(launcher);
      }
    }
    campaign.launchingOrganisations(launchers);
    PartialDate launch = null;
    if (draw.chance(90)) {
      LocalDate day = draw.day(LocalDate.of(1995, 1, 1), LocalDate.of(LAST_YEAR - 2, 12, 31));
      int precision = draw.below(100);
      launch = precision < 40 ? PartialDate.ofYear(day.getYear()) : dates.partialDate(day);
      campaign.launchDate(launch);
    }
    int targets = draw.chance(90) ? draw.between(1, 2) : 0;
    int lastDeadline = 0;
    for (int i = 0; i < targets; i++) {
      Target target = target(launch);
      campaign.addTarget(target);
      if (target.deadline().isPresent()) {
        lastDeadline = Math.max(lastDeadline, target.deadline().get().year());
      }
    }
    int nameYear =
        lastDeadline > 0 ? lastDeadline : launch != null ? Math.min(launch.year() + 5, LAST_YEAR) : draw.between(2000, LAST_YEAR);
    campaign.name(Vocabulary.text(name[0], name[1] + " – " + nameYear, name[2] + " – " + nameYear));
    if (launch != null && draw.chance(80)) {
      if (draw.chance(25)) {
        campaign.period(DateRange.since(launch));
      } else {
        int endYear = Math.max(lastDeadline, launch.year() + draw.between(1, 8));
        campaign.period(DateRange.of(launch, PartialDate.ofYear(Math.min(endYear, LAST_YEAR))));
      }
    }
    if (draw.chance(40)) {
      campaign.summary(draw.pick(draw.pick(LANGUAGES).summaries));
    }
    return campaign.sources(refs.sources()).build();
  }

  /** The days within which pledges to a campaign fall: its period, else from its launch on. */
  static Refs.CampaignWindow windowOf(Campaign campaign) {
    LocalDate from = EARLIEST_DATE;
    LocalDate to = LATEST_DATE;
    if (campaign.period().isPresent()) {
      DateRange period = campaign.period().get();
      from = period.earliestDate();
      to = period.latestDate().orElse(LATEST_DATE);
    } else if (campaign.launchDate().isPresent()) {
      from = campaign.launchDate().get().earliestDate();
    }
    return new Refs.CampaignWindow(campaign.id(), from, to);
  }

  //-----------------------------------------------------------------------
  Pledge pledge(PledgeId id, Refs refs) {
    int roll = draw.below(100);
    Actor pledger = roll < 55 ? refs.organisation() : roll < 70 ? refs.person() : null;
    if (pledger == null) {
      pledger = draw.pick(RESETTLEMENT_STATES);
    }
    PledgeKind kind = draw.chance(40) ? PledgeKind.RESETTLEMENT_PLACES : draw.pick(PLEDGE_KINDS);
    Pledge.Builder pledge = Pledge.builder().id(id).pledger(pledger).kind(kind);
    Refs.CampaignWindow campaign = draw.chance(85) ? refs.campaign() : null;
    if (campaign != null) {
      pledge.campaign(campaign.id());
    }
    Quantity quantity = null;
    if (kind == PledgeKind.RESETTLEMENT_PLACES ? draw.chance(95) : kind != PledgeKind.FUNDING && draw.chance(40)) {
      boolean state = pledger.actorKind() == ActorKind.COUNTRY;
      quantity = quantities.quantity(5, state && kind == PledgeKind.RESETTLEMENT_PLACES ? 10_000 : 500);
      pledge.quantity(quantity);
    }
    if (draw.chance(kind == PledgeKind.FUNDING ? 90 : 5)) {
      pledge.amount(quantities.monetaryAmount());
    }
    if (draw.chance(30)) {
      pledge.description(PLEDGE_DESCRIPTIONS[kind.ordinal()]);
    }
    PartialDate pledgedOn = null;
    if (campaign != null) {
      pledgedOn = PartialDate.of(draw.day(campaign.from(), campaign.to()));
    } else if (draw.chance(85)) {
      pledgedOn = dates.partialDate();
    }
    if (pledgedOn != null) {
      pledge.pledgedOn(pledgedOn);
    }
    if (draw.chance(40)) {
      int from = pledgedOn != null ? pledgedOn.year() : draw.between(FIRST_YEAR, LAST_YEAR);
      int to = Math.min(from + draw.below(3), LAST_YEAR);
      pledge.targetPeriod(DateRange.of(PartialDate.ofYear(from), PartialDate.ofYear(to)));
    }
    PledgeStatus status = draw.pick(PLEDGE_STATUSES);
    pledge.status(status);
    if (quantity != null) {
      fulfil(pledge, status, quantity);
    }
    return pledge.sources(refs.sources()).build();
  }

  /**
   * Sets how much of a pledge was delivered: at most the smallest count pledged, or more than
   * the largest with {@code overfulfilled} set.
   */
  private void fulfil(Pledge.Builder pledge, PledgeStatus status, Quantity pledged) {
    long floor = pledged.min();
    switch (status) {
      case FULFILLED:
        if (pledged.max().isPresent() && draw.chance(20)) {
          pledge.fulfilled(quantities.above(pledged.max().getAsLong()));
          pledge.overfulfilled(true);
        } else if (floor > 0 && draw.chance(60)) {
          pledge.fulfilled(Quantity.exactly(floor));
        }
        break;
      case IN_PROGRESS:
      case PARTIALLY_FULFILLED:
        if (floor > 1 && draw.chance(70)) {
          pledge.fulfilled(quantities.within(floor - 1));
        }
        break;
      case WITHDRAWN:
        if (floor > 1 && draw.chance(20)) {
          pledge.fulfilled(quantities.within(floor - 1));
        }
        break;
      default:
        break;
    }
  }
}
