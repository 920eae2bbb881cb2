package org.resettlement.validation;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Validators for tests: the shared one, or one with a fixed "today" and message locale. */
final class Validators {
  /** The day the date rules take as today, unless a test says otherwise. */
  static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

  private static final Map<String, ValidatorFactory> FACTORIES = new ConcurrentHashMap<>();

  private Validators() {}

  /** A validator whose today is {@link #TODAY}, with English messages. */
  static Validator validator() {
    return validator(TODAY, Locale.ENGLISH);
  }

  /** A validator whose today is the given day, with English messages. */
  static Validator on(LocalDate today) {
    return validator(today, Locale.ENGLISH);
  }

  /** A validator whose today is {@link #TODAY}, with messages in the given locale. */
  static Validator in(Locale locale) {
    return validator(TODAY, locale);
  }

  private static Validator validator(LocalDate today, Locale locale) {
    // Factories are costly to build and safe to share; the tests need only a few.
    return FACTORIES
        .computeIfAbsent(today + "/" + locale.toLanguageTag(), key -> factory(today, locale))
        .getValidator();
  }

  static ValidatorFactory factory(LocalDate today, Locale locale) {
    Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    return ResettlementValidation.newConfiguration()
        .clockProvider(() -> clock)
        .messageInterpolator(ResettlementValidation.messageInterpolator(new ParameterMessageInterpolator(), locale))
        .buildValidatorFactory();
  }
}
