package org.resettlement.core;

/** The closed set of kinds of {@link Actor}. */
public enum ActorKind {
  /** An organisation, referred to by its {@link OrganisationId}. */
  ORGANISATION,
  /** A person, referred to by their {@link PersonId}. */
  PERSON,
  /** A state acting in its own name, referred to by its {@link CountryCode}. */
  COUNTRY
}
