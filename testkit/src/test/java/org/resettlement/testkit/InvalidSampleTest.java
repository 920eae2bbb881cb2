package org.resettlement.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.Dataset;
import org.resettlement.core.Observation;
import org.resettlement.core.Organisation;
import org.resettlement.core.Person;
import org.resettlement.core.Place;
import org.resettlement.core.Pledge;
import org.resettlement.core.Quantity;

/**
 * What invalid samples are made of, checked without the validation module: one record of a valid
 * dataset changed, the same sample for the same seed, clear refusals. The validation module's
 * tests check that each sample breaks its rule, and no other, at its path.
 */
class InvalidSampleTest {
  private static final Pattern RECORD = Pattern.compile("([a-z]+)\\[(\\d+)\\](?:\\..+)?");

  static Stream<Arguments> rulesAndSeeds() {
    List<Arguments> cases = new ArrayList<>();
    for (BrokenRule rule : BrokenRule.values()) {
      for (long seed = 0; seed < 4; seed++) {
        cases.add(Arguments.of(rule, seed));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("rulesAndSeeds")
  void invalidDataset_changesOnlyTheRecordAtThePath(BrokenRule rule, long seed) {
    Dataset valid = SampleData.withSeed(seed).dataset(InvalidSampler.defaultSpec(rule));
    InvalidSample<Dataset> sample = SampleData.withSeed(seed).invalidDataset(rule);

    Matcher record = RECORD.matcher(sample.path());
    assertThat(record.matches()).as("path %s", sample.path()).isTrue();
    String property = record.group(1);
    int index = Integer.parseInt(record.group(2));
    assertThat(sample.rule()).isEqualTo(rule);
    for (RecordKind<?> kind : RecordKind.ALL) {
      List<?> before = kind.records(valid);
      List<?> after = kind.records(sample.value());
      assertThat(after).as("%s of seed %d", kind, seed).hasSameSizeAs(before);
      for (int i = 0; i < before.size(); i++) {
        if (kind.property.equals(property) && i == index) {
          assertThat(after.get(i)).as("%s at %s, seed %d", rule, sample.path(), seed).isNotEqualTo(before.get(i));
        } else {
          assertThat(after.get(i)).as("%s[%d] of seed %d", kind, i, seed).isEqualTo(before.get(i));
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(BrokenRule.class)
  void invalidDataset_sameSeedGivesTheSameSample(BrokenRule rule) {
    InvalidSample<Dataset> first = SampleData.withSeed(31).invalidDataset(rule);
    InvalidSample<Dataset> second = SampleData.withSeed(31).invalidDataset(rule);

    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(second.value()).isEqualTo(first.value());
  }

  @Test
  void invalidDataset_choosesAmongTheValuesTheRuleAppliesTo() {
    List<String> paths = new ArrayList<>();
    for (long seed = 0; seed < 40; seed++) {
      paths.add(SampleData.withSeed(seed).invalidDataset(BrokenRule.REFERENCE_RESOLVES).path().replaceAll("\\[\\d+\\]", "[]"));
    }

    assertThat(paths).contains("pledges[].campaign", "memberships[].organisation", "organisations[].parent");
    assertThat(paths.stream().distinct().count()).isGreaterThan(6);
  }

  @Test
  void invalidDataset_whenTheFirstDatasetHasNothingToBreak_usesALaterOne() {
    // A single pledge often states no quantity, or no bounded one: nothing to fulfil beyond.
    DatasetSpec onePledge = DatasetSpec.empty().withPledges(1);
    int later = 0;
    for (long seed = 0; seed < 30; seed++) {
      Pledge first = SampleData.withSeed(seed).dataset(onePledge).pledges().get(0);
      Pledge broken = SampleData.withSeed(seed).invalidDataset(BrokenRule.FULFILLED_WITHIN_PLEDGED, onePledge).value().pledges().get(0);

      assertThat(broken.overfulfilled()).isFalse();
      assertThat(broken.fulfilled().orElseThrow().min()).isGreaterThan(broken.quantity().orElseThrow().max().orElseThrow());
      boolean sameRecord = broken.withFulfilled(first.fulfilled()).withOverfulfilled(first.overfulfilled()).equals(first);
      later += sameRecord ? 0 : 1;
    }
    assertThat(later).as("seeds whose first dataset had nothing to break").isPositive();
  }

  @Test
  void invalidDataset_rejectsASpecWithoutTheRecordsTheRuleNeeds() {
    assertThatThrownBy(() -> SampleData.withSeed(1).invalidDataset(BrokenRule.FULFILLED_WITHIN_PLEDGED, DatasetSpec.empty().withEvents(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FULFILLED_WITHIN_PLEDGED cannot be broken in a dataset of " + DatasetSpec.empty().withEvents(2)
            + ": it needs pledges");
    assertThatThrownBy(() -> SampleData.withSeed(1).invalidDataset(BrokenRule.UNIQUE_ID, DatasetSpec.empty().withPledges(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(": it needs two events or two pledges or two quotas or two statistics");
    assertThatThrownBy(() -> SampleData.withSeed(1).invalidDataset(BrokenRule.PLEDGE_WITHIN_CAMPAIGN_PERIOD, DatasetSpec.empty().withPledges(9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(": it needs pledges and campaigns");
    assertThatThrownBy(() -> SampleData.withSeed(1).invalidDataset(BrokenRule.CELLS_WITHIN_TOTAL, DatasetSpec.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(": it needs observations");
  }

  @Test
  void invalidDataset_ofARuleOnObservations_addsTheDefaultCube() {
    assertThat(InvalidSampler.defaultSpec(BrokenRule.VALUE_MATCHES_STATUS))
        .isEqualTo(DatasetSpec.defaults().withCube(CubeSpec.defaults()));
    assertThat(InvalidSampler.defaultSpec(BrokenRule.WELL_FORMED_CATEGORY)).isEqualTo(DatasetSpec.defaults());
    InvalidSample<Dataset> sample = SampleData.withSeed(4).invalidDataset(BrokenRule.CELLS_WITHIN_TOTAL);
    assertThat(sample.path()).matches("observations\\[\\d+\\]\\.value");
    assertThat(sample.value().observations()).hasSize((int) CubeSpec.defaults().size());
  }

  @Test
  void invalid_observation_breaksItsOwnValues() {
    InvalidSample<Observation> sample = SampleData.withSeed(2).invalid(Observation.class, BrokenRule.VALUE_MATCHES_STATUS);

    assertThat(sample.path()).isEqualTo("value");
    assertThat(sample.value().value().isPresent()).isEqualTo(sample.value().withheld() || sample.value().missing());
    assertThat(SampleData.breakableRules(Observation.class)).containsExactlyInAnyOrder(
        BrokenRule.WELL_FORMED_CATEGORY, BrokenRule.VALUE_MATCHES_STATUS);
  }

  @Test
  void invalidDataset_rejectsNulls() {
    assertThatThrownBy(() -> SampleData.withSeed(1).invalidDataset(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("rule");
    assertThatThrownBy(() -> SampleData.withSeed(1).invalidDataset(BrokenRule.UNIQUE_ID, null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("spec");
  }

  //-----------------------------------------------------------------------
  @Test
  void invalid_ofDataset_isTheDefaultInvalidDataset() {
    assertThat(SampleData.withSeed(5).invalid(Dataset.class, BrokenRule.ARRIVALS_WITHIN_PLACES))
        .isEqualTo(SampleData.withSeed(5).invalidDataset(BrokenRule.ARRIVALS_WITHIN_PLACES));
  }

  @Test
  void invalid_record_hasAPathWithinTheRecord() {
    InvalidSample<Pledge> sample = SampleData.withSeed(8).invalid(Pledge.class, BrokenRule.FULFILLED_WITHIN_PLEDGED);
    Pledge pledge = sample.value();

    assertThat(sample.path()).isEqualTo("fulfilled");
    assertThat(pledge.overfulfilled()).isFalse();
    assertThat(pledge.fulfilled().map(Quantity::min).orElseThrow()).isGreaterThan(pledge.quantity().orElseThrow().max().orElseThrow());
    assertThat(SampleData.withSeed(8).invalid(Person.class, BrokenRule.PERSON_NAMED).path()).isEmpty();
  }

  @Test
  void invalid_rejectsARuleThatNeedsADatasetOrATypeWithoutRules() {
    assertThatThrownBy(() -> SampleData.withSeed(1).invalid(Pledge.class, BrokenRule.UNIQUE_ID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("UNIQUE_ID cannot be broken in a org.resettlement.core.Pledge on its own;"
            + " SampleData.breakableRules(Pledge.class) lists the rules that can");
    assertThatThrownBy(() -> SampleData.withSeed(1).invalid(Place.class, BrokenRule.NOT_BLANK_TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("NOT_BLANK_TEXT cannot be broken in a org.resettlement.core.Place on its own");
    assertThatThrownBy(() -> SampleData.withSeed(1).invalid(null, BrokenRule.UNIQUE_ID))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("type");
    assertThatThrownBy(() -> SampleData.withSeed(1).invalid(Pledge.class, null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("rule");
  }

  @Test
  void breakableRules_areEveryRuleForADatasetAndARecordsOwnForARecord() {
    assertThat(SampleData.breakableRules(Dataset.class)).containsExactly(BrokenRule.values());
    assertThat(SampleData.breakableRules(Pledge.class))
        .containsExactlyInAnyOrder(
            BrokenRule.NOT_BLANK_TEXT, BrokenRule.NO_CONTROL_CHARACTERS, BrokenRule.NO_DIRECTIONAL_FORMATTING,
            BrokenRule.WELL_FORMED_ID, BrokenRule.WEB_ADDRESS, BrokenRule.PLAUSIBLE_DATE,
            BrokenRule.NOT_IN_FUTURE, BrokenRule.FULFILLED_WITHIN_PLEDGED, BrokenRule.PLEDGE_STATUS_MATCHES_FULFILMENT);
    assertThat(SampleData.breakableRules(Organisation.class))
        .doesNotContain(BrokenRule.REFERENCE_RESOLVES, BrokenRule.UNIQUE_ID)
        .contains(BrokenRule.WELL_FORMED_ID, BrokenRule.EMAIL_ADDRESS, BrokenRule.LATITUDE_IN_RANGE);
    assertThat(SampleData.breakableRules(Place.class)).isEmpty();
    assertThatThrownBy(() -> SampleData.breakableRules(Dataset.class).add(BrokenRule.UNIQUE_ID))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> SampleData.breakableRules(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("type");
  }

  //-----------------------------------------------------------------------
  @Test
  void brokenRule_messageKeyIsTheValidationModulesKey() {
    assertThat(BrokenRule.NOT_BLANK_TEXT.messageKey()).isEqualTo("org.resettlement.validation.NotBlankText.message");
    assertThat(BrokenRule.PLEDGE_STATUS_MATCHES_FULFILMENT.messageKey())
        .isEqualTo("org.resettlement.validation.PledgeStatusMatchesFulfilment.message");
    assertThat(BrokenRule.WELL_FORMED_ID.messageKey()).isEqualTo("org.resettlement.validation.WellFormedId.message");
  }

  @Test
  void brokenRule_warningsAreTheValidationModulesWarnings() {
    EnumSet<BrokenRule> warnings = EnumSet.noneOf(BrokenRule.class);
    for (BrokenRule rule : BrokenRule.values()) {
      if (rule.warning()) {
        warnings.add(rule);
      }
    }

    assertThat(warnings).containsExactlyInAnyOrder(
        BrokenRule.PERSON_NAMED, BrokenRule.ARRIVALS_WITHIN_PLACES, BrokenRule.WELL_FORMED_CATEGORY);
  }

  @ParameterizedTest
  @EnumSource(BrokenRule.class)
  void brokenRule_hasADescriptionOfOneLine(BrokenRule rule) {
    assertThat(rule.description()).isNotBlank().doesNotContain("\n").endsWith(".");
  }

  @Test
  void invalidSample_isAValueNamedByRuleAndPath() {
    InvalidSample<Dataset> sample = SampleData.withSeed(3).invalidDataset(BrokenRule.UNIQUE_ID);
    InvalidSample<Pledge> pledge = SampleData.withSeed(3).invalid(Pledge.class, BrokenRule.PLEDGE_STATUS_MATCHES_FULFILMENT);

    assertThat(sample).hasToString("UNIQUE_ID at " + sample.path());
    assertThat(pledge).hasToString("PLEDGE_STATUS_MATCHES_FULFILMENT at status");
    assertThat(SampleData.withSeed(3).invalid(Person.class, BrokenRule.PERSON_NAMED))
        .hasToString("PERSON_NAMED at the record itself");
    assertThat(sample).isNotEqualTo(SampleData.withSeed(4).invalidDataset(BrokenRule.UNIQUE_ID)).isNotEqualTo(null);
  }
}
