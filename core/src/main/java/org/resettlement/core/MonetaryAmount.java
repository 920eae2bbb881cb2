package org.resettlement.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An amount of money in an ISO 4217 currency, such as a grant or a pledged contribution.
 *
 * <p>The amount is a {@link BigDecimal} kept exactly as given, including its scale: {@code 1000}
 * and {@code 1000.00} are different values, as they are for {@code BigDecimal}. Amounts are never
 * negative.
 *
 * <p>{@code toString()} writes the currency code, a space and the plain amount, such as {@code
 * EUR 1250.00}, which {@link #parse(CharSequence)} reads back.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class MonetaryAmount implements WithMonetaryAmount {

  /** A code, one space and plain ASCII digits: no sign, exponent or other script's digits. */
  private static final Pattern TEXT = Pattern.compile("([^ ]{3}) ([0-9]+(?:\\.[0-9]+)?)");

  MonetaryAmount() {}

  /**
   * Returns the amount.
   *
   * @return the amount, not negative, not null
   */
  public abstract BigDecimal amount();

  /**
   * Returns the currency.
   *
   * @return the ISO 4217 currency, not null
   */
  public abstract Currency currency();

  //-----------------------------------------------------------------------
  /**
   * Obtains an amount of money.
   *
   * @param amount the amount, not negative, not null
   * @param currency the currency, not null
   * @return the monetary amount, not null
   * @throws InvalidValueException if either is null or the amount is negative
   */
  public static MonetaryAmount of(BigDecimal amount, Currency currency) {
    return builder().amount(amount).currency(currency).build();
  }

  /**
   * Obtains an amount of money from a currency code.
   *
   * @param amount the amount, not negative, not null
   * @param currencyCode the ISO 4217 code, such as {@code "EUR"}
   * @return the monetary amount, not null
   * @throws InvalidValueException if either is null, the amount is negative, or the code is not an
   *     ISO 4217 currency
   */
  public static MonetaryAmount of(BigDecimal amount, String currencyCode) {
    return of(amount, currency(currencyCode));
  }

  /**
   * Reads an amount from the text {@link #toString()} writes, such as {@code EUR 1250.00}.
   *
   * <p>The amount is plain decimal digits with an optional fraction, kept at the scale given; a
   * sign, an exponent ({@code 1e3}) or digits of another script are refused rather than read as
   * another text of the same number.
   *
   * @param text the currency code, one space and a plain decimal amount; not null
   * @return the monetary amount, not null
   * @throws InvalidValueException if the text is null or malformed, the currency is unknown, or the
   *     amount is negative
   */
  public static MonetaryAmount parse(CharSequence text) {
    Invariants.notNull(MonetaryAmount.class, "text", text);
    Matcher parts = TEXT.matcher(text);
    if (!parts.matches()) {
      throw new InvalidValueException(
          MonetaryAmount.class,
          Wording.quoted(text) + " is not a currency code and an amount, such as EUR 1250.00");
    }
    return of(new BigDecimal(parts.group(2)), parts.group(1));
  }

  private static Currency currency(String code) {
    Invariants.notNull(MonetaryAmount.class, "currency", code);
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          MonetaryAmount.class,
          "currency",
          Wording.quoted(code) + " is not an ISO 4217 currency code");
    }
  }

  /**
   * Creates a builder for an amount.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.check(
        amount().signum() >= 0, MonetaryAmount.class, "amount", "must not be negative");
  }

  /**
   * Returns the currency code, a space and the plain amount, which {@link #parse(CharSequence)}
   * reads back.
   *
   * @return the text form, such as {@code EUR 1250.00}, not null
   */
  @Override
  public String toString() {
    return currency().getCurrencyCode() + " " + amount().toPlainString();
  }

  /** Builds a {@link MonetaryAmount}; both fields are required. */
  public static final class Builder extends ImmutableMonetaryAmount.Builder {
    /** Creates an empty builder; the same as {@link MonetaryAmount#builder()}. */
    public Builder() {}
  }
}
