package org.resettlement.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person holding a role in an organisation, or an organisation or state belonging to another
 * organisation, for a period.
 *
 * <p>"José Magalhães, Secretary of State and Assistant to the Minister for Internal
 * Administration" is a person's membership of the Portuguese government with that role;
 * "Wrocław, a member of the Community of Practice on Migration and Human Rights" is an
 * organisation's membership without a role; a state's membership of the Council of Europe is a
 * country's.
 *
 * <p>A membership is a relation between records and has no identifier of its own.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Membership implements WithMembership {

  Membership() {}

  /**
   * Returns who holds the membership: a person, an organisation or a state.
   *
   * @return the member, not null
   */
  public abstract Actor member();

  /**
   * Returns the organisation the member belongs to or holds a role in.
   *
   * @return the organisation's identifier, not null, never the member itself
   */
  public abstract OrganisationId organisation();

  /**
   * Returns the role or title, such as "UNHCR Representative in Poland", if the membership has
   * one.
   *
   * @return the role, or empty
   */
  public abstract Optional<LocalizedText> role();

  /**
   * Returns when the membership held, if known.
   *
   * @return the period, or empty
   */
  public abstract Optional<DateRange> period();

  /**
   * Returns the sources that state the membership.
   *
   * @return the unmodifiable list of sources, possibly empty, not null
   */
  public abstract List<Source> sources();

  /**
   * Creates a builder for a membership.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.check(
        !member().equals(organisation()),
        Membership.class,
        "member",
        "must not be the organisation itself");
  }

  /** Builds a {@link Membership}; {@code member} and {@code organisation} are required. */
  public static final class Builder extends ImmutableMembership.Builder {
    /** Creates an empty builder; the same as {@link Membership#builder()}. */
    public Builder() {}
  }
}
