package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.Breakdown;
import org.resettlement.core.Campaign;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Dataset;
import org.resettlement.core.Dimension;
import org.resettlement.core.Discrepancy;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Event;
import org.resettlement.core.Membership;
import org.resettlement.core.Observation;
import org.resettlement.core.Organisation;
import org.resettlement.core.Person;
import org.resettlement.core.Place;
import org.resettlement.core.Pledge;
import org.resettlement.core.Project;
import org.resettlement.core.Quantity;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Rounding;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticMetric;
import org.resettlement.testkit.BrokenRule;
import org.resettlement.testkit.CubeSpec;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.InvalidSample;
import org.resettlement.testkit.SampleData;
import org.resettlement.testkit.validation.ViolationAssert;

/**
 * The testkit's samples against the rules: generated data breaks none of them, and each invalid
 * sample breaks exactly the rule it names, at the path it names, and no other. This keeps the
 * testkit's {@link BrokenRule} and {@link Rule} in step: a rule without a sample, or a sample that
 * breaks more than its rule, fails the build.
 *
 * <p>"Today" is {@link SampleData#LATEST_SOURCE_DATE}, the first day on which every sample is
 * valid (no source is dated later), so that the outcome does not depend on the clock.
 */
class GeneratedSamplesTest {

  private static final Validator VALIDATOR = Validators.on(SampleData.LATEST_SOURCE_DATE);

  /** The record types of a dataset. */
  private static final List<Class<?>> RECORD_TYPES = List.of(
      Organisation.class, Person.class, Membership.class, Event.class, Project.class, Campaign.class,
      Pledge.class, ResettlementQuota.class, Statistic.class);

  /** The types the testkit can make invalid one rule at a time: the records and observations. */
  private static final List<Class<?>> BREAKABLE_TYPES = List.of(
      Organisation.class, Person.class, Membership.class, Event.class, Project.class, Campaign.class,
      Pledge.class, ResettlementQuota.class, Statistic.class, Observation.class);

  /** One or two records of each kind: small enough that some seeds have nothing to break at first. */
  private static final DatasetSpec SMALL = DatasetSpec.empty().withOrganisations(1).withPeople(1)
      .withMemberships(1).withEvents(1).withProjects(1).withCampaigns(1).withPledges(2).withQuotas(2)
      .withStatistics(2);

  private static final DatasetSpec LARGE = DatasetSpec.defaults().withOrganisations(200).withPeople(300)
      .withMemberships(400).withEvents(100).withProjects(50).withCampaigns(20).withPledges(2_000).withQuotas(200)
      .withStatistics(200);

  /** A cube as Eurostat publishes one: rounded to 5, some cells confidential or not available. */
  private static final CubeSpec EUROSTAT = CubeSpec.defaults().withDimension(Dimension.CITIZENSHIP, 12)
      .withYears(3).withGeographies(2).withRounding(Rounding.NEAREST_5).withStatuses(true);

  /** A cube as UNHCR publishes one: arrivals by country of origin and country of asylum. */
  private static final CubeSpec UNHCR = CubeSpec.defaults().withoutDimension(Dimension.SEX)
      .withoutDimension(Dimension.AGE_BAND).withoutDimension(Dimension.CITIZENSHIP)
      .withDimension(Dimension.COUNTRY_OF_ORIGIN, 20).withDimension(Dimension.COUNTRY_OF_ASYLUM, 8)
      .withMetric(StatisticMetric.ARRIVALS).withYears(2);

  /** A small dataset with a small cube, where every rule can be broken. */
  private static final DatasetSpec SMALL_WITH_CUBE = SMALL.withCube(CubeSpec.defaults().withYears(1));

