package org.resettlement.testkit;

import static org.resettlement.testkit.BrokenRule.CELLS_WITHIN_TOTAL;
import static org.resettlement.testkit.BrokenRule.KEY_NOT_BROKEN_DOWN;
import static org.resettlement.testkit.BrokenRule.VALUE_MATCHES_STATUS;
import static org.resettlement.testkit.BrokenRule.WELL_FORMED_CATEGORY;
import static org.resettlement.testkit.RecordKind.OBSERVATIONS;
import static org.resettlement.testkit.RecordKind.STATISTICS;
import static org.resettlement.testkit.RuleBreakers.add;
import static org.resettlement.testkit.RuleBreakers.appended;
import static org.resettlement.testkit.RuleBreakers.at;
import static org.resettlement.testkit.RuleBreakers.replaced;
import static org.resettlement.testkit.RuleBreakers.site;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resettlement.core.AgeBand;
import org.resettlement.core.Breakdown;
import org.resettlement.core.Category;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dimension;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.Quantity;
import org.resettlement.core.Rounding;
import org.resettlement.core.Sex;
import org.resettlement.core.Statistic;
import org.resettlement.testkit.RuleBreakers.Entry;
import org.resettlement.testkit.RuleBreakers.Scope;
import org.resettlement.testkit.RuleBreakers.Site;
import org.resettlement.testkit.RuleBreakers.Where;

/**
 * How the rules of official statistics are broken: categories written as a publisher's code
 * ({@code WELL_FORMED_CATEGORY}), a statistic broken down along a dimension of its key ({@code
 * KEY_NOT_BROKEN_DOWN}), an observation whose value contradicts its status ({@code
 * VALUE_MATCHES_STATUS}), and a total below its cells ({@code CELLS_WITHIN_TOTAL}). {@link
 * RuleBreakers} says what every change must keep.
 */
final class StatisticsBreakers {
  private StatisticsBreakers() {}

  /** Adds the entries of the rules of official statistics, in the order that fixes what a seed gives. */
  static void addEntries() {
    add(WELL_FORMED_CATEGORY, STATISTICS, StatisticsBreakers::publishersCodeInBreakdown);
    add(WELL_FORMED_CATEGORY, OBSERVATIONS, (o, scope, sites) -> {
      for (Map.Entry<Dimension, Category> pair : o.key().asMap().entrySet()) {
        if (!pair.getKey().publisherDefined() && pair.getValue().mapped()) {
          site(sites, "key." + pair.getKey().code(),
              () -> o.withKey(o.key().with(pair.getKey(), publishersCode(pair.getValue()))));
        }
      }
    });
    add(KEY_NOT_BROKEN_DOWN, STATISTICS, StatisticsBreakers::keyBrokenDown);
    add(VALUE_MATCHES_STATUS, OBSERVATIONS, (o, scope, sites) -> site(sites, "value", () -> {
      Set<ObservationStatus> statuses = EnumSet.noneOf(ObservationStatus.class);
      statuses.addAll(o.statuses());
      if (o.value().isPresent()) {
        statuses.add(ObservationStatus.CONFIDENTIAL);
      } else {
        statuses.remove(ObservationStatus.CONFIDENTIAL);
        statuses.remove(ObservationStatus.NOT_AVAILABLE);
      }
      return o.withStatuses(statuses);
    }));
    add(new Entry<>(CELLS_WITHIN_TOTAL, OBSERVATIONS, Where.IN_DATASET,
        spec -> OBSERVATIONS.count(spec) > 0, OBSERVATIONS.property, StatisticsBreakers::totalBelowCells));
  }

  //-----------------------------------------------------------------------
  /**
   * A category as a publisher writes it, which the core keeps as a {@link CategoryCode}: a country
   * by its alpha-3 code, a sex and an age band as Eurostat codes them, unknown as {@code UNK}.
   */
  static CategoryCode publishersCode(Category category) {
    if (category instanceof CountryCategory country) {
      return CategoryCode.of(country.country().map(CountryCode::alpha3)
          .orElse(country.equals(CountryCategory.STATELESS) ? "STLS" : "UNK"));
    }
    if (category instanceof Sex sex) {
      return CategoryCode.of(sex == Sex.UNKNOWN ? "UNK" : sex == Sex.FEMALE ? "F" : "M");
    }
    if (category instanceof AgeBand band && band.known()) {
      if (band.highest().isEmpty()) {
        return CategoryCode.of("Y_GE" + band.lowest().getAsInt());
      }
      return band.lowest().getAsInt() == 0
          ? CategoryCode.of("Y_LT" + (band.highest().getAsInt() + 1))
          : CategoryCode.of("Y" + band.lowest().getAsInt() + "-" + band.highest().getAsInt());
    }
    return CategoryCode.of("UNK");
  }

