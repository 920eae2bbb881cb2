package org.resettlement.core;

/**
 * A value of a {@link Dimension}: which part of a population a figure counts along that dimension,
 * such as "female" for sex, "18-34" for age band or "SY" for citizenship.
 *
 * <p>Categories are typed: {@link Sex}, {@link AgeBand} and {@link CountryCategory} are the
 * categories of the built-in dimensions, and {@link CategoryCode} keeps a publisher's code that
 * maps to nothing known (Eurostat's {@code Y_LT18} before it is translated, UNHCR's {@code TIB},
 * or any code of a publisher's own dimension), so that nothing a publisher wrote is guessed at or
 * dropped. {@link Dimension#category(String)} reads a code for a dimension.
 *
 * <p>There is no "total" category: a figure that counts every sex leaves the sex dimension out of
 * its {@link DimensionKey}.
 *
 * <p>Every implementation is immutable and thread-safe, and is a value type.
 */
public sealed interface Category permits Sex, AgeBand, CountryCategory, CategoryCode {

  /**
   * Returns the code of this category, as the wire format writes it.
   *
   * @return the code, such as {@code "female"}, {@code "18-34"}, {@code "SY"} or {@code
   *     "stateless"}, not null
   */
  String code();

  /**
   * Checks whether this category is one the library knows, rather than a publisher's code kept as
   * written.
   *
   * @return false for a {@link CategoryCode}, true for every other category
   */
  default boolean mapped() {
    return true;
  }
}
