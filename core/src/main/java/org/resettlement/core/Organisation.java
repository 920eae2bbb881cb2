package org.resettlement.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body that acts in resettlement: a non-governmental organisation, a church agency, a city, a
 * ministry, an intergovernmental organisation such as UNHCR or IOM, a foundation or a network.
 *
 * <p>An organisation may belong to a parent (the Congress of Local and Regional Authorities
 * belongs to the Council of Europe) and be a member of others through {@link Membership}s.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Organisation implements DatasetRecord<OrganisationId>, WithOrganisation {

  Organisation() {}

  /**
   * Returns the identifier of this organisation.
   *
   * @return the identifier, not null
   */
  @Override
  public abstract OrganisationId id();

  /**
   * Returns the name, in one or more languages, such as "Związek Miast Polskich" and "Association
   * of Polish Cities".
   *
   * @return the name, not null
   */
  public abstract LocalizedText name();

  /**
   * Returns the short form of the name, such as "CCME" or "UNHCR".
   *
   * @return the acronym, or empty
   */
  public abstract Optional<String> acronym();

  /**
   * Returns what kind of body this is.
   *
   * @return the kind, not null
   */
  public abstract OrganisationKind kind();

  /**
   * Returns the country the organisation is based in or belongs to; empty for intergovernmental
   * bodies and international networks.
   *
   * @return the country, or empty
   */
  public abstract Optional<CountryCode> country();

  /**
   * Returns where the organisation is based.
   *
   * @return the place, or empty
   */
  public abstract Optional<Place> place();

  /**
   * Returns the organisation's e-mail addresses, telephone numbers and web sites.
   *
   * @return the unmodifiable list of contact points, possibly empty, not null
   */
  public abstract List<ContactPoint> contacts();

  /**
   * Returns identifiers other registers give it, such as its IATI organisation identifier.
   *
   * @return the unmodifiable list of external identifiers, possibly empty, not null
   */
  public abstract List<ExternalIdentifier> identifiers();

  /**
   * Returns the organisation this one is part of, such as the Council of Europe for its
   * Congress of Local and Regional Authorities.
   *
   * @return the parent's identifier, or empty; never this organisation's own identifier
   */
  public abstract Optional<OrganisationId> parent();

  /**
   * Returns what the organisation does, in its own words or the source's.
   *
   * @return the description, or empty
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns the sources the facts of this organisation come from.
   *
   * @return the unmodifiable list of sources, possibly empty, not null
   */
  @Override
  public abstract List<Source> sources();

  /**
   * Creates a builder for an organisation.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    acronym().ifPresent(acronym -> Invariants.unicode(Organisation.class, "acronym", acronym));
    Invariants.check(
        parent().map(parent -> !parent.equals(id())).orElse(true),
        Organisation.class,
        "parent",
        "must not be the organisation itself");
  }

  /** Builds an {@link Organisation}; {@code id}, {@code name} and {@code kind} are required. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    /** Creates an empty builder; the same as {@link Organisation#builder()}. */
    public Builder() {}
  }
}
