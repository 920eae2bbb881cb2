package org.resettlement.validation;

import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;
import static org.resettlement.validation.Samples.quota;

import jakarta.validation.Validator;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resettlement.core.Allocation;
import org.resettlement.core.AllocationBasis;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.Quantity;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.testkit.BrokenRule;

/** {@link Rule#ALLOCATIONS_WITHIN_PLACES} and {@link Rule#ARRIVALS_WITHIN_PLACES}. */
class QuotaRulesTest {

  private final Validator validator = Validators.validator();

  private static Allocation nationality(String country, String places) {
    return Allocation.of(AllocationBasis.NATIONALITY, CountryCode.of(country), Quantity.parse(places));
  }

  private static Allocation firstAsylum(String country, String places) {
    return Allocation.of(AllocationBasis.COUNTRY_OF_FIRST_ASYLUM, CountryCode.of(country), Quantity.parse(places));
  }

  @Test
  void allocationsWithinPlaces_acceptsAllocationsUpToThePlaces() {
    ResettlementQuota quota = quota("q").withAllocations(nationality("SY", "300"), nationality("AF", "200"));

    assertThat(validator.validate(quota)).hasNoViolations();
  }

  @Test
  void allocationsWithinPlaces_sumsEachBasisApart() {
    // The same 300 Syrians in Lebanon may be counted under both bases.
    ResettlementQuota quota =
        quota("q").withAllocations(nationality("SY", "300"), firstAsylum("LB", "300"), nationality("AF", "200"));

    assertThat(validator.validate(quota)).hasNoViolations();
  }

  @Test
  void allocationsWithinPlaces_rejectsBasisAboveThePlaces() {
    ResettlementQuota quota =
        quota("q").withAllocations(nationality("SY", "300"), nationality("AF", "200"), nationality("IQ", "1"));

    assertThat(validator.validate(quota))
        .containsOnlyViolations(violationOf(BrokenRule.ALLOCATIONS_WITHIN_PLACES).withProperty("allocations[0]"));
  }

  @Test
  void allocationsWithinPlaces_rejectsAllocationsWhoseSumOverflowsALong() {
    long half = Long.MAX_VALUE / 2 + 1;
    ResettlementQuota quota = quota("q").withAllocations(
        Allocation.of(AllocationBasis.NATIONALITY, CountryCode.of("SY"), Quantity.exactly(half)),
        Allocation.of(AllocationBasis.NATIONALITY, CountryCode.of("AF"), Quantity.exactly(half)));

    assertThat(validator.validate(quota))
        .containsOnlyViolations(violationOf(BrokenRule.ALLOCATIONS_WITHIN_PLACES).withProperty("allocations[0]"));
  }

  @Test
  void allocationsWithinPlaces_reportsAtTheFirstAllocationOfTheBasis() {
    ResettlementQuota quota =
        quota("q").withAllocations(nationality("SY", "300"), firstAsylum("LB", "400"), firstAsylum("TR", "about 200"));
    Dataset dataset = Dataset.builder().addQuota(quota("p")).addQuota(quota).build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(violationOf(BrokenRule.ALLOCATIONS_WITHIN_PLACES).withProperty("quotas[1].allocations[1]"));
  }

  @ParameterizedTest(name = "places {0}, allocations {1} and {2}")
  @CsvSource({"over 500, 400, 400", "about 500, 250, 250", "500, up to 400, up to 400", "400-600, 300, 300"})
  void allocationsWithinPlaces_acceptsWhatMayBeWithin(String places, String first, String second) {
    ResettlementQuota quota =
        quota("q").withPlaces(Quantity.parse(places)).withAllocations(nationality("SY", first), nationality("AF", second));

    assertThat(validator.validate(quota)).hasNoViolations();
  }

  @Test
  void allocationsWithinPlaces_acceptsAllocationsOfAQuotaWithoutPlaces() {
    ResettlementQuota quota = quota("q").withPlaces(Optional.empty()).withAllocations(nationality("SY", "300"));

    assertThat(validator.validate(quota)).hasNoViolations();
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest(name = "places {0}, arrivals {1}")
  @CsvSource({"500, 500", "500, 0", "up to 500, over 400", "over 500, 10000", "about 500, about 500", "400-600, 600"})
  void arrivalsWithinPlaces_accepts(String places, String arrivals) {
    ResettlementQuota quota = quota("q").withPlaces(Quantity.parse(places)).withArrivals(Quantity.parse(arrivals));

    assertThat(validator.validate(quota)).hasNoViolations();
  }

  @ParameterizedTest(name = "places {0}, arrivals {1}")
  @CsvSource({"500, 501", "500, about 600", "up to 500, over 501", "400-600, 601"})
  void arrivalsWithinPlaces_warnsOfArrivalsAboveThePlaces(String places, String arrivals) {
    ResettlementQuota quota = quota("q").withPlaces(Quantity.parse(places)).withArrivals(Quantity.parse(arrivals));

    assertThat(validator.validate(quota))
        .containsOnlyViolations(
            violationOf(BrokenRule.ARRIVALS_WITHIN_PLACES).withProperty("arrivals").withPayload(Severity.Warning.class));
  }
}
