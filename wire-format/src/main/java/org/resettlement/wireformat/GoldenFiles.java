package org.resettlement.wireformat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.resettlement.core.Actor;
import org.resettlement.core.ActorKind;
import org.resettlement.core.AllocationBasis;
import org.resettlement.core.CampaignId;
import org.resettlement.core.ContactKind;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.EventId;
import org.resettlement.core.EventKind;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.PartialDate;
import org.resettlement.core.ParticipantRole;
import org.resettlement.core.PersonId;
import org.resettlement.core.PledgeId;
import org.resettlement.core.PledgeKind;
import org.resettlement.core.PledgeStatus;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Quantity;
import org.resettlement.core.QuotaId;
import org.resettlement.core.QuotaKind;
import org.resettlement.core.SessionKind;
import org.resettlement.core.StatisticId;
import org.resettlement.core.StatisticMetric;

/**
 * The golden files of the wire format ({@code wire-format/golden}), each with the Java type it is
 * read as and the value it must read as. The tests of both Jackson modules use them.
 *
 * <p>A file is named after the JSON Schema definition of its type in lower-kebab-case, such as
 * {@code resettlement-quota.json} for {@code ResettlementQuota}, optionally followed by a
 * variant, such as {@code quantity-range.json}. The files are resources of this module,
 * under {@code /golden/}.
 *
 * <p>The golden files of version 1.0 ({@code wire-format/golden-1.0}, resources under {@code
 * /golden-1.0/}) are kept as they were when 1.0 was the current version, and never change: every
 * reader of a later 1.x must still read each of them, as {@link #version10()} says.
 */
public final class GoldenFiles {
  private GoldenFiles() {}

  /** A golden file: its name, the type it is read as, and the value it holds. */
  public static final class Golden {
    /** The folder of the file among the resources, such as {@code golden}. */
    public final String folder;
    /** The file name, such as {@code quantity-range.json}. */
    public final String file;
    /** The type the file is read as. */
    public final Class<?> type;
    /** The value the file holds. */
    public final Object value;

    Golden(String folder, String file, Class<?> type, Object value) {
      this.folder = folder;
      this.file = file;
      this.type = type;
      this.value = value;
    }

