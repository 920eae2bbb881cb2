package org.resettlement.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.resettlement.core.Breakdown;
import org.resettlement.core.Campaign;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.Event;
import org.resettlement.core.Funding;
import org.resettlement.core.Membership;
import org.resettlement.core.MonetaryAmount;
import org.resettlement.core.Organisation;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Person;
import org.resettlement.core.Place;
import org.resettlement.core.Pledge;
import org.resettlement.core.Project;
import org.resettlement.core.Quantity;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Session;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;
import org.resettlement.core.Target;

/**
 * What {@link SampleData} promises of its values beyond the rules of the validation module,
 * written out for the tests: each broken promise adds a line naming the path and the problem. A
 * value that keeps every promise has no lines.
 *
 * <p>The promises are those of the class and method comments of {@code SampleData} and of the
 * README: dates between {@link SampleData#EARLIEST_DATE} and {@link SampleData#LATEST_DATE};
 * sources published and accessed no later than {@link SampleData#LATEST_SOURCE_DATE}; e-mail and
 * {@code https} addresses under the reserved {@code example} domains and E.164 telephone numbers,
 * which reach nobody; coordinates in range; amounts of 500 to 2,000,000 units; a figure bounded by
 * another (a fulfilled quantity, allocations, arrivals) whose largest count is at most the other's
 * smallest, and an overfulfilled pledge that is certainly above its pledge; target deadlines after
 * the launch; breakdowns of an exact total that add up to it; and, in a dataset, pledges dated
 * within their campaign.
 *
 * <p>The validation rules themselves are not repeated here: the validation module's {@code
 * GeneratedSamplesTest} checks the samples against the real rules. The checks are written apart
 * from the generator's code, so that a generator that breaks a promise is caught.
 */
final class Promises {
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final Pattern EMAIL = Pattern.compile("[a-z0-9.]+@([a-z0-9-]+\\.)?example\\.(org|net|com)");
  private static final Pattern WEB = Pattern.compile("https://[a-z0-9-]+\\.example(\\.(org|net|com))?/\\S*");
  private static final BigDecimal LEAST_AMOUNT = BigDecimal.valueOf(500);
  private static final BigDecimal MOST_AMOUNT = BigDecimal.valueOf(2_000_000);

  private final List<String> broken = new ArrayList<>();

  private Promises() {}

  /** Checks any value SampleData makes; a value with nothing promised of it has no lines. */
  static List<String> brokenBy(Object value) {
    Promises promises = new Promises();
    promises.any("value", value);
    return promises.broken;
  }

  private void any(String path, Object value) {
    if (value instanceof PartialDate date) {
      date(path, date);
    } else if (value instanceof DateRange range) {
      range(path, range);
    } else if (value instanceof Coordinates coordinates) {
      coordinates(path, coordinates);
    } else if (value instanceof Place place) {
      place(path, place);
    } else if (value instanceof ContactPoint contact) {
      contact(path, contact);
    } else if (value instanceof Source source) {
      source(path, source);
    } else if (value instanceof MonetaryAmount amount) {
      amount(path, amount);
    } else if (value instanceof Organisation organisation) {
      organisation(path, organisation);
    } else if (value instanceof Person person) {
      person(path, person);
    } else if (value instanceof Membership membership) {
      membership(path, membership);
    } else if (value instanceof Session session) {
      date(path + ".date", session.date());
    } else if (value instanceof Event event) {
      event(path, event);
    } else if (value instanceof Funding funding) {
      funding(path, funding);
    } else if (value instanceof Project project) {
      project(path, project);
    } else if (value instanceof Target target) {
      target(path, target, Optional.empty());
    } else if (value instanceof Campaign campaign) {
      campaign(path, campaign);
    } else if (value instanceof Pledge pledge) {
      pledge(path, pledge);
    } else if (value instanceof ResettlementQuota quota) {
      quota(path, quota);
    } else if (value instanceof Statistic statistic) {
      statistic(path, statistic);
    } else if (value instanceof Dataset dataset) {
      dataset(dataset);
    }
  }

  //-----------------------------------------------------------------------
  private void check(boolean kept, String path, String problem) {
    if (!kept) {
      broken.add(path + ": " + problem);
    }
  }

  private void date(String path, PartialDate date) {
    check(!date.earliestDate().isBefore(SampleData.EARLIEST_DATE), path, date + " is before SampleData.EARLIEST_DATE");
    check(!date.latestDate().isAfter(SampleData.LATEST_DATE), path, date + " is after SampleData.LATEST_DATE");
  }

  private void date(String path, Optional<PartialDate> date) {
    date.ifPresent(value -> date(path, value));
  }

  private void range(String path, DateRange range) {
    date(path + ".start", range.start());
    date(path + ".end", range.end());
  }

