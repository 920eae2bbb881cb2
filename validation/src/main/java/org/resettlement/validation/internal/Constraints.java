package org.resettlement.validation.internal;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The constraint annotations of the rules, one per {@code Rule}, each named as its rule in upper
 * camel case ({@code NOT_BLANK_TEXT}, {@link NotBlankText}) and listing its validators.
 *
 * <p>{@code Rule} names the annotation of each rule, and the mapping applies them to the core
 * types with the rule's groups and severity as payload, so nothing here is written on a type. They
 * are what {@code ConstraintViolation.getConstraintDescriptor().getAnnotation()} returns for this
 * module's violations; {@code Rule.of(violation)} turns one back into its rule. Public only so
 * that Hibernate Validator, to which this package alone is exported, can read them and create the
 * validators; their elements are the three that Bean Validation requires, a message template that
 * is the rule's message key, and, where a rule depends on the kind of text, an element the mapping
 * sets, as {@code @Size} has {@code max}.
 */
public final class Constraints {
  private Constraints() {}

  /** The constraint of {@code Rule.NOT_BLANK_TEXT}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = {
      NotBlankTextValidators.ForLocalizedText.class,
      NotBlankTextValidators.ForString.class,
      NotBlankTextValidators.ForList.class,
      NotBlankTextValidators.ForKey.class,
      NotBlankTextValidators.ForCategory.class,
      SharedSourceValidators.NotBlank.class})
  public @interface NotBlankText {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.NotBlankText.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /**
   * The constraint of {@code Rule.NO_CONTROL_CHARACTERS}. Its element {@code runningText} is set
   * by the mapping on descriptions, summaries and notes.
   */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = {
      TextCharacterValidators.NoControlsInLocalizedText.class,
      TextCharacterValidators.NoControlsInString.class,
      TextCharacterValidators.NoControlsInList.class,
      SharedSourceValidators.NoControls.class})
  public @interface NoControlCharacters {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.NoControlCharacters.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
    /** {@return whether the text is running text, which may hold tabs and line feeds} */
    boolean runningText() default false;
  }

  /**
   * The constraint of {@code Rule.NO_DIRECTIONAL_FORMATTING}. Its element {@code runningText} is
   * set by the mapping on descriptions, summaries and notes.
   */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = {
      TextCharacterValidators.NoDirectionalFormattingInLocalizedText.class,
      TextCharacterValidators.NoDirectionalFormattingInString.class,
      TextCharacterValidators.NoDirectionalFormattingInList.class,
      TextCharacterValidators.NoDirectionalFormattingInKey.class,
      TextCharacterValidators.NoDirectionalFormattingInCategory.class,
      SharedSourceValidators.NoDirectionControls.class})
  public @interface NoDirectionalFormatting {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.NoDirectionalFormatting.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
    /** {@return whether the text is running text, which may embed and isolate but not override} */
    boolean runningText() default false;
  }

  /** The constraint of {@code Rule.WELL_FORMED_ID}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = FormatValidators.RecordIdValidator.class)
  public @interface WellFormedId {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.WellFormedId.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.WELL_FORMED_ACRONYM}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = FormatValidators.AcronymValidator.class)
  public @interface WellFormedAcronym {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.WellFormedAcronym.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.EMAIL_ADDRESS}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = FormatValidators.EmailValidator.class)
  public @interface EmailAddress {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.EmailAddress.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.PHONE_NUMBER}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = FormatValidators.PhoneValidator.class)
  public @interface PhoneNumber {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.PhoneNumber.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.WEB_ADDRESS}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = {
      FormatValidators.WebContactValidator.class,
      FormatValidators.UriValidator.class,
      SharedSourceValidators.Url.class})
  public @interface WebAddress {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.WebAddress.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.WELL_FORMED_EXTERNAL_ID}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = FormatValidators.ExternalIdValidator.class)
  public @interface WellFormedExternalId {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.WellFormedExternalId.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.LATITUDE_IN_RANGE}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = FormatValidators.LatitudeValidator.class)
  public @interface LatitudeInRange {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.LatitudeInRange.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.LONGITUDE_IN_RANGE}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = FormatValidators.LongitudeValidator.class)
  public @interface LongitudeInRange {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.LongitudeInRange.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.WELL_FORMED_CATEGORY}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = {FormatValidators.CategoryInKeyValidator.class, FormatValidators.CategoryInBreakdownValidator.class})
  public @interface WellFormedCategory {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.WellFormedCategory.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.KEY_NOT_BROKEN_DOWN}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = RecordValidators.KeyNotBrokenDownValidator.class)
  public @interface KeyNotBrokenDown {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.KeyNotBrokenDown.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.VALUE_MATCHES_STATUS}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = ObservationValidators.ValueStatusValidator.class)
  public @interface ValueMatchesStatus {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.ValueMatchesStatus.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.REFERENCE_RESOLVES}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = DatasetValidators.ReferencesValidator.class)
  public @interface ReferenceResolves {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.ReferenceResolves.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.UNIQUE_ID}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = DatasetValidators.UniqueIdsValidator.class)
  public @interface UniqueId {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.UniqueId.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.PLAUSIBLE_DATE}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = {
      DateValidators.PlausiblePartialDate.class,
      DateValidators.PlausibleDateRange.class,
      DateValidators.PlausibleYear.class})
  public @interface PlausibleDate {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.PlausibleDate.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.NOT_IN_FUTURE}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = {
      DateValidators.PastPartialDate.class,
      DateValidators.PastLocalDate.class,
      SharedSourceValidators.Dates.class})
  public @interface NotInFuture {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.NotInFuture.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.PERSON_NAMED}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = RecordValidators.PersonNamedValidator.class)
  public @interface PersonNamed {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.PersonNamed.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.FULFILLED_WITHIN_PLEDGED}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = RecordValidators.FulfilledValidator.class)
  public @interface FulfilledWithinPledged {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.FulfilledWithinPledged.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.PLEDGE_STATUS_MATCHES_FULFILMENT}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = RecordValidators.StatusValidator.class)
  public @interface PledgeStatusMatchesFulfilment {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.PledgeStatusMatchesFulfilment.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.ALLOCATIONS_WITHIN_PLACES}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = RecordValidators.AllocationsValidator.class)
  public @interface AllocationsWithinPlaces {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.AllocationsWithinPlaces.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.ARRIVALS_WITHIN_PLACES}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = RecordValidators.ArrivalsValidator.class)
  public @interface ArrivalsWithinPlaces {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.ArrivalsWithinPlaces.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.DEADLINE_AFTER_LAUNCH}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = RecordValidators.DeadlineValidator.class)
  public @interface DeadlineAfterLaunch {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.DeadlineAfterLaunch.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.BREAKDOWN_WITHIN_TOTAL}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = RecordValidators.BreakdownValidator.class)
  public @interface BreakdownWithinTotal {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.BreakdownWithinTotal.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.CELLS_WITHIN_TOTAL}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = ObservationValidators.CellsValidator.class)
  public @interface CellsWithinTotal {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.CellsWithinTotal.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.PLEDGE_WITHIN_CAMPAIGN_PERIOD}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = DatasetValidators.PledgePeriodValidator.class)
  public @interface PledgeWithinCampaignPeriod {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.PledgeWithinCampaignPeriod.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.SESSION_WITHIN_EVENT}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = RecordValidators.SessionValidator.class)
  public @interface SessionWithinEvent {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.SessionWithinEvent.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }

  /** The constraint of {@code Rule.COUNTRY_COUNT_COVERS_NAMED}. */
  @Documented @Target({TYPE, METHOD, TYPE_USE}) @Retention(RUNTIME)
  @Constraint(validatedBy = RecordValidators.CountryCountValidator.class)
  public @interface CountryCountCoversNamed {
    /** {@return the rule's message key in braces} */
    String message() default "{org.resettlement.validation.CountryCountCoversNamed.message}";
    /** {@return the rule's groups} */
    Class<?>[] groups() default {};
    /** {@return the rule's severity} */
    Class<? extends Payload>[] payload() default {};
  }
}
