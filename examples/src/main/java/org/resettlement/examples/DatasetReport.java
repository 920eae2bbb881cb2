package org.resettlement.examples;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.resettlement.core.CampaignProgress;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Quantity;
import org.resettlement.core.QuotaTotal;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticMetric;

/**
 * A readable report on a {@link Dataset}, sized for an 80-column terminal: organisations by kind,
 * events on a timeline, campaign progress, places offered against need in a year, and quotas.
 */
public final class DatasetReport {

  private static final int WIDTH = 78;
  private static final NumberFormat NUMBERS = NumberFormat.getIntegerInstance(Locale.ENGLISH);

  private final Dataset dataset;
  private final PrintStream out;

  /**
   * Creates a report on a dataset.
   *
   * @param dataset the dataset to report on, not null
   * @param out where to print, not null
   */
  public DatasetReport(Dataset dataset, PrintStream out) {
    this.dataset = dataset;
    this.out = out;
  }

  /**
   * Prints every section of the report.
   *
   * @param needYear the year whose resettlement needs and places offered are compared
   */
  public void print(int needYear) {
    organisationsByKind();
    timeline();
    campaignProgress();
    placesAgainstNeed(needYear);
    quotas();
  }

  /** Prints how many organisations there are of each kind, most common first. */
  public void organisationsByKind() {
    heading("Organisations by kind");
    Map<OrganisationKind, Integer> counts = new EnumMap<>(OrganisationKind.class);
    for (Organisation organisation : dataset.organisations()) {
      counts.merge(organisation.kind(), 1, Integer::sum);
    }
    counts.entrySet().stream()
        .sorted(Map.Entry.<OrganisationKind, Integer>comparingByValue().reversed())
        .forEach(entry -> out.printf("  %-32s %3d%n", words(entry.getKey()), entry.getValue()));
  }

  /** Prints the events in the order they began, with place and attendance. */
  public void timeline() {
    heading("Events on a timeline");
    List<Event> events = new ArrayList<>(dataset.events());
    events.sort(Comparator.comparing((Event event) -> event.period().start()));
    for (Event event : events) {
      String where =
          event.venue().map(venue -> venue.locality().text(Locale.ENGLISH) + ", " + venue.country()).orElse("place not given");
      out.printf("  %-23s %s%n", event.period(), cut(event.title().text(Locale.ENGLISH), WIDTH - 26));
      String attendance = event.attendance().map(count -> ", " + count + " participants").orElse("");
      String countries =
          event.representedCountryCount().map(count -> ", from " + count + " countries").orElse("");
      out.printf("  %-23s %s%s%s%n", "", where, attendance, countries);
    }
  }

  /** Prints each campaign's pledged and delivered places against its target. */
  public void campaignProgress() {
    heading("Campaign progress");
    dataset.campaigns().forEach(campaign -> {
      CampaignProgress progress = dataset.campaignProgress(campaign.id()).orElseThrow();
      out.printf("  %s%n", cut(campaign.name().text(Locale.ENGLISH), WIDTH - 2));
      String target =
          progress.target()
              .map(t -> format(t.value()) + (t.perYear() ? " places a year" : " places")
                  + t.deadline().map(deadline -> " by " + deadline).orElse(""))
              .orElse("no target for places");
      out.printf("    %-10s%s%n", "target", target);
      out.printf("    %-10s%s places in %d pledges%s%n", "pledged",
          format(progress.pledgedPlaces()), progress.pledges(), share(progress.pledgedShare().orElse(Double.NaN)));
      out.printf("    %-10s%s places%s%n", "delivered",
          format(progress.deliveredPlaces()), share(progress.deliveredShare().orElse(Double.NaN)));
    });
  }

  /**
   * Prints the resettlement places offered in a year against the resettlement needs of that year.
   *
   * @param year the year to compare
   */
  public void placesAgainstNeed(int year) {
    heading("Places offered against need, " + year);
    PartialDate asked = PartialDate.ofYear(year);
    List<Quantity> offers = new ArrayList<>();
    for (Statistic statistic : statisticsIn(StatisticMetric.PLACES_OFFERED, asked)) {
      out.printf("  %-32s %12s%n", statistic.geography(), format(statistic.value()));
      offers.add(statistic.value());
    }
    Quantity offered = Quantity.sum(offers);
    Quantity needs = Quantity.sum(
        statisticsIn(StatisticMetric.RESETTLEMENT_NEEDS, asked).stream().map(Statistic::value).collect(Collectors.toList()));
    out.printf("  %-32s %12s%n", "places offered", format(offered));
    if (needs.estimate() > 0) {
      out.printf("  %-32s %12s%n", "refugees in need", format(needs));
      out.printf("  %-32s %11.1f%%%n", "share of need covered", 100.0 * offered.estimate() / needs.estimate());
    } else {
      out.println("  no figure for the needs of that year");
    }
  }

  /** Prints the quota totals by country and year, with arrivals. */
  public void quotas() {
    heading("Resettlement quotas by country and year");
    for (QuotaTotal total : dataset.quotaTotals()) {
      out.printf("  %s %d  places %-14s arrivals %s%n",
          total.country(),
          total.year(),
          total.places().map(DatasetReport::format).orElse("not given"),
          total.arrivals().map(DatasetReport::format).orElse("not reported"));
    }
  }

  private List<Statistic> statisticsIn(StatisticMetric metric, PartialDate year) {
    List<Statistic> found = new ArrayList<>();
    LocalDate first = year.earliestDate();
    for (Statistic statistic : dataset.statistics()) {
      if (statistic.metric() == metric && statistic.period().contains(year) && statistic.period().contains(first)) {
        found.add(statistic);
      }
    }
    return found;
  }

  private void heading(String title) {
    out.println();
    out.println(title);
    out.println("-".repeat(title.length()));
  }

  static String format(Quantity quantity) {
    String value = NUMBERS.format(quantity.value());
    switch (quantity.qualifier()) {
      case APPROXIMATE:
        return "about " + value;
      case AT_LEAST:
        return "at least " + value;
      case AT_MOST:
        return "up to " + value;
      case RANGE:
        return value + "-" + NUMBERS.format(quantity.max().getAsLong());
      default:
        return value;
    }
  }

  private static String share(double share) {
    return Double.isNaN(share) ? "" : String.format(Locale.ENGLISH, " (%.1f%% of target)", 100 * share);
  }

  private static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ENGLISH).replace('_', ' ');
  }

  private static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 3) + "...";
  }
}
