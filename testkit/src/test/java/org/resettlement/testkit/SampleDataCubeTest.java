package org.resettlement.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.Category;
import org.resettlement.core.CountryCode;
import org.resettlement.core.DateRange;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.Rounding;
import org.resettlement.core.StatisticMetric;

/**
 * Cubes of observations: of the size their spec says, read as a stream without holding them,
 * with margins that are the sums of their cells (within rounding), the same for the same seed.
 */
class SampleDataCubeTest {

  private static final CubeSpec EUROSTAT_LIKE =
      CubeSpec.defaults().withYears(3).withGeographies(2).withRounding(Rounding.NEAREST_5).withStatuses(true);

  private static final CubeSpec UNHCR_LIKE =
      CubeSpec.defaults().withoutDimension(Dimension.CITIZENSHIP).withoutDimension(Dimension.SEX)
          .withoutDimension(Dimension.AGE_BAND).withDimension(Dimension.COUNTRY_OF_ORIGIN, 30)
          .withDimension(Dimension.COUNTRY_OF_ASYLUM, 12).withYears(4).withMetric(StatisticMetric.ARRIVALS);

  static Stream<Arguments> specsAndSeeds() {
    List<Arguments> cases = new ArrayList<>();
    for (long seed = 0; seed < 6; seed++) {
      cases.add(Arguments.of(CubeSpec.defaults(), seed));
      cases.add(Arguments.of(EUROSTAT_LIKE, seed));
      cases.add(Arguments.of(UNHCR_LIKE, seed));
      cases.add(Arguments.of(EUROSTAT_LIKE.withMargins(false), seed));
      cases.add(Arguments.of(CubeSpec.defaults().withoutDimension(Dimension.CITIZENSHIP)
          .withoutDimension(Dimension.SEX).withoutDimension(Dimension.AGE_BAND), seed));
    }
    return cases.stream();
  }

