package org.resettlement.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person named in the records: a speaker, an official, a project coordinator.
 *
 * <p><strong>Personal data.</strong> The name, its parts, the honorific and the contact points
 * are personal data. They never appear in {@link #toString()}, and {@link #withoutPersonalData()}
 * removes them, keeping only the identifier and the sources. What a person does is recorded
 * separately, as {@link Membership}s and event {@link Participation}s, so that it survives the
 * removal. Every name field is optional for that reason; the validation module reports a person
 * without a name.
 *
 * <p>Names are stored in Unicode NFC and keep their diacritics: "Øystein Bø", "José Magalhães".
 * A name that is not Unicode text (it has an unpaired surrogate) is refused.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Person implements DatasetRecord<PersonId>, WithPerson {

  Person() {}

  /**
   * Returns the identifier of this person.
   *
   * @return the identifier, not null
   */
  @Override
  public abstract PersonId id();

  /**
   * Returns the full name as the source writes it, such as "Kevin J. Allen". Personal data.
   *
   * @return the full name, or empty
   */
  @Value.Redacted
  public abstract Optional<String> name();

  /**
   * Returns the given name or names, for sorting and addressing. Personal data.
   *
   * @return the given names, or empty
   */
  @Value.Redacted
  public abstract Optional<String> givenName();

  /**
   * Returns the family name, for sorting and addressing. Personal data.
   *
   * @return the family name, or empty
   */
  @Value.Redacted
  public abstract Optional<String> familyName();

  /**
   * Returns an honorific or academic title written before the name, such as "Dr". Personal data.
   * Offices such as "Ambassador" are roles, recorded as {@link Membership}s.
   *
   * @return the honorific, or empty
   */
  @Value.Redacted
  public abstract Optional<String> honorific();

  /**
   * Returns the person's own e-mail addresses and telephone numbers. Personal data.
   *
   * @return the unmodifiable list of contact points, possibly empty, not null
   */
  @Value.Redacted
  public abstract List<ContactPoint> contacts();

  /**
   * Returns the sources the facts of this person come from.
   *
   * @return the unmodifiable list of sources, possibly empty, not null
   */
  @Override
  public abstract List<Source> sources();

  /**
   * Creates a builder for a person.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Person normalize() {
    Optional<String> name = name().map(text -> Invariants.text(Person.class, "name", text));
    Optional<String> givenName = givenName().map(text -> Invariants.text(Person.class, "givenName", text));
    Optional<String> familyName = familyName().map(text -> Invariants.text(Person.class, "familyName", text));
    Optional<String> honorific = honorific().map(text -> Invariants.text(Person.class, "honorific", text));
    if (name.equals(name())
        && givenName.equals(givenName())
        && familyName.equals(familyName())
        && honorific.equals(honorific())) {
      return this;
    }
    return builder()
        .from(this)
        .name(name)
        .givenName(givenName)
        .familyName(familyName)
        .honorific(honorific)
        .build();
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether this record holds any personal data.
   *
   * @return true if a name field or a contact point is present
   */
  public boolean hasPersonalData() {
    return name().isPresent()
        || givenName().isPresent()
        || familyName().isPresent()
        || honorific().isPresent()
        || !contacts().isEmpty();
  }

  /**
   * Returns a copy without personal data: only the identifier and the sources remain.
   *
   * @return this person without names, honorific or contact points, not null
   */
  public Person withoutPersonalData() {
    return hasPersonalData() ? builder().id(id()).sources(sources()).build() : this;
  }

  /**
   * Returns a name to show: the full name, else the given and family names, else the
   * identifier. The result is personal data unless it is the identifier.
   *
   * @return the name to show, not null
   */
  public String displayName() {
    if (name().isPresent()) {
      return name().get();
    }
    String parts =
        (givenName().orElse("") + " " + familyName().orElse("")).trim();
    return parts.isEmpty() ? id().value() : parts;
  }

  /** Builds a {@link Person}; {@code id} is required. */
  public static final class Builder extends ImmutablePerson.Builder {
    /** Creates an empty builder; the same as {@link Person#builder()}. */
    public Builder() {}
  }
}