  private void range(String path, Optional<DateRange> range) {
    range.ifPresent(value -> range(path, value));
  }

  private void coordinates(String path, Coordinates coordinates) {
    check(Math.abs(coordinates.latitude()) <= 90, path, "latitude out of range");
    check(Math.abs(coordinates.longitude()) <= 180, path, "longitude out of range");
  }

  private void place(String path, Place place) {
    place.coordinates().ifPresent(value -> coordinates(path + ".coordinates", value));
  }

  private void contact(String path, ContactPoint contact) {
    String value = contact.value();
    switch (contact.kind()) {
      case EMAIL:
        check(EMAIL.matcher(value).matches(), path, "'" + value + "' is not an e-mail address under a reserved domain");
        break;
      case PHONE:
      case FAX:
        check(E164.matcher(value).matches(), path, "'" + value + "' is not an E.164 number");
        break;
      default:
        check(WEB.matcher(value).matches(), path, "'" + value + "' is not an https address under a reserved domain");
        break;
    }
  }

  private void contacts(String path, List<ContactPoint> contacts) {
    for (int i = 0; i < contacts.size(); i++) {
      contact(path + ".contacts[" + i + "]", contacts.get(i));
    }
  }

  private void source(String path, Source source) {
    source.url().ifPresent(
        url -> check(WEB.matcher(url.toString()).matches(), path + ".url", "'" + url + "' is not an https address under a reserved domain"));
    source.publishedOn().ifPresent(day -> published(path + ".publishedOn", day.earliestDate()));
    source.accessedOn().ifPresent(day -> published(path + ".accessedOn", day));
  }

  /** A day a source was published or accessed on, which no test run can see in the future. */
  private void published(String path, LocalDate day) {
    check(!day.isBefore(SampleData.EARLIEST_DATE), path, day + " is before SampleData.EARLIEST_DATE");
    check(!day.isAfter(SampleData.LATEST_SOURCE_DATE), path, day + " is after SampleData.LATEST_SOURCE_DATE");
  }

  private void sources(String path, List<Source> sources) {
    for (int i = 0; i < sources.size(); i++) {
      source(path + ".sources[" + i + "]", sources.get(i));
    }
  }

  private void amount(String path, MonetaryAmount amount) {
    check(
        amount.amount().compareTo(LEAST_AMOUNT) >= 0 && amount.amount().compareTo(MOST_AMOUNT) <= 0,
        path,
        amount + " is not 500 to 2,000,000 units");
  }

  //-----------------------------------------------------------------------
  private void organisation(String path, Organisation organisation) {
    organisation.place().ifPresent(place -> place(path + ".place", place));
    contacts(path, organisation.contacts());
    sources(path, organisation.sources());
  }

  private void person(String path, Person person) {
    contacts(path, person.contacts());
    sources(path, person.sources());
  }

  private void membership(String path, Membership membership) {
    range(path + ".period", membership.period());
    sources(path, membership.sources());
  }

  private void event(String path, Event event) {
    range(path + ".period", event.period());
    event.venue().ifPresent(venue -> place(path + ".venue", venue));
    for (int i = 0; i < event.sessions().size(); i++) {
      date(path + ".sessions[" + i + "].date", event.sessions().get(i).date());
    }
    sources(path, event.sources());
  }

  private void funding(String path, Funding funding) {
    funding.amount().ifPresent(amount -> amount(path + ".amount", amount));
    funding.year().ifPresent(year -> date(path + ".year", PartialDate.of(year)));
  }

  private void project(String path, Project project) {
    for (int i = 0; i < project.fundings().size(); i++) {
      funding(path + ".fundings[" + i + "]", project.fundings().get(i));
    }
    range(path + ".period", project.period());
    sources(path, project.sources());
  }

  private void target(String path, Target target, Optional<PartialDate> launch) {
    date(path + ".deadline", target.deadline());
    if (launch.isPresent() && target.deadline().isPresent()) {
      check(
          launch.get().latestDate().isBefore(target.deadline().get().earliestDate()),
          path + ".deadline",
          target.deadline().get() + " is not after the launch date " + launch.get());
    }
  }

  private void campaign(String path, Campaign campaign) {
    date(path + ".launchDate", campaign.launchDate());
    for (int i = 0; i < campaign.targets().size(); i++) {
      target(path + ".targets[" + i + "]", campaign.targets().get(i), campaign.launchDate());
    }
    range(path + ".period", campaign.period());
    sources(path, campaign.sources());
  }

