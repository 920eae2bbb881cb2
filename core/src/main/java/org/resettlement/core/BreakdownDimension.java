package org.resettlement.core;

/** How a {@link Statistic} is broken down into {@link Breakdown} categories. */
public enum BreakdownDimension {
  /** By sex, with categories such as {@code female} and {@code male}. */
  SEX,
  /** By age band, with categories such as {@code 0-17} and {@code 18-59}. */
  AGE_BAND,
  /** By citizenship, with ISO 3166-1 alpha-2 codes as categories. */
  CITIZENSHIP,
  /** By country of asylum, with ISO 3166-1 alpha-2 codes as categories. */
  COUNTRY_OF_ASYLUM
}
