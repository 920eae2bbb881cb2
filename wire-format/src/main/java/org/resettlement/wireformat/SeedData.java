package org.resettlement.wireformat;

import java.math.BigDecimal;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.resettlement.core.AgeBand;
import org.resettlement.core.Allocation;
import org.resettlement.core.AllocationBasis;
import org.resettlement.core.Breakdown;
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignId;
import org.resettlement.core.ContactKind;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.Funding;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Membership;
import org.resettlement.core.MonetaryAmount;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Place;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;
import org.resettlement.core.PledgeKind;
import org.resettlement.core.PledgeStatus;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Quantity;
import org.resettlement.core.QuotaId;
import org.resettlement.core.QuotaKind;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Rounding;
import org.resettlement.core.Session;
import org.resettlement.core.Sex;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticId;
import org.resettlement.core.StatisticMetric;
import org.resettlement.core.Target;
import org.resettlement.testkit.SeedDataset;

/**
 * The values that the golden files of the wire format must read as: records of the testkit's
 * {@link SeedDataset}, the four seed documents as data, found by their identifiers, and
 * illustrative values of what the seeds do not contain (a monetary amount, an allocation, a
 * breakdown, a person's contact point), marked as such.
 */
public final class SeedData {
  private SeedData() {}

  private static final Dataset SEEDS = SeedDataset.dataset();

  /** Returns the seed documents as one dataset. */
  public static Dataset dataset() {
    return SEEDS;
  }

  //-----------------------------------------------------------------------
  // Records of the seed documents

  public static final OrganisationId CCME = OrganisationId.of("ccme");
  public static final CampaignId CAMPAIGN_2020 = CampaignId.of("resettlement-saves-lives-2020");
  public static final PersonId JOSE_MAGALHAES = PersonId.of("jose-magalhaes");

  public static final Organisation CCME_ORGANISATION = found(SEEDS.organisation(CCME), CCME);
  public static final Organisation WCRS_ORGANISATION = organisation("wcrs");

  public static final Person JOSE_MAGALHAES_PERSON = found(SEEDS.person(JOSE_MAGALHAES), JOSE_MAGALHAES);
  public static final Membership SECRETARY_OF_STATE =
      SEEDS.memberships().stream()
          .filter(membership -> membership.member().equals(JOSE_MAGALHAES))
          .findFirst()
          .orElseThrow();

  public static final Event LISBON_WORKSHOP = event("ccme-lisbon-workshop-2007");
  public static final Event STRASBOURG_MEETING = event("coe-community-of-practice-2023-06-29");
  public static final Event WARSAW_CONFERENCE = event("csos-forefront-warsaw-2023");
  /** The Warsaw conference's panel, with a Polish and English title and a date. */
  public static final Session LIBRARY_PANEL = WARSAW_CONFERENCE.sessions().get(1);
  public static final Source LIBRARY_NEWS = WARSAW_CONFERENCE.sources().get(0);

  public static final Project BROADENING_THE_BASIS = project("ccme-resettlement-broadening-the-basis");
  public static final Funding EUROPEAN_REFUGEE_FUND = BROADENING_THE_BASIS.fundings().get(0);
  public static final Project STRENGTHENING_RESILIENCE = project("coe-strengthening-resilience-migration");
  public static final Project TOGETHER_IN_THE_LIBRARY = project("razem-w-bibliotece");

  public static final Campaign CAMPAIGN = found(SEEDS.campaign(CAMPAIGN_2020), CAMPAIGN_2020);
  public static final Target TARGET_2020 = CAMPAIGN.targets().get(0);
  public static final Pledge COMMISSION_PLEDGE =
      found(SEEDS.pledge(PledgeId.of("european-commission-resettlement-incentives-2012")), "the Commission's pledge");

  public static final ResettlementQuota PORTUGAL_QUOTA =
      found(SEEDS.quota(QuotaId.of("pt-annual-quota-2007")), "Portugal's quota");
  public static final Statistic NEEDS_2012 = statistic("resettlement-needs-2012");
  public static final Statistic RESETTLED_IN_EU_2007 = statistic("eu-resettled-2007");

  //-----------------------------------------------------------------------
  // Illustrative values for what the seeds do not contain

  /** A person with every personal field set; the honorific and contact point are illustrative. */
  public static final Person PERSON_WITH_CONTACT =
      Person.builder()
          .from(found(SEEDS.person(PersonId.of("torsten-moritz")), "Torsten Moritz"))
          .honorific("Dr")
          .addContact(
              ContactPoint.builder()
                  .kind(ContactKind.EMAIL)
                  .value("torsten.moritz@example.org")
                  .label("illustrative address")
                  .build())
          .build();

  /** WCRS's seat, Wrocław, with an English name and a region, which the seeds do not give. */
  public static final Place WROCLAW_PLACE =
      Place.builder()
          .from(WCRS_ORGANISATION.place().orElseThrow())
          .locality(LocalizedText.of("pl", "Wrocław").and("en", "Wroclaw"))
          .region(LocalizedText.of("pl", "województwo dolnośląskie"))
          .build();

