package org.resettlement.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.Allocation;
import org.resettlement.core.AllocationBasis;
import org.resettlement.core.Breakdown;
import org.resettlement.core.Campaign;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.Event;
import org.resettlement.core.MonetaryAmount;
import org.resettlement.core.Organisation;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Person;
import org.resettlement.core.Pledge;
import org.resettlement.core.Project;
import org.resettlement.core.Quantity;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticMetric;
import org.resettlement.core.Target;
import org.resettlement.testkit.junit.SampleSource;

/**
 * Every value keeps the promises of {@link Promises}, over many seeds, and the checker catches
 * each promise broken. The validation rules are checked by the validation module.
 */
class SampleDataPromisesTest {

  static Stream<Class<?>> supportedTypes() {
    return SampleData.supportedTypes().stream();
  }

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest
  @MethodSource("supportedTypes")
  void next_everyTypeKeepsThePromises(Class<?> type) {
    long seed = 7;
    List<?> values = SampleData.withSeed(seed).list(type, type == Dataset.class ? 5 : 300);
    for (int i = 0; i < values.size(); i++) {
      assertThat(Promises.brokenBy(values.get(i)))
          .as("%s #%d of seed %d: %s", type.getSimpleName(), i + 1, seed, values.get(i))
          .isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void dataset_keepsThePromises(long seed) {
    Dataset dataset = SampleData.withSeed(seed).dataset(DatasetSpec.defaults().withPledges(300));

    assertThat(Promises.brokenBy(dataset)).as("seed %d", seed).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Pledge.class, count = 1_000, seed = 11)
  void pledge_keepsThePromises(Pledge pledge) {
    assertThat(Promises.brokenBy(pledge)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Event.class, count = 500, seed = 12)
  void event_keepsThePromises(Event event) {
    assertThat(Promises.brokenBy(event)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Organisation.class, count = 500, seed = 13)
  void organisation_keepsThePromises(Organisation organisation) {
    assertThat(Promises.brokenBy(organisation)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Person.class, count = 300, seed = 14)
  void person_keepsThePromises(Person person) {
    assertThat(Promises.brokenBy(person)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Campaign.class, count = 500, seed = 15)
  void campaign_keepsThePromises(Campaign campaign) {
    assertThat(Promises.brokenBy(campaign)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = ResettlementQuota.class, count = 1_000, seed = 16)
  void resettlementQuota_keepsThePromises(ResettlementQuota quota) {
    assertThat(Promises.brokenBy(quota)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Statistic.class, count = 1_000, seed = 17)
  void statistic_keepsThePromises(Statistic statistic) {
    assertThat(Promises.brokenBy(statistic)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Project.class, count = 300, seed = 18)
  void project_keepsThePromises(Project project) {
    assertThat(Promises.brokenBy(project)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Source.class, count = 300, seed = 19)
  void source_keepsThePromises(Source source) {
    assertThat(Promises.brokenBy(source)).isEmpty();
  }

  //-----------------------------------------------------------------------
  // The checker catches what it should: each promise, broken once in a value that keeps the others.

  static Stream<Arguments> brokenPromises() {
    SampleData sample = SampleData.withSeed(1);
    Source source = sample.source();
    Pledge pledge = sample.pledge().withSources(List.of()).withPledgedOn(PartialDate.ofYear(2000))
        .withTargetPeriod(Optional.empty()).withAmount(Optional.empty());
    ResettlementQuota quota = sample.resettlementQuota().withSources(List.of()).withAllocations()
        .withArrivals(Optional.empty()).withPlaces(Quantity.exactly(50));
    Statistic statistic = sample.statistic().withSources(List.of()).withValue(Quantity.exactly(100));
    Campaign campaign = sample.campaign().withSources(List.of()).withLaunchDate(PartialDate.ofYear(2012))
        .withPeriod(Optional.empty());
    Target target = Target.builder().metric(StatisticMetric.PLACES_OFFERED).value(Quantity.exactly(20_000)).build();
    return Stream.of(
        broken("a date before the earliest", PartialDate.of(1989, 12),
            "value: 1989-12 is before SampleData.EARLIEST_DATE"),
        broken("a date after the latest", DateRange.of(PartialDate.ofYear(2030), PartialDate.ofYear(2031)),
            "value.end: 2031 is after SampleData.LATEST_DATE"),
        broken("a date in a record", pledge.withPledgedOn(PartialDate.ofYear(1989)),
            "value.pledgedOn: 1989 is before SampleData.EARLIEST_DATE"),
        broken("a source published before the earliest date",
            source.withPublishedOn(PartialDate.ofYear(1989)).withAccessedOn(Optional.empty()),
            "value.publishedOn: 1989-01-01 is before SampleData.EARLIEST_DATE"),
        broken("a source published after the latest source date",
            source.withPublishedOn(PartialDate.of(2026, 1)).withAccessedOn(Optional.empty()),
            "value.publishedOn: 2026-01-01 is after SampleData.LATEST_SOURCE_DATE"),
        broken("a source accessed after the latest source date",
            source.withPublishedOn(Optional.empty()).withAccessedOn(LocalDate.of(2026, 1, 1)),
            "value.accessedOn: 2026-01-01 is after SampleData.LATEST_SOURCE_DATE"),
        broken("a source at an address that reaches someone", source.withUrl(URI.create("https://www.unhcr.org/news")),
            "value.url: 'https://www.unhcr.org/news' is not an https address under a reserved domain"),
        broken("an e-mail address that reaches someone", ContactPoint.email("info@unhcr.org"),
            "value: 'info@unhcr.org' is not an e-mail address under a reserved domain"),
        broken("a telephone number not in E.164 form", ContactPoint.phone("+48 22 123 45 67"),
            "value: '+48 22 123 45 67' is not an E.164 number"),
        broken("a web site that reaches someone", ContactPoint.website("https://www.unhcr.org/"),
            "value: 'https://www.unhcr.org/' is not an https address under a reserved domain"),
        broken("a contact point in a record", sample.person().withSources(List.of()).withContacts(ContactPoint.email("a@b.eu")),
            "value.contacts[0]: 'a@b.eu' is not an e-mail address under a reserved domain"),
        broken("a latitude out of range", Coordinates.of(91, 0), "value: latitude out of range"),
        broken("a longitude out of range", Coordinates.of(0, -181), "value: longitude out of range"),
        broken("too small an amount", MonetaryAmount.of(BigDecimal.valueOf(499), Currency.getInstance("EUR")),
            "value: EUR 499 is not 500 to 2,000,000 units"),
        broken("too large an amount", pledge.withAmount(MonetaryAmount.of(BigDecimal.valueOf(2_000_001), Currency.getInstance("PLN"))),
            "value.amount: PLN 2000001 is not 500 to 2,000,000 units"),
        broken("a fulfilment above the pledge, not marked",
            pledge.withQuantity(Quantity.exactly(10)).withFulfilled(Quantity.exactly(11)).withOverfulfilled(false),
            "value.fulfilled: 11 may be above the pledged 10"),
        broken("a fulfilment that may be above the pledge",
            pledge.withQuantity(Quantity.between(10, 20)).withFulfilled(Quantity.between(5, 11)).withOverfulfilled(false),
            "value.fulfilled: " + Quantity.between(5, 11) + " may be above the pledged " + Quantity.between(10, 20)),
        broken("an overfulfilment that may not be above the pledge",
            pledge.withQuantity(Quantity.exactly(10)).withFulfilled(Quantity.atLeast(10)).withOverfulfilled(true),
            "value.overfulfilled: set, but " + Quantity.atLeast(10) + " is not above 10"),
        broken("an overfulfilment without a fulfilled quantity",
            pledge.withQuantity(Quantity.exactly(10)).withFulfilled(Optional.empty()).withOverfulfilled(true),
            "value.overfulfilled: set without a fulfilled quantity"),
        broken("a fulfilment without a pledged quantity",
            pledge.withQuantity(Optional.empty()).withFulfilled(Quantity.exactly(3)).withOverfulfilled(false),
            "value.fulfilled: given without a pledged quantity"),
        broken("allocations that may add up to more than the places",
            quota.withAllocations(
                Allocation.of(AllocationBasis.NATIONALITY, CountryCode.of("SY"), Quantity.exactly(30)),
                Allocation.of(AllocationBasis.NATIONALITY, CountryCode.of("AF"), Quantity.between(10, 21))),
            "value.allocations: may add up to 51, above the places 50"),
        broken("an unbounded allocation",
            quota.withAllocations(Allocation.of(AllocationBasis.NATIONALITY, CountryCode.of("SY"), Quantity.atLeast(10))),
            "value.allocations[0]: unbounded: " + Quantity.atLeast(10)),
        broken("allocations without places",
            quota.withPlaces(Optional.empty())
                .withAllocations(Allocation.of(AllocationBasis.NATIONALITY, CountryCode.of("SY"), Quantity.exactly(10))),
            "value.allocations: given without places"),
        broken("arrivals that may be above the places", quota.withArrivals(Quantity.atMost(51)),
            "value.arrivals: " + Quantity.atMost(51) + " may be above the places 50"),
        broken("an exact breakdown that does not add up",
            statistic.withBreakdown(
                Breakdown.of(Dimension.SEX, "female", Quantity.exactly(60)),
                Breakdown.of(Dimension.SEX, "male", Quantity.exactly(30))),
            "value.breakdown[sex]: adds up to 90, not the total 100"),
        broken("a deadline not after the launch", campaign.withTargets(target.withDeadline(PartialDate.ofYear(2012))),
            "value.targets[0].deadline: 2012 is not after the launch date 2012"),
        pledgeInDataset("a pledge dated outside its campaign's period",
            campaign.withPeriod(DateRange.of(PartialDate.ofYear(2012), PartialDate.ofYear(2020))),
            pledge.withPledgedOn(PartialDate.of(2021, 3, 1)),
            "pledges[0].pledgedOn: 2021-03-01 is outside the campaign's period 2012/2020"),
        pledgeInDataset("a pledge dated before its campaign's launch", campaign, pledge.withPledgedOn(PartialDate.of(2011, 12)),
            "pledges[0].pledgedOn: 2011-12 is before the launch 2012"),
        pledgeInDataset("an undated pledge to a campaign", campaign, pledge.withPledgedOn(Optional.empty()),
            "pledges[0].pledgedOn: missing, though the pledge answers " + campaign.id()));
  }

  private static Arguments broken(String promise, Object value, String line) {
    return Arguments.of(promise, value, line);
  }

  private static Arguments pledgeInDataset(String promise, Campaign campaign, Pledge pledge, String line) {
    Dataset dataset =
        Dataset.builder().addCampaign(campaign.withLaunchingOrganisations(List.of()).withTargets())
            .addPledge(pledge.withCampaign(campaign.id()).withPledger(CountryCode.of("SE"))).build();
    return Arguments.of(promise, dataset, line);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPromises")
  void brokenBy_reportsThePromiseBrokenAndNoOther(String promise, Object value, String line) {
    assertThat(Promises.brokenBy(value)).containsExactly(line);
  }
}
