package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "50       | EXACT       | 50  | 50  | 50",
        "about 50 | APPROXIMATE | 50  | 50  | 50",
        "at least 100 | AT_LEAST | 100 | 100 | ",
        "up to 20 | AT_MOST     | 20  | 0   | 20",
        "30-40    | RANGE       | 30  | 30  | 40",
        "0        | EXACT       | 0   | 0   | 0",
      })
  void parse_readsEachQualifierWithItsBounds(
      String text, Quantity.Qualifier qualifier, long value, long min, Long max) {
    Quantity quantity = Quantity.parse(text);

    assertThat(quantity.qualifier()).isEqualTo(qualifier);
    assertThat(quantity.value()).isEqualTo(value);
    assertThat(quantity.min()).isEqualTo(min);
    assertThat(quantity.max()).isEqualTo(max == null ? OptionalLong.empty() : OptionalLong.of(max));
    assertThat(quantity).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "-5", "about", "about -5", "3,500", "3.500", "about  50", "About 50", "over 100-200",
        "at least 100-200", "at least", "at  least 100", "atleast 100", "At least 100", "more than 100",
        "40-30", "some 50", "50 ", "1234567890123456789", "1e3"
      })
  void parse_rejectsTextThatIsNotAQuantity(String text) {
    assertThatThrownBy(() -> Quantity.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Quantity");
  }

  @Test
  void parse_rejectsTextThatIsNotAQuantity_quotingItWithoutAField() {
    assertThatThrownBy(() -> Quantity.parse("some 50"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.fields()).isEmpty())
        .hasMessage(
            "Quantity: 'some 50' is not a quantity (such as 50, about 50, at least 100, up to 20 or 30-40)");
  }

  @Test
  void parse_readsOverAsSourcesUseIt_asAtLeastTheFigure() {
    Quantity over = Quantity.parse("over 100");

    assertThat(over).isEqualTo(Quantity.atLeast(100));
    assertThat(over.min()).isEqualTo(100);
    assertThat(over).hasToString("at least 100");
    assertThat(Quantity.parse(over.toString())).isEqualTo(over);
  }

  @Test
  void toString_saysAtLeastForTheBoundThatMinReturns() {
    Quantity quantity = Quantity.atLeast(100);

    assertThat(quantity).hasToString("at least " + quantity.min());
  }

  @Test
  void parse_rejectsARangeThatEndsBelowItsStart_quotingTheTextAsGiven() {
    assertThatThrownBy(() -> Quantity.parse("0040-0030"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("max"))
        .hasMessage("Quantity.max: '0040-0030' is not a quantity: the maximum must not be less than the minimum");
  }

  @Test
  void parse_quotesAtMostFortyCharactersOfTheInput() {
    String forty = "x".repeat(40);

    assertThatThrownBy(() -> Quantity.parse(forty)).hasMessageStartingWith("Quantity: '" + forty + "' is not");
    assertThatThrownBy(() -> Quantity.parse(forty + "yz"))
        .hasMessageStartingWith("Quantity: '" + forty + "...' is not");
  }

  @Test
  void exact_onlyForAnExactCount() {
    assertThat(Quantity.exactly(50).exact()).isTrue();
    assertThat(Quantity.ZERO.exact()).isTrue();
    assertThat(Quantity.approximately(50).exact()).isFalse();
    assertThat(Quantity.between(50, 50).exact()).isFalse();
    assertThat(Quantity.atLeast(50).exact()).isFalse();
    assertThat(Quantity.atMost(50).exact()).isFalse();
  }

  @Test
  void factories_rejectNegativeCounts_namingTheField() {
    assertThatThrownBy(() -> Quantity.exactly(-1))
        .hasMessage("Quantity.value: must not be negative, was -1");
    assertThatThrownBy(() -> Quantity.approximately(-1)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Quantity.atLeast(-1)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Quantity.atMost(-1)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Quantity.between(-1, 5))
        .hasMessage("Quantity.min: must not be negative, was -1");
  }

  @Test
  void between_rejectsMinimumAboveMaximum() {
    assertThatThrownBy(() -> Quantity.between(40, 30))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("max"))
        .hasMessage("Quantity.max: must not be less than the minimum 40, was 30");
  }

  @Test
  void between_acceptsEqualEnds() {
    assertThat(Quantity.between(5, 5)).hasToString("5-5");
  }

  @Test
  void estimate_isTheFigureOrTheMiddleOfARange() {
    assertThat(Quantity.approximately(3500).estimate()).isEqualTo(3500);
    assertThat(Quantity.atLeast(100).estimate()).isEqualTo(100);
    assertThat(Quantity.between(30, 41).estimate()).isEqualTo(35);
    assertThat(Quantity.between(Long.MAX_VALUE - 2, Long.MAX_VALUE).estimate())
        .isEqualTo(Long.MAX_VALUE - 1);
  }

  static Stream<Arguments> sums() {
    return Stream.of(
        Arguments.of("50", "30", "80"),
        Arguments.of("50", "about 3500", "about 3550"),
        Arguments.of("30-40", "5", "35-45"),
        Arguments.of("up to 20", "30-40", "up to 60"),
        Arguments.of("at least 100", "up to 20", "at least 100"),
        Arguments.of("at least 100", "30-40", "at least 130"),
        Arguments.of("about 50", "at least 100", "about 150"),
        Arguments.of("about 50", "30-40", "about 85"),
        Arguments.of("up to 20", "5", "up to 25"),
        Arguments.of("0", "about 7", "about 7"));
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @MethodSource("sums")
  void plus_keepsTheWeakerQualifier(String left, String right, String total) {
    assertThat(Quantity.parse(left).plus(Quantity.parse(right))).hasToString(total);
    assertThat(Quantity.parse(right).plus(Quantity.parse(left))).hasToString(total);
  }

  @Test
  void plus_rejectsOverflow() {
    assertThatThrownBy(() -> Quantity.exactly(Long.MAX_VALUE).plus(Quantity.exactly(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("total exceeds");
  }

  @Test
  void sum_addsEveryQuantityAndIsZeroWhenEmpty() {
    assertThat(Quantity.sum(List.of())).isEqualTo(Quantity.ZERO);
    assertThat(
            Quantity.sum(
                List.of(Quantity.exactly(5_500), Quantity.exactly(60_000), Quantity.exactly(8_000),
                    Quantity.exactly(6_000))))
        .isEqualTo(Quantity.exactly(79_500));
  }

  @Test
  void sum_addsUpOnlyTheFiguresTheTotalNeeds_soThatNoOtherSumOverflows() {
    assertThat(Quantity.sum(List.of(Quantity.atMost(Long.MAX_VALUE), Quantity.atLeast(1), Quantity.exactly(Long.MAX_VALUE - 1))))
        .isEqualTo(Quantity.atLeast(Long.MAX_VALUE));
    assertThatThrownBy(() -> Quantity.sum(List.of(Quantity.atLeast(Long.MAX_VALUE), Quantity.exactly(1))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Quantity.value: total exceeds " + Long.MAX_VALUE);
  }

  @Test
  void sum_rejectsNullAndNullElements() {
    assertThatThrownBy(() -> Quantity.sum(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("quantities");
    assertThatThrownBy(() -> Quantity.sum(Arrays.asList(Quantity.ZERO, null)))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("quantities");
  }

  @Test
  void sum_givesTheTotalThatNoGroupingOfPlusLosesABoundOf() {
    List<Quantity> terms = List.of(Quantity.atMost(20), Quantity.exactly(30), Quantity.atLeast(100));

    assertThat(Quantity.sum(terms)).hasToString("at least 130");
    assertThat(Quantity.sum(List.of(terms.get(2), terms.get(0), terms.get(1)))).hasToString("at least 130");
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("generatedPairs")
  void sum_isTheSameInEveryOrder_andKeepsTheBoundsOfEveryTerm(long seed, List<Quantity> quantities) {
    Quantity a = quantities.get(0);
    Quantity b = quantities.get(1);
    Quantity c = quantities.get(2);

    Quantity total = Quantity.sum(quantities);

    for (List<Quantity> order : List.of(List.of(a, c, b), List.of(b, a, c), List.of(b, c, a), List.of(c, a, b), List.of(c, b, a))) {
      assertThat(Quantity.sum(order)).isEqualTo(total);
    }
    assertThat(Quantity.sum(List.of(a, b))).isEqualTo(a.plus(b));
    assertThat(total.qualifier()).isEqualTo(weaker(weaker(a.qualifier(), b.qualifier()), c.qualifier()));
    switch (total.qualifier()) {
      case APPROXIMATE:
        assertThat(total.value()).isEqualTo(a.estimate() + b.estimate() + c.estimate());
        break;
      case AT_MOST:
        assertThat(total.max()).hasValue(a.max().getAsLong() + b.max().getAsLong() + c.max().getAsLong());
        break;
      case AT_LEAST:
        assertThat(total.min()).isEqualTo(a.min() + b.min() + c.min());
        break;
      default:
        assertThat(total.min()).isEqualTo(a.min() + b.min() + c.min());
        assertThat(total.max()).hasValue(a.max().getAsLong() + b.max().getAsLong() + c.max().getAsLong());
    }
  }

  @Test
  void equals_distinguishesQualifiers() {
    assertThat(Quantity.exactly(50)).isNotEqualTo(Quantity.approximately(50));
    assertThat(Quantity.atLeast(50)).isNotEqualTo(Quantity.atMost(50));
    assertThat(Quantity.exactly(0)).isSameAs(Quantity.ZERO);
  }

  @ParameterizedTest(name = "{0} certainly above {1}: {2}, below: {3}")
  @CsvSource({
    "at least 70, 30-60, true, false",
    "71, 70, true, false",
    "about 60, 30-60, false, false",
    "30-60, about 60, false, false",
    "30-59, about 60, false, true",
    "80, 100, false, true",
    "up to 90, at least 95, false, true",
    "at least 100, at least 100, false, false",
    "at least 1000, at least 100, false, false",
    "up to 20, 0, false, false",
    "0, up to 20, false, false",
    "5-5, 5, false, false",
    "0, 1, false, true",
  })
  void isCertainlyAboveAndBelow_compareEveryCountBothAllow(
      String left, String right, boolean above, boolean below) {
    Quantity quantity = Quantity.parse(left);
    Quantity other = Quantity.parse(right);

    assertThat(quantity.isCertainlyAbove(other)).isEqualTo(above);
    assertThat(quantity.isCertainlyBelow(other)).isEqualTo(below);
  }

  @ParameterizedTest(name = "{0} vs {1}: above {2}, below {3}")
  @CsvSource({
    "at least 70, 69, true, false",
    "at least 70, 70, false, false",
    "70, 69, true, false",
    "70, 71, false, true",
    "about 70, 70, false, false",
    "up to 60, 61, false, true",
    "up to 60, 60, false, false",
    "up to 60, -1, true, false",
    "30-60, 29, true, false",
    "30-60, 61, false, true",
    "at least 0, " + Long.MAX_VALUE + ", false, false",
  })
  void isCertainlyAboveAndBelow_aCount(String text, long count, boolean above, boolean below) {
    Quantity quantity = Quantity.parse(text);

    assertThat(quantity.isCertainlyAbove(count)).isEqualTo(above);
    assertThat(quantity.isCertainlyBelow(count)).isEqualTo(below);
  }

  @Test
  void isCertainlyAboveAndBelow_rejectNull() {
    assertThatThrownBy(() -> Quantity.ZERO.isCertainlyAbove(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("other");
    assertThatThrownBy(() -> Quantity.ZERO.isCertainlyBelow(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("other");
  }

  @Test
  void sumOfMinimums_addsTheLeastEachQuantityAllows() {
    assertThat(Quantity.sumOfMinimums(List.of())).isZero();
    assertThat(
            Quantity.sumOfMinimums(
                List.of(Quantity.exactly(5), Quantity.approximately(10), Quantity.atLeast(100),
                    Quantity.atMost(1_000), Quantity.between(30, 40))))
        .isEqualTo(145);
  }

  @Test
  void sumOfMinimums_stopsAtTheLargestCount_soThatNoMaximumIsCertainlyBelowIt() {
    List<Quantity> huge = List.of(Quantity.atLeast(Long.MAX_VALUE - 1), Quantity.exactly(5), Quantity.exactly(1));

    assertThat(Quantity.sumOfMinimums(huge)).isEqualTo(Long.MAX_VALUE);
    assertThat(Quantity.exactly(Long.MAX_VALUE).isCertainlyBelow(Quantity.sumOfMinimums(huge))).isFalse();
    assertThat(Quantity.exactly(Long.MAX_VALUE - 1).isCertainlyBelow(Quantity.sumOfMinimums(huge))).isTrue();
  }

  @Test
  void sumOfMinimums_rejectsNullAndNullElements() {
    assertThatThrownBy(() -> Quantity.sumOfMinimums(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("quantities");
    assertThatThrownBy(() -> Quantity.sumOfMinimums(Arrays.asList(Quantity.ZERO, null)))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("quantities");
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("generatedPairs")
  void isCertainlyAboveAndBelow_arePairedAndExclusive(long seed, List<Quantity> quantities) {
    Quantity a = quantities.get(0);
    Quantity b = nearby(quantities.get(1), a);

    assertThat(a.isCertainlyAbove(b)).isEqualTo(b.isCertainlyBelow(a));
    assertThat(a.isCertainlyBelow(b)).isEqualTo(a.isCertainlyBelow(b.min()));
    assertThat(a.isCertainlyAbove(b) && a.isCertainlyBelow(b)).isFalse();
    assertThat(a.isCertainlyAbove(a) || a.isCertainlyBelow(a)).isFalse();
    if (a.isCertainlyBelow(b)) {
      assertThat(a.estimate()).isLessThan(b.estimate());
    }
  }

  /** A quantity of the same kind as {@code shape}, moved next to {@code anchor}, so that they often touch. */
  private static Quantity nearby(Quantity shape, Quantity anchor) {
    long figure = Math.max(0, anchor.estimate() + (shape.value() % 3) - 1);
    long span = shape.max().orElse(shape.min()) - shape.min();
    return SeededCases.quantity(shape.qualifier(), figure, span);
  }

  static Stream<Arguments> generatedQuantities() {
    return SeededCases.of(SeededCases::quantity);
  }

  static Stream<Arguments> generatedPairs() {
    return SeededCases.of(
        random -> List.of(SeededCases.quantity(random), SeededCases.quantity(random),
            SeededCases.quantity(random)));
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("generatedQuantities")
  void parse_readsBackWhatToStringWrites(long seed, Quantity quantity) {
    assertThat(Quantity.parse(quantity.toString())).isEqualTo(quantity);
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("generatedPairs")
  void plus_isCommutativeAndBoundsAddUp(long seed, List<Quantity> quantities) {
    Quantity a = quantities.get(0);
    Quantity b = quantities.get(1);
    Quantity total = a.plus(b);

    assertThat(total).isEqualTo(b.plus(a));
    assertThat(total.qualifier()).isEqualTo(weaker(a.qualifier(), b.qualifier()));
    if (total.qualifier() != Quantity.Qualifier.APPROXIMATE) {
      assertThat(total.min()).isLessThanOrEqualTo(a.min() + b.min());
      if (total.max().isPresent()) {
        assertThat(total.max().getAsLong())
            .isGreaterThanOrEqualTo(a.max().getAsLong() + b.max().getAsLong());
      }
    }
  }

  static Stream<Arguments> generatedBoundedTriples() {
    return SeededCases.of(
        random -> List.of(SeededCases.boundedQuantity(random), SeededCases.boundedQuantity(random),
            SeededCases.boundedQuantity(random)));
  }

  /**
   * Exact, range and "up to" totals keep both bounds of every term, so grouping cannot change
   * them. (An "at least" or approximate total can change with the grouping; see the next test.)
   */
  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("generatedBoundedTriples")
  void plus_isAssociativeInValuesAndBounds_whenTheTotalHasAnUpperBound(long seed, List<Quantity> quantities) {
    Quantity a = quantities.get(0);
    Quantity b = quantities.get(1);
    Quantity c = quantities.get(2);

    Quantity leftFirst = a.plus(b).plus(c);
    Quantity rightFirst = a.plus(b.plus(c));

    assertThat(leftFirst).isEqualTo(rightFirst);
    assertThat(leftFirst.value()).isEqualTo(rightFirst.value());
    assertThat(leftFirst.min()).isEqualTo(rightFirst.min());
    assertThat(leftFirst.max()).isEqualTo(rightFirst.max());
    assertThat(leftFirst.max()).hasValue(a.max().getAsLong() + b.max().getAsLong() + c.max().getAsLong());
    if (leftFirst.qualifier() != Quantity.Qualifier.AT_MOST) {
      assertThat(leftFirst.min()).isEqualTo(a.min() + b.min() + c.min());
    }
  }

  /**
   * The example of {@link Quantity#plus(Quantity)}'s documentation: an intermediate "up to" total
   * keeps no minimum, so a later "at least" total, or an estimate, depends on the grouping.
   */
  @Test
  void plus_groupingCanChangeAnAtLeastOrApproximateTotal() {
    Quantity upTo20 = Quantity.atMost(20);
    Quantity thirty = Quantity.exactly(30);

    assertThat(upTo20.plus(thirty).plus(Quantity.atLeast(100))).hasToString("at least 100");
    assertThat(upTo20.plus(thirty.plus(Quantity.atLeast(100)))).hasToString("at least 130");
    assertThat(upTo20.plus(Quantity.between(30, 40)).plus(Quantity.approximately(0))).hasToString("about 60");
    assertThat(upTo20.plus(Quantity.between(30, 40).plus(Quantity.approximately(0)))).hasToString("about 55");
  }

  @Test
  void plus_addsZeroAsTheNeutralElement() {
    for (String text : List.of("50", "about 50", "at least 100", "up to 20", "30-40")) {
      assertThat(Quantity.parse(text).plus(Quantity.ZERO)).isEqualTo(Quantity.parse(text));
      assertThat(Quantity.ZERO.plus(Quantity.parse(text))).isEqualTo(Quantity.parse(text));
    }
  }

  private static Quantity.Qualifier weaker(Quantity.Qualifier a, Quantity.Qualifier b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