    /** Returns the file's text, as committed. */
    public String text() {
      try (InputStream in = GoldenFiles.class.getResourceAsStream("/" + folder + "/" + file)) {
        if (in == null) {
          throw new IllegalStateException("golden file missing: " + file);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return CURRENT.equals(folder) ? file : folder + "/" + file;
    }
  }

  private static final String CURRENT = "golden";
  private static final String VERSION_10 = "golden-1.0";

  private static final Map<String, Golden> ALL = new LinkedHashMap<>();
  private static final Map<String, Golden> ALL_10 = new LinkedHashMap<>();

  private static void add(String file, Class<?> type, Object value) {
    ALL.put(file, new Golden(CURRENT, file, type, value));
  }

  static {
    add("dataset.json", org.resettlement.core.Dataset.class, SeedData.dataset());
    add("dataset-with-observations.json", org.resettlement.core.Dataset.class,
        org.resettlement.core.Dataset.builder().addAllObservations(ObservationData.all()).build());
    add("organisation.json", org.resettlement.core.Organisation.class, SeedData.CCME_ORGANISATION);
    add("organisation-with-place.json", org.resettlement.core.Organisation.class, SeedData.WCRS_ORGANISATION);
    add("person.json", org.resettlement.core.Person.class, SeedData.JOSE_MAGALHAES_PERSON);
    add("person-with-contact.json", org.resettlement.core.Person.class, SeedData.PERSON_WITH_CONTACT);
    add("membership.json", org.resettlement.core.Membership.class, SeedData.SECRETARY_OF_STATE);
    add("event.json", org.resettlement.core.Event.class, SeedData.WARSAW_CONFERENCE);
    add("event-workshop.json", org.resettlement.core.Event.class, SeedData.LISBON_WORKSHOP);
    add("participation.json", org.resettlement.core.Participation.class, SeedData.LISBON_WORKSHOP.participants().get(0));
    add("session.json", org.resettlement.core.Session.class, SeedData.LIBRARY_PANEL);
    add("series-position.json", org.resettlement.core.SeriesPosition.class, SeedData.STRASBOURG_MEETING.series().get());
    add("place.json", org.resettlement.core.Place.class, SeedData.STRASBOURG_WITH_COORDINATES);
    add("place-with-region.json", org.resettlement.core.Place.class, SeedData.WROCLAW_PLACE);
    add("coordinates.json", Coordinates.class, SeedData.STRASBOURG_WITH_COORDINATES.coordinates().get());
    add("contact-point.json", ContactPoint.class, ContactPoint.email("info@ccme.be"));
    add("external-identifier.json", ExternalIdentifier.class, ExternalIdentifier.iati("XM-DAC-41121"));
    add("source.json", org.resettlement.core.Source.class, SeedData.LIBRARY_NEWS);
    add("project.json", org.resettlement.core.Project.class, SeedData.TOGETHER_IN_THE_LIBRARY);
    add("project-with-duration.json", org.resettlement.core.Project.class, SeedData.STRENGTHENING_RESILIENCE);
    add("funding.json", org.resettlement.core.Funding.class, SeedData.EUROPEAN_REFUGEE_FUND);
    add("campaign.json", org.resettlement.core.Campaign.class, SeedData.CAMPAIGN);
    add("target.json", org.resettlement.core.Target.class, SeedData.TARGET_2020);
    add("pledge.json", org.resettlement.core.Pledge.class, SeedData.COMMISSION_PLEDGE);
    add("pledge-fulfilled.json", org.resettlement.core.Pledge.class, SeedData.ILLUSTRATIVE_PLEDGE);
    add("resettlement-quota.json", org.resettlement.core.ResettlementQuota.class, SeedData.PORTUGAL_QUOTA);
    add("resettlement-quota-with-allocations.json", org.resettlement.core.ResettlementQuota.class, SeedData.ILLUSTRATIVE_QUOTA);
    add("allocation.json", org.resettlement.core.Allocation.class, SeedData.ALLOCATION);
    add("statistic.json", org.resettlement.core.Statistic.class, SeedData.RESETTLED_IN_EU_2007);
    add("statistic-with-breakdown.json", org.resettlement.core.Statistic.class, SeedData.ILLUSTRATIVE_STATISTIC);
    add("statistic-with-key.json", org.resettlement.core.Statistic.class, SeedData.ILLUSTRATIVE_CELL);
    add("breakdown.json", org.resettlement.core.Breakdown.class, SeedData.BREAKDOWN);
    add("dimension-key.json", org.resettlement.core.DimensionKey.class, SeedData.ILLUSTRATIVE_CELL.key());
    add("category.json", org.resettlement.core.Category.class, org.resettlement.core.CategoryCode.of("TIB"));
    add("rounding.json", org.resettlement.core.Rounding.class, org.resettlement.core.Rounding.NEAREST_5);
    add("observation.json", org.resettlement.core.Observation.class, ObservationData.SYRIANS_TO_FRANCE_2017);
    add("observation-cell.json", org.resettlement.core.Observation.class, ObservationData.ILLUSTRATIVE_CELL);
    add("observation-confidential.json", org.resettlement.core.Observation.class, ObservationData.ILLUSTRATIVE_CONFIDENTIAL);
    add("observation-not-available.json", org.resettlement.core.Observation.class, ObservationData.UNHCR_2015.get(1));
    add("observation-status.json", org.resettlement.core.ObservationStatus.class,
        org.resettlement.core.ObservationStatus.BREAK_IN_SERIES);
    add("dimension-publisher.json", org.resettlement.core.Dimension.class, ObservationData.EUROSTAT_UNIT);
    add("sex.json", org.resettlement.core.Sex.class, org.resettlement.core.Sex.FEMALE);
    add("age-band.json", org.resettlement.core.AgeBand.class, org.resettlement.core.AgeBand.from(65));
    add("country-category.json", org.resettlement.core.CountryCategory.class,
        org.resettlement.core.CountryCategory.STATELESS);
    add("category-code.json", org.resettlement.core.CategoryCode.class, org.resettlement.core.CategoryCode.of("Y_LT18"));
    add("geography.json", Geography.class, SeedData.EU_AND_NORWAY);
    add("geography-world.json", Geography.class, Geography.world());
    add("monetary-amount.json", org.resettlement.core.MonetaryAmount.class, SeedData.GRANT);
    add("date-range.json", DateRange.class, SeedData.WARSAW_CONFERENCE.period());
    add("date-range-open.json", DateRange.class, DateRange.since(PartialDate.ofYear(2004)));
    add("partial-date.json", PartialDate.class, PartialDate.of(2023, 6));
    add("partial-date-year.json", PartialDate.class, PartialDate.ofYear(2012));
    add("partial-date-day.json", PartialDate.class, PartialDate.of(2023, 6, 29));
    add("quantity.json", Quantity.class, Quantity.approximately(50));
    add("quantity-exact.json", Quantity.class, Quantity.exactly(15));
    add("quantity-at-least.json", Quantity.class, Quantity.atLeast(100));
    add("quantity-at-most.json", Quantity.class, Quantity.atMost(20));
    add("quantity-range.json", Quantity.class, Quantity.between(30, 40));
    add("localized-text.json", LocalizedText.class, SeedData.TOGETHER_IN_THE_LIBRARY.title());
    add("actor.json", Actor.class, SeedData.CCME);
    add("actor-person.json", Actor.class, SeedData.JOSE_MAGALHAES);
    add("actor-country.json", Actor.class, CountryCode.of("PT"));
    add("country-code.json", CountryCode.class, CountryCode.of("PL"));
    add("country-group.json", CountryGroup.class, CountryGroup.EUROPEAN_UNION);
    add("organisation-id.json", OrganisationId.class, SeedData.CCME);
    add("person-id.json", PersonId.class, SeedData.JOSE_MAGALHAES);
    add("event-id.json", EventId.class, SeedData.LISBON_WORKSHOP.id());
    add("project-id.json", ProjectId.class, SeedData.TOGETHER_IN_THE_LIBRARY.id());
    add("campaign-id.json", CampaignId.class, SeedData.CAMPAIGN_2020);
    add("pledge-id.json", PledgeId.class, SeedData.COMMISSION_PLEDGE.id());
    add("quota-id.json", QuotaId.class, SeedData.PORTUGAL_QUOTA.id());
    add("statistic-id.json", StatisticId.class, SeedData.NEEDS_2012.id());
    add("organisation-kind.json", OrganisationKind.class, OrganisationKind.ASSOCIATION_OF_AUTHORITIES);
    add("event-kind.json", EventKind.class, EventKind.CAMPAIGN_LAUNCH);
    add("participant-role.json", ParticipantRole.class, ParticipantRole.PANELLIST);
    add("session-kind.json", SessionKind.class, SessionKind.PARALLEL);
    add("contact-kind.json", ContactKind.class, ContactKind.SOCIAL_MEDIA);
    add("pledge-kind.json", PledgeKind.class, PledgeKind.RESETTLEMENT_PLACES);
    add("pledge-status.json", PledgeStatus.class, PledgeStatus.PARTIALLY_FULFILLED);
    add("quota-kind.json", QuotaKind.class, QuotaKind.MULTI_ANNUAL_PROGRAMME);
    add("allocation-basis.json", AllocationBasis.class, AllocationBasis.COUNTRY_OF_FIRST_ASYLUM);
    add("statistic-metric.json", StatisticMetric.class, StatisticMetric.RESETTLEMENT_NEEDS);
    add("dimension.json", Dimension.class, Dimension.COUNTRY_OF_ASYLUM);
    add("actor-kind.json", ActorKind.class, ActorKind.ORGANISATION);
    add("quantity-qualifier.json", Quantity.Qualifier.class, Quantity.Qualifier.AT_LEAST);
    add("partial-date-precision.json", PartialDate.Precision.class, PartialDate.Precision.MONTH);
    add("campaign-progress.json", org.resettlement.core.CampaignProgress.class,
        SeedData.dataset().withPledges(java.util.List.of(SeedData.ILLUSTRATIVE_PLEDGE))
            .campaignProgress(SeedData.CAMPAIGN_2020).get());
    add("observation-total.json", org.resettlement.core.ObservationTotal.class,
        org.resettlement.core.ObservationIndex.of(ObservationData.ILLUSTRATIVE_CUBE).totalsBy(
            org.resettlement.core.ObservationFilter.all(), org.resettlement.core.Dimension.SEX)
            .get(org.resettlement.core.Sex.FEMALE));
    add("observation-total-incomplete.json", org.resettlement.core.ObservationTotal.class,
        org.resettlement.core.ObservationIndex.of(ObservationData.all()).total(
            org.resettlement.core.ObservationFilter.builder()
                .metric(org.resettlement.core.StatisticMetric.RESETTLED_PERSONS).build()));
    add("discrepancy.json", org.resettlement.core.Discrepancy.class,
        org.resettlement.core.ObservationIndex.of(ObservationData.ILLUSTRATIVE_CUBE).discrepancies().get(0));
    add("quota-total.json", org.resettlement.core.QuotaTotal.class,
        SeedData.dataset().withQuotas(java.util.List.of(SeedData.ILLUSTRATIVE_QUOTA)).quotaTotals().get(0));
  }

  /** Returns every golden file, by name. */
  public static Map<String, Golden> all() {
    return Collections.unmodifiableMap(ALL);
  }

  //-----------------------------------------------------------------------
  /** The files of version 1.0 whose value is not that of the current file of the same name. */
  private static final Map<String, Golden> CHANGED_SINCE_10 = new LinkedHashMap<>();

  private static void changedSince10(String file, Class<?> type, Object value) {
    CHANGED_SINCE_10.put(file, new Golden(VERSION_10, file, type, value));
  }

  static {
    // The 1.0 dataset states its version; the current one is written with the version written now.
    changedSince10("dataset.json", org.resettlement.core.Dataset.class, SeedData.dataset().withSchemaVersion("1.0"));
    // 1.0 named the dimensions of a breakdown with an enum of their own, which Dimension replaces.
    changedSince10("breakdown-dimension.json", Dimension.class, Dimension.COUNTRY_OF_ASYLUM);
    for (String file : Version10.FILES) {
      Golden changed = CHANGED_SINCE_10.get(file);
      Golden current = ALL.get(file);
      if (changed == null && current == null) {
        throw new IllegalStateException("the golden file " + file + " of version 1.0 has no value in Java");
      }
      ALL_10.put(file, changed != null ? changed : new Golden(VERSION_10, file, current.type, current.value));
    }
  }

  /**
   * Returns the golden files of version 1.0, by name, each with the value a reader of the current
   * version reads it as: the value of the current golden file of the same name, or, where the
   * format has grown since, the value given here.
   */
  public static Map<String, Golden> version10() {
    return Collections.unmodifiableMap(ALL_10);
  }

  /** The names of the files of version 1.0, which never change. */
  private static final class Version10 {
    static final java.util.List<String> FILES = java.util.List.of(
        "actor-country.json",
        "actor-kind.json",
        "actor-person.json",
        "actor.json",
        "allocation-basis.json",
        "allocation.json",
        "breakdown-dimension.json",
        "breakdown.json",
        "campaign-id.json",
        "campaign-progress.json",
        "campaign.json",
        "contact-kind.json",
        "contact-point.json",
        "coordinates.json",
        "country-code.json",
        "country-group.json",
        "dataset.json",
        "date-range-open.json",
        "date-range.json",
        "event-id.json",
        "event-kind.json",
        "event-workshop.json",
        "event.json",
        "external-identifier.json",
        "funding.json",
        "geography-world.json",
        "geography.json",
        "localized-text.json",
        "membership.json",
        "monetary-amount.json",
        "organisation-id.json",
        "organisation-kind.json",
        "organisation-with-place.json",
        "organisation.json",
        "partial-date-day.json",
        "partial-date-precision.json",
        "partial-date-year.json",
        "partial-date.json",
        "participant-role.json",
        "participation.json",
        "person-id.json",
        "person-with-contact.json",
        "person.json",
        "place-with-region.json",
        "place.json",
        "pledge-fulfilled.json",
        "pledge-id.json",
        "pledge-kind.json",
        "pledge-status.json",
        "pledge.json",
        "project-id.json",
        "project-with-duration.json",
        "project.json",
        "quantity-at-least.json",
        "quantity-at-most.json",
        "quantity-exact.json",
        "quantity-qualifier.json",
        "quantity-range.json",
        "quantity.json",
        "quota-id.json",
        "quota-kind.json",
        "quota-total.json",
        "resettlement-quota-with-allocations.json",
        "resettlement-quota.json",
        "series-position.json",
        "session-kind.json",
        "session.json",
        "source.json",
        "statistic-id.json",
        "statistic-metric.json",
        "statistic-with-breakdown.json",
        "statistic.json",
        "target.json");
  }
}
