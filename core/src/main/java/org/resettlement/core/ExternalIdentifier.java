package org.resettlement.core;

import org.immutables.value.Value;

/**
 * An identifier that another register gives to a record, such as an IATI organisation identifier
 * ({@code XM-DAC-41121} for UNHCR), a Wikidata item ({@code Q126399}) or a national register
 * number.
 *
 * <p>The scheme is a token naming the register; {@link #IATI} and {@link #WIKIDATA} are the ones
 * this library knows. The value is kept as written, must be Unicode text and must not be blank.
 * Whether a value has the form its scheme requires is checked by the validation module.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class ExternalIdentifier implements WithExternalIdentifier {

  /** The scheme of IATI organisation identifiers, such as {@code XM-DAC-41121}. */
  public static final String IATI = "iati";

  /** The scheme of Wikidata item identifiers, such as {@code Q126399}. */
  public static final String WIKIDATA = "wikidata";

  ExternalIdentifier() {}

  /**
   * Returns the register that gave the identifier.
   *
   * @return the scheme token, such as {@code "iati"}, not null
   */
  public abstract String scheme();

  /**
   * Returns the identifier within the scheme.
   *
   * @return the value, not blank, not null
   */
  public abstract String value();

  /**
   * Obtains an identifier in any scheme.
   *
   * @param scheme the scheme token, without whitespace
   * @param value the identifier, not blank
   * @return the external identifier, not null
   * @throws InvalidValueException if either is null, the scheme is not a token, or the value is
   *     blank
   */
  public static ExternalIdentifier of(String scheme, String value) {
    return builder().scheme(scheme).value(value).build();
  }

  /**
   * Obtains an IATI organisation identifier.
   *
   * @param value the identifier, such as {@code "XM-DAC-41121"}
   * @return the external identifier, not null
   * @throws InvalidValueException if the value is null or blank
   */
  public static ExternalIdentifier iati(String value) {
    return of(IATI, value);
  }

  /**
   * Obtains a Wikidata item identifier.
   *
   * @param value the item, such as {@code "Q126399"}
   * @return the external identifier, not null
   * @throws InvalidValueException if the value is null or blank
   */
  public static ExternalIdentifier wikidata(String value) {
    return of(WIKIDATA, value);
  }

  /**
   * Creates a builder for an external identifier.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.token(ExternalIdentifier.class, "scheme", scheme());
    Invariants.unicode(ExternalIdentifier.class, "value", value());
    Invariants.check(!value().isBlank(), ExternalIdentifier.class, "value", "must not be blank");
  }

  /**
   * Returns the scheme, a colon and the value, such as {@code iati:XM-DAC-41121}.
   *
   * @return the readable form, not null
   */
  @Override
  public String toString() {
    return scheme() + ":" + value();
  }

  /** Builds an {@link ExternalIdentifier}; both fields are required. */
  public static final class Builder extends ImmutableExternalIdentifier.Builder {
    /** Creates an empty builder; the same as {@link ExternalIdentifier#builder()}. */
    public Builder() {}
  }
}
