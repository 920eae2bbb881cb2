package org.resettlement.testkit;

import static org.resettlement.testkit.DateSampler.LAST_YEAR;
import static org.resettlement.testkit.SampleData.EARLIEST_DATE;
import static org.resettlement.testkit.SampleData.LATEST_DATE;
import static org.resettlement.testkit.Vocabulary.FIRST_ASYLUM;
import static org.resettlement.testkit.Vocabulary.LANGUAGES;
import static org.resettlement.testkit.Vocabulary.ORIGINS;
import static org.resettlement.testkit.Vocabulary.RESETTLEMENT_STATES;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import org.resettlement.core.Allocation;
import org.resettlement.core.AllocationBasis;
import org.resettlement.core.Breakdown;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Quantity;
import org.resettlement.core.QuotaId;
import org.resettlement.core.QuotaKind;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticId;
import org.resettlement.core.StatisticMetric;

/**
 * Makes the records that state figures: resettlement quotas with their allocations and arrivals,
 * and statistics with their breakdowns. A figure bounded by another (an allocation or the
 * arrivals by the places, a breakdown by the total) keeps within it.
 */
final class FigureSampler {
  private static final QuotaKind[] QUOTA_KINDS = QuotaKind.values();
  private static final AllocationBasis[] BASES = AllocationBasis.values();
  private static final StatisticMetric[] METRICS = Vocabulary.DOCUMENT_METRICS;
  /** The dimensions breakdowns are drawn along, in the order the seeded draws have always used. */
  static final Dimension[] DIMENSIONS = {
    Dimension.SEX, Dimension.AGE_BAND, Dimension.CITIZENSHIP, Dimension.COUNTRY_OF_ASYLUM
  };

  private final Draw draw;
  private final QuantitySampler quantities;
  private final PlaceSampler places;

  FigureSampler(Draw draw, QuantitySampler quantities, PlaceSampler places) {
    this.draw = draw;
    this.quantities = quantities;
    this.places = places;
  }

  /** An allocation of places by nationality or by country of first asylum. */
  Allocation allocation() {
    AllocationBasis basis = draw.pick(BASES);
    return Allocation.of(basis, draw.pick(countriesOf(basis)), quantities.quantity(10, 2_000));
  }

  /** The countries places are allocated to on a basis: of nationality or of first asylum. */
  private static CountryCode[] countriesOf(AllocationBasis basis) {
    return basis == AllocationBasis.NATIONALITY ? ORIGINS : FIRST_ASYLUM;
  }

