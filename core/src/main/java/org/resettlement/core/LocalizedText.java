package org.resettlement.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A text in one or more languages, each keyed by a BCP 47 language tag.
 *
 * <p>Names and titles in this field come in the language of the source and often in English too:
 * the Polish conference "Organizacje pozarządowe jako pierwszoplanowe wsparcie dla uchodźców" was
 * also called "CSOs at the forefront of refugees support". A localised text keeps every variant,
 * in the order given. The first variant is the default, used when no requested language matches.
 *
 * <p>Language tags are checked for BCP 47 well-formedness and stored in canonical case ({@code
 * "en-GB"}, {@code "sr-Latn"}). Texts are stored in Unicode NFC, so that "Strășeni" typed with a
 * combining comma below equals the precomposed form; letters that only look alike, such as ș
 * (comma below) and ş (cedilla), stay different. A text with an unpaired surrogate, which is no
 * Unicode text, is refused. Whether a variant is blank, or holds control characters, is a rule of
 * the validation module, not an invariant.
 *
 * <p>{@code toString()} returns the default text.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
public final class LocalizedText {

  private final Map<String, String> variants;
  private final String defaultLanguage;

  private LocalizedText(Map<String, String> variants) {
    this.variants = Collections.unmodifiableMap(variants);
    this.defaultLanguage = variants.keySet().iterator().next();
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains a text in one language.
   *
   * @param languageTag the BCP 47 language tag, such as {@code "pl"} or {@code "en-GB"}
   * @param text the text in that language, not null
   * @return the localised text, not null
   * @throws InvalidValueException if the tag is null or not well-formed, or the text is null or
   *     has an unpaired surrogate
   */
  public static LocalizedText of(String languageTag, String text) {
    Map<String, String> variants = new LinkedHashMap<>(2);
    variants.put(canonicalTag(languageTag), Invariants.text(LocalizedText.class, "text", text));
    return new LocalizedText(variants);
  }

  /**
   * Obtains a text from its variants, the first of which becomes the default.
   *
   * <p>Takes time in proportion to the number of variants: each is read once.
   *
   * @param variants the texts keyed by BCP 47 language tag, in order; not null, not empty
   * @return the localised text, not null
   * @throws InvalidValueException if the map is null or empty, a tag is not well-formed, two tags
   *     are the same in canonical case, or a text is null or has an unpaired surrogate
   */
  public static LocalizedText of(Map<String, String> variants) {
    Invariants.notNull(LocalizedText.class, "variants", variants);
    Builder builder = new Builder(variants.size());
    for (Map.Entry<String, String> variant : variants.entrySet()) {
      builder.add(variant.getKey(), variant.getValue());
    }
    return builder.build();
  }

  /**
   * Creates a builder that puts a text together one variant at a time, in order, the first
   * becoming the default.
   *
   * <p>Use it rather than repeated {@link #and(String, String)} calls when the variants come one
   * by one, as from a file: each {@code and} copies every variant so far into a new value, so
   * {@code n} calls copy about {@code n * n / 2} variants, while the builder keeps one table and
   * copies it once, in {@link Builder#build()}.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder(2);
  }

  /**
   * Returns a copy with a variant added, or replaced if the language is already present.
   *
   * <p>A replaced variant keeps its position; the default language does not change. The copy
   * holds every variant, so this is for adding a language or two; to put together a text of many
   * languages, use {@link #builder()}.
   *
   * @param languageTag the BCP 47 language tag of the variant
   * @param text the text in that language, not null
   * @return the localised text with the variant, not null
   * @throws InvalidValueException if the tag is null or not well-formed, or the text is null or
   *     has an unpaired surrogate
   */
  public LocalizedText and(String languageTag, String text) {
    Map<String, String> copy = new LinkedHashMap<>(variants);
    copy.put(canonicalTag(languageTag), Invariants.text(LocalizedText.class, "text", text));
    return new LocalizedText(copy);
  }

  private static String canonicalTag(String languageTag) {
    return Invariants.languageTag(LocalizedText.class, "languageTag", languageTag);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns every variant, keyed by canonical language tag, in the order given.
   *
   * @return the unmodifiable variants, not empty, not null
   */
  public Map<String, String> variants() {
    return variants;
  }

  /**
   * Returns the languages of the variants, in order.
   *
   * @return the unmodifiable canonical language tags, not empty, not null
   */
  public Set<String> languages() {
    return variants.keySet();
  }

  /**
   * Returns the language of the default variant: the first one given.
   *
   * @return the canonical language tag, not null
   */
  public String defaultLanguage() {
    return defaultLanguage;
  }

  /**
   * Returns the default variant's text.
   *
   * @return the text in the default language, not null
   */
  public String text() {
    return variants.get(defaultLanguage);
  }

  /**
   * Returns the text for a reader of the given language, falling back sensibly.
   *
   * <p>Looks for the exact language tag first ({@code en-GB}), then for the language alone
   * ({@code en}), then for any variant of the same language ({@code en-US}), and returns the
   * default variant if none matches.
   *
   * @param locale the reader's language, not null
   * @return the best text, not null
   * @throws NullPointerException if the locale is null
   */
  public String text(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return find(locale).orElse(text());
  }

  /**
   * Finds the text for a language without falling back to the default variant.
   *
   * <p>Matches as {@link #text(Locale)} does: the exact tag, the language alone, then any variant
   * of the same language.
   *
   * @param locale the reader's language, not null
   * @return the text, or empty if no variant is in that language
   * @throws NullPointerException if the locale is null
   */
  public Optional<String> find(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String exact = variants.get(locale.toLanguageTag());
    if (exact != null) {
      return Optional.of(exact);
    }
    String language = locale.getLanguage();
    String languageOnly = variants.get(language);
    if (languageOnly != null || language.isEmpty()) {
      return Optional.ofNullable(languageOnly);
    }
    for (Map.Entry<String, String> variant : variants.entrySet()) {
      if (variant.getKey().startsWith(language + "-")) {
        return Optional.of(variant.getValue());
      }
    }
    return Optional.empty();
  }

  //-----------------------------------------------------------------------
  /**
   * Puts a {@link LocalizedText} together one variant at a time, in order; the first variant
   * added becomes the default.
   *
   * <p>Each variant is checked as it is added, as {@link LocalizedText#of(Map)} checks it: a
   * well-formed tag, stored in canonical case, a text, stored in NFC, and no language twice.
   * Adding takes constant time and {@link #build()} time in proportion to the variants, so a text
   * of {@code n} variants takes time in proportion to {@code n}.
   *
   * <p>A builder is not thread-safe. It can build more than once; each text holds the variants
   * added until then.
   */
  public static final class Builder {
    private Map<String, String> variants;
    /**
     * Whether the last text built holds {@link #variants}: the table is handed over rather than
     * copied (copying it took a fortieth of the time of reading a dataset from JSON; benchmarks,
     * JFR), and is copied only if a variant is added after that.
     */
    private boolean built;

    private Builder(int expectedVariants) {
      this.variants = new LinkedHashMap<>(Math.max(4, expectedVariants * 2));
    }

    /**
     * Adds a variant after those added so far.
     *
     * @param languageTag the BCP 47 language tag, such as {@code "pl"} or {@code "en-GB"}
     * @param text the text in that language, not null
     * @return this builder, not null
     * @throws InvalidValueException if the tag is null or not well-formed, its language was added
     *     already (also in another case), or the text is null or has an unpaired surrogate; the
     *     builder is then unchanged
     */
    public Builder add(String languageTag, String text) {
      String tag = canonicalTag(languageTag);
      String normalised = Invariants.text(LocalizedText.class, "text", text);
      Invariants.check(
          !variants.containsKey(tag),
          LocalizedText.class,
          "variants",
          () -> "language " + tag + " is given twice");
      if (built) {
        variants = new LinkedHashMap<>(variants);
        built = false;
      }
      variants.put(tag, normalised);
      return this;
    }

    /**
     * Builds the text from the variants added so far.
     *
     * @return the localised text, not null
     * @throws InvalidValueException if no variant was added
     */
    public LocalizedText build() {
      Invariants.check(
          !variants.isEmpty(), LocalizedText.class, "variants", "must have at least one language");
      built = true;
      return new LocalizedText(variants);
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether this text has the same variants and the same default language as another
   * object. The order of the other variants does not matter.
   *
   * @param other the object to compare with, may be null
   * @return true if the other is a localised text with equal variants and default
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof LocalizedText)) {
      return false;
    }
    LocalizedText that = (LocalizedText) other;
    return variants.equals(that.variants) && defaultLanguage.equals(that.defaultLanguage);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return variants.hashCode() * 31 + defaultLanguage.hashCode();
  }

  /**
   * Returns the default variant's text.
   *
   * @return the text in the default language, not null
   */
  @Override
  public String toString() {
    return text();
  }
}
