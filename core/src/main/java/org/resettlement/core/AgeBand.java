package org.resettlement.core;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * An age band: an interval of whole years of age, such as {@code 18-34} (from 18 to 34 years old,
 * both included), {@code 0-17} (under 18) or {@code 65+} (65 and over), or {@link #UNKNOWN}.
 *
 * <p>Ages are completed years, from 0 to 150. A band open at the bottom ("under 18", Eurostat's
 * {@code Y_LT18}) starts at 0; a band open at the top ("65 and over", Eurostat's {@code Y_GE65},
 * UNHCR's {@code 60+}) has no highest age.
 *
 * <p>The code is the text form: {@code toString()} writes {@code 0-17}, {@code 65+} or {@code
 * unknown}, and {@link #parse(String)} reads these codes back, and only these: the publishers'
 * codes (Eurostat's {@code Y18-34}, {@code Y_LT18}, {@code Y_GE65}, {@code UNK}) are translated by
 * the modules that read their files.
 *
 * <h2>Order</h2>
 * Age bands are ordered by their lowest age, then by their highest, open bands after closed ones,
 * and {@link #UNKNOWN} last: {@code 0-4 < 0-17 < 5-11 < 18-34 < 65+ < unknown}. The order is
 * consistent with {@code equals}.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class AgeBand implements Category, Comparable<AgeBand> {

  /** The highest age a band can name, in completed years. */
  private static final int MAX_AGE = 150;

  /** The highest age of a band open at the top: above every age. */
  private static final int OPEN = Integer.MAX_VALUE;

  /** The lowest age of {@link #UNKNOWN}: above every other band, so that it sorts last. */
  private static final int NOT_KNOWN = Integer.MAX_VALUE;

  private static final String UNKNOWN_CODE = "unknown";

  private static final String EXPECTED =
      " is not an age band: expected a code such as 0-17, 18-34, 65+ or unknown";

  /** The age is not known or not reported; code {@code unknown}. Contains no age. */
  public static final AgeBand UNKNOWN = new AgeBand(NOT_KNOWN, OPEN);

  private final int lowest;
  private final int highest;

  private AgeBand(int lowest, int highest) {
    this.lowest = lowest;
    this.highest = highest;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains the band from one age to another, both included, such as {@code 18-34}.
   *
   * @param lowest  the lowest age in the band, from 0 to 150
   * @param highest  the highest age in the band, from {@code lowest} to 150
   * @return the age band, not null
   * @throws InvalidValueException if an age is out of range or the highest is below the lowest
   */
  public static AgeBand of(int lowest, int highest) {
    checkAge("lowest", lowest);
    checkAge("highest", highest);
    Invariants.check(
        highest >= lowest,
        AgeBand.class,
        "highest",
        () -> "must not be below the lowest age " + lowest + ", was " + highest);
    return new AgeBand(lowest, highest);
  }

  /**
   * Obtains the band of an age and over, such as {@code 65+}.
   *
   * @param lowest  the lowest age in the band, from 0 to 150
   * @return the age band open at the top, not null
   * @throws InvalidValueException if the age is out of range
   */
  public static AgeBand from(int lowest) {
    checkAge("lowest", lowest);
    return new AgeBand(lowest, OPEN);
  }

  /**
   * Obtains the band of all ages under an age, such as "under 18", which is {@code 0-17}.
   *
   * @param age  the first age not in the band, from 1 to 151
   * @return the age band from 0 to {@code age - 1}, not null
   * @throws InvalidValueException if the age is out of range
   */
  public static AgeBand under(int age) {
    Invariants.check(
        age >= 1 && age <= MAX_AGE + 1,
        AgeBand.class,
        "highest",
        () -> "must be an age from 0 to " + MAX_AGE + ", was " + (age - 1));
    return new AgeBand(0, age - 1);
  }

  /**
   * Obtains an age band from its code: {@code lowest-highest} such as {@code 18-34}, {@code
   * lowest+} such as {@code 65+}, or {@code unknown}. Ages are written in decimal digits without
   * leading zeros.
   *
   * @param code  the code
   * @return the age band, not null
   * @throws InvalidValueException if the code is null or not such a code, or its ages are out of
   *     range or in the wrong order
   */
  public static AgeBand parse(String code) {
    Invariants.notNull(AgeBand.class, "code", code);
    AgeBand band = read(code);
    if (band == null) {
      throw new InvalidValueException(AgeBand.class, "code", Wording.quoted(code) + EXPECTED);
    }
    if (band == UNKNOWN || inRange(band)) {
      return band;
    }
    // Of the form, but the ages are out of range or in the wrong order: the factory says which.
    return band.highest == OPEN ? from(band.lowest) : of(band.lowest, band.highest);
  }

  /** The band of a code, or null if the code is not one. */
  static AgeBand find(String code) {
    AgeBand band = read(code);
    return band == null || (band != UNKNOWN && !inRange(band)) ? null : band;
  }

  /**
   * Reads the form of a code, without checking the ages: null if the code is not of the form.
   */
  private static AgeBand read(String code) {
    if (code.equals(UNKNOWN_CODE)) {
      return UNKNOWN;
    }
    if (code.endsWith("+")) {
      int lowest = age(code, 0, code.length() - 1);
      return lowest < 0 ? null : new AgeBand(lowest, OPEN);
    }
    int dash = code.indexOf('-');
    if (dash < 0) {
      return null;
    }
    int lowest = age(code, 0, dash);
    int highest = age(code, dash + 1, code.length());
    return lowest < 0 || highest < 0 ? null : new AgeBand(lowest, highest);
  }

  private static boolean inRange(AgeBand band) {
    return band.lowest <= MAX_AGE
        && (band.highest == OPEN || (band.highest <= MAX_AGE && band.lowest <= band.highest));
  }

  /** An age written from one index to another: decimal digits without a leading zero, or -1. */
  private static int age(String code, int from, int to) {
    int length = to - from;
    if (length < 1 || length > 3 || (length > 1 && code.charAt(from) == '0')) {
      return -1;
    }
    int age = 0;
    for (int i = from; i < to; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      age = age * 10 + (c - '0');
    }
    return age;
  }

  private static void checkAge(String field, int age) {
    Invariants.check(
        age >= 0 && age <= MAX_AGE,
        AgeBand.class,
        field,
        () -> "must be an age from 0 to " + MAX_AGE + ", was " + age);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the lowest age in this band.
   *
   * @return the lowest age, 0 for a band open at the bottom, or empty for {@link #UNKNOWN}
   */
  public OptionalInt lowest() {
    return known() ? OptionalInt.of(lowest) : OptionalInt.empty();
  }

  /**
   * Returns the highest age in this band.
   *
   * @return the highest age, or empty for a band open at the top such as {@code 65+} and for
   *     {@link #UNKNOWN}
   */
  public OptionalInt highest() {
    return highest == OPEN ? OptionalInt.empty() : OptionalInt.of(highest);
  }

  /**
   * Checks whether this band is an interval of ages, rather than {@link #UNKNOWN}.
   *
   * @return true for every band but {@link #UNKNOWN}
   */
  public boolean known() {
    return lowest != NOT_KNOWN;
  }

  /**
   * Returns the code of this band.
   *
   * @return the code, such as {@code "0-17"}, {@code "65+"} or {@code "unknown"}, not null
   */
  @Override
  public String code() {
    return toString();
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether a person of an age belongs to this band.
   *
   * @param age  the age in completed years, not negative
   * @return true if the age is in the band; always false for {@link #UNKNOWN}
   * @throws IllegalArgumentException if the age is negative
   */
  public boolean contains(int age) {
    if (age < 0) {
      throw new IllegalArgumentException("age must not be negative, was " + age);
    }
    return known() && age >= lowest && age <= highest;
  }

  /**
   * Checks whether this band and another have an age in common, as {@code 0-17} and {@code 12-17}
   * have. Two bands that overlap cannot both be parts of one sum without counting someone twice.
   *
   * @param other  the other band, not null
   * @return true if some age is in both bands; always false if either is {@link #UNKNOWN}
   * @throws NullPointerException if the other band is null
   */
  public boolean overlaps(AgeBand other) {
    Objects.requireNonNull(other, "other");
    return known() && other.known() && lowest <= other.highest && other.lowest <= highest;
  }

  /**
   * Checks whether every age of another band is in this band, as {@code 0-17} encloses {@code
   * 5-11} and itself.
   *
   * @param other  the other band, not null
   * @return true if this band holds the other; always false if either is {@link #UNKNOWN}
   * @throws NullPointerException if the other band is null
   */
  public boolean encloses(AgeBand other) {
    Objects.requireNonNull(other, "other");
    return known() && other.known() && lowest <= other.lowest && other.highest <= highest;
  }

  //-----------------------------------------------------------------------
  /**
   * Compares this band with another: by lowest age, then by highest age with open bands last,
   * and {@link #UNKNOWN} after every other band.
   *
   * @param other  the other band, not null
   * @return negative if this comes first, zero if equal, positive if this comes later
   * @throws NullPointerException if the other band is null
   */
  @Override
  public int compareTo(AgeBand other) {
    Objects.requireNonNull(other, "other");
    int byLowest = Integer.compare(lowest, other.lowest);
    return byLowest != 0 ? byLowest : Integer.compare(highest, other.highest);
  }

  /**
   * Checks whether this band is the same as another.
   *
   * @param other  the object to compare with, null returns false
   * @return true if the other is an age band with the same ages
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AgeBand)) {
      return false;
    }
    AgeBand band = (AgeBand) other;
    return lowest == band.lowest && highest == band.highest;
  }

  /**
   * Returns a hash code from the ages.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * lowest + highest;
  }

  /**
   * Returns the code, which {@link #parse(String)} reads back.
   *
   * @return {@code "18-34"}, {@code "65+"} or {@code "unknown"}, not null
   */
  @Override
  public String toString() {
    if (!known()) {
      return UNKNOWN_CODE;
    }
    return highest == OPEN ? lowest + "+" : lowest + "-" + highest;
  }
}
