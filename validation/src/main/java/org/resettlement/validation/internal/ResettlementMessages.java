package org.resettlement.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * The messages of this module's rules: the bundle, and an interpolator that adds it to any other.
 *
 * <p>The bundle is loaded from this module itself, so it is found on the module path without
 * opening a package. A locale without its own file gets the base (English) file, not the JVM's
 * default locale as {@link ResourceBundle#getBundle(String, Locale)} would give.
 */
public final class ResettlementMessages {

  /** The base name of the bundle. */
  public static final String BUNDLE = "org.resettlement.validation.ResettlementValidationMessages";

  /** A message template that is exactly one of our keys, such as {@code {org....X.message}}. */
  private static final Pattern OUR_TEMPLATE =
      Pattern.compile("\\{org\\.resettlement\\.validation\\.[A-Za-z]+\\.message\\}");

  private ResettlementMessages() {}

  /**
   * Returns the bundle for a locale: its own file if there is one, else the base file.
   *
   * @param locale the locale, not null
   * @return the bundle, not null
   */
  public static ResourceBundle bundle(Locale locale) {
    Module module = ResettlementMessages.class.getModule();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, module);
    String found = bundle.getLocale().getLanguage();
    if (found.isEmpty() || found.equals(locale.getLanguage())) {
      return bundle;
    }
    // getBundle fell back to the default locale's file; the base file is what was asked for.
    return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, module);
  }

  /**
   * Returns a locator of this bundle, for Hibernate Validator's interpolators.
   *
   * @return the locator, not null
   */
  public static ResourceBundleLocator locator() {
    return ResettlementMessages::bundle;
  }

  /**
   * Returns an interpolator that resolves this module's message keys that the delegate leaves
   * unresolved, and leaves everything else to the delegate.
   *
   * @param delegate the interpolator to extend, not null
   * @param defaultLocale the locale of messages interpolated without one, not null
   * @return the interpolator, not null
   */
  public static MessageInterpolator interpolator(
      MessageInterpolator delegate, Locale defaultLocale) {
    return new Interpolator(
        Objects.requireNonNull(delegate, "delegate"),
        Objects.requireNonNull(defaultLocale, "defaultLocale"));
  }

  /** Tries the delegate first, so that a key overridden in the user's bundle wins. */
  private static final class Interpolator implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale defaultLocale;

    Interpolator(MessageInterpolator delegate, Locale defaultLocale) {
      this.delegate = delegate;
      this.defaultLocale = defaultLocale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return interpolate(template, context, defaultLocale);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      String interpolated = delegate.interpolate(template, context, locale);
      if (!interpolated.equals(template) || !OUR_TEMPLATE.matcher(template).matches()) {
        return interpolated;
      }
      String key = template.substring(1, template.length() - 1);
      try {
        return delegate.interpolate(bundle(locale).getString(key), context, locale);
      } catch (MissingResourceException e) {
        return interpolated;
      }
    }
  }
}
