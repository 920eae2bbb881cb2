package org.resettlement.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A way in which a published figure divides the population it counts: by sex, by age band, by
 * citizenship, by country of origin, by country of asylum, or by a dimension of a publisher's own.
 *
 * <p>A dimension is what SDMX calls a dimension of a data structure, and what Eurostat's tables
 * and UNHCR's Refugee Data Finder show as a column: "resettled persons by citizenship, sex and
 * age". Each dimension has {@link Category categories}, the values it takes: {@link Sex} for
 * {@link #SEX}, {@link AgeBand} for {@link #AGE_BAND}, {@link CountryCategory} for the three
 * country dimensions. {@link #category(String)} reads a category code for a dimension.
 *
 * <p>A publisher's own dimension, such as Eurostat's {@code unit} or a decision type, is named
 * {@code publisher:name}, such as {@code eurostat:unit}, so that nothing in a row of a publisher's
 * table has to be dropped. Its categories are always the publisher's codes as written ({@link
 * CategoryCode}).
 *
 * <p>The code is the text form: {@code toString()} returns it and {@link #of(String)} reads it
 * back. Dimensions are ordered with the built-in ones first, in the order of the constants of this
 * class, and then the publishers' dimensions by code.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class Dimension implements Comparable<Dimension> {

  /** The longest code accepted, so that a document cannot make a dimension a text of its own. */
  private static final int MAX_CODE_LENGTH = 100;

  private static final Pattern PUBLISHER = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** By sex: {@link Sex#FEMALE}, {@link Sex#MALE}, {@link Sex#UNKNOWN}. Code {@code sex}. */
  public static final Dimension SEX = new Dimension("sex", null, 0);

  /**
   * By age band: intervals of whole years of age such as {@code 0-17} or {@code 65+} ({@link
   * AgeBand}). Code {@code age-band}.
   */
  public static final Dimension AGE_BAND = new Dimension("age-band", null, 1);

  /**
   * By citizenship, the country whose nationality a person holds, or {@code stateless} ({@link
   * CountryCategory}). Eurostat's {@code citizen}. Code {@code citizenship}.
   */
  public static final Dimension CITIZENSHIP = new Dimension("citizenship", null, 2);

  /**
   * By country of origin, the country a refugee fled ({@link CountryCategory}). UNHCR's "country
   * of origin". Code {@code country-of-origin}.
   */
  public static final Dimension COUNTRY_OF_ORIGIN = new Dimension("country-of-origin", null, 3);

  /**
   * By country of asylum, the country where a refugee has found protection, such as the country
   * of first asylum from which a person is resettled ({@link CountryCategory}). UNHCR's "country of
   * asylum". Code {@code country-of-asylum}.
   */
  public static final Dimension COUNTRY_OF_ASYLUM = new Dimension("country-of-asylum", null, 4);

  private static final List<Dimension> BUILT_IN =
      List.of(SEX, AGE_BAND, CITIZENSHIP, COUNTRY_OF_ORIGIN, COUNTRY_OF_ASYLUM);

  /** The position of a publisher's dimension: after every built-in one. */
  private static final int PUBLISHER_DEFINED = Integer.MAX_VALUE;

  private final String code;
  private final String publisher;
  private final int position;

  private Dimension(String code, String publisher, int position) {
    this.code = code;
    this.publisher = publisher;
    this.position = position;
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains a dimension from its code: a built-in code such as {@code sex} or {@code age-band},
   * or a publisher's dimension written {@code publisher:name}, such as {@code eurostat:unit}.
   *
   * @param code  the code, in lower case
   * @return the dimension, not null
   * @throws InvalidValueException if the code is null, or neither a built-in code nor a
   *     publisher's dimension as {@link #ofPublisher(String, String)} describes it
   */
  public static Dimension of(String code) {
    Invariants.notNull(Dimension.class, "code", code);
    for (Dimension dimension : BUILT_IN) {
      if (dimension.code.equals(code)) {
        return dimension;
      }
    }
    int colon = code.indexOf(':');
    if (colon < 0 || code.length() > MAX_CODE_LENGTH) {
      throw new InvalidValueException(
          Dimension.class,
          "code",
          Wording.quoted(code)
              + " is not a dimension: expected sex, age-band, citizenship, country-of-origin,"
              + " country-of-asylum, or a publisher's dimension such as eurostat:unit");
    }
    return ofPublisher(code.substring(0, colon), code.substring(colon + 1));
  }

  /**
   * Obtains a dimension of a publisher's own, such as Eurostat's {@code unit} or UNHCR's
   * {@code population-type}, whose code is {@code publisher:name}.
   *
   * @param publisher  who defines the dimension, such as {@code "eurostat"}: a lower-case letter,
   *     then lower-case letters, digits and hyphens
   * @param name  the publisher's name of the dimension, such as {@code "unit"}: lower-case
   *     letters and digits, in words joined by single hyphens
   * @return the dimension, not null
   * @throws InvalidValueException if either part is null or not of that form, or the code would
   *     be longer than 100 characters
   */
  public static Dimension ofPublisher(String publisher, String name) {
    Invariants.notNull(Dimension.class, "publisher", publisher);
    Invariants.notNull(Dimension.class, "name", name);
    Invariants.check(
        PUBLISHER.matcher(publisher).matches(),
        Dimension.class,
        "publisher",
        () -> Wording.quoted(publisher)
            + " is not a publisher's prefix: a lower-case letter, then lower-case letters, digits"
            + " and hyphens, such as eurostat");
    Invariants.check(
        NAME.matcher(name).matches(),
        Dimension.class,
        "name",
        () -> Wording.quoted(name)
            + " is not a dimension name: lower-case letters and digits in words joined by"
            + " hyphens, such as unit or decision-type");
    String code = publisher + ":" + name;
    Invariants.check(
        code.length() <= MAX_CODE_LENGTH,
        Dimension.class,
        "code",
        () -> "must be at most " + MAX_CODE_LENGTH + " characters, was " + code.length());
    return new Dimension(code, publisher, PUBLISHER_DEFINED);
  }

  /**
   * Returns the built-in dimensions, in their order.
   *
   * @return the unmodifiable list {@code [sex, age-band, citizenship, country-of-origin,
   *     country-of-asylum]}, not null
   */
  public static List<Dimension> builtIn() {
    return BUILT_IN;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the code of this dimension, as the wire format writes it.
   *
   * @return the code, such as {@code "age-band"} or {@code "eurostat:unit"}, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the name of this dimension without its publisher.
   *
   * @return the code of a built-in dimension, or the part after the colon of a publisher's one,
   *     such as {@code "unit"}, not null
   */
  public String name() {
    return publisher == null ? code : code.substring(publisher.length() + 1);
  }

  /**
   * Checks whether this dimension is a publisher's own rather than one of the built-in ones.
   *
   * @return true for a dimension such as {@code eurostat:unit}
   */
  public boolean publisherDefined() {
    return publisher != null;
  }

  /**
   * Returns the publisher that defines this dimension.
   *
   * @return the publisher's prefix, such as {@code "eurostat"}, or empty for a built-in dimension
   */
  public Optional<String> publisher() {
    return Optional.ofNullable(publisher);
  }

  //-----------------------------------------------------------------------
  /**
   * Reads a category code of this dimension.
   *
   * <p>A code that this dimension knows becomes its typed category: {@code female} of {@link
   * #SEX} is {@link Sex#FEMALE}, {@code 18-34} of {@link #AGE_BAND} is an {@link AgeBand}, {@code
   * SY}, {@code stateless} and {@code unknown} of a country dimension are {@link
   * CountryCategory}s. Any other code, and every code of a publisher's dimension, is kept as the
   * publisher wrote it, as a {@link CategoryCode}: Eurostat's {@code Y_LT18} or UNHCR's {@code
   * TIB} are not guessed at and not dropped. (Publishers' own codes are translated by the modules
   * that read their files.)
   *
   * @param code  the category code, such as {@code "female"}, {@code "0-17"} or {@code "SY"}
   * @return the category, not null
   * @throws InvalidValueException if the code is not even a publisher's code as {@link
   *     CategoryCode#of(String)} describes it
   * @throws NullPointerException if the code is null
   */
  public Category category(String code) {
    Objects.requireNonNull(code, "code");
    Category known = mapped(code);
    return known != null ? known : CategoryCode.of(code);
  }

  /** The typed category of a code, or null if this dimension knows no such code. */
  private Category mapped(String code) {
    switch (position) {
      case 0:
        return Sex.find(code);
      case 1:
        return AgeBand.find(code);
      case 2:
      case 3:
      case 4:
        return CountryCategory.find(code);
      default:
        return null;
    }
  }

  /**
   * Returns a category in the form this dimension gives it: a {@link CategoryCode} whose code this
   * dimension knows is replaced by its typed category, so that {@code CategoryCode.of("female")}
   * and {@link Sex#FEMALE} of {@link #SEX} are one value, as their codes are one text.
   */
  Category canonical(Category category) {
    if (category instanceof CategoryCode) {
      Category known = mapped(category.code());
      return known != null ? known : category;
    }
    return category;
  }

  /**
   * Checks whether a category can be a category of this dimension: a {@link Sex} of {@link #SEX},
   * an {@link AgeBand} of {@link #AGE_BAND}, a {@link CountryCategory} of a country dimension, and
   * a publisher's {@link CategoryCode} of any dimension.
   *
   * @param category  the category, not null
   * @return true if the category belongs to this dimension
   * @throws NullPointerException if the category is null
   */
  public boolean accepts(Category category) {
    Objects.requireNonNull(category, "category");
    if (category instanceof CategoryCode) {
      return true;
    }
    switch (position) {
      case 0:
        return category instanceof Sex;
      case 1:
        return category instanceof AgeBand;
      case 2:
      case 3:
      case 4:
        return category instanceof CountryCategory;
      default:
        return false;
    }
  }

  /**
   * Checks that a category belongs to this dimension, and returns it in the form this dimension
   * gives it (see {@link #canonical(Category)}).
   *
   * @throws InvalidValueException naming the field if it does not
   */
  Category checked(Class<?> type, String field, Category category) {
    Invariants.notNull(type, field, category);
    Invariants.check(
        accepts(category),
        type,
        field,
        () -> Wording.quoted(category.code()) + " is not a category of " + code
            + " (it is " + kindOf(category) + ")");
    return canonical(category);
  }

  private static String kindOf(Category category) {
    if (category instanceof Sex) {
      return "a sex";
    }
    return category instanceof AgeBand ? "an age band" : "a country category";
  }

  //-----------------------------------------------------------------------
  /**
   * Compares this dimension with another: built-in dimensions first, in the order of the
   * constants of this class, then publishers' dimensions by code.
   *
   * @param other  the other dimension, not null
   * @return negative if this comes first, zero if equal, positive if this comes later
   * @throws NullPointerException if the other dimension is null
   */
  @Override
  public int compareTo(Dimension other) {
    Objects.requireNonNull(other, "other");
    int byPosition = Integer.compare(position, other.position);
    return byPosition != 0 ? byPosition : code.compareTo(other.code);
  }

  /**
   * Checks whether this dimension is the same as another.
   *
   * @param other  the object to compare with, null returns false
   * @return true if the other is a dimension with the same code
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Dimension && code.equals(((Dimension) other).code);
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
   * @return the code, such as {@code "citizenship"}, not null
   */
  @Override
  public String toString() {
    return code;
  }
}