  /** The venue of the Strasbourg meeting, with the city's coordinates, which the seeds do not give. */
  public static final Place STRASBOURG_WITH_COORDINATES =
      Place.builder()
          .from(STRASBOURG_MEETING.venue().orElseThrow())
          .coordinates(Coordinates.of(48.5734, 7.7521))
          .build();

  /** An illustrative grant: the seeds name no amount of money. */
  public static final MonetaryAmount GRANT = MonetaryAmount.of(new BigDecimal("1250.00"), "EUR");

  /** An illustrative allocation of quota places. */
  public static final Allocation ALLOCATION =
      Allocation.of(AllocationBasis.COUNTRY_OF_FIRST_ASYLUM, CountryCode.of("LB"), Quantity.between(250, 300));

  /** An illustrative breakdown of a statistic. */
  public static final Breakdown BREAKDOWN =
      Breakdown.of(Dimension.SEX, Sex.FEMALE, Quantity.atMost(1_800));

  /** An illustrative geography: a group and a country outside it. */
  public static final Geography EU_AND_NORWAY =
      Geography.builder().group(CountryGroup.EUROPEAN_UNION).addCountry(CountryCode.of("NO")).build();

  /** An illustrative pledge to the 2020 campaign, with every attribute set. */
  public static final Pledge ILLUSTRATIVE_PLEDGE =
      Pledge.builder()
          .id(PledgeId.of("illustrative-pledge"))
          .pledger(CCME)
          .campaign(CAMPAIGN_2020)
          .kind(PledgeKind.RESETTLEMENT_PLACES)
          .quantity(Quantity.exactly(40))
          .amount(GRANT)
          .description(LocalizedText.of("en", "Illustrative: 40 places with reception support"))
          .pledgedOn(PartialDate.of(2013, 6))
          .targetPeriod(DateRange.of(PartialDate.ofYear(2014), PartialDate.ofYear(2015)))
          .status(PledgeStatus.FULFILLED)
          .fulfilled(Quantity.exactly(45))
          .overfulfilled(true)
          .build();

  /** An illustrative quota with places, an allocation and arrivals. */
  public static final ResettlementQuota ILLUSTRATIVE_QUOTA =
      ResettlementQuota.builder()
          .id(QuotaId.of("illustrative-quota"))
          .country(CountryCode.of("DE"))
          .period(DateRange.of(PartialDate.ofYear(2014)))
          .kind(QuotaKind.HUMANITARIAN_ADMISSION)
          .places(Quantity.exactly(300))
          .addAllocation(ALLOCATION)
          .arrivals(Quantity.approximately(280))
          .arrivalsAsOf(PartialDate.of(2014, 12))
          .decidedOn(PartialDate.of(2013, 12, 4))
          .description(LocalizedText.of("en", "Illustrative quota"))
          .build();

  /** An illustrative statistic with a breakdown. */
  public static final Statistic ILLUSTRATIVE_STATISTIC =
      Statistic.builder()
          .id(StatisticId.of("illustrative-arrivals-2014"))
          .metric(StatisticMetric.ARRIVALS)
          .value(Quantity.exactly(3_500))
          .period(DateRange.of(PartialDate.ofYear(2014)))
          .geography(EU_AND_NORWAY)
          .addBreakdown(BREAKDOWN)
          .note(LocalizedText.of("en", "Illustrative figures"))
          .build();

  /**
   * An illustrative cell of Eurostat's table of resettled persons (migr_asyresa): 85 Syrian women
   * aged 18 to 34 resettled to France in 2016, rounded to the nearest 5, with a breakdown.
   */
  public static final Statistic ILLUSTRATIVE_CELL =
      Statistic.builder()
          .id(StatisticId.of("illustrative-fr-2016-sy-f-18-34"))
          .metric(StatisticMetric.RESETTLED_PERSONS)
          .key(DimensionKey.of(Dimension.SEX, Sex.FEMALE)
              .with(Dimension.AGE_BAND, AgeBand.of(18, 34))
              .with(Dimension.CITIZENSHIP, CountryCategory.parse("SY")))
          .value(Quantity.exactly(85))
          .rounding(Rounding.NEAREST_5)
          .period(DateRange.of(PartialDate.ofYear(2016)))
          .geography(Geography.of(CountryCode.of("FR")))
          .addBreakdown(Breakdown.of(Dimension.COUNTRY_OF_ASYLUM, CountryCategory.parse("LB"), Quantity.exactly(60)))
          .note(LocalizedText.of("en", "Illustrative figures"))
          .build();

  //-----------------------------------------------------------------------
  private static Organisation organisation(String id) {
    return found(SEEDS.organisation(OrganisationId.of(id)), id);
  }

  private static Event event(String id) {
    return found(SEEDS.event(EventId.of(id)), id);
  }

  private static Project project(String id) {
    return found(SEEDS.project(ProjectId.of(id)), id);
  }

  private static Statistic statistic(String id) {
    return found(SEEDS.statistic(StatisticId.of(id)), id);
  }

  private static <T> T found(Optional<T> record, Object name) {
    return record.orElseThrow(() -> new NoSuchElementException("not in the testkit's SeedDataset: " + name));
  }
}
