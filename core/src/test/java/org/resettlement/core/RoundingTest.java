package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RoundingTest {

  @Test
  void nearest5_allowsAnErrorOf2() {
    assertThat(Rounding.toNearest(5)).isSameAs(Rounding.NEAREST_5);
    assertThat(Rounding.NEAREST_5.unit()).isEqualTo(5);
    assertThat(Rounding.NEAREST_5.maxError()).isEqualTo(2);
    assertThat(Rounding.NEAREST_5.bounds(85)).isEqualTo(Quantity.between(83, 87));
    assertThat(Rounding.NEAREST_5.bounds(0)).isEqualTo(Quantity.between(0, 2));
    assertThat(Rounding.NEAREST_5.maxErrorOfSum(12)).isEqualTo(24);
    assertThat(Rounding.NEAREST_5.maxErrorOfSum(0)).isZero();
    assertThat(Rounding.NEAREST_5).hasToString("to nearest 5");
  }

  @ParameterizedTest
  @CsvSource({"2, 1", "3, 1", "10, 5", "100, 50"})
  void maxError_isHalfTheUnitRoundedDown(int unit, int maxError) {
    assertThat(Rounding.toNearest(unit).maxError()).isEqualTo(maxError);
    assertThat(Rounding.toNearest(unit)).isEqualTo(Rounding.toNearest(unit)).hasSameHashCodeAs(Rounding.toNearest(unit));
  }

  @Test
  void toNearest_refusesAUnitBelow2() {
    assertThatThrownBy(() -> Rounding.toNearest(1)).hasMessage("Rounding.unit: must be at least 2, was 1");
    assertThatThrownBy(() -> Rounding.toNearest(0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Rounding.toNearest(-5)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void bounds_widensEachBoundAQuantityHas() {
    Rounding rounding = Rounding.NEAREST_5;
    assertThat(rounding.bounds(Quantity.exactly(85))).isEqualTo(Quantity.between(83, 87));
    assertThat(rounding.bounds(Quantity.between(10, 20))).isEqualTo(Quantity.between(8, 22));
    assertThat(rounding.bounds(Quantity.atMost(20))).isEqualTo(Quantity.atMost(22));
    assertThat(rounding.bounds(Quantity.atLeast(1))).isEqualTo(Quantity.atLeast(0));
    assertThat(rounding.bounds(Quantity.approximately(85))).isEqualTo(Quantity.approximately(85));
    assertThat(rounding.bounds(Long.MAX_VALUE).max()).hasValue(Long.MAX_VALUE);
    assertThatThrownBy(() -> rounding.bounds(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rounding.bounds(null)).isInstanceOf(NullPointerException.class).hasMessage("published");
    assertThatThrownBy(() -> rounding.maxErrorOfSum(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  static Stream<Arguments> counts() {
    return SeededCases.of(random -> new long[] {random.nextLong(0, 100_000), random.nextInt(2, 101)});
  }

  /** Rounds a true count as publishers do, halves either way. */
  private static long round(long count, int unit, boolean halfUp) {
    long below = count - count % unit;
    long remainder = count - below;
    if (remainder * 2 == unit) {
      return halfUp ? below + unit : below;
    }
    return remainder * 2 > unit ? below + unit : below;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("counts")
  void bounds_holdTheTrueCountOfEveryRoundedFigure(long seed, long[] countAndUnit) {
    long count = countAndUnit[0];
    Rounding rounding = Rounding.toNearest((int) countAndUnit[1]);
    for (boolean halfUp : new boolean[] {true, false}) {
      Quantity bounds = rounding.bounds(round(count, rounding.unit(), halfUp));
      assertThat(count).isBetween(bounds.min(), bounds.max().orElseThrow());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("counts")
  void maxErrorOfSum_holdsTheTrueSumOfRoundedParts(long seed, long[] ignored) {
    SplittableRandom random = new SplittableRandom(seed);
    Rounding rounding = Rounding.toNearest(random.nextInt(2, 21));
    int parts = random.nextInt(0, 30);
    long trueSum = 0;
    long publishedSum = 0;
    for (int i = 0; i < parts; i++) {
      long count = random.nextLong(0, 1_000);
      trueSum += count;
      publishedSum += round(count, rounding.unit(), random.nextBoolean());
    }
    assertThat(Math.abs(publishedSum - trueSum)).isLessThanOrEqualTo(rounding.maxErrorOfSum(parts));
  }

  @Test
  void observationStatus_withheldAndMissingAreTheValuelessOnes() {
    assertThat(EnumSet.allOf(ObservationStatus.class).stream().filter(ObservationStatus::withheld))
        .containsExactly(ObservationStatus.CONFIDENTIAL);
    assertThat(EnumSet.allOf(ObservationStatus.class).stream().filter(ObservationStatus::missing))
        .containsExactly(ObservationStatus.NOT_AVAILABLE);
    assertThat(EnumSet.allOf(ObservationStatus.class).stream().filter(ObservationStatus::valueless))
        .containsExactly(ObservationStatus.CONFIDENTIAL, ObservationStatus.NOT_AVAILABLE);
  }
}
