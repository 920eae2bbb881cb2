package org.resettlement.core;

/** What kind of gathering an {@link Event} is. */
public enum EventKind {
  /** A working session of practitioners, such as CCME's resettlement workshop in Lisbon. */
  WORKSHOP,
  /** A larger gathering with plenary and parallel sessions. */
  CONFERENCE,
  /** A meeting of a body or network, such as a community of practice. */
  MEETING,
  /** The public launch of a campaign. */
  CAMPAIGN_LAUNCH,
  /** A panel discussion held on its own. */
  PANEL,
  /** A seminar or lecture. */
  SEMINAR,
  /** A training course. */
  TRAINING,
  /** A meeting held online only. */
  WEBINAR,
  /** A visit to see practice elsewhere. */
  STUDY_VISIT,
  /** Any other kind of event. */
  OTHER
}
