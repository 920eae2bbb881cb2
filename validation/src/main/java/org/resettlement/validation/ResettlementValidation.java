package org.resettlement.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;
import org.resettlement.core.Dimension;
import org.resettlement.core.RecordId;
import org.resettlement.validation.internal.ResettlementMessages;

/**
 * The entry point: a shared validator for the records of {@code resettlement-core}, and the means
 * to add this module's rules to a validator factory of your own.
 *
 * <pre>{@code
 * Set<ConstraintViolation<Dataset>> violations = ResettlementValidation.validator().validate(dataset);
 * ValidationReport<Dataset> report = ValidationReport.of(violations);
 * report.errors().forEach(v -> log.warn("{}: {}", v.getPropertyPath(), v.getMessage()));
 * }</pre>
 *
 * <p>Every problem of a record or a dataset is reported at once, each at its path, such as
 * {@code pledges[3].fulfilled} or {@code events[2].sessions[0].speakers[1]}, with a message from
 * the bundle {@value #MESSAGE_BUNDLE} (English, and Polish). {@link Rule} lists the rules.
 *
 * <h2>The shared factory</h2>
 * {@link #validatorFactory()} is built once, on first use, by {@link #newConfiguration()}: no
 * {@code validation.xml} is read, no Expression Language implementation is needed (messages are
 * interpolated by Hibernate Validator's {@link ParameterMessageInterpolator}, and this module's
 * messages use no expressions), messages are in the JVM's default locale of that moment, and
 * "today" for date rules is the system clock. For another locale or clock, build a factory of your
 * own from {@link #newConfiguration()}.
 *
 * <h2>Your own factory</h2>
 * {@link #configure(HibernateValidatorConfiguration)} adds the rules to a Hibernate Validator
 * configuration you build; {@link ResettlementConstraintMappingContributor} does the same when
 * registered by name. Either way, add the messages with {@link
 * #messageInterpolator(MessageInterpolator)} or {@link #messageBundleLocator()}, or your users
 * see message keys.
 *
 * <p>This class is thread-safe.
 */
public final class ResettlementValidation {

  /** The base name of this module's message bundle: {@value}. */
  public static final String MESSAGE_BUNDLE = ResettlementMessages.BUNDLE;

  private ResettlementValidation() {}

  /** Built on first use: class initialisation is lazy and thread-safe. */
  private static final class Shared {
    static final ValidatorFactory FACTORY = newConfiguration().buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the shared validator factory, built by {@link #newConfiguration()} on first use.
   *
   * <p>Share it freely; do not close it, as other users of this class would lose it.
   *
   * @return the factory, not null
   */
  public static ValidatorFactory validatorFactory() {
    return Shared.FACTORY;
  }

  /**
   * Returns the validator of the {@linkplain #validatorFactory() shared factory}.
   *
   * <p>The validator is thread-safe: one instance can validate any number of records at the
   * same time.
   *
   * @return the validator, not null
   */
  public static Validator validator() {
    return Shared.VALIDATOR;
  }

  /**
   * Creates a Hibernate Validator configuration with this module's rules and messages, for a
   * factory of your own, such as one with a fixed clock or another message locale.
   *
   * <p>The configuration ignores {@code META-INF/validation.xml}, interpolates messages with
   * {@link ParameterMessageInterpolator} extended by {@link #messageInterpolator(
   * MessageInterpolator)} (so that no Expression Language implementation is needed), and is
   * {@linkplain #configure(HibernateValidatorConfiguration) configured} with the rules. To read
   * {@code validation.xml}, start from {@code Validation.byProvider(HibernateValidator.class)
   * .configure()} and call {@link #configure(HibernateValidatorConfiguration)} instead.
   *
   * <pre>{@code
   * ValidatorFactory factory = ResettlementValidation.newConfiguration()
   *     .clockProvider(() -> Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC))
   *     .messageInterpolator(ResettlementValidation.messageInterpolator(
   *         new ParameterMessageInterpolator(), Locale.forLanguageTag("pl")))
   *     .buildValidatorFactory();
   * }</pre>
   *
   * @return a new configuration, not null
   */
  public static HibernateValidatorConfiguration newConfiguration() {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class)
            // The provider is known: no need to look it up with the ServiceLoader.
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(messageInterpolator(new ParameterMessageInterpolator()));
    return configure(configuration);
  }