  /** The slice and key an observation is the cell of. */
  private record Slot(Geography geography, DateRange period, DimensionKey key) {
    static Slot of(Observation observation) {
      return new Slot(observation.geography(), observation.period(), observation.key());
    }
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("specsAndSeeds")
  void cube_hasOneObservationPerSlot_asManyAsTheSpecSays(CubeSpec spec, long seed) {
    List<Observation> cube = SampleData.withSeed(seed).cube(spec).collect(Collectors.toList());

    assertThat(cube).hasSize((int) spec.size());
    assertThat(cube.stream().map(Slot::of).collect(Collectors.toSet())).hasSize(cube.size());
    int dimensions = spec.dimensions().size();
    assertThat(cube.stream().filter(o -> o.key().size() == dimensions).count()).isEqualTo(spec.cells());
    assertThat(cube).allSatisfy(o -> {
      assertThat(o.metric()).isEqualTo(spec.metric());
      assertThat(o.rounding()).isEqualTo(spec.rounding());
      assertThat(spec.dimensions().keySet()).containsAll(o.key().dimensions());
      assertThat(o.value().isPresent()).as("%s", o).isEqualTo(!o.withheld() && !o.missing());
      assertThat(o.period().start().year()).isBetween(2024 - spec.years() + 1, 2024);
    });
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("specsAndSeeds")
  void cube_totalsAreTheSumsOfTheirCells_withinRounding(CubeSpec spec, long seed) {
    if (!spec.margins() || spec.dimensions().isEmpty()) {
      return;
    }
    Map<Slot, Observation> bySlot = new HashMap<>();
    SampleData.withSeed(seed).cube(spec).forEach(o -> bySlot.put(Slot.of(o), o));
    long unit = spec.rounding().map(Rounding::maxError).orElse(0);
    int compared = 0;
    for (Observation total : bySlot.values()) {
      for (Dimension dimension : spec.dimensions().keySet()) {
        if (total.key().category(dimension).isPresent()) {
          continue;
        }
        List<Observation> parts = new ArrayList<>();
        for (Category category : CubeSampler.categoriesOf(dimension)) {
          Observation part = bySlot.get(new Slot(total.geography(), total.period(), total.key().with(dimension, category)));
          if (part != null) {
            parts.add(part);
          }
        }
        assertThat(parts).hasSize(spec.dimensions().get(dimension));
        if (total.value().isEmpty() || parts.stream().anyMatch(part -> part.value().isEmpty())) {
          continue;
        }
        long sum = parts.stream().mapToLong(part -> part.value().orElseThrow().value()).sum();
        long published = total.value().orElseThrow().value();
        assertThat(Math.abs(sum - published)).as("%s by %s", total, dimension)
            .isLessThanOrEqualTo(unit * (parts.size() + 1));
        compared++;
      }
    }
    assertThat(compared).isPositive();
  }

  @Test
  void cube_withRounding_hasCellsAddingUpToMoreThanTheirTotal_asEurostatsDo() {
    CubeSpec spec = EUROSTAT_LIKE.withStatuses(false).withDimension(Dimension.CITIZENSHIP, 40);
    Map<Slot, Observation> bySlot = new HashMap<>();
    SampleData.withSeed(3).cube(spec).forEach(o -> bySlot.put(Slot.of(o), o));

    long above = 0;
    for (Observation total : bySlot.values()) {
      if (total.key().category(Dimension.CITIZENSHIP).isEmpty()) {
        long sum = 0;
        for (Category category : CubeSampler.categoriesOf(Dimension.CITIZENSHIP)) {
          Observation part = bySlot.get(new Slot(total.geography(), total.period(), total.key().with(Dimension.CITIZENSHIP, category)));
          sum += part == null ? 0 : part.value().orElseThrow().value();
        }
        above += sum > total.value().orElseThrow().value() ? 1 : 0;
      }
    }
    assertThat(above).as("totals below the sum of their rounded cells").isPositive();
    assertThat(bySlot.values()).allSatisfy(o -> assertThat(o.value().orElseThrow().value() % 5).isZero());
  }

  @Test
  void cube_withStatuses_hasConfidentialAndMissingObservationsWithoutValues() {
    Map<Set<ObservationStatus>, Long> byStatuses = SampleData.withSeed(5).cube(EUROSTAT_LIKE)
        .collect(Collectors.groupingBy(Observation::statuses, Collectors.counting()));

    assertThat(byStatuses).containsKeys(Set.of(), Set.of(ObservationStatus.CONFIDENTIAL),
        Set.of(ObservationStatus.NOT_AVAILABLE), Set.of(ObservationStatus.ESTIMATED),
        Set.of(ObservationStatus.PROVISIONAL));
    assertThat(SampleData.withSeed(5).cube(CubeSpec.defaults())).allMatch(o -> o.statuses().isEmpty());
  }

  @Test
  void cube_sharesItsSourcePeriodsAndGeographies() {
    List<Observation> cube = SampleData.withSeed(9).cube(EUROSTAT_LIKE).collect(Collectors.toList());

    Map<Object, Boolean> sources = new IdentityHashMap<>();
    Map<Object, Boolean> periods = new IdentityHashMap<>();
    Map<Object, Boolean> geographies = new IdentityHashMap<>();
    for (Observation observation : cube) {
      observation.sources().forEach(source -> sources.put(source, true));
      periods.put(observation.period(), true);
      geographies.put(observation.geography(), true);
    }
    assertThat(sources).hasSize(1);
    assertThat(periods).hasSize(EUROSTAT_LIKE.years());
    assertThat(geographies).hasSize(EUROSTAT_LIKE.geographies());
    assertThat(cube.get(0).geography()).isEqualTo(Geography.of(CountryCode.of("AT")));
    assertThat(cube.get(0).key()).isEqualTo(DimensionKey.of());
  }

  @Test
  void cube_sameSeedGivesTheSameCube_howeverItIsRead() {
    SampleData interleaved = SampleData.withSeed(11);
    Iterator<Observation> first = interleaved.cube(EUROSTAT_LIKE).iterator();
    List<Observation> read = new ArrayList<>();
    while (first.hasNext()) {
      read.add(first.next());
      interleaved.pledge(); // other calls while the cube is read change nothing in it
    }

    assertThat(read).isEqualTo(SampleData.withSeed(11).cube(EUROSTAT_LIKE).collect(Collectors.toList()));
    assertThat(read).isNotEqualTo(SampleData.withSeed(12).cube(EUROSTAT_LIKE).collect(Collectors.toList()));
  }

  @Test
  void cube_ofMillionsOfObservations_isReadWithoutMakingThemAll() {
    CubeSpec huge = CubeSpec.defaults().withoutDimension(Dimension.SEX).withoutDimension(Dimension.AGE_BAND)
        .withDimension(Dimension.CITIZENSHIP, CubeSpec.MOST_COUNTRY_CATEGORIES)
        .withDimension(Dimension.COUNTRY_OF_ASYLUM, CubeSpec.MOST_COUNTRY_CATEGORIES)
        .withYears(CubeSpec.MOST_YEARS).withGeographies(35);
    assertThat(huge.size()).isGreaterThan(70_000_000L);

    assertThat(SampleData.withSeed(1).cube(huge).limit(1_000).filter(Objects::nonNull).count()).isEqualTo(1_000);

    // Over a million observations, one at a time: 16 slices of 63,504.
    CubeSpec million = huge.withYears(1).withGeographies(16);
    long[] counted = new long[2];
    SampleData.withSeed(1).cube(million).forEach(o -> {
      counted[0]++;
      counted[1] += o.key().size();
    });
    assertThat(counted[0]).isEqualTo(million.size()).isGreaterThan(1_000_000L);
  }

  @Test
  void mostCategories_areTheCategoriesAvailable() {
    assertThat(CubeSpec.mostCategories(Dimension.CITIZENSHIP)).isEqualTo(CubeSpec.MOST_COUNTRY_CATEGORIES);
    assertThat(CubeSpec.mostCategories(Dimension.COUNTRY_OF_ASYLUM)).isEqualTo(CubeSpec.MOST_COUNTRY_CATEGORIES);
    assertThat(CubeSpec.mostCategories(Dimension.SEX)).isEqualTo(3);
    assertThat(CubeSpec.mostCategories(Dimension.AGE_BAND)).isEqualTo(7);
    for (Dimension dimension : Dimension.builtIn()) {
      Set<Category> distinct = new HashSet<>(List.of(CubeSampler.categoriesOf(dimension)));
      assertThat(distinct).hasSize(CubeSpec.mostCategories(dimension)).allMatch(dimension::accepts);
    }
  }

  //-----------------------------------------------------------------------
  @Test
  void spec_defaults() {
    assertThat(CubeSpec.defaults()).hasToString(
        "CubeSpec[RESETTLED_PERSONS by citizenship=5, sex=2, age-band=4; years=2, geographies=1, margins, exact]");
    assertThat(CubeSpec.defaults().cells()).isEqualTo(80);
    assertThat(CubeSpec.defaults().size()).isEqualTo(180);
    assertThat(EUROSTAT_LIKE).hasToString(
        "CubeSpec[RESETTLED_PERSONS by citizenship=5, sex=2, age-band=4; years=3, geographies=2, margins,"
            + " rounded to 5, statuses]");
  }

  @Test
  void spec_withDimension_replacesInPlaceOrAppends() {
    CubeSpec spec = CubeSpec.defaults().withDimension(Dimension.SEX, 3).withDimension(Dimension.COUNTRY_OF_ASYLUM, 2);

    assertThat(spec.dimensions()).containsExactly(Map.entry(Dimension.CITIZENSHIP, 5), Map.entry(Dimension.SEX, 3),
        Map.entry(Dimension.AGE_BAND, 4), Map.entry(Dimension.COUNTRY_OF_ASYLUM, 2));
    assertThat(spec.withoutDimension(Dimension.COUNTRY_OF_ASYLUM).withDimension(Dimension.SEX, 2))
        .isEqualTo(CubeSpec.defaults()).hasSameHashCodeAs(CubeSpec.defaults());
    assertThat(CubeSpec.defaults().withoutDimension(Dimension.COUNTRY_OF_ORIGIN)).isSameAs(CubeSpec.defaults());
  }

  @Test
  void spec_rejectsWhatNoCubeHasByName() {
    assertThatThrownBy(() -> CubeSpec.defaults().withDimension(Dimension.SEX, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("categories of sex must be from 1 to 3, was 4");
    assertThatThrownBy(() -> CubeSpec.defaults().withDimension(Dimension.of("eurostat:unit"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a sample cube has built-in dimensions only, not eurostat:unit");
    assertThatThrownBy(() -> CubeSpec.defaults().withYears(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("years must be from 1 to 35, was 0");
    assertThatThrownBy(() -> CubeSpec.defaults().withGeographies(36))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("geographies must be from 1 to 35, was 36");
    assertThatThrownBy(() -> SampleData.withSeed(1).cube(null))
        .isInstanceOf(NullPointerException.class).hasMessage("spec");
  }
}
