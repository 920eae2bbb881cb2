package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resettlement.core.ObservationStatus;

/** Eurostat's flags, read and written back. */
class EurostatFlagsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(textBlock = """
      b, BREAK_IN_SERIES
      d, DEFINITION_DIFFERS
      e, ESTIMATED
      f, FORECAST
      i, IMPUTED
      s, IMPUTED
      m, NOT_AVAILABLE
      z, NOT_AVAILABLE
      n, NOT_SIGNIFICANT
      p, PROVISIONAL
      u, LOW_RELIABILITY
      c, CONFIDENTIAL
      """)
  void flag(char letter, ObservationStatus status) {
    assertThat(EurostatFlags.flag(letter)).isEqualTo(status);
  }

  @Test
  void flag_otherLettersAreNone() {
    for (char letter : "aghjklogqrtvwxyBCEP0: ".toCharArray()) {
      assertThat(EurostatFlags.flag(letter)).as("%s", letter).isNull();
    }
  }

  @Test
  void confidential() {
    assertThat(EurostatFlags.confidential("C")).isTrue();
    assertThat(EurostatFlags.confidential("N")).isTrue();
    assertThat(EurostatFlags.confidential("P")).isTrue();
    assertThat(EurostatFlags.confidential("F")).isFalse();
    assertThat(EurostatFlags.confidential("c")).isNull();
    assertThat(EurostatFlags.confidential("D")).isNull();
  }

  @Test
  void flags_writesTodaysLettersInAFixedOrder() {
    Set<ObservationStatus> statuses = EnumSet.of(ObservationStatus.PROVISIONAL, ObservationStatus.BREAK_IN_SERIES, ObservationStatus.IMPUTED, ObservationStatus.ESTIMATED);

    assertThat(EurostatFlags.flags(statuses, false)).isEqualTo("epbi");
  }

  @Test
  void flags_confidentialAsTheOldFlag_onlyWithoutConfStatus() {
    Set<ObservationStatus> statuses = EnumSet.of(ObservationStatus.CONFIDENTIAL);

    assertThat(EurostatFlags.flags(statuses, true)).isEqualTo("c");
    assertThat(EurostatFlags.flags(statuses, false)).isEmpty();
    assertThat(EurostatFlags.confStatus(statuses)).isEqualTo("C");
    assertThat(EurostatFlags.confStatus(EnumSet.of(ObservationStatus.ESTIMATED))).isEmpty();
  }

  @Test
  void notAvailable_isTheEmptyValue_notAFlag() {
    assertThat(EurostatFlags.flags(EnumSet.of(ObservationStatus.NOT_AVAILABLE), true)).isEmpty();
    assertThat(EurostatFlags.unwritable(EnumSet.of(ObservationStatus.NOT_AVAILABLE))).isEmpty();
  }

  @Test
  void seeMetadata_hasNoEurostatFlag() {
    assertThat(EurostatFlags.unwritable(EnumSet.of(ObservationStatus.SEE_METADATA, ObservationStatus.ESTIMATED)))
        .containsExactly(ObservationStatus.SEE_METADATA);
  }

  @Test
  void everyWrittenFlag_readsBackAsItsStatus() {
    for (ObservationStatus status : ObservationStatus.values()) {
      String letters = EurostatFlags.flags(EnumSet.of(status), true);
      if (!letters.isEmpty()) {
        assertThat(EurostatFlags.flag(letters.charAt(0))).as("%s", status).isEqualTo(status);
      }
    }
  }
}