  /**
   * Adds this module's rules to a Hibernate Validator configuration of your own.
   *
   * <p>Sets the {@link RecordAccessorPropertySelectionStrategy}, which the rules need, and adds
   * one constraint mapping with every rule, as {@link ResettlementConstraintMappingContributor}
   * would. It changes nothing else: not the message interpolator (see {@link
   * #messageInterpolator(MessageInterpolator)}), nor the clock, nor whether {@code
   * validation.xml} is read. Call it once per configuration, and do not also register the
   * contributor by name.
   *
   * <pre>{@code
   * HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
   * ResettlementValidation.configure(configuration);
   * }</pre>
   *
   * @param configuration the configuration, not null
   * @return the same configuration, for chaining
   * @throws NullPointerException if the configuration is null
   */
  public static HibernateValidatorConfiguration configure(
      HibernateValidatorConfiguration configuration) {
    Objects.requireNonNull(configuration, "configuration");
    configuration.getterPropertySelectionStrategy(new RecordAccessorPropertySelectionStrategy());
    new ResettlementConstraintMappingContributor()
        .createConstraintMappings(
            () -> {
              ConstraintMapping mapping = configuration.createConstraintMapping();
              configuration.addMapping(mapping);
              return mapping;
            });
    return configuration;
  }

  //-----------------------------------------------------------------------
  /**
   * Extends a message interpolator with this module's messages, in the JVM's default locale for
   * messages interpolated without a locale.
   *
   * @param delegate the interpolator to extend, such as the configuration's default one, not null
   * @return the extended interpolator, not null
   * @throws NullPointerException if the delegate is null
   * @see #messageInterpolator(MessageInterpolator, Locale)
   */
  public static MessageInterpolator messageInterpolator(MessageInterpolator delegate) {
    return messageInterpolator(delegate, Locale.getDefault());
  }

  /**
   * Extends a message interpolator with this module's messages.
   *
   * <p>The delegate interpolates every message first, so that a key you define in your own
   * {@code ValidationMessages} overrides this module's text. A message template that is one of
   * this module's keys and that the delegate leaves unresolved is then looked up in {@value
   * #MESSAGE_BUNDLE} (English by default, Polish for {@code pl}) and given to the delegate again.
   * Bean Validation interpolates messages without a locale, so these get {@code defaultLocale};
   * callers that pass a locale, such as Spring's {@code LocaleContextMessageInterpolator} wrapped
   * around the result, get their own.
   *
   * @param delegate the interpolator to extend, not null
   * @param defaultLocale the locale of messages interpolated without a locale, not null
   * @return the extended interpolator, not null
   * @throws NullPointerException if either is null
   */
  public static MessageInterpolator messageInterpolator(
      MessageInterpolator delegate, Locale defaultLocale) {
    return ResettlementMessages.interpolator(delegate, defaultLocale);
  }

  /**
   * Returns a locator of this module's message bundle, for Hibernate Validator's own
   * interpolators, such as the contributor bundle of a {@code ResourceBundleMessageInterpolator}.
   *
   * <p>It loads the bundle from this module, so it works on the module path too. A locale
   * without its own file gets the English base file.
   *
   * @return the locator, not null
   */
  public static ResourceBundleLocator messageBundleLocator() {
    return ResettlementMessages.locator();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the record identifier a violation is about: the reference that does not resolve
   * ({@link Rule#REFERENCE_RESOLVES}), the repeated identifier ({@link Rule#UNIQUE_ID}) or the
   * campaign whose period a pledge falls outside ({@link Rule#PLEDGE_WITHIN_CAMPAIGN_PERIOD}).
   *
   * <p>Identifiers are kept out of messages, as those of people may be personal data; the path
   * says where the identifier is, and this method what it is.
   *
   * @param violation the violation, not null
   * @return the identifier, or empty for violations of other rules
   * @throws NullPointerException if the violation is null
   */
  public static Optional<RecordId<?>> identifier(ConstraintViolation<?> violation) {
    Objects.requireNonNull(violation, "violation");
    return detail(violation, RecordId.class).map(id -> (RecordId<?>) id);
  }

  /**
   * Returns the dimensions a violation of {@link Rule#CELLS_WITHIN_TOTAL} is about: those along
   * which the cells below the total at the violation's path add up to more than it.
   *
   * @param violation the violation, not null
   * @return the unmodifiable list of dimensions, such as {@code [sex, age-band]}, in the order
   *     found; empty for violations of other rules
   * @throws NullPointerException if the violation is null
   */
  public static List<Dimension> dimensions(ConstraintViolation<?> violation) {
    Objects.requireNonNull(violation, "violation");
    List<?> dimensions = detail(violation, List.class).orElse(List.of());
    List<Dimension> found = new ArrayList<>(dimensions.size());
    for (Object dimension : dimensions) {
      if (!(dimension instanceof Dimension)) {
        return List.of();
      }
      found.add((Dimension) dimension);
    }
    return Collections.unmodifiableList(found);
  }

  /** The detail of a type a violation carries as Hibernate Validator's dynamic payload. */
  private static <T> Optional<T> detail(ConstraintViolation<?> violation, Class<T> type) {
    HibernateConstraintViolation<?> hibernateViolation;
    try {
      hibernateViolation = violation.unwrap(HibernateConstraintViolation.class);
    } catch (ValidationException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(hibernateViolation.getDynamicPayload(type));
  }
}
