package org.resettlement.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.Campaign;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.Organisation;
import org.resettlement.core.Person;
import org.resettlement.core.Pledge;
import org.resettlement.core.Project;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;
import org.resettlement.testkit.junit.SampleSource;

/** Every value keeps the soft rules of {@link SoftRules}, over many seeds. */
class SampleDataSoftRulesTest {

  static Stream<Class<?>> supportedTypes() {
    return SampleData.supportedTypes().stream();
  }

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest
  @MethodSource("supportedTypes")
  void next_everyTypeKeepsTheSoftRules(Class<?> type) {
    long seed = 7;
    List<?> values = SampleData.withSeed(seed).list(type, type == Dataset.class ? 5 : 300);
    for (int i = 0; i < values.size(); i++) {
      assertThat(SoftRules.violations(values.get(i)))
          .as("%s #%d of seed %d: %s", type.getSimpleName(), i + 1, seed, values.get(i))
          .isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void dataset_keepsTheSoftRules(long seed) {
    Dataset dataset = SampleData.withSeed(seed).dataset(DatasetSpec.defaults().withPledges(300));

    assertThat(SoftRules.violations(dataset)).as("seed %d", seed).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Pledge.class, count = 1_000, seed = 11)
  void pledge_keepsTheSoftRules(Pledge pledge) {
    assertThat(SoftRules.violations(pledge)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Event.class, count = 500, seed = 12)
  void event_keepsTheSoftRules(Event event) {
    assertThat(SoftRules.violations(event)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Organisation.class, count = 500, seed = 13)
  void organisation_keepsTheSoftRules(Organisation organisation) {
    assertThat(SoftRules.violations(organisation)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Person.class, count = 300, seed = 14)
  void person_keepsTheSoftRules(Person person) {
    assertThat(SoftRules.violations(person)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Campaign.class, count = 500, seed = 15)
  void campaign_keepsTheSoftRules(Campaign campaign) {
    assertThat(SoftRules.violations(campaign)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = ResettlementQuota.class, count = 1_000, seed = 16)
  void resettlementQuota_keepsTheSoftRules(ResettlementQuota quota) {
    assertThat(SoftRules.violations(quota)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Statistic.class, count = 1_000, seed = 17)
  void statistic_keepsTheSoftRules(Statistic statistic) {
    assertThat(SoftRules.violations(statistic)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Project.class, count = 300, seed = 18)
  void project_keepsTheSoftRules(Project project) {
    assertThat(SoftRules.violations(project)).isEmpty();
  }

  @ParameterizedTest
  @SampleSource(type = Source.class, count = 300, seed = 19)
  void source_keepsTheSoftRules(Source source) {
    assertThat(SoftRules.violations(source)).isEmpty();
  }

  //-----------------------------------------------------------------------
  // The checker catches what it should: each rule, broken once.

  @Test
  void softRules_reportOverfulfilmentWithoutTheFlag() {
    Pledge pledge =
        SampleData.withSeed(1).pledge()
            .withQuantity(org.resettlement.core.Quantity.exactly(10))
            .withFulfilled(org.resettlement.core.Quantity.exactly(11))
            .withOverfulfilled(false);

    assertThat(SoftRules.violations(pledge)).anyMatch(line -> line.contains("fulfilled"));
  }

  @Test
  void softRules_reportABlankName() {
    Organisation organisation =
        SampleData.withSeed(1).organisation().withName(org.resettlement.core.LocalizedText.of("pl", " "));

    assertThat(SoftRules.violations(organisation)).anyMatch(line -> line.contains("blank"));
  }

  @Test
  void softRules_reportAnIdOfDisallowedCharacters() {
    Pledge pledge = SampleData.withSeed(1).pledge().withId(org.resettlement.core.PledgeId.of("pledge/1"));

    assertThat(SoftRules.violations(pledge)).anyMatch(line -> line.contains("id 'pledge/1'"));
  }

  @Test
  void softRules_reportADateBefore1945() {
    Pledge pledge =
        SampleData.withSeed(1).pledge().withPledgedOn(org.resettlement.core.PartialDate.ofYear(1939));

    assertThat(SoftRules.violations(pledge)).anyMatch(line -> line.contains("before 1945"));
  }

  @Test
  void softRules_reportABreakdownThatDoesNotAddUp() {
    Statistic statistic =
        SampleData.withSeed(1).statistic()
            .withValue(org.resettlement.core.Quantity.exactly(100))
            .withBreakdown(
                org.resettlement.core.Breakdown.of(
                    org.resettlement.core.BreakdownDimension.SEX, "female", org.resettlement.core.Quantity.exactly(60)),
                org.resettlement.core.Breakdown.of(
                    org.resettlement.core.BreakdownDimension.SEX, "male", org.resettlement.core.Quantity.exactly(30)));

    assertThat(SoftRules.violations(statistic)).anyMatch(line -> line.contains("adds up to 90"));
  }

  @Test
  void softRules_reportArrivalsAbovePlaces() {
    ResettlementQuota quota =
        SampleData.withSeed(1).resettlementQuota()
            .withAllocations()
            .withPlaces(org.resettlement.core.Quantity.exactly(50))
            .withArrivals(org.resettlement.core.Quantity.exactly(51));

    assertThat(SoftRules.violations(quota)).anyMatch(line -> line.contains("arrivals"));
  }

  @Test
  void softRules_reportCoordinatesOutOfRange() {
    assertThat(SoftRules.violations(org.resettlement.core.Coordinates.of(91, 0)))
        .containsExactly("value: latitude out of range");
  }
}
