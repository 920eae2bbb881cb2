package org.resettlement.core;

/** The kind of a {@link Session} within an event. */
public enum SessionKind {
  /** The opening of the event. */
  OPENING,
  /** A session for all participants. */
  PLENARY,
  /** A panel discussion. */
  PANEL,
  /** One of several sessions held at the same time. */
  PARALLEL,
  /** A smaller working session. */
  WORKSHOP,
  /** The closing of the event. */
  CLOSING
}
