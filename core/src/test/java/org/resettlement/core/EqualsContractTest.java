package org.resettlement.core;

import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** equals and hashCode honour their contracts for every value type. */
class EqualsContractTest {

  static Stream<Class<?>> generatedValueTypes() {
    return Stream.of(
        ImmutableAllocation.class, ImmutableBreakdown.class, ImmutableCampaign.class,
        ImmutableContactPoint.class, ImmutableCoordinates.class, ImmutableDateRange.class,
        ImmutableEvent.class, ImmutableExternalIdentifier.class, ImmutableFunding.class,
        ImmutableGeography.class, ImmutableMembership.class, ImmutableMonetaryAmount.class, ImmutableObservation.class,
        ImmutableObservationFilter.class, ImmutableObservationTotal.class, ImmutableDiscrepancy.class,
        ImmutableOrganisation.class, ImmutableParticipation.class, ImmutablePerson.class,
        ImmutablePlace.class, ImmutablePledge.class, ImmutableProject.class,
        ImmutableResettlementQuota.class, ImmutableSeriesPosition.class, ImmutableSession.class,
        ImmutableSource.class, ImmutableStatistic.class, ImmutableTarget.class);
  }

  @ParameterizedTest
  @MethodSource("generatedValueTypes")
  void generatedTypes_honourTheContract(Class<?> type) {
    EqualsVerifier.forClass(type)
        // Builders refuse nulls, so fields are never null; MonetaryAmount compares amounts with
        // BigDecimal.equals on purpose: 1000 and 1000.00 are different values, as written.
        .suppress(Warning.NULL_FIELDS, Warning.BIGDECIMAL_EQUALITY)
        .verify();
  }

  @Test
  void dataset_honoursTheContractIgnoringItsLookupTables() {
    EqualsVerifier.forClass(ImmutableDataset.class)
        .suppress(Warning.NULL_FIELDS, Warning.TRANSIENT_FIELDS)
        .withIgnoredFields("index", "observationIndex", "lazyInitBitmap")
        .verify();
  }

  @Test
  void handWrittenValueTypes_honourTheContract() {
    EqualsVerifier.forClass(PartialDate.class).withNonnullFields("precision").verify();
    EqualsVerifier.forClass(Quantity.class).withNonnullFields("qualifier").verify();
    EqualsVerifier.forClass(LocalizedText.class).withNonnullFields("variants", "defaultLanguage").verify();
    EqualsVerifier.forClass(CountryCode.class).withNonnullFields("alpha2").withIgnoredFields("alpha3").verify();
    EqualsVerifier.forClass(Dimension.class)
        .withNonnullFields("code")
        .withIgnoredFields("publisher", "position")
        .verify();
    EqualsVerifier.forClass(AgeBand.class).verify();
    EqualsVerifier.forClass(Rounding.class).verify();
    EqualsVerifier.forClass(DimensionKey.class)
        .withNonnullFields("dimensions", "categories")
        .withCachedHashCode("hash", "computeHash", DimensionKey.of(Dimension.SEX, Sex.MALE))
        .verify();
    EqualsVerifier.forClass(CountryCategory.class).withNonnullFields("code").withIgnoredFields("country").verify();
    EqualsVerifier.forClass(CategoryCode.class).withNonnullFields("code").verify();
    EqualsVerifier.forClass(CountryGroup.class)
        .withNonnullFields("code")
        .withIgnoredFields("name", "dated", "memberships")
        .verify();
    for (Class<?> id :
        new Class<?>[] {OrganisationId.class, PersonId.class, EventId.class, ProjectId.class,
          CampaignId.class, PledgeId.class, QuotaId.class, StatisticId.class}) {
      EqualsVerifier.forClass(id).withNonnullFields("value").verify();
    }
  }
}
