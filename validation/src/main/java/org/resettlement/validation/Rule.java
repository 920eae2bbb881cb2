package org.resettlement.validation;

import jakarta.validation.ConstraintViolation;
import java.util.Objects;
import java.util.Optional;
import org.resettlement.validation.internal.RuleConstraints;

/**
 * The catalogue of the rules this module checks, each a Bean Validation constraint with its own
 * message key.
 *
 * <p>Other modules and users refer to rules by these names: {@link #of(ConstraintViolation)} finds
 * the rule a violation breaks, {@link #messageKey()} is the key of its message in the bundle
 * {@value ResettlementValidation#MESSAGE_BUNDLE} (and the key to override in your own {@code
 * ValidationMessages}), {@link #defaultSeverity()} says whether it is an error or a warning, and
 * {@link #structural()} whether it belongs to the {@link Structural} group. Every rule belongs to
 * the default group. {@code docs/validation.md} lists the types and paths each rule applies to.
 *
 * <p>Quantities are compared by their bounds ({@code Quantity.min()} and {@code max()}, with an
 * approximate figure taken as stated), and dates by their spans, so that a rule reports only what
 * is certainly wrong: "about 50" fulfilled of "30-60" pledged is not reported, "over 70" is.
 */
public enum Rule {
  /** Every language variant of a name, title, summary or other text is not blank. */
  NOT_BLANK_TEXT("NotBlankText", true, Severity.ERROR,
      "Texts, and every language variant of a localised text, are not blank."),
  /** A record's identifier has at most 64 characters of {@code [A-Za-z0-9._:-]}. */
  WELL_FORMED_ID("WellFormedId", true, Severity.ERROR,
      "Record identifiers are 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' and '-'."),
  /** An acronym is a short form of at most 20 characters. */
  WELL_FORMED_ACRONYM("WellFormedAcronym", true, Severity.ERROR,
      "Acronyms are at most 20 letters, digits, single spaces and & ' + - . /, with a letter."),
  /** An e-mail contact point has a well-formed address. */
  EMAIL_ADDRESS("EmailAddress", true, Severity.ERROR,
      "E-mail contact points hold a well-formed address, such as info@ccme.be."),
  /** A telephone or fax contact point has an international number. */
  PHONE_NUMBER("PhoneNumber", true, Severity.ERROR,
      "Telephone and fax contact points hold '+' and 7 to 15 digits, in groups."),
  /** A web site, social-media page or source URL is an absolute http(s) address with a host. */
  WEB_ADDRESS("WebAddress", true, Severity.ERROR,
      "Web and social-media contact points and source URLs are absolute http(s) URLs with a host."),
  /** An external identifier of a known scheme has the form of that scheme. */
  WELL_FORMED_EXTERNAL_ID("WellFormedExternalId", true, Severity.ERROR,
      "IATI organisation identifiers and Wikidata items have the form of their scheme."),
  /** A latitude lies from -90 to 90 degrees. */
  LATITUDE_IN_RANGE("LatitudeInRange", true, Severity.ERROR,
      "Latitudes lie from -90 to 90 degrees."),
  /** A longitude lies from -180 to 180 degrees. */
  LONGITUDE_IN_RANGE("LongitudeInRange", true, Severity.ERROR,
      "Longitudes lie from -180 to 180 degrees."),
  /** A breakdown by citizenship or country of asylum names its category by country code. */
  BREAKDOWN_CATEGORY_CODE("BreakdownCategoryCode", true, Severity.ERROR,
      "Breakdowns by citizenship or country of asylum use ISO 3166-1 alpha-2 codes."),
  /** Every reference to an organisation, person, campaign or project resolves in the dataset. */
  REFERENCE_RESOLVES("ReferenceResolves", true, Severity.ERROR,
      "Every reference to a record resolves in the dataset; states need no record."),
  /** No two records of the same type in a dataset share an identifier. */
  UNIQUE_ID("UniqueId", true, Severity.ERROR,
      "No two records of the same type share an identifier."),
  /** A date of a resettlement record is not before 1945 nor more than 10 years from today. */
  PLAUSIBLE_DATE("PlausibleDate", false, Severity.ERROR,
      "Dates of records are not before 1945 and not more than 10 years after today."),
  /** A source was not published or read in the future. */
  NOT_IN_FUTURE("NotInFuture", false, Severity.ERROR,
      "Sources were not published or accessed after today."),
  /** A person has a name, a given name or a family name. */
  PERSON_NAMED("PersonNamed", false, Severity.WARNING,
      "People have a name, a given name or a family name (not after removing personal data)."),
  /** A pledge's fulfilled quantity is not above the pledged one, unless overfulfilled. */
  FULFILLED_WITHIN_PLEDGED("FulfilledWithinPledged", false, Severity.ERROR,
      "A pledge's fulfilled quantity is not above the pledged one, unless overfulfilled."),
  /** A pledge's status agrees with its fulfilled quantity. */
  PLEDGE_STATUS_MATCHES_FULFILMENT("PledgeStatusMatchesFulfilment", false, Severity.ERROR,
      "FULFILLED is not below the pledge; PARTIALLY_FULFILLED is neither nothing nor all."),
  /** A quota's allocations on one basis add up to no more than its places. */
  ALLOCATIONS_WITHIN_PLACES("AllocationsWithinPlaces", false, Severity.ERROR,
      "A quota's allocations, summed per basis, are not more than its places."),
  /** A quota's arrivals are not above its places. */
  ARRIVALS_WITHIN_PLACES("ArrivalsWithinPlaces", false, Severity.WARNING,
      "A quota's arrivals are not more than its places."),
  /** A campaign target's deadline is not before the campaign's launch. */
  DEADLINE_AFTER_LAUNCH("DeadlineAfterLaunch", false, Severity.ERROR,
      "A campaign target's deadline is not before the campaign's launch."),
  /** A statistic's breakdown categories of one dimension add up to no more than its value. */
  BREAKDOWN_WITHIN_TOTAL("BreakdownWithinTotal", false, Severity.ERROR,
      "A statistic's breakdown, summed per dimension, is not more than its value."),
  /** A pledge to a campaign is dated within the campaign's period. */
  PLEDGE_WITHIN_CAMPAIGN_PERIOD("PledgeWithinCampaignPeriod", false, Severity.ERROR,
      "A pledge to a campaign is dated within the campaign's period, when both are known."),
  /** A session is dated within its event's period. */
  SESSION_WITHIN_EVENT("SessionWithinEvent", false, Severity.ERROR,
      "An event's sessions are dated within the event's period."),
  /** An event's count of represented countries is not below the number of countries it names. */
  COUNTRY_COUNT_COVERS_NAMED("CountryCountCoversNamed", false, Severity.ERROR,
      "An event's count of represented countries covers the countries it names.");

