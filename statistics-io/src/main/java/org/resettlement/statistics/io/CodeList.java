package org.resettlement.statistics.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resettlement.core.AgeBand;
import org.resettlement.core.Category;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.Sex;

/**
 * The publishers' code lists of the dimensions this module reads, in both directions: what a code
 * means, and which code a meaning is written as.
 *
 * <p>A code that a list does not know is kept as the publisher wrote it ({@link CategoryCode}),
 * never guessed and never dropped, and is written back as it was. Countries are converted by the
 * core's {@link CountryCode} ({@code fromEurostat}, {@code fromAlpha3}), the one place that knows
 * Eurostat's {@code EL} and {@code UK} and the alpha-3 codes.
 */
enum CodeList {
  /**
   * Eurostat's countries of citizenship: ISO 3166-1 alpha-2 with {@code EL} for Greece and {@code
   * UK} for the United Kingdom, {@code STLS} stateless, {@code UNK} unknown. Aggregates such as
   * {@code EXT_EU27_2020} (citizens of countries outside the EU) are kept as written.
   */
  EUROSTAT_COUNTRY {
    @Override
    Category read(String code) {
      switch (code) {
        case "STLS":
          return CountryCategory.STATELESS;
        case "UNK":
          return CountryCategory.UNKNOWN;
        default:
          return code.length() == 2 ? country(() -> CountryCode.fromEurostat(code), code) : CategoryCode.of(code);
      }
    }

    @Override
    String write(Category category) {
      if (category instanceof CountryCategory) {
        CountryCategory country = (CountryCategory) category;
        return country.country().map(CountryCode::toEurostat)
            .orElse(country.equals(CountryCategory.STATELESS) ? "STLS" : "UNK");
      }
      return kept(category);
    }
  },

  /** Eurostat's sexes: {@code F} female, {@code M} male, {@code UNK} unknown. */
  EUROSTAT_SEX {
    @Override
    Category read(String code) {
      switch (code) {
        case "F":
          return Sex.FEMALE;
        case "M":
          return Sex.MALE;
        case "UNK":
          return Sex.UNKNOWN;
        default:
          return CategoryCode.of(code);
      }
    }

    @Override
    String write(Category category) {
      if (category instanceof Sex) {
        return category == Sex.FEMALE ? "F" : category == Sex.MALE ? "M" : "UNK";
      }
      return kept(category);
    }
  },

  /**
   * Eurostat's age classes: {@code Y_LT18} under 18, {@code Y18-34} 18 to 34, {@code Y_GE65} 65
   * and over, {@code Y15} aged 15, {@code UNK} unknown.
   */
  EUROSTAT_AGE {
    @Override
    Category read(String code) {
      if (code.equals("UNK")) {
        return AgeBand.UNKNOWN;
      }
      Matcher under = EUROSTAT_UNDER.matcher(code);
      if (under.matches()) {
        int age = age(under.group(1));
        return age >= 1 && age <= MAX_AGE + 1 ? AgeBand.under(age) : CategoryCode.of(code);
      }
      Matcher over = EUROSTAT_OVER.matcher(code);
      if (over.matches()) {
        int age = age(over.group(1));
        return age <= MAX_AGE ? AgeBand.from(age) : CategoryCode.of(code);
      }
      Matcher interval = EUROSTAT_INTERVAL.matcher(code);
      if (interval.matches()) {
        int lowest = age(interval.group(1));
        int highest = interval.group(2) == null ? lowest : age(interval.group(2));
        return lowest <= highest && highest <= MAX_AGE ? AgeBand.of(lowest, highest) : CategoryCode.of(code);
      }
      return CategoryCode.of(code);
    }

    @Override
    String write(Category category) {
      if (category instanceof AgeBand) {
        AgeBand ages = (AgeBand) category;
        if (!ages.known()) {
          return "UNK";
        }
        int lowest = ages.lowest().getAsInt();
        if (ages.highest().isEmpty()) {
          return "Y_GE" + lowest;
        }
        int highest = ages.highest().getAsInt();
        if (lowest == 0) {
          return "Y_LT" + (highest + 1);
        }
        return lowest == highest ? "Y" + lowest : "Y" + lowest + "-" + highest;
      }
      return kept(category);
    }
  },

  /**
   * UNHCR's countries: ISO 3166-1 alpha-3, {@code XXA} stateless, {@code UNK} unknown. Other codes,
   * such as {@code TIB} (Tibetan), are kept as written.
   */
  UNHCR_COUNTRY {
    @Override
    Category read(String code) {
      switch (code) {
        case "XXA":
          return CountryCategory.STATELESS;
        case "UNK":
          return CountryCategory.UNKNOWN;
        default:
          return code.length() == 3 ? country(() -> CountryCode.fromAlpha3(code), code) : CategoryCode.of(code);
      }
    }

    @Override
    String write(Category category) {
      if (category instanceof CountryCategory) {
        CountryCategory country = (CountryCategory) category;
        return country.country().map(CountryCode::alpha3)
            .orElse(country.equals(CountryCategory.STATELESS) ? "XXA" : "UNK");
      }
      return kept(category);
    }
  },

  /** A publisher's own codes, such as Eurostat's asylum decisions: every code is kept as written. */
  PUBLISHER {
    @Override
    Category read(String code) {
      return CategoryCode.of(code);
    }

    @Override
    String write(Category category) {
      return kept(category);
    }
  };

  /** Ages above this are typing errors, not people. */
  private static final int MAX_AGE = 150;
  private static final Pattern EUROSTAT_UNDER = Pattern.compile("Y_LT([0-9]{1,3})");
  private static final Pattern EUROSTAT_OVER = Pattern.compile("Y_GE([0-9]{1,3})");
  private static final Pattern EUROSTAT_INTERVAL = Pattern.compile("Y([0-9]{1,3})(?:-([0-9]{1,3}))?");

  /**
   * Reads a code of this list.
   *
   * @param code the code as the file holds it, not blank
   * @return what it means, or the code kept as written, not null
   * @throws InvalidValueException if the code is kept but cannot be ({@link CategoryCode#of})
   */
  abstract Category read(String code);

  /**
   * Writes a category as a code of this list.
   *
   * @param category the category
   * @return the code, or null if this list has no code for it (a sex in a list of countries)
   */
  abstract String write(Category category);

  /** A publisher's code kept as written is written as it was; this list has no code for others. */
  private static String kept(Category category) {
    return category instanceof CategoryCode ? category.code() : null;
  }

  private static int age(String digits) {
    return Integer.parseInt(digits);
  }

  private interface CountryLookup {
    CountryCode find();
  }

  private static Category country(CountryLookup lookup, String code) {
    CountryCode country;
    try {
      country = lookup.find();
    } catch (InvalidValueException notACountry) {
      // Not an assigned code: the publisher's own, kept as written.
      return CategoryCode.of(code);
    }
    return CountryCategory.of(country);
  }
}
