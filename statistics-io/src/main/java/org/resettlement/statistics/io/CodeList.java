package org.resettlement.statistics.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resettlement.core.CountryCode;
import org.resettlement.core.InvalidValueException;

/**
 * The publishers' code lists of the dimensions this module reads, in both directions: what a code
 * means, and which code a meaning is written as.
 *
 * <p>A code that a list does not know is kept as the publisher wrote it ({@link Coded.Kind#KEPT}),
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
    Coded read(String code) {
      switch (code) {
        case "STLS":
          return Coded.STATELESS;
        case "UNK":
          return Coded.UNKNOWN;
        default:
          return code.length() == 2 ? country(() -> CountryCode.fromEurostat(code), code) : Coded.kept(code);
      }
    }

    @Override
    String write(Coded coded) {
      switch (coded.kind) {
        case COUNTRY:
          return coded.country.toEurostat();
        case STATELESS:
          return "STLS";
        case UNKNOWN:
          return "UNK";
        case KEPT:
          return coded.code;
        default:
          return null;
      }
    }
  },

  /** Eurostat's sexes: {@code F} female, {@code M} male, {@code UNK} unknown. */
  EUROSTAT_SEX {
    @Override
    Coded read(String code) {
      switch (code) {
        case "F":
          return Coded.FEMALE;
        case "M":
          return Coded.MALE;
        case "UNK":
          return Coded.UNKNOWN;
        default:
          return Coded.kept(code);
      }
    }

    @Override
    String write(Coded coded) {
      switch (coded.kind) {
        case FEMALE:
          return "F";
        case MALE:
          return "M";
        case UNKNOWN:
          return "UNK";
        case KEPT:
          return coded.code;
        default:
          return null;
      }
    }
  },

  /**
   * Eurostat's age classes: {@code Y_LT18} under 18, {@code Y18-34} 18 to 34, {@code Y_GE65} 65
   * and over, {@code Y15} aged 15, {@code UNK} unknown.
   */
  EUROSTAT_AGE {
    @Override
    Coded read(String code) {
      if (code.equals("UNK")) {
        return Coded.UNKNOWN;
      }
      Matcher under = EUROSTAT_UNDER.matcher(code);
      if (under.matches()) {
        int age = age(under.group(1));
        return age >= 1 && age <= MAX_AGE ? Coded.ages(0, age - 1) : Coded.kept(code);
      }
      Matcher over = EUROSTAT_OVER.matcher(code);
      if (over.matches()) {
        int age = age(over.group(1));
        return age <= MAX_AGE ? Coded.ages(age, -1) : Coded.kept(code);
      }
      Matcher interval = EUROSTAT_INTERVAL.matcher(code);
      if (interval.matches()) {
        int lowest = age(interval.group(1));
        int highest = interval.group(2) == null ? lowest : age(interval.group(2));
        return lowest <= highest && highest <= MAX_AGE ? Coded.ages(lowest, highest) : Coded.kept(code);
      }
      return Coded.kept(code);
    }

    @Override
    String write(Coded coded) {
      switch (coded.kind) {
        case AGE:
          if (coded.highest < 0) {
            return "Y_GE" + coded.lowest;
          }
          if (coded.lowest == 0) {
            return "Y_LT" + (coded.highest + 1);
          }
          return coded.lowest == coded.highest
              ? "Y" + coded.lowest
              : "Y" + coded.lowest + "-" + coded.highest;
        case UNKNOWN:
          return "UNK";
        case KEPT:
          return coded.code;
        default:
          return null;
      }
    }
  },

  /**
   * UNHCR's countries: ISO 3166-1 alpha-3, {@code XXA} stateless, {@code UNK} unknown. Other codes,
   * such as {@code TIB} (Tibetan), are kept as written.
   */
  UNHCR_COUNTRY {
    @Override
    Coded read(String code) {
      switch (code) {
        case "XXA":
          return Coded.STATELESS;
        case "UNK":
          return Coded.UNKNOWN;
        default:
          return code.length() == 3 ? country(() -> CountryCode.fromAlpha3(code), code) : Coded.kept(code);
      }
    }

    @Override
    String write(Coded coded) {
      switch (coded.kind) {
        case COUNTRY:
          return coded.country.alpha3();
        case STATELESS:
          return "XXA";
        case UNKNOWN:
          return "UNK";
        case KEPT:
          return coded.code;
        default:
          return null;
      }
    }
  },

  /** A publisher's own codes, such as Eurostat's asylum decisions: every code is kept as written. */
  PUBLISHER {
    @Override
    Coded read(String code) {
      return Coded.kept(code);
    }

    @Override
    String write(Coded coded) {
      return coded.kind == Coded.Kind.KEPT ? coded.code : null;
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
   */
  abstract Coded read(String code);

  /**
   * Writes a meaning as a code of this list.
   *
   * @param coded what a code means
   * @return the code, or null if this list has no code for it (a sex in a list of countries)
   */
  abstract String write(Coded coded);

  private static int age(String digits) {
    return Integer.parseInt(digits);
  }

  private interface CountryLookup {
    CountryCode find();
  }

  private static Coded country(CountryLookup lookup, String code) {
    try {
      return Coded.country(lookup.find());
    } catch (InvalidValueException notACountry) {
      // Not an assigned code: the publisher's own, kept as written.
      return Coded.kept(code);
    }
  }
}
