package org.resettlement.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.resettlement.core.Actor;
import org.resettlement.core.Allocation;
import org.resettlement.core.Breakdown;
import org.resettlement.core.BreakdownDimension;
import org.resettlement.core.Campaign;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.Funding;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Membership;
import org.resettlement.core.MonetaryAmount;
import org.resettlement.core.Organisation;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Participation;
import org.resettlement.core.Person;
import org.resettlement.core.Place;
import org.resettlement.core.Pledge;
import org.resettlement.core.Project;
import org.resettlement.core.Quantity;
import org.resettlement.core.RecordId;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.SeriesPosition;
import org.resettlement.core.Session;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;
import org.resettlement.core.Target;

/**
 * The rules a validation module checks beyond the core invariants, written out for the tests:
 * each check adds a line naming the path and the problem. A value that passes has no lines.
 *
 * <p>These are the soft rules the testkit promises its values keep. They are checked here
 * independently of the generator's code, so that a generator that breaks one is caught.
 */
final class SoftRules {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final Pattern EMAIL = Pattern.compile("[a-z0-9.]+@([a-z0-9-]+\\.)?example\\.(org|net|com)");
  private static final Pattern WEB = Pattern.compile("https://[a-z0-9-]+\\.example(\\.(org|net|com))?/\\S*");
  private static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);
  private static final LocalDate LATEST = LocalDate.now().plusYears(10);

  private final List<String> violations = new ArrayList<>();

  private SoftRules() {}

  /** Checks any value SampleData makes; enums and country groups have nothing to check. */
  static List<String> violations(Object value) {
    SoftRules rules = new SoftRules();
    rules.any("value", value);
    return rules.violations;
  }

  private void any(String path, Object value) {
    if (value instanceof RecordId) {
      id(path, (RecordId<?>) value);
    } else if (value instanceof LocalizedText) {
      text(path, (LocalizedText) value);
    } else if (value instanceof PartialDate) {
      date(path, (PartialDate) value);
    } else if (value instanceof DateRange) {
      range(path, (DateRange) value);
    } else if (value instanceof Coordinates) {
      coordinates(path, (Coordinates) value);
    } else if (value instanceof Place) {
      place(path, (Place) value);
    } else if (value instanceof ContactPoint) {
      contact(path, (ContactPoint) value);
    } else if (value instanceof ExternalIdentifier) {
      check(!((ExternalIdentifier) value).value().isBlank(), path, "blank identifier");
    } else if (value instanceof Source) {
      source(path, (Source) value);
    } else if (value instanceof MonetaryAmount) {
      check(((MonetaryAmount) value).amount().signum() > 0, path, "amount not positive");
    } else if (value instanceof Organisation) {
      organisation(path, (Organisation) value);
    } else if (value instanceof Person) {
      person(path, (Person) value);
    } else if (value instanceof Membership) {
      membership(path, (Membership) value);
    } else if (value instanceof Participation) {
      participation(path, (Participation) value);
    } else if (value instanceof Session) {
      session(path, (Session) value, null);
    } else if (value instanceof SeriesPosition) {
      text(path + ".series", ((SeriesPosition) value).series());
    } else if (value instanceof Event) {
      event(path, (Event) value);
    } else if (value instanceof Funding) {
      funding(path, (Funding) value);
    } else if (value instanceof Project) {
      project(path, (Project) value);
    } else if (value instanceof Target) {
      target(path, (Target) value, Optional.empty());
    } else if (value instanceof Campaign) {
      campaign(path, (Campaign) value);
    } else if (value instanceof Pledge) {
      pledge(path, (Pledge) value);
    } else if (value instanceof Allocation) {
      actor(path + ".country", ((Allocation) value).country());
    } else if (value instanceof ResettlementQuota) {
      quota(path, (ResettlementQuota) value);
    } else if (value instanceof Breakdown) {
      check(!((Breakdown) value).category().isBlank(), path, "blank category");
    } else if (value instanceof Statistic) {
      statistic(path, (Statistic) value);
    } else if (value instanceof Dataset) {
      dataset((Dataset) value);
    } else if (value instanceof Actor) {
      actor(path, (Actor) value);
    }
  }

  //-----------------------------------------------------------------------
  private void check(boolean condition, String path, String problem) {
    if (!condition) {
      violations.add(path + ": " + problem);
    }
  }

  private void id(String path, RecordId<?> id) {
    check(ID.matcher(id.value()).matches(), path, "id '" + id.value() + "' is not 1-64 characters of [A-Za-z0-9._:-]");
  }

  private void actor(String path, Actor actor) {
    if (actor instanceof RecordId) {
      id(path, (RecordId<?>) actor);
    } else {
      check(CountryCode.all().contains((CountryCode) actor), path, "unknown country");
    }
  }

  private void text(String path, LocalizedText text) {
    text.variants().forEach((tag, value) -> check(!value.isBlank(), path + "[" + tag + "]", "blank text"));
  }

  private void text(String path, Optional<LocalizedText> text) {
    text.ifPresent(value -> text(path, value));
  }

  private void date(String path, PartialDate date) {
    check(!date.earliestDate().isBefore(EARLIEST), path, date + " is before 1945");
    check(!date.latestDate().isAfter(LATEST), path, date + " is more than 10 years ahead");
    check(!date.earliestDate().isBefore(SampleData.EARLIEST_DATE), path, date + " is before SampleData.EARLIEST_DATE");
    check(!date.latestDate().isAfter(SampleData.LATEST_DATE), path, date + " is after SampleData.LATEST_DATE");
  }

  /** Sources are never in the future, whenever the tests run. */
  private void past(String path, LocalDate day) {
    check(!day.isAfter(LocalDate.now()), path, day + " is in the future");
    check(!day.isAfter(SampleData.LATEST_SOURCE_DATE), path, day + " is after SampleData.LATEST_SOURCE_DATE");
  }

  private void date(String path, Optional<PartialDate> date) {
    date.ifPresent(value -> date(path, value));
  }

  private void range(String path, DateRange range) {
    date(path + ".start", range.start());
    date(path + ".end", range.end());
  }

  private void coordinates(String path, Coordinates coordinates) {
    check(Math.abs(coordinates.latitude()) <= 90, path, "latitude out of range");
    check(Math.abs(coordinates.longitude()) <= 180, path, "longitude out of range");
  }

  private void place(String path, Place place) {
    text(path + ".locality", place.locality());
    text(path + ".region", place.region());
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

  private void source(String path, Source source) {
    text(path + ".title", source.title());
    source.publisher().ifPresent(publisher -> check(!publisher.isBlank(), path + ".publisher", "blank"));
    source.url().ifPresent(url -> check("https".equals(url.getScheme()), path + ".url", "not https"));
    date(path + ".publishedOn", source.publishedOn());
    source.accessedOn().ifPresent(day -> date(path + ".accessedOn", PartialDate.of(day)));
    source.publishedOn().ifPresent(day -> past(path + ".publishedOn", day.earliestDate()));
    source.accessedOn().ifPresent(day -> past(path + ".accessedOn", day));
    if (source.publishedOn().isPresent() && source.accessedOn().isPresent()) {
      check(
          !source.accessedOn().get().isBefore(source.publishedOn().get().earliestDate()),
          path + ".accessedOn",
          "before publication");
    }
  }

  private void sources(String path, List<Source> sources) {
    for (int i = 0; i < sources.size(); i++) {
      source(path + ".sources[" + i + "]", sources.get(i));
    }
  }

  //-----------------------------------------------------------------------
  private void organisation(String path, Organisation organisation) {
    id(path + ".id", organisation.id());
    text(path + ".name", organisation.name());
    organisation.acronym().ifPresent(acronym -> check(!acronym.isBlank(), path + ".acronym", "blank"));
    organisation.place().ifPresent(place -> place(path + ".place", place));
    for (int i = 0; i < organisation.contacts().size(); i++) {
      contact(path + ".contacts[" + i + "]", organisation.contacts().get(i));
    }
    organisation.identifiers().forEach(identifier -> any(path + ".identifiers", identifier));
    organisation.parent().ifPresent(parent -> id(path + ".parent", parent));
    text(path + ".description", organisation.description());
    sources(path, organisation.sources());
  }

  private void person(String path, Person person) {
    id(path + ".id", person.id());
    check(person.name().filter(name -> !name.isBlank()).isPresent(), path + ".name", "missing or blank");
    for (int i = 0; i < person.contacts().size(); i++) {
      contact(path + ".contacts[" + i + "]", person.contacts().get(i));
    }
    sources(path, person.sources());
  }

  private void membership(String path, Membership membership) {
    actor(path + ".member", membership.member());
    id(path + ".organisation", membership.organisation());
    text(path + ".role", membership.role());
    membership.period().ifPresent(period -> range(path + ".period", period));
    sources(path, membership.sources());
  }

  private void participation(String path, Participation participation) {
    actor(path + ".participant", participation.participant());
    participation.representing().ifPresent(organisation -> id(path + ".representing", organisation));
    text(path + ".contribution", participation.contribution());
  }

  private void session(String path, Session session, DateRange eventPeriod) {
    text(path + ".title", session.title());
    date(path + ".date", session.date());
    if (eventPeriod != null && session.date().isPresent()) {
      check(eventPeriod.contains(session.date().get()), path + ".date", "outside the event's period " + eventPeriod);
    }
    session.speakers().forEach(speaker -> actor(path + ".speakers", speaker));
    text(path + ".summary", session.summary());
  }

  private void event(String path, Event event) {
    id(path + ".id", event.id());
    text(path + ".title", event.title());
    range(path + ".period", event.period());
    event.venue().ifPresent(venue -> place(path + ".venue", venue));
    event.organisers().forEach(organiser -> id(path + ".organisers", organiser));
    event.hosts().forEach(host -> id(path + ".hosts", host));
    event.funders().forEach(funder -> actor(path + ".funders", funder));
    for (int i = 0; i < event.participants().size(); i++) {
      participation(path + ".participants[" + i + "]", event.participants().get(i));
    }
    for (int i = 0; i < event.sessions().size(); i++) {
      session(path + ".sessions[" + i + "]", event.sessions().get(i), event.period());
    }
    event.representedCountryCount().ifPresent(
        count ->
            check(
                count.value() >= event.representedCountries().size(),
                path + ".representedCountryCount",
                count + " is less than the " + event.representedCountries().size() + " countries named"));
    event.topics().forEach(topic -> text(path + ".topics", topic));
    text(path + ".summary", event.summary());
    event.project().ifPresent(project -> id(path + ".project", project));
    event.series().ifPresent(series -> text(path + ".series", series.series()));
    sources(path, event.sources());
  }

  private void funding(String path, Funding funding) {
    funding.funder().ifPresent(funder -> actor(path + ".funder", funder));
    text(path + ".programme", funding.programme());
    funding.year().ifPresent(year -> date(path + ".year", PartialDate.of(year)));
  }

  private void project(String path, Project project) {
    id(path + ".id", project.id());
    text(path + ".title", project.title());
    project.coordinator().ifPresent(coordinator -> id(path + ".coordinator", coordinator));
    check(!project.coordinator().map(project.partners()::contains).orElse(false), path + ".partners", "contain the coordinator");
    check(project.partners().stream().distinct().count() == project.partners().size(), path + ".partners", "repeat");
    for (int i = 0; i < project.fundings().size(); i++) {
      funding(path + ".fundings[" + i + "]", project.fundings().get(i));
    }
    project.period().ifPresent(period -> range(path + ".period", period));
    project.targetGroups().forEach(group -> text(path + ".targetGroups", group));
    text(path + ".summary", project.summary());
    sources(path, project.sources());
  }

  private void target(String path, Target target, Optional<PartialDate> launch) {
    date(path + ".deadline", target.deadline());
    if (launch.isPresent() && target.deadline().isPresent()) {
      check(
          launch.get().endsBefore(target.deadline().get()),
          path + ".deadline",
          target.deadline().get() + " is not after the launch date " + launch.get());
    }
    text(path + ".description", target.description());
  }

  private void campaign(String path, Campaign campaign) {
    id(path + ".id", campaign.id());
    text(path + ".name", campaign.name());
    campaign.launchingOrganisations().forEach(organisation -> id(path + ".launchingOrganisations", organisation));
    date(path + ".launchDate", campaign.launchDate());
    for (int i = 0; i < campaign.targets().size(); i++) {
      target(path + ".targets[" + i + "]", campaign.targets().get(i), campaign.launchDate());
    }
    campaign.period().ifPresent(period -> range(path + ".period", period));
    text(path + ".summary", campaign.summary());
    sources(path, campaign.sources());
  }

  private void pledge(String path, Pledge pledge) {
    id(path + ".id", pledge.id());
    actor(path + ".pledger", pledge.pledger());
    pledge.campaign().ifPresent(campaign -> id(path + ".campaign", campaign));
    text(path + ".description", pledge.description());
    date(path + ".pledgedOn", pledge.pledgedOn());
    pledge.targetPeriod().ifPresent(period -> range(path + ".targetPeriod", period));
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
    id(path + ".id", quota.id());
    range(path + ".period", quota.period());
    long allocated = 0;
    for (int i = 0; i < quota.allocations().size(); i++) {
      Quantity places = quota.allocations().get(i).places();
      check(places.max().isPresent(), path + ".allocations[" + i + "]", "unbounded: " + places);
      allocated += places.max().orElse(Long.MAX_VALUE / 64);
    }
    if (!quota.allocations().isEmpty()) {
      check(quota.places().isPresent(), path + ".allocations", "given without places");
      long total = allocated;
      check(quota.places().map(places -> total <= places.min()).orElse(true), path + ".allocations",
          "may add up to " + total + ", above the places " + quota.places().orElse(null));
    }
    if (quota.arrivals().isPresent() && quota.places().isPresent()) {
      Quantity arrivals = quota.arrivals().get();
      check(
          arrivals.max().isPresent() && arrivals.max().getAsLong() <= quota.places().get().min(),
          path + ".arrivals",
          arrivals + " may be above the places " + quota.places().get());
      check(!quota.arrivalsExceedPlaces(), path + ".arrivals", "exceed the places");
    }
    date(path + ".arrivalsAsOf", quota.arrivalsAsOf());
    date(path + ".decidedOn", quota.decidedOn());
    text(path + ".description", quota.description());
    sources(path, quota.sources());
  }

  private void statistic(String path, Statistic statistic) {
    id(path + ".id", statistic.id());
    range(path + ".period", statistic.period());
    Map<BreakdownDimension, Long> sums = new EnumMap<>(BreakdownDimension.class);
    Map<BreakdownDimension, Boolean> exact = new EnumMap<>(BreakdownDimension.class);
    for (Breakdown breakdown : statistic.breakdown()) {
      check(!breakdown.category().isBlank(), path + ".breakdown", "blank category");
      sums.merge(breakdown.dimension(), breakdown.value().value(), Long::sum);
      exact.merge(breakdown.dimension(), breakdown.value().isExact(), Boolean::logicalAnd);
    }
    if (statistic.value().isExact()) {
      sums.forEach(
          (dimension, sum) ->
              check(
                  !exact.get(dimension) || sum == statistic.value().value(),
                  path + ".breakdown[" + dimension + "]",
                  "adds up to " + sum + ", not the total " + statistic.value()));
    }
    text(path + ".note", statistic.note());
    sources(path, statistic.sources());
  }

  //-----------------------------------------------------------------------
  private void dataset(Dataset dataset) {
    for (int i = 0; i < dataset.organisations().size(); i++) {
      organisation("organisations[" + i + "]", dataset.organisations().get(i));
    }
    for (int i = 0; i < dataset.people().size(); i++) {
      person("people[" + i + "]", dataset.people().get(i));
    }
    for (int i = 0; i < dataset.memberships().size(); i++) {
      membership("memberships[" + i + "]", dataset.memberships().get(i));
    }
    for (int i = 0; i < dataset.events().size(); i++) {
      event("events[" + i + "]", dataset.events().get(i));
    }
    for (int i = 0; i < dataset.projects().size(); i++) {
      project("projects[" + i + "]", dataset.projects().get(i));
    }
    for (int i = 0; i < dataset.campaigns().size(); i++) {
      campaign("campaigns[" + i + "]", dataset.campaigns().get(i));
    }
    for (int i = 0; i < dataset.pledges().size(); i++) {
      Pledge pledge = dataset.pledges().get(i);
      String path = "pledges[" + i + "]";
      pledge(path, pledge);
      Optional<Campaign> campaign = pledge.campaign().flatMap(dataset::campaign);
      if (campaign.isPresent() && pledge.pledgedOn().isPresent()) {
        PartialDate pledgedOn = pledge.pledgedOn().get();
        campaign.get().period().ifPresent(
            period -> check(period.contains(pledgedOn), path + ".pledgedOn", pledgedOn + " is outside the campaign's period " + period));
        campaign.get().launchDate().ifPresent(
            launch -> check(!pledgedOn.endsBefore(launch), path + ".pledgedOn", pledgedOn + " is before the launch " + launch));
      }
    }
    for (int i = 0; i < dataset.quotas().size(); i++) {
      quota("quotas[" + i + "]", dataset.quotas().get(i));
    }
    for (int i = 0; i < dataset.statistics().size(); i++) {
      statistic("statistics[" + i + "]", dataset.statistics().get(i));
    }
  }
}