  //-----------------------------------------------------------------------
  static Stream<Arguments> specsAndSeeds() {
    List<Arguments> cases = new ArrayList<>();
    for (long seed = 0; seed < 12; seed++) {
      cases.add(Arguments.of("defaults", DatasetSpec.defaults(), seed));
      cases.add(Arguments.of("small", SMALL, seed));
    }
    cases.add(Arguments.of("pledges only", DatasetSpec.empty().withPledges(50), 3L));
    cases.add(Arguments.of("events without organisations", DatasetSpec.empty().withEvents(20).withPeople(5), 4L));
    for (long seed = 0; seed < 2; seed++) {
      cases.add(Arguments.of("large", LARGE, seed));
      cases.add(Arguments.of("with a Eurostat cube", DatasetSpec.defaults().withCube(EUROSTAT), seed));
      cases.add(Arguments.of("with a UNHCR cube", SMALL.withCube(UNHCR).withCube(EUROSTAT.withMargins(false)), seed));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, seed {2}")
  @MethodSource("specsAndSeeds")
  void dataset_breaksNoRule(String name, DatasetSpec spec, long seed) {
    Dataset dataset = SampleData.withSeed(seed).dataset(spec);

    ViolationAssert.assertThat(VALIDATOR.validate(dataset)).as("%s, seed %d", spec, seed).hasNoViolations();
  }

  /**
   * Every type the testkit makes on its own, not only the records: shared values such as contact
   * points, places, sources and breakdowns carry rules of their own.
   */
  static Stream<Class<?>> generatedTypes() {
    return SampleData.supportedTypes().stream()
        .filter(type -> type != Dataset.class)
        .sorted(Comparator.comparing(Class::getName));
  }

  /**
   * Cubes break no rule, though with rounding their cells add up to more than their totals, as
   * Eurostat's do; the test first finds such totals, so that it checks what it means to.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {0, 1, 2, 3})
  void cube_breaksNoRule_thoughRoundedCellsExceedTheirTotals(long seed) {
    CubeSpec spec = EUROSTAT.withStatuses(seed % 2 == 1).withDimension(Dimension.CITIZENSHIP, 30);
    List<Observation> cube = SampleData.withSeed(seed).cube(spec).collect(Collectors.toList());

    assertThat(roundedCellsAboveTheirTotal(cube)).as("totals below their rounded cells").isPositive();
    ViolationAssert.assertThat(VALIDATOR.validate(Dataset.builder().addAllObservations(cube).build()))
        .as("%s, seed %d", spec, seed).hasNoViolations();
  }

  /**
   * The rule and the dataset's observation index agree on generated cubes whose age bands cover
   * every age: the index finds no cells above their margin where the rule finds none, and finds
   * the one total a sample lowers below its cells.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7})
  void cellsWithinTotal_agreesWithTheObservationIndex(long seed) {
    DatasetSpec spec = DatasetSpec.empty().withCube(EUROSTAT.withDimension(Dimension.AGE_BAND, 7));
    InvalidSample<Dataset> sample = SampleData.withSeed(seed).invalidDataset(BrokenRule.CELLS_WITHIN_TOTAL, spec);
    int total = Integer.parseInt(sample.path().replaceAll("\\D", ""));
    Dataset valid = SampleData.withSeed(seed).dataset(spec);

    assertThat(valid.observationIndex().discrepancies()).filteredOn(Discrepancy::cellsExceedMargin).isEmpty();
    assertThat(sample.value().observationIndex().discrepancies()).filteredOn(Discrepancy::cellsExceedMargin)
        .extracting(Discrepancy::margin).containsOnly(sample.value().observations().get(total));
  }

  /** How many totals are less than the sum of their rounded cells by citizenship. */
  private static long roundedCellsAboveTheirTotal(List<Observation> cube) {
    Map<List<Object>, Long> sums = new HashMap<>();
    for (Observation cell : cube) {
      if (cell.key().category(Dimension.CITIZENSHIP).isPresent() && cell.value().isPresent()) {
        sums.merge(List.of(cell.period(), cell.geography(), cell.key().without(Dimension.CITIZENSHIP)),
            cell.value().get().value(), Long::sum);
      }
    }
    return cube.stream()
        .filter(total -> total.key().category(Dimension.CITIZENSHIP).isEmpty() && total.value().isPresent())
        .filter(total -> sums.getOrDefault(List.of(total.period(), total.geography(), total.key()), 0L)
            > total.value().get().value())
        .count();
  }

  @Test
  void observationsOnTheirOwn_breakNoRule() {
    SampleData sample = SampleData.withSeed(29);
    for (int i = 0; i < 500; i++) {
      Observation observation = sample.observation();
      ViolationAssert.assertThat(VALIDATOR.validate(observation)).as("observation #%d", i + 1).hasNoViolations();
      ViolationAssert.assertThat(VALIDATOR.validate(Dataset.builder().addObservations(observation).build()))
          .as("observation #%d in a dataset", i + 1).hasNoViolations();
    }
  }

  @Test
  void keyedStatistics_breakNoRule_thoughRoundedPartsExceedTheirTotal() {
    SampleData sample = SampleData.withSeed(23);
    long above = 0;
    for (int i = 0; i < 500; i++) {
      Statistic statistic = sample.keyedStatistic();
      ViolationAssert.assertThat(VALIDATOR.validate(statistic)).as("keyed statistic #%d", i + 1).hasNoViolations();
      long parts = statistic.breakdown().stream().mapToLong(part -> part.value().value()).sum();
      above += parts > statistic.value().value() ? 1 : 0;
    }
    assertThat(above).as("statistics whose rounded parts exceed their rounded value").isPositive();
  }

  @Test
  void generatedTypes_includeTheRecordsAndTheSharedValues() {
    assertThat(generatedTypes()).containsAll(RECORD_TYPES)
        .contains(ContactPoint.class, Place.class, Source.class, Breakdown.class, Quantity.class, Dimension.class,
            DimensionKey.class, Observation.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generatedTypes")
  void generatedValue_breaksNoRule(Class<?> type) {
    long seed = 17;
    List<?> values = SampleData.withSeed(seed).list(type, 300);
    for (int i = 0; i < values.size(); i++) {
      ViolationAssert.assertThat(VALIDATOR.validate(values.get(i)))
          .as("%s #%d of seed %d", type.getSimpleName(), i + 1, seed)
          .hasNoViolations();
    }
  }

  //-----------------------------------------------------------------------
  static Stream<Arguments> rulesAndSeeds() {
    List<Arguments> cases = new ArrayList<>();
    for (BrokenRule rule : BrokenRule.values()) {
      for (long seed = 0; seed < 8; seed++) {
        cases.add(Arguments.of(rule, seed));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("rulesAndSeeds")
  void invalidDataset_breaksExactlyItsRuleAtItsPath(BrokenRule broken, long seed) {
    InvalidSample<Dataset> sample =
        SampleData.withSeed(seed).invalidDataset(broken, seed % 2 == 0 ? DatasetSpec.defaults().withCube(EUROSTAT) : SMALL_WITH_CUBE);

    assertBreaksExactlyItsRule(VALIDATOR.validate(sample.value()), sample, seed);
  }

  static Stream<Arguments> recordRulesAndSeeds() {
    List<Arguments> cases = new ArrayList<>();
    for (Class<?> type : BREAKABLE_TYPES) {
      for (BrokenRule rule : SampleData.breakableRules(type)) {
        for (long seed = 0; seed < 4; seed++) {
          cases.add(Arguments.of(type, rule, seed));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}, seed {2}")
  @MethodSource("recordRulesAndSeeds")
  void invalid_recordBreaksExactlyItsRuleAtItsPath(Class<?> type, BrokenRule broken, long seed) {
    InvalidSample<?> sample = SampleData.withSeed(seed).invalid(type, broken);

    assertBreaksExactlyItsRule(VALIDATOR.validate(sample.value()), sample, seed);
  }

  /** One violation, of the rule of the same name, at the sample's path, with the rule's severity. */
  private static <T> void assertBreaksExactlyItsRule(Set<ConstraintViolation<T>> violations, InvalidSample<?> sample, long seed) {
    ViolationAssert.assertThat(violations).as("%s, seed %d", sample, seed).containsOnlyViolations(violationOf(sample));
    ConstraintViolation<T> violation = violations.iterator().next();
    Rule rule = Rule.valueOf(sample.rule().name());
    assertThat(Rule.of(violation)).contains(rule);
    assertThat(Severity.of(violation)).isEqualTo(rule.defaultSeverity());
  }

  //-----------------------------------------------------------------------
  @Test
  void brokenRule_namesEveryRuleAndNoOtherInTheSameOrder() {
    List<String> rules = Arrays.stream(Rule.values()).map(Rule::name).collect(Collectors.toList());
    List<String> broken = Arrays.stream(BrokenRule.values()).map(BrokenRule::name).collect(Collectors.toList());

    assertThat(broken).as("the testkit's BrokenRule against Rule").containsExactlyElementsOf(rules);
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void brokenRule_hasTheRulesMessageKeyAndSeverity(Rule rule) {
    BrokenRule broken = BrokenRule.valueOf(rule.name());

    assertThat(broken.messageKey()).isEqualTo(rule.messageKey());
    assertThat(broken.warning()).isEqualTo(rule.defaultSeverity() == Severity.WARNING);
  }

  @Test
  void breakableRules_ofADataset_areEveryRule() {
    assertThat(SampleData.breakableRules(Dataset.class)).hasSize(Rule.values().length);
  }
}