  private void pledge(String path, Pledge pledge) {
    pledge.amount().ifPresent(amount -> amount(path + ".amount", amount));
    date(path + ".pledgedOn", pledge.pledgedOn());
    range(path + ".targetPeriod", pledge.targetPeriod());
    if (pledge.fulfilled().isPresent()) {
      check(pledge.quantity().isPresent(), path + ".fulfilled", "given without a pledged quantity");
    }
    if (pledge.fulfilled().isPresent() && pledge.quantity().isPresent()) {
      Quantity pledged = pledge.quantity().get();
      Quantity fulfilled = pledge.fulfilled().get();
      if (pledge.overfulfilled()) {
        check(
            pledged.max().isPresent() && fulfilled.min() > pledged.max().getAsLong(),
            path + ".overfulfilled",
            "set, but " + fulfilled + " is not above " + pledged);
      } else {
        check(
            fulfilled.max().isPresent() && fulfilled.max().getAsLong() <= pledged.min(),
            path + ".fulfilled",
            fulfilled + " may be above the pledged " + pledged);
      }
    } else {
      check(!pledge.overfulfilled(), path + ".overfulfilled", "set without a fulfilled quantity");
    }
    sources(path, pledge.sources());
  }

  private void quota(String path, ResettlementQuota quota) {
    range(path + ".period", quota.period());
    long allocated = 0;
    boolean bounded = true;
    for (int i = 0; i < quota.allocations().size(); i++) {
      Quantity places = quota.allocations().get(i).places();
      check(places.max().isPresent(), path + ".allocations[" + i + "]", "unbounded: " + places);
      bounded &= places.max().isPresent();
      allocated += places.max().orElse(0);
    }
    if (!quota.allocations().isEmpty()) {
      check(quota.places().isPresent(), path + ".allocations", "given without places");
      long total = allocated;
      check(!bounded || quota.places().map(places -> total <= places.min()).orElse(true), path + ".allocations",
          "may add up to " + total + ", above the places " + quota.places().orElse(null));
    }
    if (quota.arrivals().isPresent() && quota.places().isPresent()) {
      Quantity arrivals = quota.arrivals().get();
      check(
          arrivals.max().isPresent() && arrivals.max().getAsLong() <= quota.places().get().min(),
          path + ".arrivals",
          arrivals + " may be above the places " + quota.places().get());
    }
    date(path + ".arrivalsAsOf", quota.arrivalsAsOf());
    date(path + ".decidedOn", quota.decidedOn());
    sources(path, quota.sources());
  }

  private void statistic(String path, Statistic statistic) {
    range(path + ".period", statistic.period());
    Map<Dimension, Long> sums = new TreeMap<>();
    Map<Dimension, Boolean> exact = new TreeMap<>();
    for (Breakdown breakdown : statistic.breakdown()) {
      sums.merge(breakdown.dimension(), breakdown.value().value(), Long::sum);
      exact.merge(breakdown.dimension(), breakdown.value().exact(), Boolean::logicalAnd);
    }
    if (statistic.value().exact()) {
      sums.forEach(
          (dimension, sum) ->
              check(
                  !exact.get(dimension) || sum == statistic.value().value(),
                  path + ".breakdown[" + dimension + "]",
                  "adds up to " + sum + ", not the total " + statistic.value()));
    }
    sources(path, statistic.sources());
  }

  //-----------------------------------------------------------------------
  private void dataset(Dataset dataset) {
    each("organisations", dataset.organisations(), this::organisation);
    each("people", dataset.people(), this::person);
    each("memberships", dataset.memberships(), this::membership);
    each("events", dataset.events(), this::event);
    each("projects", dataset.projects(), this::project);
    each("campaigns", dataset.campaigns(), this::campaign);
    each("pledges", dataset.pledges(), (path, pledge) -> {
      pledge(path, pledge);
      pledge.campaign().flatMap(dataset::campaign).ifPresent(campaign -> withinCampaign(path, pledge, campaign));
    });
    each("quotas", dataset.quotas(), this::quota);
    each("statistics", dataset.statistics(), this::statistic);
  }

  /** A pledge to a campaign is dated within the campaign's period or, without one, after its launch. */
  private void withinCampaign(String path, Pledge pledge, Campaign campaign) {
    check(pledge.pledgedOn().isPresent(), path + ".pledgedOn", "missing, though the pledge answers " + campaign.id());
    pledge.pledgedOn().ifPresent(pledgedOn -> {
      campaign.period().ifPresent(
          period -> check(period.contains(pledgedOn), path + ".pledgedOn", pledgedOn + " is outside the campaign's period " + period));
      campaign.launchDate().ifPresent(
          launch -> check(
              !pledgedOn.latestDate().isBefore(launch.earliestDate()), path + ".pledgedOn", pledgedOn + " is before the launch " + launch));
    });
  }

  private <T> void each(String property, List<T> records, BiConsumer<String, T> check) {
    for (int i = 0; i < records.size(); i++) {
      check.accept(property + "[" + i + "]", records.get(i));
    }
  }
}
