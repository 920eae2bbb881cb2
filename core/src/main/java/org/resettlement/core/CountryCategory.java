package org.resettlement.core;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A category of a country dimension (citizenship, country of origin, country of asylum): a
 * country, {@link #STATELESS stateless persons}, or {@link #UNKNOWN} country.
 *
 * <p>Countries are ISO 3166-1 alpha-2 codes with {@code XK} for Kosovo ({@link CountryCode}).
 * Eurostat's {@code STLS} and UNHCR's {@code XXA} are {@link #STATELESS}; Eurostat's {@code UNK}
 * and UNHCR's {@code UNK} are {@link #UNKNOWN}; the modules that read their files translate them.
 *
 * <p>The code is {@code "SY"}, {@code "stateless"} or {@code "unknown"}; {@code toString()}
 * returns it and {@link #parse(String)} reads it back. There is one instance of each category.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class CountryCategory implements Category {

  /** Persons without a nationality; code {@code stateless}. Eurostat {@code STLS}, UNHCR {@code XXA}. */
  public static final CountryCategory STATELESS = new CountryCategory(null, "stateless");

  /** The country is not known or not reported; code {@code unknown}. */
  public static final CountryCategory UNKNOWN = new CountryCategory(null, "unknown");

  /** One category per country, so that a million observations share them. */
  private static final Map<CountryCode, CountryCategory> COUNTRIES;

  /** The categories by code, stateless and unknown included. */
  private static final Map<String, CountryCategory> BY_CODE;

  static {
    Map<CountryCode, CountryCategory> countries = new HashMap<>();
    Map<String, CountryCategory> byCode = new HashMap<>();
    for (CountryCode country : CountryCode.all()) {
      CountryCategory category = new CountryCategory(country, country.alpha2());
      countries.put(country, category);
      byCode.put(category.code, category);
    }
    byCode.put(STATELESS.code, STATELESS);
    byCode.put(UNKNOWN.code, UNKNOWN);
    COUNTRIES = Collections.unmodifiableMap(countries);
    BY_CODE = Collections.unmodifiableMap(byCode);
  }

  private final CountryCode country;
  private final String code;

  private CountryCategory(CountryCode country, String code) {
    this.country = country;
    this.code = code;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains the category of a country.
   *
   * @param country  the country, not null
   * @return the category, not null
   * @throws InvalidValueException if the country is null
   */
  public static CountryCategory of(CountryCode country) {
    Invariants.notNull(CountryCategory.class, "country", country);
    return COUNTRIES.get(country);
  }

  /**
   * Obtains a country category from its code.
   *
   * @param code  an ISO 3166-1 alpha-2 code in upper case such as {@code "SY"} (or {@code "XK"}),
   *     {@code "stateless"} or {@code "unknown"}
   * @return the category, not null
   * @throws InvalidValueException if the code is null or none of these
   */
  public static CountryCategory parse(String code) {
    Invariants.notNull(CountryCategory.class, "code", code);
    CountryCategory category = find(code);
    if (category == null) {
      throw new InvalidValueException(
          CountryCategory.class,
          "code",
          Wording.quoted(code)
              + " is not a country category: expected an ISO 3166-1 alpha-2 code in upper case,"
              + " stateless or unknown");
    }
    return category;
  }

  /** The category of a code, or null. */
  static CountryCategory find(String code) {
    return BY_CODE.get(code);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the country of this category.
   *
   * @return the country, or empty for {@link #STATELESS} and {@link #UNKNOWN}
   */
  public Optional<CountryCode> country() {
    return Optional.ofNullable(country);
  }

  /**
   * Returns the code of this category.
   *
   * @return the alpha-2 code such as {@code "SY"}, or {@code "stateless"} or {@code "unknown"},
   *     not null
   */
  @Override
  public String code() {
    return code;
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether this category is the same as another.
   *
   * @param other  the object to compare with, null returns false
   * @return true if the other is a country category with the same code
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CountryCategory && code.equals(((CountryCategory) other).code);
  }

  /**
   * Returns a hash code from the code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the code, which {@link #parse(String)} reads back.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return code;
  }
}
