package org.resettlement.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
}
