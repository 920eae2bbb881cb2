package org.resettlement.core;

/**
 * Someone who acts in the records: an organisation, a person, or a state.
 *
 * <p>An actor is given by reference: an {@link OrganisationId} or a {@link PersonId} that a
 * {@link Dataset} resolves, or the {@link CountryCode} of a state that acts in its own name (a
 * government pledging resettlement places, a state funding a project, a member state of the
 * Council of Europe). The set of kinds is closed.
 */
public sealed interface Actor permits OrganisationId, PersonId, CountryCode {

  /**
   * Returns which kind of actor this is.
   *
   * @return the kind, not null
   */
  default ActorKind actorKind() {
    if (this instanceof OrganisationId) {
      return ActorKind.ORGANISATION;
    }
    return this instanceof PersonId ? ActorKind.PERSON : ActorKind.COUNTRY;
  }
}
