package org.resettlement.core;

/** How the places of an {@link Allocation} are reserved. */
public enum AllocationBasis {
  /** For refugees of a given nationality. */
  NATIONALITY,
  /** For refugees in a given country of first asylum. */
  COUNTRY_OF_FIRST_ASYLUM
}
