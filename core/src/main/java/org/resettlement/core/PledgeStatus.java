package org.resettlement.core;

/** How far a {@link Pledge} has been kept. */
public enum PledgeStatus {
  /** Made public, not yet under way. */
  ANNOUNCED,
  /** Being carried out. */
  IN_PROGRESS,
  /** Kept in full. */
  FULFILLED,
  /** Kept in part, and no longer being carried out. */
  PARTIALLY_FULFILLED,
  /** Taken back by the pledger. */
  WITHDRAWN
}
