package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.Breakdown;
import org.resettlement.core.Campaign;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.Membership;
import org.resettlement.core.Organisation;
import org.resettlement.core.Person;
import org.resettlement.core.Place;
import org.resettlement.core.Pledge;
import org.resettlement.core.Project;
import org.resettlement.core.Quantity;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;
import org.resettlement.testkit.BrokenRule;
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

  /** The record types of a dataset, which the testkit can also make invalid one rule at a time. */
  private static final List<Class<?>> RECORD_TYPES = List.of(
      Organisation.class, Person.class, Membership.class, Event.class, Project.class, Campaign.class,
      Pledge.class, ResettlementQuota.class, Statistic.class);

  /** One or two records of each kind: small enough that some seeds have nothing to break at first. */
  private static final DatasetSpec SMALL = DatasetSpec.empty().withOrganisations(1).withPeople(1)
      .withMemberships(1).withEvents(1).withProjects(1).withCampaigns(1).withPledges(2).withQuotas(2)
      .withStatistics(2);

  private static final DatasetSpec LARGE = DatasetSpec.defaults().withOrganisations(200).withPeople(300)
      .withMemberships(400).withEvents(100).withProjects(50).withCampaigns(20).withPledges(2_000).withQuotas(200)
      .withStatistics(200);

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

  @Test
  void generatedTypes_includeTheRecordsAndTheSharedValues() {
    assertThat(generatedTypes()).containsAll(RECORD_TYPES)
        .contains(ContactPoint.class, Place.class, Source.class, Breakdown.class, Quantity.class);
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
    InvalidSample<Dataset> sample = SampleData.withSeed(seed).invalidDataset(broken, seed % 2 == 0 ? DatasetSpec.defaults() : SMALL);

    assertBreaksExactlyItsRule(VALIDATOR.validate(sample.value()), sample, seed);
  }

  static Stream<Arguments> recordRulesAndSeeds() {
    List<Arguments> cases = new ArrayList<>();
    for (Class<?> type : RECORD_TYPES) {
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