  /**
   * A category of a breakdown written as a publisher's code; or, without a category to change, a
   * category of citizenship so written added, of no one.
   */
  private static void publishersCodeInBreakdown(Statistic s, Scope scope, List<Site<Statistic>> sites) {
    List<Breakdown> breakdown = s.breakdown();
    for (int j = 0; j < breakdown.size(); j++) {
      Breakdown part = breakdown.get(j);
      if (!part.dimension().publisherDefined() && part.category().mapped()) {
        int index = j;
        site(sites, at("breakdown", j) + ".category", () -> s.withBreakdown(replaced(breakdown, index,
            Breakdown.of(part.dimension(), publishersCode(part.category()), part.value()))));
      }
    }
    if (sites.isEmpty() && s.key().category(Dimension.CITIZENSHIP).isEmpty()) {
      site(sites, at("breakdown", breakdown.size()) + ".category", () -> s.withBreakdown(appended(breakdown,
          Breakdown.of(Dimension.CITIZENSHIP, CategoryCode.of(scope.draw.pick(Vocabulary.ORIGINS).alpha3()),
              Quantity.ZERO))));
    }
  }

  /**
   * A dimension of the breakdown added to the key, with the category of its first entry; or,
   * without a breakdown, a key by sex and a breakdown by sex of no one.
   */
  private static void keyBrokenDown(Statistic s, Scope scope, List<Site<Statistic>> sites) {
    Map<Dimension, Integer> firsts = new LinkedHashMap<>();
    List<Breakdown> breakdown = s.breakdown();
    for (int j = 0; j < breakdown.size(); j++) {
      firsts.putIfAbsent(breakdown.get(j).dimension(), j);
    }
    for (Map.Entry<Dimension, Integer> first : firsts.entrySet()) {
      Dimension dimension = first.getKey();
      Category category = breakdown.get(first.getValue()).category();
      if (s.key().category(dimension).isEmpty() && (category.mapped() || dimension.publisherDefined())) {
        site(sites, at("breakdown", first.getValue()) + ".dimension",
            () -> s.withKey(s.key().with(dimension, category)));
      }
    }
    if (breakdown.isEmpty()) {
      site(sites, at("breakdown", 0) + ".dimension", () -> s
          .withKey(s.key().category(Dimension.SEX).isPresent() ? s.key() : s.key().with(Dimension.SEX, Sex.FEMALE))
          .withBreakdown(Breakdown.of(Dimension.SEX, Sex.FEMALE, Quantity.ZERO)));
    }
  }

  /**
   * A total of a cube lowered below what its cells add up to at the least, if its cells lie along
   * one dimension only (so that one comparison fails) and the rounding leaves room to go below.
   */
  private static void totalBelowCells(Observation total, Scope scope, List<Site<Observation>> sites) {
    if (!counts(total)) {
      return;
    }
    Map<Dimension, List<Observation>> below = new LinkedHashMap<>();
    for (Observation cell : scope.dataset.observations()) {
      if (cell.key().size() == total.key().size() + 1
          && total.key().includes(cell.key())
          && cell.metric() == total.metric()
          && cell.period().equals(total.period())
          && cell.geography().equals(total.geography())) {
        Dimension extra = null;
        for (Dimension dimension : cell.key().dimensions()) {
          extra = total.key().category(dimension).isEmpty() ? dimension : extra;
        }
        below.computeIfAbsent(extra, d -> new ArrayList<>()).add(cell);
      }
    }
    if (below.size() != 1) {
      return;
    }
    Dimension dimension = below.keySet().iterator().next();
    long least = 0;
    List<AgeBand> bands = new ArrayList<>();
    for (Observation cell : below.get(dimension)) {
      Category category = cell.key().category(dimension).orElseThrow();
      if (!category.mapped() || (category instanceof AgeBand band && overlapsAny(band, bands))) {
        return; // the rule would not count it; a total below it might not be reported
      }
      if (category instanceof AgeBand band) {
        bands.add(band);
      }
      if (counts(cell)) {
        least += cell.bounds().orElseThrow().min();
      }
    }
    long error = total.rounding().map(Rounding::maxError).orElse(0);
    long most = least - error - 1;
    if (most >= 0) {
      site(sites, "value", () -> total.withValue(Quantity.exactly(scope.draw.between(most / 2, most))));
    }
  }

  private static boolean overlapsAny(AgeBand band, List<AgeBand> bands) {
    for (AgeBand other : bands) {
      if (band.known() && other.known() && band.overlaps(other)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an observation counts in the rule's sums: it has a value of the series' definition. */
  private static boolean counts(Observation observation) {
    return observation.value().isPresent() && !observation.statuses().contains(ObservationStatus.DEFINITION_DIFFERS);
  }
}
