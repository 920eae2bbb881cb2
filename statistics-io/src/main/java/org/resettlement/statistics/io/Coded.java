package org.resettlement.statistics.io;

import java.util.Objects;
import org.resettlement.core.CountryCode;

/**
 * What a publisher's code of one dimension means, as far as the code lists of this module know:
 * a country, stateless, unknown, a sex, an interval of ages, or nothing known, when the code is
 * kept as the publisher wrote it.
 *
 * <p>A stand-in for the core's categories until they exist; immutable.
 */
final class Coded {
  /** The kinds of meaning a code can have. */
  enum Kind {
    COUNTRY,
    STATELESS,
    UNKNOWN,
    FEMALE,
    MALE,
    AGE,
    KEPT
  }

  static final Coded STATELESS = new Coded(Kind.STATELESS, "stateless", null, -1, -1);
  static final Coded UNKNOWN = new Coded(Kind.UNKNOWN, "unknown", null, -1, -1);
  static final Coded FEMALE = new Coded(Kind.FEMALE, "female", null, -1, -1);
  static final Coded MALE = new Coded(Kind.MALE, "male", null, -1, -1);

  final Kind kind;
  /** The canonical code: an alpha-2 code, "stateless", "female", "18-34", "65+", or the kept code. */
  final String code;
  final CountryCode country;
  /** The lowest age of an interval; 0 when it is open at the bottom. */
  final int lowest;
  /** The highest age of an interval; -1 when it is open at the top ("65+"). */
  final int highest;

  private Coded(Kind kind, String code, CountryCode country, int lowest, int highest) {
    this.kind = kind;
    this.code = code;
    this.country = country;
    this.lowest = lowest;
    this.highest = highest;
  }

  static Coded country(CountryCode country) {
    return new Coded(Kind.COUNTRY, country.alpha2(), country, -1, -1);
  }

  static Coded ages(int lowest, int highest) {
    String code = highest < 0 ? lowest + "+" : lowest + "-" + highest;
    return new Coded(Kind.AGE, code, null, lowest, highest);
  }

  static Coded kept(String code) {
    return new Coded(Kind.KEPT, code, null, -1, -1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Coded && kind == ((Coded) other).kind && code.equals(((Coded) other).code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, code);
  }

  @Override
  public String toString() {
    return kind == Kind.KEPT ? "'" + code + "'" : code;
  }
}
