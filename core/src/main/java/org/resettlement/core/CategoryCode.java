package org.resettlement.core;

/**
 * A category as a publisher codes it, kept as written because it maps to no category the library
 * knows: Eurostat's {@code Y_LT18} before it is translated, UNHCR's {@code TIB}, or any code of a
 * publisher's own dimension, such as {@code PER} of Eurostat's {@code unit}.
 *
 * <p>The code is any text of at most 100 characters that is not blank, has no whitespace at its
 * ends and no control characters. {@code toString()} returns it, and {@link #of(String)} reads it
 * back.
 *
 * <p>A code that a dimension knows is not kept as a publisher's code: where a category is given
 * for a dimension (in a {@link DimensionKey} or a {@link Breakdown}), {@code CategoryCode.of("female")}
 * of {@link Dimension#SEX} becomes {@link Sex#FEMALE}, the same code typed.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class CategoryCode implements Category {
  private static final int MAX_LENGTH = 100;

  private final String code;

  private CategoryCode(String code) {
    this.code = code;
  }

  /**
   * Obtains a publisher's category code, kept as written.
   *
   * @param code  the code, such as {@code "Y_LT18"}, {@code "TIB"} or {@code "PER"}
   * @return the category, not null
   * @throws InvalidValueException if the code is null, blank, longer than 100 characters, starts
   *     or ends with whitespace, or has a control character or an unpaired surrogate
   */
  public static CategoryCode of(String code) {
    Invariants.unicode(CategoryCode.class, "code", code);
    Invariants.check(!code.isBlank(), CategoryCode.class, "code", "must not be blank");
    Invariants.check(
        code.length() <= MAX_LENGTH,
        CategoryCode.class,
        "code",
        () -> "must be at most " + MAX_LENGTH + " characters, was " + code.length());
    Invariants.check(
        !Character.isWhitespace(code.charAt(0))
            && !Character.isWhitespace(code.charAt(code.length() - 1))
            && !Character.isSpaceChar(code.charAt(0))
            && !Character.isSpaceChar(code.charAt(code.length() - 1)),
        CategoryCode.class,
        "code",
        "must not start or end with whitespace");
    Invariants.check(
        code.chars().noneMatch(Character::isISOControl),
        CategoryCode.class,
        "code",
        "must not contain control characters");
    return new CategoryCode(code);
  }

  /**
   * Returns the publisher's code.
   *
   * @return the code as written, not null
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns false: a publisher's code is kept, not mapped to a category the library knows.
   *
   * @return false
   */
  @Override
  public boolean mapped() {
    return false;
  }

  /**
   * Checks whether this code is the same as another.
   *
   * @param other  the object to compare with, null returns false
   * @return true if the other is a publisher's code with the same text
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CategoryCode && code.equals(((CategoryCode) other).code);
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
   * Returns the code, which {@link #of(String)} reads back.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return code;
  }
}
