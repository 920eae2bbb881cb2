package org.resettlement.openstandards;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resettlement.core.ContactKind;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Place;

/**
 * The codes and text forms that the Popolo writer writes and the reader reads back, kept in one
 * place so that the two cannot drift apart.
 */
final class PopoloCodes {

  /** The Popolo version the mapping follows. */
  static final String POPOLO_VERSION = "1.0.1";

  /**
   * The note of an {@code other_names} entry that gives the name in one language, with a {@code
   * lang} property: the convention of EveryPolitician's and Open Civic Data's Popolo files, since
   * Popolo itself has no language maps.
   */
  static final String MULTILINGUAL = "multilingual";

  /** The note of an {@code other_names} entry that gives an organisation's acronym. */
  static final String ACRONYM = "acronym";

  /** The classification of a Popolo area or organisation that stands for a state. */
  static final String COUNTRY = "country";

  /** Open Civic Data's identifiers of countries, such as {@code ocd-division/country:pt}. */
  private static final String DIVISION_PREFIX = "ocd-division/country:";

  private static final Pattern DIVISION = Pattern.compile("ocd-division/country:([a-z]{2})");

  /** English names of countries, as {@link #location(Place)} writes them, for reading back. */
  private static final Map<String, CountryCode> COUNTRIES_BY_NAME;

  static {
    Map<String, CountryCode> byName = new HashMap<>();
    for (CountryCode country : CountryCode.all()) {
      byName.put(country.displayName(Locale.ENGLISH), country);
    }
    COUNTRIES_BY_NAME = Collections.unmodifiableMap(byName);
  }

  private PopoloCodes() {}

  //-----------------------------------------------------------------------
  /** An enum constant as the wire format writes it: {@code NGO_NATIONAL} is {@code ngo-national}. */
  static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant that {@link #kebab(Enum)} writes as the given code, if any. */
  static <E extends Enum<E>> Optional<E> fromKebab(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (kebab(constant).equals(code)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  //-----------------------------------------------------------------------
  /** The Open Civic Data division identifier of a country: {@code ocd-division/country:pt}. */
  static String division(CountryCode country) {
    return DIVISION_PREFIX + country.alpha2().toLowerCase(Locale.ROOT);
  }

  /** The country of an Open Civic Data country division identifier, if it is one of a known country. */
  static Optional<CountryCode> fromDivision(String id) {
    Matcher matcher = DIVISION.matcher(id);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String alpha2 = matcher.group(1).toUpperCase(Locale.ROOT);
    return CountryCode.all().stream().filter(country -> country.alpha2().equals(alpha2)).findFirst();
  }

  /** The English name of a country, as an area's name and in a location. */
  static String countryName(CountryCode country) {
    return country.displayName(Locale.ENGLISH);
  }

  //-----------------------------------------------------------------------
  /**
   * The type of medium of a Popolo contact detail: Popolo's code list ({@code email}, {@code
   * voice}, {@code fax}, {@code url}), and {@code social_media}, a value of our own, which the code
   * list allows.
   */
  static String contactType(ContactKind kind) {
    switch (kind) {
      case EMAIL:
        return "email";
      case PHONE:
        return "voice";
      case FAX:
        return "fax";
      case WEBSITE:
        return "url";
      default:
        return "social_media";
    }
  }

  /** The kind of contact point of a type of medium that {@link #contactType} writes. */
  static Optional<ContactKind> contactKind(String type) {
    for (ContactKind kind : ContactKind.values()) {
      if (contactType(kind).equals(type)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  //-----------------------------------------------------------------------
  /**
   * An event's location as Popolo's one line of text: the locality's default text, a comma and
   * the country's ISO code, such as {@code Lisboa, PT}. The code, not the name: English names of
   * countries change between Java versions (CLDR's "Turkey" became "Türkiye"), codes do not.
   */
  static String location(Place venue) {
    return venue.locality().text() + ", " + venue.country().alpha2();
  }

  /**
   * The locality and country of a location such as {@link #location(Place)} writes, or with the
   * country's English name: the text after the last comma that is followed by a country's ISO code
   * or name, and the text before.
   */
  static Optional<Map.Entry<String, CountryCode>> locality(String location) {
    String best = null;
    CountryCode country = null;
    for (Map.Entry<String, CountryCode> known : COUNTRIES_BY_NAME.entrySet()) {
      String name = known.getKey();
      // A name may hold a comma (CLDR has had "Korea, Republic of"): take the longest that fits.
      if (location.endsWith(", " + name) && (best == null || name.length() > best.length())) {
        best = name;
        country = known.getValue();
      }
    }
    if (best == null) {
      int comma = location.lastIndexOf(", ");
      if (comma < 0) {
        return Optional.empty();
      }
      String code = location.substring(comma + 2);
      Optional<CountryCode> byCode =
          CountryCode.all().stream().filter(candidate -> candidate.alpha2().equals(code)).findFirst();
      if (byCode.isEmpty()) {
        return Optional.empty();
      }
      best = code;
      country = byCode.get();
    }
    String locality = location.substring(0, location.length() - best.length() - 2);
    return locality.isBlank() ? Optional.empty() : Optional.of(Map.entry(locality, country));
  }
}
