package org.resettlement.core;

/**
 * The sex of the persons a figure counts, as official statistics report it (SDMX's {@code SEX}
 * code list: {@code F}, {@code M}, {@code UNK}).
 *
 * <p>A figure for both sexes together has no sex in its {@link DimensionKey}; there is no
 * "total" value.
 */
public enum Sex implements Category {
  /** Female; code {@code female}. */
  FEMALE("female"),
  /** Male; code {@code male}. */
  MALE("male"),
  /** Sex not known or not reported; code {@code unknown}. */
  UNKNOWN("unknown");

  private final String code;

  Sex(String code) {
    this.code = code;
  }

  /**
   * Obtains a sex from its code.
   *
   * @param code  {@code "female"}, {@code "male"} or {@code "unknown"}
   * @return the sex, not null
   * @throws InvalidValueException if the code is null or none of these
   */
  public static Sex of(String code) {
    Invariants.notNull(Sex.class, "code", code);
    Sex sex = find(code);
    if (sex == null) {
      throw new InvalidValueException(
          Sex.class, "code", Wording.quoted(code) + " is not a sex: expected female, male or unknown");
    }
    return sex;
  }

  /** The sex of a code, or null. */
  static Sex find(String code) {
    for (Sex sex : values()) {
      if (sex.code.equals(code)) {
        return sex;
      }
    }
    return null;
  }

  /**
   * Returns the code of this sex.
   *
   * @return {@code "female"}, {@code "male"} or {@code "unknown"}, not null
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the code, which {@link #of(String)} reads back.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return code;
  }
}