  ResettlementQuota resettlementQuota(QuotaId id, Refs refs) {
    QuotaKind kind = draw.pick(QUOTA_KINDS);
    int year = draw.between(1995, LAST_YEAR);
    DateRange period;
    if (kind == QuotaKind.MULTI_ANNUAL_PROGRAMME) {
      period = DateRange.of(PartialDate.ofYear(year), PartialDate.ofYear(Math.min(year + draw.between(1, 3), LAST_YEAR)));
    } else if (kind == QuotaKind.HUMANITARIAN_ADMISSION && draw.chance(40)) {
      LocalDate start = draw.day(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      period =
          DateRange.of(
              PartialDate.of(start), PartialDate.of(DateSampler.earlier(start.plusDays(draw.between(30, 300)), LATEST_DATE)));
    } else {
      period = DateRange.of(PartialDate.ofYear(year));
    }
    CountryCode country =
        kind == QuotaKind.EU_PLEDGE
            ? draw.pick(new ArrayList<>(CountryGroup.EUROPEAN_UNION.membersOn(period.earliestDate())))
            : draw.pick(RESETTLEMENT_STATES);
    ResettlementQuota.Builder quota =
        ResettlementQuota.builder().id(id).country(country).period(period).kind(kind);
    Quantity placesOffered = draw.chance(85) ? quantities.quantity(20, 10_000) : null;
    if (placesOffered != null) {
      quota.places(placesOffered);
      long budget = placesOffered.min();
      if (budget >= 10 && draw.chance(50)) {
        AllocationBasis basis = draw.pick(BASES);
        CountryCode[] countries = countriesOf(basis);
        for (int index : draw.distinct(draw.between(1, 3), countries.length)) {
          if (budget < 1) {
            break;
          }
          Quantity allocated = quantities.within(budget);
          budget -= allocated.max().getAsLong();
          quota.addAllocation(Allocation.of(basis, countries[index], allocated));
        }
      }
    }
    Quantity arrivals = null;
    if (placesOffered != null ? placesOffered.min() >= 1 && draw.chance(60) : draw.chance(30)) {
      arrivals = placesOffered != null ? quantities.within(placesOffered.min()) : quantities.quantity();
      quota.arrivals(arrivals);
      if (draw.chance(70)) {
        LocalDate until = period.latestDate().orElse(period.earliestDate()).plusYears(1);
        quota.arrivalsAsOf(PartialDate.of(draw.day(period.earliestDate(), DateSampler.earlier(until, LATEST_DATE))));
      }
    }
    if (draw.chance(60)) {
      LocalDate decided = period.earliestDate().minusDays(draw.between(30, 365));
      decided = decided.isBefore(EARLIEST_DATE) ? EARLIEST_DATE : decided;
      quota.decidedOn(draw.chance(50) ? PartialDate.of(decided) : PartialDate.of(YearMonth.from(decided)));
    }
    if (draw.chance(30)) {
      quota.description(draw.pick(draw.pick(LANGUAGES).summaries));
    }
    return quota.sources(refs.sources()).build();
  }

  //-----------------------------------------------------------------------
  /** One category of a breakdown along any dimension. */
  Breakdown breakdown() {
    Dimension dimension = draw.pick(DIMENSIONS);
    return Breakdown.of(dimension, category(dimension), quantities.quantity(1, 50_000));
  }

  private String category(Dimension dimension) {
    if (dimension.equals(Dimension.SEX)) {
      return draw.pick(Vocabulary.SEXES);
    }
    if (dimension.equals(Dimension.AGE_BAND)) {
      return draw.pick(Vocabulary.AGE_BANDS);
    }
    return draw.pick(dimension.equals(Dimension.CITIZENSHIP) ? ORIGINS : FIRST_ASYLUM).alpha2();
  }

  Statistic statistic(StatisticId id, Refs refs) {
    StatisticMetric metric = draw.pick(METRICS);
    Quantity value = quantities.figure(metric);
    int year = draw.between(1995, LAST_YEAR);
    DateRange period;
    int roll = draw.below(100);
    if (roll < 80) {
      period = DateRange.of(PartialDate.ofYear(year));
    } else if (roll < 90) {
      int month = draw.between(1, 12);
      period = DateRange.of(PartialDate.of(year, 1), PartialDate.of(year, month));
    } else {
      period = DateRange.of(PartialDate.ofYear(year), PartialDate.ofYear(Math.min(year + draw.between(1, 4), LAST_YEAR)));
    }
    Statistic.Builder statistic =
        Statistic.builder().id(id).metric(metric).value(value).period(period).geography(places.geography());
    if (metric != StatisticMetric.RESETTLING_COUNTRIES && draw.chance(50)) {
      for (int dimension : draw.distinct(draw.between(1, 2), DIMENSIONS.length)) {
        addBreakdown(statistic, DIMENSIONS[dimension], value);
      }
    }
    if (draw.chance(20)) {
      statistic.note(draw.pick(Vocabulary.NOTE_TEXTS));
    }
    return statistic.sources(refs.sources()).build();
  }

  /**
   * Breaks a figure down along one dimension: into exact parts that add up to it when it is
   * exact, else into approximate parts of its estimate.
   */
  private void addBreakdown(Statistic.Builder statistic, Dimension dimension, Quantity total) {
    String[] categories;
    if (dimension.equals(Dimension.SEX)) {
      categories = Vocabulary.SEXES;
    } else if (dimension.equals(Dimension.AGE_BAND)) {
      categories = Vocabulary.AGE_BANDS;
    } else {
      CountryCode[] countries = dimension.equals(Dimension.CITIZENSHIP) ? ORIGINS : FIRST_ASYLUM;
      int[] chosen = draw.distinct(draw.between(2, 4), countries.length);
      categories = new String[chosen.length];
      for (int i = 0; i < chosen.length; i++) {
        categories[i] = countries[chosen[i]].alpha2();
      }
    }
    long remaining = total.exact() ? total.value() : total.estimate();
    for (int i = 0; i < categories.length; i++) {
      long part = i == categories.length - 1 ? remaining : draw.between(0L, remaining);
      remaining -= part;
      statistic.addBreakdown(
          Breakdown.of(dimension, categories[i], total.exact() ? Quantity.exactly(part) : Quantity.approximately(part)));
    }
  }
}
