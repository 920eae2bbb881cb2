package org.resettlement.testkit;

import static org.resettlement.testkit.BrokenRule.ALLOCATIONS_WITHIN_PLACES;
import static org.resettlement.testkit.BrokenRule.ARRIVALS_WITHIN_PLACES;
import static org.resettlement.testkit.BrokenRule.BREAKDOWN_WITHIN_TOTAL;
import static org.resettlement.testkit.BrokenRule.COUNTRY_COUNT_COVERS_NAMED;
import static org.resettlement.testkit.BrokenRule.FULFILLED_WITHIN_PLEDGED;
import static org.resettlement.testkit.BrokenRule.PLEDGE_STATUS_MATCHES_FULFILMENT;
import static org.resettlement.testkit.RecordKind.EVENTS;
import static org.resettlement.testkit.RecordKind.PLEDGES;
import static org.resettlement.testkit.RecordKind.QUOTAS;
import static org.resettlement.testkit.RecordKind.STATISTICS;
import static org.resettlement.testkit.RuleBreakers.add;
import static org.resettlement.testkit.RuleBreakers.at;
import static org.resettlement.testkit.RuleBreakers.replaced;
import static org.resettlement.testkit.RuleBreakers.site;

import java.util.List;
import java.util.Optional;
import org.resettlement.core.Allocation;
import org.resettlement.core.Breakdown;
import org.resettlement.core.Dimension;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeStatus;
import org.resettlement.core.Quantity;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Statistic;
import org.resettlement.testkit.RuleBreakers.Scope;
import org.resettlement.testkit.RuleBreakers.Site;

/**
 * How the rules that compare quantities within a record are broken: a pledge's fulfilment and
 * status, a quota's allocations and arrivals, a statistic's breakdown, an event's count of
 * countries. {@link RuleBreakers} says what every change must keep.
 */
final class QuantityBreakers {
  private QuantityBreakers() {}

  /** Adds the entries of the rules that compare quantities, in the order that fixes what a seed gives. */
  static void addEntries() {
    add(FULFILLED_WITHIN_PLEDGED, PLEDGES, QuantityBreakers::overFulfilled);
    add(PLEDGE_STATUS_MATCHES_FULFILMENT, PLEDGES, QuantityBreakers::contradictoryStatus);
    add(ALLOCATIONS_WITHIN_PLACES, QUOTAS, QuantityBreakers::overAllocated);
    add(ARRIVALS_WITHIN_PLACES, QUOTAS, (q, scope, sites) -> maximum(q.places()).ifPresent(places ->
        site(sites, "arrivals", () -> q.withArrivals(scope.above(places)))));
    add(BREAKDOWN_WITHIN_TOTAL, STATISTICS, QuantityBreakers::breakdownAboveTotal);
    add(COUNTRY_COUNT_COVERS_NAMED, EVENTS, (e, scope, sites) -> {
      long named = e.representedCountries().size() + (e.moreCountriesRepresented() ? 1 : 0);
      if (named > 0) {
        site(sites, "representedCountryCount", () -> e.withRepresentedCountryCount(Quantity.exactly(named - 1)));
      }
    });
  }

  private static Optional<Long> maximum(Optional<Quantity> quantity) {
    return quantity.flatMap(q -> q.max().isPresent() ? Optional.of(q.max().getAsLong()) : Optional.empty());
  }

  /**
   * More fulfilled than the pledged maximum; or an overfulfilled pledge no longer marked so. A
   * partially fulfilled pledge is left alone, as all delivered would contradict its status too.
   */
  private static void overFulfilled(Pledge p, Scope scope, List<Site<Pledge>> sites) {
    Optional<Long> pledged = maximum(p.quantity());
    if (pledged.isEmpty() || p.status() == PledgeStatus.PARTIALLY_FULFILLED) {
      return;
    }
    if (!p.overfulfilled()) {
      site(sites, "fulfilled", () -> p.withFulfilled(scope.above(pledged.get())));
    } else if (p.fulfilled().isPresent() && p.fulfilled().get().min() > pledged.get()) {
      site(sites, "fulfilled", () -> p.withOverfulfilled(false));
    }
  }

  /**
   * A fulfilled pledge with less delivered than pledged, a partially fulfilled one with nothing
   * delivered, or a pledge with less delivered than pledged marked as fulfilled.
   */
  private static void contradictoryStatus(Pledge p, Scope scope, List<Site<Pledge>> sites) {
    if (p.quantity().isEmpty()) {
      return;
    }
    Quantity pledged = p.quantity().get();
    if (p.status() == PledgeStatus.FULFILLED) {
      if (pledged.min() > 0) {
        site(sites, "status", () -> p.withFulfilled(Quantity.exactly(scope.draw.between(0L, pledged.min() - 1))));
      }
    } else if (p.status() == PledgeStatus.PARTIALLY_FULFILLED && maximum(p.quantity()).orElse(1L) > 0) {
      site(sites, "status", () -> p.withFulfilled(Quantity.ZERO));
    } else if (maximum(p.fulfilled()).filter(most -> most < pledged.min()).isPresent()) {
      site(sites, "status", () -> p.withStatus(PledgeStatus.FULFILLED));
    }
  }

  /** The first allocation raised above the places, or such an allocation added. */
  private static void overAllocated(ResettlementQuota q, Scope scope, List<Site<ResettlementQuota>> sites) {
    Optional<Long> places = maximum(q.places());
    if (places.isEmpty()) {
      return;
    }
    List<Allocation> allocations = q.allocations();
    site(sites, at("allocations", 0), () -> {
      Allocation first = allocations.isEmpty() ? scope.sample.allocation() : allocations.get(0);
      Allocation raised = first.withPlaces(scope.above(places.get()));
      return q.withAllocations(allocations.isEmpty() ? List.of(raised) : replaced(allocations, 0, raised));
    });
  }

  /** The first category raised above the total, or such a category of sex added. */
  private static void breakdownAboveTotal(Statistic s, Scope scope, List<Site<Statistic>> sites) {
    Optional<Long> total = maximum(Optional.of(s.value()));
    if (total.isEmpty()) {
      return;
    }
    List<Breakdown> breakdown = s.breakdown();
    site(sites, at("breakdown", 0), () -> {
      Breakdown first =
          breakdown.isEmpty()
              ? Breakdown.of(Dimension.SEX, scope.draw.pick(Vocabulary.SEXES), Quantity.ZERO)
              : breakdown.get(0);
      Breakdown raised = Breakdown.of(first.dimension(), first.category(), scope.above(total.get()));
      return s.withBreakdown(breakdown.isEmpty() ? List.of(raised) : replaced(breakdown, 0, raised));
    });
  }
}
