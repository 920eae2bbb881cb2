package org.resettlement.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignId;
import org.resettlement.core.Dataset;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Pledge;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;

class SampleDataDatasetTest {

  static LongStream seeds() {
    return LongStream.range(100, 140);
  }

  static Stream<Arguments> specs() {
    return Stream.of(
        Arguments.of(DatasetSpec.defaults()),
        Arguments.of(DatasetSpec.empty()),
        Arguments.of(DatasetSpec.empty().withPledges(50)),
        Arguments.of(DatasetSpec.empty().withMemberships(10).withPeople(3)),
        Arguments.of(DatasetSpec.empty().withOrganisations(1).withMemberships(20).withProjects(1)),
        Arguments.of(DatasetSpec.empty().withCampaigns(1).withPledges(100)),
        Arguments.of(DatasetSpec.defaults().withOrganisations(200).withPeople(0).withEvents(100)),
        Arguments.of(DatasetSpec.defaults().withCampaigns(0).withProjects(0)));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void dataset_referencesResolveAndIdsAreUnique(long seed) {
    Dataset dataset = SampleData.withSeed(seed).dataset(DatasetSpec.defaults().withPledges(500));

    assertThat(DanglingReferences.in(dataset)).as("seed %d", seed).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("specs")
  void dataset_holdsWhatTheSpecAsksAndAllOfItResolves(DatasetSpec spec) {
    Dataset dataset = SampleData.withSeed(3).dataset(spec);

    assertThat(dataset.organisations()).hasSize(spec.organisations());
    assertThat(dataset.people()).hasSize(spec.people());
    assertThat(dataset.memberships()).hasSize(spec.organisations() == 0 ? 0 : spec.memberships());
    assertThat(dataset.events()).hasSize(spec.events());
    assertThat(dataset.projects()).hasSize(spec.projects());
    assertThat(dataset.campaigns()).hasSize(spec.campaigns());
    assertThat(dataset.pledges()).hasSize(spec.pledges());
    assertThat(dataset.quotas()).hasSize(spec.quotas());
    assertThat(dataset.statistics()).hasSize(spec.statistics());
    assertThat(DanglingReferences.in(dataset)).isEmpty();
    assertThat(Promises.brokenBy(dataset)).isEmpty();
  }

  @Test
  void dataset_withoutCampaignsHasPledgesToNone() {
    Dataset dataset = SampleData.withSeed(4).dataset(DatasetSpec.empty().withPledges(200));

    assertThat(dataset.pledges()).allSatisfy(pledge -> assertThat(pledge.campaign()).isEmpty());
  }

  @Test
  void dataset_mostPledgesAnswerACampaignAndAreDatedWithinItsPeriod() {
    Dataset dataset = SampleData.withSeed(5).dataset(DatasetSpec.defaults().withPledges(1_000));

    long answering = dataset.pledges().stream().filter(pledge -> pledge.campaign().isPresent()).count();
    assertThat(answering).isGreaterThan(700);
    for (Pledge pledge : dataset.pledges()) {
      if (pledge.campaign().isPresent()) {
        Campaign campaign = dataset.campaign(pledge.campaign().get()).orElseThrow();
        PartialDate pledgedOn = pledge.pledgedOn().orElseThrow();
        assertThat(campaign.period().map(period -> period.contains(pledgedOn)).orElse(true))
            .as("%s on %s, campaign %s", pledge.id(), pledgedOn, campaign.period())
            .isTrue();
      }
    }
    Map<CampaignId, Long> perCampaign = new HashMap<>();
    dataset.pledges().forEach(pledge -> pledge.campaign().ifPresent(id -> perCampaign.merge(id, 1L, Long::sum)));
    assertThat(perCampaign).hasSize(dataset.campaigns().size());
    assertThat(dataset.campaignProgress(dataset.campaigns().get(0).id())).isPresent();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void dataset_parentsAreEarlierRecordsSoThereAreNoCycles(long seed) {
    Dataset dataset =
        SampleData.withSeed(seed).dataset(DatasetSpec.defaults().withOrganisations(150).withProjects(60));
    List<Organisation> organisations = dataset.organisations();
    for (int i = 0; i < organisations.size(); i++) {
      if (organisations.get(i).parent().isPresent()) {
        OrganisationId parent = organisations.get(i).parent().get();
        assertThat(organisations.subList(0, i)).as("seed %d, %s", seed, parent)
            .anyMatch(organisation -> organisation.id().equals(parent));
      }
    }
    List<Project> projects = dataset.projects();
    for (int i = 0; i < projects.size(); i++) {
      if (projects.get(i).parent().isPresent()) {
        ProjectId parent = projects.get(i).parent().get();
        assertThat(projects.subList(0, i)).as("seed %d, %s", seed, parent)
            .anyMatch(project -> project.id().equals(parent));
      }
    }
  }

  @Test
  void dataset_someRecordsHaveParents() {
    Dataset dataset = SampleData.withSeed(6).dataset(DatasetSpec.defaults().withOrganisations(100).withProjects(50));

    assertThat(dataset.organisations()).anyMatch(organisation -> organisation.parent().isPresent());
    assertThat(dataset.projects()).anyMatch(project -> project.parent().isPresent());
    assertThat(dataset.events()).anyMatch(event -> event.project().isPresent());
  }

  @Test
  void dataset_tenThousandPledges_isNotPathologicallySlow() {
    // A guard against accidental quadratic work, not a measurement: the benchmarks module measures.
    Dataset dataset =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> SampleData.withSeed(10_000).dataset(DatasetSpec.defaults().withPledges(10_000)));

    assertThat(dataset.pledges()).hasSize(10_000);
    assertThat(DanglingReferences.in(dataset)).isEmpty();
  }

  @Test
  void danglingReferences_reportsAPledgeToAnUnknownCampaign() {
    Dataset dataset = SampleData.withSeed(7).dataset(DatasetSpec.defaults().withPledges(1));
    Pledge orphan = dataset.pledges().get(0).withCampaign(CampaignId.of("campaign-404"));

    assertThat(DanglingReferences.in(dataset.withPledges(orphan)))
        .containsExactly(orphan.id() + ".campaign: campaign-404 is not in the dataset");
  }

  @Test
  void danglingReferences_reportsARepeatedId() {
    Dataset dataset = SampleData.withSeed(7).dataset(DatasetSpec.empty().withOrganisations(1));
    Organisation organisation = dataset.organisations().get(0);

    assertThat(DanglingReferences.in(dataset.withOrganisations(organisation, organisation)))
        .containsExactly("organisations: " + organisation.id() + " repeats");
  }
}
