package org.resettlement.statistics.io;

/**
 * The status of an observation, as SDMX and Eurostat publish it. A stand-in, with the same names,
 * for the core's observation status until it exists.
 */
enum Status {
  ESTIMATED,
  PROVISIONAL,
  BREAK_IN_SERIES,
  DEFINITION_DIFFERS,
  LOW_RELIABILITY,
  FORECAST,
  IMPUTED,
  NOT_SIGNIFICANT,
  SEE_METADATA,
  CONFIDENTIAL,
  NOT_AVAILABLE;

  boolean withheld() {
    return this == CONFIDENTIAL;
  }

  boolean missing() {
    return this == NOT_AVAILABLE;
  }
}
