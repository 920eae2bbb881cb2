package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatasetTest {

  private static final LocalizedText NAME = LocalizedText.of("en", "name");
  private static final CampaignId CAMPAIGN = CampaignId.of("2020");
  private static final OrganisationId CCME = OrganisationId.of("ccme");

  private static Organisation organisation(String id, OrganisationKind kind) {
    return Organisation.builder().id(OrganisationId.of(id)).name(LocalizedText.of("en", id)).kind(kind).build();
  }

  private static Pledge.Builder placesPledge(String id, Quantity places) {
    return Pledge.builder()
        .id(PledgeId.of(id))
        .pledger(CountryCode.of("PT"))
        .campaign(CAMPAIGN)
        .kind(PledgeKind.RESETTLEMENT_PLACES)
        .quantity(places);
  }

  private static Campaign campaign(Target... targets) {
    return Campaign.builder().id(CAMPAIGN).name(NAME).addTargets(targets).build();
  }

  private static Target target(StatisticMetric metric, long value) {
    return Target.builder().metric(metric).value(Quantity.exactly(value)).build();
  }

  @Test
  void observations_areKeptInOrderAndShareTheirSources() {
    Source eurostat = Source.builder().title(LocalizedText.of("en", "migr_asyresa")).build();
    DateRange year = DateRange.of(PartialDate.ofYear(2016));
    Geography france = Geography.of(CountryCode.of("FR"));
    Observation total =
        Observation.of(StatisticMetric.RESETTLED_PERSONS, DimensionKey.of(), year, france, Quantity.exactly(1_000))
            .withSources(eurostat).withRounding(Rounding.NEAREST_5);
    // A value and a status that withholds it change together, so through the builder.
    Observation stateless =
        Observation.builder().from(total)
            .key(DimensionKey.of(Dimension.CITIZENSHIP, CountryCategory.STATELESS))
            .value(Optional.empty())
            .addStatus(ObservationStatus.CONFIDENTIAL)
            .build();

    Dataset dataset = Dataset.builder().addObservations(total, stateless).build();

    assertThat(dataset.observations()).containsExactly(total, stateless);
    assertThat(dataset.observations().get(1).sources().get(0)).isSameAs(eurostat);
    assertThat(dataset.withoutPersonalData().observations()).containsExactly(total, stateless);
    assertThat(Dataset.builder().build().observations()).isEmpty();
  }

  @Test
  void lookups_findRecordsByIdAndTheFirstOfRepeatedIds() {
    Organisation first = organisation("ccme", OrganisationKind.FAITH_BASED);
    Organisation repeated = organisation("ccme", OrganisationKind.NETWORK);
    Dataset dataset = Dataset.builder().addOrganisations(first, repeated).build();

    assertThat(dataset.organisation(CCME)).containsSame(first);
    assertThat(dataset.organisation(OrganisationId.of("cpr"))).isEmpty();
    assertThat(dataset.person(PersonId.of("ccme"))).isEmpty();
    assertThat(dataset.organisations()).hasSize(2);
  }

  /** A null identifier is a programming error, named after the parameter, not invalid data. */
  @Test
  void lookups_rejectNullIdsAsProgrammingErrors() {
    Dataset dataset = Dataset.builder().build();

    assertThatThrownBy(() -> dataset.pledge(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> dataset.campaignProgress(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("campaign");
    assertThatThrownBy(() -> dataset.membershipsOf(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("member");
  }

  @Test
  void lookups_coverEveryRecordType() {
    DateRange year = DateRange.of(PartialDate.ofYear(2012));
    Dataset dataset =
        Dataset.builder()
            .addPerson(Person.builder().id(PersonId.of("p")).build())
            .addEvent(Event.builder().id(EventId.of("e")).title(NAME).kind(EventKind.MEETING).period(year).project(ProjectId.of("pr")).build())
            .addProject(Project.builder().id(ProjectId.of("pr")).title(NAME).build())
            .addCampaign(campaign())
            .addPledge(placesPledge("pl", Quantity.exactly(1)).build())
            .addQuota(ResettlementQuota.builder().id(QuotaId.of("q")).country(CountryCode.of("PT")).period(year).kind(QuotaKind.NATIONAL_ANNUAL).build())
            .addStatistic(Statistic.builder().id(StatisticId.of("s")).metric(StatisticMetric.RESETTLEMENT_NEEDS).value(Quantity.exactly(172_000)).period(year).geography(Geography.world()).build())
            .addMembership(Membership.builder().member(PersonId.of("p")).organisation(CCME).build())
            .build();

    assertThat(dataset.person(PersonId.of("p"))).isPresent();
    assertThat(dataset.event(EventId.of("e"))).isPresent();
    assertThat(dataset.project(ProjectId.of("pr"))).isPresent();
    assertThat(dataset.campaign(CAMPAIGN)).isPresent();
    assertThat(dataset.pledge(PledgeId.of("pl"))).isPresent();
    assertThat(dataset.quota(QuotaId.of("q"))).isPresent();
    assertThat(dataset.statistic(StatisticId.of("s"))).isPresent();
    assertThat(dataset.eventsOf(ProjectId.of("pr"))).extracting(Event::id).containsExactly(EventId.of("e"));
    assertThat(dataset.pledgesTo(CAMPAIGN)).hasSize(1);
    assertThat(dataset.membershipsIn(CCME)).hasSize(1);
    assertThat(dataset.membershipsOf(PersonId.of("p"))).hasSize(1);
    assertThat(dataset.membershipsOf(CCME)).isEmpty();
  }

  @Test
  void campaignProgress_addsUpPlacesPledgedAndDeliveredAgainstThePlacesTarget() {
    Dataset dataset =
        Dataset.builder()
            .addCampaign(campaign(target(StatisticMetric.RESETTLEMENT_NEEDS, 172_000), target(StatisticMetric.PLACES_OFFERED, 20_000)))
            .addPledge(placesPledge("a", Quantity.exactly(1_000)).status(PledgeStatus.FULFILLED).build())
            .addPledge(placesPledge("b", Quantity.approximately(500)).status(PledgeStatus.IN_PROGRESS).fulfilled(Quantity.exactly(200)).build())
            .addPledge(placesPledge("c", Quantity.exactly(9_999)).status(PledgeStatus.WITHDRAWN).build())
            .addPledge(Pledge.builder().id(PledgeId.of("d")).pledger(CCME).campaign(CAMPAIGN).kind(PledgeKind.ADVOCACY).build())
            .addPledge(placesPledge("e", Quantity.exactly(7)).campaign(CampaignId.of("other")).build())
            .build();

    CampaignProgress progress = dataset.campaignProgress(CAMPAIGN).orElseThrow();

    assertThat(progress.target()).map(Target::value).contains(Quantity.exactly(20_000));
    assertThat(progress.pledges()).isEqualTo(3);
    assertThat(progress.withdrawnPledges()).isEqualTo(1);
    assertThat(progress.pledgedPlaces()).isEqualTo(Quantity.approximately(1_500));
    assertThat(progress.deliveredPlaces()).isEqualTo(Quantity.exactly(1_200));
    assertThat(progress.pledgedShare()).hasValue(0.075);
    assertThat(progress.deliveredShare()).hasValue(0.06);
  }

  @Test
  void campaignProgress_addsOnlyQuantifiedPlacesAndOnlyWhatIsDelivered() {
    Dataset dataset =
        Dataset.builder()
            .addCampaign(campaign(target(StatisticMetric.PLACES_OFFERED, 1_000)))
            .addPledge(Pledge.builder().id(PledgeId.of("money")).pledger(CCME).campaign(CAMPAIGN).kind(PledgeKind.FUNDING).quantity(Quantity.exactly(5_000_000)).build())
            .addPledge(Pledge.builder().id(PledgeId.of("unquantified")).pledger(CountryCode.of("PT")).campaign(CAMPAIGN).kind(PledgeKind.RESETTLEMENT_PLACES).build())
            .addPledge(placesPledge("announced", Quantity.exactly(300)).status(PledgeStatus.ANNOUNCED).build())
            .build();

    CampaignProgress progress = dataset.campaignProgress(CAMPAIGN).orElseThrow();

    assertThat(progress.pledges()).isEqualTo(3);
    assertThat(progress.pledgedPlaces()).isEqualTo(Quantity.exactly(300));
    assertThat(progress.deliveredPlaces()).isEqualTo(Quantity.ZERO);
    assertThat(progress.pledgedShare()).hasValue(0.3);
    assertThat(progress.deliveredShare()).hasValue(0.0);
  }

  @Test
  void campaignProgress_hasNoShareOfAZeroTarget() {
    Dataset dataset =
        Dataset.builder()
            .addCampaign(campaign(target(StatisticMetric.PLACES_OFFERED, 0)))
            .addPledge(placesPledge("a", Quantity.exactly(10)).build())
            .build();

    CampaignProgress progress = dataset.campaignProgress(CAMPAIGN).orElseThrow();

    assertThat(progress.pledgedPlaces()).isEqualTo(Quantity.exactly(10));
    assertThat(progress.pledgedShare()).isEmpty();
    assertThat(progress.deliveredShare()).isEmpty();
  }

  @Test
  void lookups_returnUnmodifiableLists() {
    Dataset dataset =
        Dataset.builder().addCampaign(campaign()).addPledge(placesPledge("a", Quantity.exactly(10)).build()).build();
    Pledge extra = placesPledge("b", Quantity.exactly(1)).build();

    assertThatThrownBy(() -> dataset.pledgesTo(CAMPAIGN).add(extra)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(dataset.pledgesTo(CAMPAIGN)).hasSize(1);
  }

  @Test
  void campaignProgress_isEmptyForAnUnknownCampaignAndHasNoShareWithoutATarget() {
    Dataset dataset = Dataset.builder().addCampaign(campaign()).build();

    assertThat(dataset.campaignProgress(CampaignId.of("unknown"))).isEmpty();
    CampaignProgress progress = dataset.campaignProgress(CAMPAIGN).orElseThrow();
    assertThat(progress.pledgedPlaces()).isEqualTo(Quantity.ZERO);
    assertThat(progress.pledgedShare()).isEmpty();
  }

  @Test
  void quotaTotals_addUpByCountryAndStartYearWithUnknownPlacesAsAtLeastZero() {
    ResettlementQuota.Builder portugal =
        ResettlementQuota.builder().country(CountryCode.of("PT")).kind(QuotaKind.NATIONAL_ANNUAL);
    Dataset dataset =
        Dataset.builder()
            .addQuota(portugal.id(QuotaId.of("pt-2008")).period(DateRange.of(PartialDate.ofYear(2008))).places(Quantity.exactly(30)).arrivals(Quantity.exactly(12)).build())
            .addQuota(portugal.id(QuotaId.of("pt-2008-b")).period(DateRange.of(PartialDate.parse("2008-06"))).places(Quantity.exactly(10)).arrivals(java.util.Optional.empty()).build())
            .addQuota(portugal.id(QuotaId.of("pt-2007")).period(DateRange.of(PartialDate.ofYear(2007))).places(java.util.Optional.empty()).build())
            .addQuota(ResettlementQuota.builder().id(QuotaId.of("fi")).country(CountryCode.of("FI")).period(DateRange.of(PartialDate.ofYear(2008))).kind(QuotaKind.NATIONAL_ANNUAL).places(Quantity.exactly(750)).build())
            .build();

    List<QuotaTotal> totals = dataset.quotaTotals();

    assertThat(totals).extracting(QuotaTotal::country, QuotaTotal::year, QuotaTotal::quotas)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CountryCode.of("FI"), 2008, 1),
            org.assertj.core.groups.Tuple.tuple(CountryCode.of("PT"), 2007, 1),
            org.assertj.core.groups.Tuple.tuple(CountryCode.of("PT"), 2008, 2));
    QuotaTotal portugal2008 = totals.get(2);
    assertThat(portugal2008.places()).contains(Quantity.exactly(40));
    assertThat(portugal2008.arrivals()).contains(Quantity.atLeast(12));
    assertThat(portugal2008.arrivalShare()).hasValue(0.3);
    assertThat(totals.get(1).places()).isEmpty();
    assertThat(totals.get(0).arrivals()).isEmpty();
    assertThat(totals.get(0).arrivalShare()).isEmpty();
    assertThat(totals.get(1).arrivalShare()).isEmpty();
  }

  @Test
  void quotaTotals_doNotDependOnTheOrderOfTheQuotas() {
    ResettlementQuota.Builder sweden =
        ResettlementQuota.builder().country(CountryCode.of("SE")).kind(QuotaKind.NATIONAL_ANNUAL)
            .period(DateRange.of(PartialDate.ofYear(2016)));
    List<ResettlementQuota> quotas =
        List.of(
            sweden.id(QuotaId.of("a")).places(Quantity.atMost(20)).build(),
            sweden.id(QuotaId.of("b")).places(Quantity.exactly(30)).build(),
            sweden.id(QuotaId.of("c")).places(java.util.Optional.empty()).build());
    List<ResettlementQuota> reversed = new java.util.ArrayList<>(quotas);
    java.util.Collections.reverse(reversed);

    Optional<Quantity> places = Dataset.builder().addAllQuotas(quotas).build().quotaTotals().get(0).places();
    Optional<Quantity> reversedPlaces =
        Dataset.builder().addAllQuotas(reversed).build().quotaTotals().get(0).places();

    assertThat(places).contains(Quantity.atLeast(30));
    assertThat(reversedPlaces).isEqualTo(places);
  }

  @Test
  void quotaTotal_requiresAQuotaAndHasNoShareOfZeroPlaces() {
    QuotaTotal.Builder finland2008 = QuotaTotal.builder().country(CountryCode.of("FI")).year(2008);

    assertThatThrownBy(() -> finland2008.quotas(0).places(Quantity.ZERO).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("QuotaTotal.quotas: must be at least 1, was 0");
    assertThat(finland2008.quotas(1).places(Quantity.ZERO).arrivals(Quantity.exactly(3)).build().arrivalShare()).isEmpty();
    assertThat(finland2008.quotas(1).places(Optional.empty()).arrivals(Quantity.exactly(3)).build().arrivalShare()).isEmpty();
    assertThat(finland2008.quotas(1).places(Quantity.exactly(750)).arrivals(Quantity.exactly(75)).build().arrivalShare())
        .hasValue(0.1);
  }

  @Test
  void quotaTotal_requiresCountryYearAndQuotas() {
    assertThatThrownBy(() -> QuotaTotal.builder().build())
        .hasMessage("QuotaTotal [country, year, quotas]: required but not set");
    assertThatThrownBy(() -> QuotaTotal.builder().country(null)).hasMessage("QuotaTotal.country: must not be null");
  }

  @Test
  void campaignProgress_refusesNegativeCountsAndMissingFields() {
    CampaignProgress.Builder progress =
        CampaignProgress.builder()
            .campaign(CAMPAIGN)
            .pledgedPlaces(Quantity.ZERO)
            .deliveredPlaces(Quantity.ZERO)
            .withdrawnPledges(0);

    assertThatThrownBy(() -> progress.pledges(-1).build())
        .hasMessage("CampaignProgress.pledges: must not be negative, was -1");
    assertThatThrownBy(() -> progress.pledges(0).withdrawnPledges(-2).build())
        .hasMessage("CampaignProgress.withdrawnPledges: must not be negative, was -2");
    assertThatThrownBy(() -> CampaignProgress.builder().campaign(CAMPAIGN).build())
        .hasMessage("CampaignProgress [pledges, withdrawnPledges, pledgedPlaces, deliveredPlaces]: required but not set");
    assertThat(progress.pledges(0).withdrawnPledges(0).build().target()).isEmpty();
  }

  @Test
  void arrivalShare_isArrivalsOverPlacesWhenBothAreKnownAndPlacesAreNotZero() {
    ResettlementQuota.Builder quota =
        ResettlementQuota.builder().id(QuotaId.of("q")).country(CountryCode.of("FI")).period(DateRange.of(PartialDate.ofYear(2008))).kind(QuotaKind.NATIONAL_ANNUAL);

    assertThat(quota.places(Quantity.exactly(750)).arrivals(Quantity.between(100, 200)).build().arrivalShare()).hasValue(0.2);
    assertThat(quota.places(Quantity.exactly(750)).arrivals(Optional.empty()).build().arrivalShare()).isEmpty();
    assertThat(quota.places(Optional.empty()).arrivals(Quantity.exactly(750)).build().arrivalShare()).isEmpty();
    assertThat(quota.places(Quantity.ZERO).arrivals(Quantity.exactly(750)).build().arrivalShare()).isEmpty();
  }

  @Test
  void arrivalsExceedPlaces_onlyWhenCertain() {
    ResettlementQuota.Builder quota =
        ResettlementQuota.builder().id(QuotaId.of("q")).country(CountryCode.of("FI")).period(DateRange.of(PartialDate.ofYear(2008))).kind(QuotaKind.NATIONAL_ANNUAL);

    assertThat(quota.places(Quantity.exactly(750)).arrivals(Quantity.exactly(751)).build().arrivalsExceedPlaces()).isTrue();
    assertThat(quota.places(Quantity.exactly(750)).arrivals(Quantity.exactly(750)).build().arrivalsExceedPlaces()).isFalse();
    assertThat(quota.places(Quantity.atLeast(750)).arrivals(Quantity.exactly(900)).build().arrivalsExceedPlaces()).isFalse();
    assertThat(quota.places(Quantity.between(700, 800)).arrivals(Quantity.atLeast(801)).build().arrivalsExceedPlaces()).isTrue();
    assertThat(quota.places(Quantity.exactly(750)).arrivals(Optional.empty()).build().arrivalsExceedPlaces()).isFalse();
    assertThat(quota.places(Optional.empty()).arrivals(Quantity.exactly(751)).build().arrivalsExceedPlaces()).isFalse();
  }

  @Test
  void withoutPersonalData_anonymisesEveryPersonAndKeepsTheRest() {
    Person allen = Person.builder().id(PersonId.of("allen")).name("Kevin J. Allen").build();
    Membership role = Membership.builder().member(allen.id()).organisation(OrganisationId.of("unhcr")).role(LocalizedText.of("en", "UNHCR Representative in Poland")).build();
    Dataset dataset = Dataset.builder().addPerson(allen).addMembership(role).build();

    Dataset anonymous = dataset.withoutPersonalData();

    assertThat(anonymous.people()).singleElement().satisfies(p -> assertThat(p.hasPersonalData()).isFalse());
    assertThat(anonymous.memberships()).containsExactly(role);
    assertThat(anonymous.toString()).doesNotContain("Allen,");
    assertThat(anonymous.withoutPersonalData()).isSameAs(anonymous);
  }
}
