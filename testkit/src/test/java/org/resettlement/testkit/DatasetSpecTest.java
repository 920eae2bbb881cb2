package org.resettlement.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;

class DatasetSpecTest {

  @Test
  void defaults_holdEveryKind() {
    assertThat(DatasetSpec.defaults().toString())
        .isEqualTo(
            "DatasetSpec[organisations=20, people=30, memberships=40, events=10, projects=5,"
                + " campaigns=3, pledges=50, quotas=10, statistics=10]");
  }

  @Test
  void empty_holdsNothing() {
    assertThat(DatasetSpec.empty().total()).isZero();
  }

  @Test
  void with_changesOneCountOnly() {
    DatasetSpec spec =
        DatasetSpec.empty()
            .withOrganisations(1)
            .withPeople(2)
            .withMemberships(3)
            .withEvents(4)
            .withProjects(5)
            .withCampaigns(6)
            .withPledges(7)
            .withQuotas(8)
            .withStatistics(9);

    assertThat(new int[] {
          spec.organisations(), spec.people(), spec.memberships(), spec.events(), spec.projects(),
          spec.campaigns(), spec.pledges(), spec.quotas(), spec.statistics()
        })
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(DatasetSpec.empty().withPledges(7).pledges()).isEqualTo(7);
    assertThat(DatasetSpec.empty()).isEqualTo(DatasetSpec.empty().withPledges(7).withPledges(0));
  }

  @Test
  void with_rejectsANegativeCountByName() {
    assertThatThrownBy(() -> DatasetSpec.defaults().withPledges(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pledges must not be negative, was -1");
  }

  @Test
  void equals_comparesCounts() {
    assertThat(DatasetSpec.defaults().withPledges(1)).isEqualTo(DatasetSpec.defaults().withPledges(1));
    assertThat(DatasetSpec.defaults().withPledges(1)).hasSameHashCodeAs(DatasetSpec.defaults().withPledges(1));
    assertThat(DatasetSpec.defaults().withPledges(1)).isNotEqualTo(DatasetSpec.defaults().withPledges(2));
  }

  @Test
  void withCube_addsObservationsAfterTheRecords() {
    CubeSpec cube = CubeSpec.defaults().withYears(1);
    DatasetSpec spec = DatasetSpec.empty().withStatistics(2).withCube(cube).withCube(cube);

    assertThat(spec.cubes()).containsExactly(cube, cube);
    assertThat(spec.observations()).isEqualTo(2 * cube.size());
    assertThat(spec.total()).isEqualTo(2);
    assertThat(spec).isNotEqualTo(DatasetSpec.empty().withStatistics(2)).hasToString(
        "DatasetSpec[organisations=0, people=0, memberships=0, events=0, projects=0, campaigns=0, pledges=0,"
            + " quotas=0, statistics=2, " + cube + ", " + cube + "]");
    assertThat(spec.withoutCubes()).isEqualTo(DatasetSpec.empty().withStatistics(2));
    assertThat(DatasetSpec.defaults().cubes()).isEmpty();
    assertThatThrownBy(() -> DatasetSpec.empty().withCube(null)).isInstanceOf(NullPointerException.class).hasMessage("cube");
  }

  @Test
  void withCube_givesADatasetWithTheCubesObservations() {
    CubeSpec cube = CubeSpec.defaults().withYears(1);
    Dataset dataset = SampleData.withSeed(3).dataset(DatasetSpec.defaults().withCube(cube));

    assertThat(dataset.observations()).hasSize((int) cube.size());
    // The records are those of the spec without the cube: the cube is drawn after them.
    assertThat(dataset.withObservations(List.of())).isEqualTo(SampleData.withSeed(3).dataset());
  }
}
