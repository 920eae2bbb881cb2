package org.resettlement.json.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;
import org.resettlement.core.CampaignProgress;
import org.resettlement.core.Pledge;
import org.resettlement.core.QuotaTotal;

/** How the bindings find the components of the core's records. */
class CoreRecordsTest {

  /** A record outside the core, as a user's own type in a document may be. */
  private record StandIn(String country, int year) {}

  @Test
  void is_acceptsOnlyTheRecordsOfTheCore() {
    assertThat(CoreRecords.is(QuotaTotal.class)).isTrue();
    assertThat(CoreRecords.is(CampaignProgress.class)).isTrue();
    assertThat(CoreRecords.is(Pledge.class)).as("a value type of the core").isFalse();
    assertThat(CoreRecords.is(StandIn.class)).as("a record elsewhere").isFalse();
  }

  @Test
  void componentNames_areInTheOrderOfTheHeader() {
    assertThat(CoreRecords.componentNames(QuotaTotal.class))
        .containsExactly("country", "year", "quotas", "places", "arrivals");
  }

  @Test
  void named_findsAComponentOfACoreRecordOnly() {
    assertThat(CoreRecords.named(QuotaTotal.class, "year").map(RecordComponent::getType)).contains(int.class);
    assertThat(CoreRecords.named(QuotaTotal.class, "total")).isEmpty();
    assertThat(CoreRecords.named(StandIn.class, "year")).isEmpty();
  }

  @Test
  void ofParameter_findsTheComponentOfAParameterOfTheCanonicalConstructorOnly() {
    assertThat(CoreRecords.ofParameter(QuotaTotal.class, 5, 3).map(RecordComponent::getName)).contains("places");
    assertThat(CoreRecords.ofParameter(QuotaTotal.class, 2, 1)).as("another constructor").isEmpty();
    assertThat(CoreRecords.ofParameter(StandIn.class, 2, 1)).isEmpty();
  }

  @Test
  void isOptional_isTrueForOptionalComponents() {
    assertThat(CoreRecords.isOptional(CoreRecords.named(QuotaTotal.class, "places").orElseThrow())).isTrue();
    assertThat(CoreRecords.isOptional(CoreRecords.named(QuotaTotal.class, "year").orElseThrow())).isFalse();
  }
}
