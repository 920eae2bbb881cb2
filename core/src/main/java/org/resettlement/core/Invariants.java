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

  /** Checks that a text is present, and returns it in Unicode NFC form. */
  static String text(Class<?> type, String field, String value) {
    return nfc(notNull(type, field, value));
  }

  static String nfc(String value) {
    return Normalizer.isNormalized(value, Normalizer.Form.NFC)
        ? value
        : Normalizer.normalize(value, Normalizer.Form.NFC);
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
