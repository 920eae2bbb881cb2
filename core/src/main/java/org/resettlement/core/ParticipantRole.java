package org.resettlement.core;

/** The part a participant plays at an {@link Event}. */
public enum ParticipantRole {
  /** Gives an address or a presentation, such as an opening address. */
  SPEAKER,
  /** Sits on a panel. */
  PANELLIST,
  /** Chairs or moderates a session. */
  MODERATOR,
  /** Receives the participants; an organisation that "helped to host" an event. */
  HOST,
  /** Attends without a speaking role. */
  ATTENDEE
}
