package org.resettlement.core;

import java.text.Normalizer;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/** The checks that every value type applies when it is built, in one place. */
final class Invariants {
  /**
   * The canonical forms of the language tags met so far. A dataset gives the same few tags in
   * every text, and parsing one with {@link Locale.Builder} took a twentieth of the time of
   * reading a dataset from JSON (benchmarks, JFR). Bounded in number and length, so that documents
   * full of made-up tags cannot make it grow: 35 characters hold a language, extended language,
   * script, region and variant (RFC 5646, section 4.4.1).
   */
  private static final ConcurrentMap<String, String> CANONICAL_TAGS = new ConcurrentHashMap<>();

  /**
   * The first character that may combine with another under Unicode normalisation, or be a
   * surrogate: below it, every text is in NFC (ICU's quick check starts at the same place).
   */
  private static final char FIRST_CHARACTER_TO_NORMALISE = '\u0300';

  private static final int CACHED_TAGS = 1_000;
  private static final int CACHED_TAG_LENGTH = 35;

  private Invariants() {}

  static <T> T notNull(Class<?> type, String field, T value) {
    if (value == null) {
      throw new InvalidValueException(type, field, "must not be null");
    }
    return value;
  }

  static void check(boolean condition, Class<?> type, String field, String reason) {
    if (!condition) {
      throw new InvalidValueException(type, field, reason);
    }
  }

  /**
   * Checks a condition whose reason quotes the value: the reason is put together only when the
   * check fails, since values are checked on every build and every JSON read.
   */
  static void check(boolean condition, Class<?> type, String field, Supplier<String> reason) {
    if (!condition) {
      throw new InvalidValueException(type, field, reason.get());
    }
  }

  /**
   * Checks that a text is a token: not empty, and without whitespace or control characters.
   * The value is not echoed in the message, as it may come from untrusted input.
   */
  static String token(Class<?> type, String field, String value) {
    notNull(type, field, value);
    check(!value.isEmpty(), type, field, "must not be empty");
    for (int i = 0; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      if (Character.getType(codePoint) == Character.SURROGATE) {
        throw unpairedSurrogate(type, field, value, i);
      }
      if (Character.isWhitespace(codePoint)
          || Character.isSpaceChar(codePoint)
          || Character.isISOControl(codePoint)) {
        throw new InvalidValueException(
            type, field, "must not contain whitespace or control characters");
      }
      i += Character.charCount(codePoint);
    }
    return value;
  }

  /**
   * Checks that a text is present and is Unicode text, and returns it in Unicode NFC form.
   *
   * <p>Every text of a document passes here when it is read, so the common case costs one pass
   * over the characters and no allocation: a text below U+0300 (ASCII, and the Latin letters with
   * their accents, as in "Wrocław" or "Strășeni") can hold no surrogate and is in NFC already, as
   * no character below U+0300 combines with another. Only a text with a character from U+0300 on
   * is checked for surrogates and given to the {@link Normalizer}.
   */
  static String text(Class<?> type, String field, String value) {
    notNull(type, field, value);
    for (int i = 0, length = value.length(); i < length; i++) {
      if (value.charAt(i) >= FIRST_CHARACTER_TO_NORMALISE) {
        unicode(type, field, value, i);
        return Normalizer.isNormalized(value, Normalizer.Form.NFC)
            ? value
            : Normalizer.normalize(value, Normalizer.Form.NFC);
      }
    }
    return value;
  }

  /**
   * Checks that a text is Unicode text, and returns it unchanged: for texts that are kept as
   * written, such as acronyms and contact points.
   */
  static String unicode(Class<?> type, String field, String value) {
    return unicode(type, field, notNull(type, field, value), 0);
  }

  /**
   * Checks that a text has no unpaired surrogate from an index on. A Java string is a sequence of
   * UTF-16 code units, so it can hold half of a surrogate pair, which stands for no character:
   * such a string is no Unicode text, cannot be written as UTF-8, and is refused wherever core
   * takes a text. (A character before the index is not a surrogate.)
   */
  private static String unicode(Class<?> type, String field, String value, int from) {
    for (int i = from, length = value.length(); i < length; i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          throw unpairedSurrogate(type, field, value, i);
        }
      }
    }
    return value;
  }

  /** The value is not echoed, as it may be personal data; the code unit and its index say where. */
  private static InvalidValueException unpairedSurrogate(Class<?> type, String field, String value, int index) {
    return new InvalidValueException(
        type,
        field,
        String.format(
            "must be Unicode text, but has an unpaired surrogate U+%04X at index %d",
            (int) value.charAt(index),
            index));
  }

  static long nonNegative(Class<?> type, String field, long value) {
    check(value >= 0, type, field, () -> "must not be negative, was " + value);
    return value;
  }

  /** Checks that a BCP 47 language tag is well-formed, and returns it in canonical case. */
  static String languageTag(Class<?> type, String field, String tag) {
    notNull(type, field, tag);
    String canonical = CANONICAL_TAGS.get(tag);
    if (canonical == null) {
      canonical = canonicalTag(type, field, tag);
      if (tag.length() <= CACHED_TAG_LENGTH && CANONICAL_TAGS.size() < CACHED_TAGS) {
        CANONICAL_TAGS.putIfAbsent(tag, canonical);
      }
    }
    return canonical;
  }

  private static String canonicalTag(Class<?> type, String field, String tag) {
    try {
      if (tag.isEmpty()) {
        throw new IllformedLocaleException("empty tag");
      }
      return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
    } catch (IllformedLocaleException e) {
      throw new InvalidValueException(
          type, field, Wording.quoted(tag) + " is not a well-formed BCP 47 language tag");
    }
  }
}