  /** The prefix of every message key: {@value}. */
  static final String KEY_PREFIX = "org.resettlement.validation.";

  private final String constraintName;
  private final boolean structural;
  private final Severity defaultSeverity;
  private final String description;

  Rule(String constraintName, boolean structural, Severity defaultSeverity, String description) {
    this.constraintName = constraintName;
    this.structural = structural;
    this.defaultSeverity = defaultSeverity;
    this.description = description;
  }

  //-----------------------------------------------------------------------
  /**
   * Finds the rule a violation breaks.
   *
   * @param violation the violation, not null
   * @return the rule, or empty if the violation comes from a constraint of another library
   * @throws NullPointerException if the violation is null
   */
  public static Optional<Rule> of(ConstraintViolation<?> violation) {
    Objects.requireNonNull(violation, "violation");
    return RuleConstraints.ruleOf(violation.getConstraintDescriptor().getAnnotation().annotationType());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the constraint's name, the middle part of the message key, such as {@code
   * "NotBlankText"}.
   *
   * @return the constraint name, not null
   */
  public String constraintName() {
    return constraintName;
  }

  /**
   * Returns the key of the rule's message, such as {@code
   * "org.resettlement.validation.NotBlankText.message"}.
   *
   * <p>The key is also the violation's message template, in braces.
   *
   * @return the message key, not null
   */
  public String messageKey() {
    return KEY_PREFIX + constraintName + ".message";
  }

  /**
   * Returns the message template of the rule's constraint: the message key in braces.
   *
   * @return the template, such as {@code "{org.resettlement.validation.NotBlankText.message}"}
   */
  public String messageTemplate() {
    return "{" + messageKey() + "}";
  }

  /**
   * Returns whether the rule belongs to the {@link Structural} group, besides the default group.
   *
   * @return true for a structural rule
   */
  public boolean structural() {
    return structural;
  }

  /**
   * Returns how serious a violation of the rule is.
   *
   * @return the severity its violations carry, not null
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns what the rule requires, in one line of English.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }
}
