package org.resettlement.core;

/**
 * What a publisher says about an observation besides its value, as SDMX's {@code OBS_STATUS} and
 * {@code CONF_STATUS} and Eurostat's flags say it.
 *
 * <p>An observation can have several statuses, such as estimated and provisional. Two of them
 * mean that the observation has no value, yet still exists and says something: {@link
 * #CONFIDENTIAL} (withheld) and {@link #NOT_AVAILABLE} (missing). A {@code :} cell of a Eurostat
 * table is such an observation, not an empty row.
 *
 * <p>Reading the publishers' flags (Eurostat's letters, SDMX's codes) is left to the modules that
 * read their files; each constant names the flags it stands for.
 */
public enum ObservationStatus {
  /** Estimated: Eurostat flag {@code e}, SDMX {@code E}. */
  ESTIMATED,
  /** Provisional, to be revised: Eurostat flag {@code p}, SDMX {@code P}. */
  PROVISIONAL,
  /**
   * Break in series: not comparable with earlier periods of the same series. Eurostat flag {@code
   * b}, SDMX {@code B}.
   */
  BREAK_IN_SERIES,
  /**
   * Definition differs from the one of the series, such as other age bands or another reference
   * date. Eurostat flag {@code d}, SDMX {@code D}.
   */
  DEFINITION_DIFFERS,
  /** Low reliability: Eurostat flag {@code u}, SDMX {@code U}. */
  LOW_RELIABILITY,
  /** Forecast: Eurostat flag {@code f}, SDMX {@code F}. */
  FORECAST,
  /**
   * Imputed, filled in by the publisher: Eurostat flag {@code i} since 2025 (before, {@code s},
   * "Eurostat estimate"), SDMX {@code I}.
   */
  IMPUTED,
  /**
   * Not significant, too small to report reliably: Eurostat flag {@code n}, SDMX {@code N}.
   */
  NOT_SIGNIFICANT,
  /**
   * See the metadata of the publication: a status of SDMX's; Eurostat's flags have none of their
   * own ({@code d}, "definition differs, see metadata", is {@link #DEFINITION_DIFFERS}).
   */
  SEE_METADATA,
  /**
   * Confidential: withheld to protect the persons counted or for other reasons, so the
   * observation has no value. SDMX {@code CONF_STATUS} {@code C} (and other non-free values),
   * Eurostat's {@code CONF_STATUS} {@code C}, {@code N} and {@code P} since 2025, and its flag
   * {@code c} before.
   */
  CONFIDENTIAL,
  /**
   * Not available: the value is missing, as a {@code :} cell of a Eurostat table or an empty cell of
   * a UNHCR table shows it, so the observation has no value. SDMX {@code M}, Eurostat flag {@code
   * m} ("missing value, data cannot exist") since 2025, {@code z} ("not applicable") before.
   */
  NOT_AVAILABLE;

  /**
   * Checks whether this status withholds the value of the observation.
   *
   * @return true for {@link #CONFIDENTIAL}
   */
  public boolean withheld() {
    return this == CONFIDENTIAL;
  }

  /**
   * Checks whether this status says the value is missing.
   *
   * @return true for {@link #NOT_AVAILABLE}
   */
  public boolean missing() {
    return this == NOT_AVAILABLE;
  }

  /**
   * Checks whether an observation with this status has no value: it is {@linkplain #withheld()
   * withheld} or {@linkplain #missing() missing}.
   *
   * @return true for {@link #CONFIDENTIAL} and {@link #NOT_AVAILABLE}
   */
  public boolean valueless() {
    return withheld() || missing();
  }
}
