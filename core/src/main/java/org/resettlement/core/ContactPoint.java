package org.resettlement.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A way to reach an organisation or a person: an e-mail address, a telephone number, a web
 * address or a social-media page.
 *
 * <p>The value and the label are kept as written, and must be Unicode text. Whether the value is a
 * well-formed address or number for its {@link #kind()} is checked by the validation module. A
 * person's contact points are personal data.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class ContactPoint implements WithContactPoint {

  ContactPoint() {}

  /**
   * Returns how the value is to be read.
   *
   * @return the kind, not null
   */
  public abstract ContactKind kind();

  /**
   * Returns the address or number, as written.
   *
   * @return the value, not null
   */
  public abstract String value();

  /**
   * Returns what the contact point is for, if said, such as "press office".
   *
   * @return the label, or empty
   */
  public abstract Optional<String> label();

  /**
   * Obtains an e-mail contact point.
   *
   * @param address the e-mail address, not null
   * @return the contact point, not null
   * @throws InvalidValueException if the address is null
   */
  public static ContactPoint email(String address) {
    return of(ContactKind.EMAIL, address);
  }

  /**
   * Obtains a telephone contact point.
   *
   * @param number the telephone number, not null
   * @return the contact point, not null
   * @throws InvalidValueException if the number is null
   */
  public static ContactPoint phone(String number) {
    return of(ContactKind.PHONE, number);
  }

  /**
   * Obtains a web-site contact point.
   *
   * @param address the web address, not null
   * @return the contact point, not null
   * @throws InvalidValueException if the address is null
   */
  public static ContactPoint website(String address) {
    return of(ContactKind.WEBSITE, address);
  }

  /**
   * Obtains a contact point of any kind.
   *
   * @param kind the kind, not null
   * @param value the address or number, not null
   * @return the contact point, not null
   * @throws InvalidValueException if either is null
   */
  public static ContactPoint of(ContactKind kind, String value) {
    return builder().kind(kind).value(value).build();
  }

  /**
   * Creates a builder for a contact point.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.unicode(ContactPoint.class, "value", value());
    label().ifPresent(label -> Invariants.unicode(ContactPoint.class, "label", label));
  }

  /** Builds a {@link ContactPoint}; {@code kind} and {@code value} are required. */
  public static final class Builder extends ImmutableContactPoint.Builder {
    /** Creates an empty builder; the same as {@link ContactPoint#builder()}. */
    public Builder() {}
  }
}
