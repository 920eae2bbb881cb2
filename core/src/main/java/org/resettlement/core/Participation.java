package org.resettlement.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone's part in an {@link Event}: who took part, in what role, for whom, and what they
 * contributed.
 *
 * <p>"Kevin J. Allen, UNHCR Representative in Poland, opened the conference" is a person as
 * {@link ParticipantRole#SPEAKER}, representing UNHCR, contributing the opening address.
 * "Representatives of Stowarzyszenia Homo Faber took part in the panel" is an organisation as
 * {@link ParticipantRole#PANELLIST}.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Participation implements WithParticipation {

  Participation() {}

  /**
   * Returns who took part: a person, an organisation (through unnamed representatives) or a
   * state.
   *
   * @return the participant, not null
   */
  public abstract Actor participant();

  /**
   * Returns the part the participant played.
   *
   * @return the role, not null
   */
  public abstract ParticipantRole role();

  /**
   * Returns the organisation the participant spoke for, if different from the participant.
   *
   * @return the organisation's identifier, or empty
   */
  public abstract Optional<OrganisationId> representing();

  /**
   * Returns the country the participant came from or spoke for, as in "Eirini Dourou (Greece)".
   *
   * @return the country, or empty
   */
  public abstract Optional<CountryCode> country();

  /**
   * Returns what the participant contributed, such as "opening address" or the title of a project
   * presented.
   *
   * @return the contribution, or empty
   */
  public abstract Optional<LocalizedText> contribution();

  /**
   * Obtains a participation from a participant and a role.
   *
   * @param participant who took part, not null
   * @param role the part played, not null
   * @return the participation, not null
   * @throws InvalidValueException if either is null
   */
  public static Participation of(Actor participant, ParticipantRole role) {
    return builder().participant(participant).role(role).build();
  }

  /**
   * Creates a builder for a participation.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Participation}; {@code participant} and {@code role} are required. */
  public static final class Builder extends ImmutableParticipation.Builder {
    /** Creates an empty builder; the same as {@link Participation#builder()}. */
    public Builder() {}
  }
}
