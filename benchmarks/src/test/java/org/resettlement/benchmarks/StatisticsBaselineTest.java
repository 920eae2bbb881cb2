package org.resettlement.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resettlement.benchmarks.baseline.HashMapObservationIndex;
import org.resettlement.benchmarks.baseline.ObservationRecord;
import org.resettlement.benchmarks.statistics.StatisticsData;
import org.resettlement.core.Category;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationFilter;
import org.resettlement.core.ObservationIndex;
import org.resettlement.core.ObservationTotal;
import org.resettlement.core.Sex;
import org.resettlement.core.StatisticMetric;

/**
 * The statistics benchmarks compare like with like: the cube is what {@link StatisticsData} says,
 * its records hold the same figures, and the plain {@code HashMap} index answers every benchmark
 * question as the core's index does.
 */
class StatisticsBaselineTest {
  private static StatisticsData.Cube cube;
  private static ObservationIndex ours;
  private static HashMapObservationIndex baseline;

  @BeforeAll
  static void setUp() {
    cube = StatisticsData.withRecords();
    ours = ObservationIndex.of(cube.observations());
    baseline = HashMapObservationIndex.of(cube.observations());
  }

  @Test
  void theCube_hasAMillionCellsOf800KeysThatAddUp() {
    assertThat(cube.observations()).hasSize(StatisticsData.CELLS);
    assertThat(cube.keys()).hasSize(800).doesNotHaveDuplicates();
    assertThat(cube.observations().get(0).key()).isSameAs(cube.keys().get(0));
    assertThat(cube.observations().get(800).key()).isSameAs(cube.keys().get(0));
    assertThat(cube.observations().get(0).sources()).isEqualTo(cube.observations().get(799).sources());
    assertThat(ours.discrepancies()).isEmpty();
    long withheld = cube.observations().stream().filter(Observation::withheld).count();
    assertThat(withheld).isBetween(3_000L, 7_000L);
  }

  @Test
  void theRecords_holdTheSameFiguresAndObjects() {
    assertThat(cube.records()).hasSize(StatisticsData.CELLS);
    for (int i = 0; i < StatisticsData.CELLS; i += 997) {
      Observation observation = cube.observations().get(i);
      ObservationRecord record = cube.records().get(i);
      assertThat(record.metric()).isEqualTo(observation.metric());
      assertThat(record.key()).isSameAs(observation.key());
      assertThat(record.period()).isSameAs(observation.period());
      assertThat(record.geography()).isSameAs(observation.geography());
      assertThat(record.value()).isSameAs(observation.value().orElse(null));
      assertThat(record.rounding()).isEqualTo(observation.rounding().orElse(null));
      assertThat(record.statuses()).isEqualTo(observation.statuses());
      assertThat(record.sources()).isEqualTo(observation.sources());
    }
  }

  @Test
  void theHashMapIndex_answersAsTheCoreIndexDoes() {
    ObservationFilter france2016 = ObservationFilter.builder()
        .metric(StatisticMetric.RESETTLED_PERSONS)
        .period(StatisticsData.YEAR)
        .geography(StatisticsData.FRANCE)
        .category(Dimension.CITIZENSHIP, StatisticsData.SYRIA)
        .addUndivided(Dimension.AGE_BAND)
        .build();
    Map<Category, ObservationTotal> bySex = ours.totalsBy(france2016, Dimension.SEX);
    assertThat(bySex).hasSize(3).isEqualTo(baseline.totalsBy(france2016, Dimension.SEX));

    DimensionKey syrians = DimensionKey.of(Dimension.CITIZENSHIP, StatisticsData.SYRIA);
    List<Observation> series = ours.timeSeries(StatisticMetric.RESETTLED_PERSONS, StatisticsData.FRANCE, syrians);
    assertThat(series).hasSize(25)
        .isEqualTo(baseline.timeSeries(StatisticMetric.RESETTLED_PERSONS, StatisticsData.FRANCE, syrians));

    ObservationFilter syrianWomen = ObservationFilter.builder()
        .category(Dimension.CITIZENSHIP, StatisticsData.SYRIA)
        .category(Dimension.SEX, Sex.FEMALE)
        .addUndivided(Dimension.AGE_BAND)
        .build();
    assertThat(ours.select(syrianWomen)).hasSize(1_250)
        .containsExactlyInAnyOrderElementsOf(baseline.select(syrianWomen));
  }
}
