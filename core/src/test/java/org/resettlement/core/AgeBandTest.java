package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeBandTest {

  @ParameterizedTest
  @CsvSource({"0-17, 0, 17", "18-34, 18, 34", "0-4, 0, 4", "60+, 60, -1", "65+, 65, -1", "0+, 0, -1",
    "7-7, 7, 7", "150-150, 150, 150"})
  void parse_readsTheCanonicalCodes(String code, int lowest, int highest) {
    AgeBand band = AgeBand.parse(code);
    assertThat(band.lowest()).hasValue(lowest);
    if (highest < 0) {
      assertThat(band.highest()).isEmpty();
      assertThat(band).isEqualTo(AgeBand.from(lowest));
    } else {
      assertThat(band.highest()).hasValue(highest);
      assertThat(band).isEqualTo(AgeBand.of(lowest, highest));
    }
    assertThat(band.known()).isTrue();
    assertThat(band).hasToString(code);
    assertThat(band.code()).isEqualTo(code);
  }

  @Test
  void unknown_isNoIntervalAndContainsNothing() {
    assertThat(AgeBand.parse("unknown")).isSameAs(AgeBand.UNKNOWN);
    assertThat(AgeBand.UNKNOWN.known()).isFalse();
    assertThat(AgeBand.UNKNOWN.lowest()).isEmpty();
    assertThat(AgeBand.UNKNOWN.highest()).isEmpty();
    assertThat(AgeBand.UNKNOWN.contains(30)).isFalse();
    assertThat(AgeBand.UNKNOWN.overlaps(AgeBand.from(0))).isFalse();
    assertThat(AgeBand.from(0).overlaps(AgeBand.UNKNOWN)).isFalse();
    assertThat(AgeBand.UNKNOWN.encloses(AgeBand.UNKNOWN)).isFalse();
    assertThat(AgeBand.from(0).encloses(AgeBand.UNKNOWN)).isFalse();
    assertThat(AgeBand.UNKNOWN).hasToString("unknown");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Y_LT18", "Y18-34", "Y_GE65", "UNK", "18-", "-17", "+", "65 +", "018-34",
    "18-034", "1000+", "a-b", "18--34", "18-34+", "Unknown", " 0-17"})
  void parse_refusesWhatIsNoCanonicalCode(String code) {
    assertThatThrownBy(() -> AgeBand.parse(code))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("AgeBand.code: '" + code
            + "' is not an age band: expected a code such as 0-17, 18-34, 65+ or unknown");
  }

  @Test
  void parse_refusesAgesOutOfRangeOrInTheWrongOrderNamingTheField() {
    assertThatThrownBy(() -> AgeBand.parse("34-18"))
        .hasMessage("AgeBand.highest: must not be below the lowest age 34, was 18");
    assertThatThrownBy(() -> AgeBand.parse("151+"))
        .hasMessage("AgeBand.lowest: must be an age from 0 to 150, was 151");
    assertThatThrownBy(() -> AgeBand.parse("18-151"))
        .hasMessage("AgeBand.highest: must be an age from 0 to 150, was 151");
    assertThatThrownBy(() -> AgeBand.parse(null)).hasMessage("AgeBand.code: must not be null");
  }

  @Test
  void factories_refuseAgesOutOfRange() {
    assertThatThrownBy(() -> AgeBand.of(-1, 4)).hasMessage("AgeBand.lowest: must be an age from 0 to 150, was -1");
    assertThatThrownBy(() -> AgeBand.of(5, 4)).hasMessage("AgeBand.highest: must not be below the lowest age 5, was 4");
    assertThatThrownBy(() -> AgeBand.from(151)).hasMessage("AgeBand.lowest: must be an age from 0 to 150, was 151");
    assertThatThrownBy(() -> AgeBand.under(0)).hasMessage("AgeBand.highest: must be an age from 0 to 150, was -1");
    assertThatThrownBy(() -> AgeBand.under(152)).hasMessage("AgeBand.highest: must be an age from 0 to 150, was 151");
  }

  @Test
  void under_isOpenAtTheBottom() {
    assertThat(AgeBand.under(18)).isEqualTo(AgeBand.of(0, 17)).hasToString("0-17");
    assertThat(AgeBand.under(1)).hasToString("0-0");
    assertThat(AgeBand.under(151)).hasToString("0-150");
  }

  @Test
  void contains_holdsTheAgesOfTheBandBothEndsIncluded() {
    AgeBand band = AgeBand.of(18, 34);
    assertThat(band.contains(17)).isFalse();
    assertThat(band.contains(18)).isTrue();
    assertThat(band.contains(34)).isTrue();
    assertThat(band.contains(35)).isFalse();
    assertThat(AgeBand.from(65).contains(Integer.MAX_VALUE)).isTrue();
    assertThat(AgeBand.from(65).contains(64)).isFalse();
    assertThatThrownBy(() -> band.contains(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlapsAndEncloses_compareTheIntervals() {
    assertThat(AgeBand.parse("0-17").overlaps(AgeBand.parse("12-17"))).isTrue();
    assertThat(AgeBand.parse("0-17").encloses(AgeBand.parse("12-17"))).isTrue();
    assertThat(AgeBand.parse("12-17").encloses(AgeBand.parse("0-17"))).isFalse();
    assertThat(AgeBand.parse("0-17").overlaps(AgeBand.parse("18-34"))).isFalse();
    assertThat(AgeBand.parse("18-59").overlaps(AgeBand.parse("18-34"))).isTrue();
    assertThat(AgeBand.parse("60+").overlaps(AgeBand.parse("65+"))).isTrue();
    assertThat(AgeBand.parse("60+").encloses(AgeBand.parse("65+"))).isTrue();
    assertThat(AgeBand.parse("65+").encloses(AgeBand.parse("60+"))).isFalse();
    assertThat(AgeBand.parse("18-59").encloses(AgeBand.parse("60+"))).isFalse();
    assertThat(AgeBand.parse("18-64").overlaps(AgeBand.parse("65+"))).isFalse();
    assertThatThrownBy(() -> AgeBand.from(0).overlaps(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AgeBand.from(0).encloses(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void compareTo_ordersByLowestThenHighestWithUnknownLast() {
    List<AgeBand> sorted = List.of(
        AgeBand.parse("0-4"), AgeBand.parse("0-17"), AgeBand.parse("0+"), AgeBand.parse("5-11"),
        AgeBand.parse("18-34"), AgeBand.parse("65+"), AgeBand.UNKNOWN);
    List<AgeBand> shuffled = new ArrayList<>(sorted);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(sorted);
    assertThatThrownBy(() -> AgeBand.UNKNOWN.compareTo(null)).isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  static Stream<Arguments> bands() {
    return SeededCases.of(AgeBandTest::band);
  }

  static AgeBand band(SplittableRandom random) {
    int lowest = random.nextInt(0, 151);
    switch (random.nextInt(4)) {
      case 0:
        return AgeBand.from(lowest);
      case 1:
        return AgeBand.under(random.nextInt(1, 152));
      case 2:
        return random.nextInt(20) == 0 ? AgeBand.UNKNOWN : AgeBand.from(lowest);
      default:
        return AgeBand.of(lowest, random.nextInt(lowest, 151));
    }
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("bands")
  void toString_isReadBackByParseAndByTheDimension(long seed, AgeBand band) {
    assertThat(AgeBand.parse(band.toString())).isEqualTo(band).hasSameHashCodeAs(band);
    assertThat(Dimension.AGE_BAND.category(band.code())).isEqualTo(band);
    assertThat(band.compareTo(AgeBand.parse(band.toString()))).isZero();
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("bands")
  void containsOverlapsAndEnclosesAgreeAgeByAge(long seed, AgeBand band) {
    AgeBand other = band(new SplittableRandom(seed + 1));
    boolean shared = false;
    boolean all = other.known();
    for (int age = 0; age <= 160; age++) {
      shared |= band.contains(age) && other.contains(age);
      all &= !other.contains(age) || band.contains(age);
    }
    assertThat(band.overlaps(other)).as("%s overlaps %s", band, other).isEqualTo(shared);
    assertThat(band.encloses(other)).as("%s encloses %s", band, other).isEqualTo(all && band.known());
    assertThat(band.overlaps(other)).isEqualTo(other.overlaps(band));
  }
}
