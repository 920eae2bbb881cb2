package org.resettlement.validation;

import jakarta.validation.ConstraintViolation;
import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.resettlement.validation.internal.Constraints;

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
 * is certainly wrong: "about 50" fulfilled of "30-60" pledged is not reported, "at least 70" is.
 */
public enum Rule {
  /** Every language variant of a name, title, summary or other text is not blank. */
  NOT_BLANK_TEXT(Constraints.NotBlankText.class, true, Severity.ERROR,
      "Texts, and every language variant of a localised text, are not blank.",
      "Organisation: `name`, `description`; "
          + "Person: `name`, `givenName`, `familyName`, `honorific`; Membership: `role`; "
          + "Event: `title`, `topics[i]`, `summary`; Participation: `contribution`; "
          + "Session: `title`, `summary`; SeriesPosition: `series`; "
          + "Project: `title`, `targetGroups[i]`, `summary`; Funding: `programme`; "
          + "Campaign: `name`, `summary`; Target: `description`; Pledge: `description`; "
          + "ResettlementQuota: `description`; Statistic: `note`; Observation: `note`; "
          + "Place: `locality`, `region`; ContactPoint: `label`; Source: `title`, `publisher`, `note`. "
          + Texts.CODES + ". " + Texts.OBSERVATION_SOURCES),
  /** No text holds a control character; running text may hold tabs and line feeds. */
  NO_CONTROL_CHARACTERS(Constraints.NoControlCharacters.class, true, Severity.ERROR,
      "Texts hold no control characters; descriptions, summaries and notes may hold tabs and line feeds.",
      Texts.NAMES + ". " + Texts.RUNNING_TEXT + ". " + Texts.OBSERVATION_SOURCES),
  /** No text overrides the direction of its characters; no name or title embeds or isolates it. */
  NO_DIRECTIONAL_FORMATTING(Constraints.NoDirectionalFormatting.class, true, Severity.ERROR,
      "Texts hold no direction overrides; names and titles no direction embeddings or isolates either.",
      Texts.NAMES + ". " + Texts.CODES + ". " + Texts.RUNNING_TEXT + ". " + Texts.OBSERVATION_SOURCES),
  /** A record's identifier has at most 64 characters of {@code [A-Za-z0-9._:-]}. */
  WELL_FORMED_ID(Constraints.WellFormedId.class, true, Severity.ERROR,
      "Record identifiers are 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' and '-'.",
      "the `id` of Organisation, Person, Event, Project, Campaign, Pledge, "
          + "ResettlementQuota, Statistic"),
  /** An acronym is a short form of at most 20 characters. */
  WELL_FORMED_ACRONYM(Constraints.WellFormedAcronym.class, true, Severity.ERROR,
      "Acronyms are at most 20 letters, digits, single spaces and & ' + - . /, with a letter.",
      "Organisation: `acronym`; Project: `acronym`"),
  /** An e-mail contact point has a well-formed address. */
  EMAIL_ADDRESS(Constraints.EmailAddress.class, true, Severity.ERROR,
      "E-mail contact points hold a well-formed address, such as info@ccme.be.",
      "ContactPoint of kind `EMAIL`: `value` (in Organisation and Person `contacts[i]`)"),
  /** A telephone or fax contact point has an international number. */
  PHONE_NUMBER(Constraints.PhoneNumber.class, true, Severity.ERROR,
      "Telephone and fax contact points hold '+' and 7 to 15 digits, in groups.",
      "ContactPoint of kind `PHONE` or `FAX`: `value`"),
  /** A web site, social-media page or source URL is an absolute http(s) address with a host. */
  WEB_ADDRESS(Constraints.WebAddress.class, true, Severity.ERROR,
      "Web and social-media contact points and source URLs are absolute http(s) URLs with a host.",
      "ContactPoint of kind `WEBSITE` or `SOCIAL_MEDIA`: `value`; Source: `url`. "
          + Texts.OBSERVATION_SOURCES_AT + "`url`"),
  /** An external identifier of a known scheme has the form of that scheme. */
  WELL_FORMED_EXTERNAL_ID(Constraints.WellFormedExternalId.class, true, Severity.ERROR,
      "IATI identifiers and Wikidata items have the form of their scheme; others no control characters.",
      "ExternalIdentifier: `value` (in Organisation `identifiers[i]`), in the form of its scheme "
          + "`iati` or `wikidata`, or, of another scheme, without control or direction characters"),
  /** A latitude lies from -90 to 90 degrees. */
  LATITUDE_IN_RANGE(Constraints.LatitudeInRange.class, true, Severity.ERROR,
      "Latitudes lie from -90 to 90 degrees.",
      "Coordinates: `latitude` (in Place `coordinates` of an event's `venue` or an "
          + "organisation's `place`)"),
  /** A longitude lies from -180 to 180 degrees. */
  LONGITUDE_IN_RANGE(Constraints.LongitudeInRange.class, true, Severity.ERROR,
      "Longitudes lie from -180 to 180 degrees.",
      "Coordinates: `longitude`"),
  /**
   * A category of sex, age band or a country dimension is one the core knows, not a publisher's
   * code kept as written; a warning, as such a code cannot be compared across publishers.
   */
  WELL_FORMED_CATEGORY(Constraints.WellFormedCategory.class, true, Severity.WARNING,
      "Categories of sex, age band and country dimensions are known ones; a publisher's code there is a warning.",
      "Statistic: `key` (reported at `key.<dimension>`, such as `key.citizenship`); Breakdown: `category` "
          + "(in Statistic `breakdown[i]`); Observation: `key` (at `key.<dimension>`)"),
  /** No dimension of a statistic's key is also a dimension of its breakdown. */
  KEY_NOT_BROKEN_DOWN(Constraints.KeyNotBrokenDown.class, true, Severity.ERROR,
      "A statistic's breakdown does not divide along a dimension of its key.",
      "Statistic: `breakdown[i].dimension`, the first category of each dimension that the key has"),
  /** An observation has a value unless a status says it is withheld or missing, and then none. */
  VALUE_MATCHES_STATUS(Constraints.ValueMatchesStatus.class, true, Severity.ERROR,
      "An observation has a value unless it is confidential or not available, and then none.",
      "Observation (in Dataset `observations[i]`): `value`"),
  /** Every reference to an organisation, person, campaign or project resolves in the dataset. */
  REFERENCE_RESOLVES(Constraints.ReferenceResolves.class, true, Severity.ERROR,
      "Every reference to a record resolves in the dataset; states need no record.",
      "Dataset: every reference, listed below"),
  /** No two records of the same type in a dataset share an identifier. */
  UNIQUE_ID(Constraints.UniqueId.class, true, Severity.ERROR,
      "No two records of the same type share an identifier.",
      "Dataset: `organisations[i].id`, `people[i].id`, `events[i].id`, `projects[i].id`, "
          + "`campaigns[i].id`, `pledges[i].id`, `quotas[i].id`, `statistics[i].id`"),
  /** A date of a resettlement record is not before 1945 nor more than 10 years from today. */
  PLAUSIBLE_DATE(Constraints.PlausibleDate.class, false, Severity.ERROR,
      "Dates of records are not before 1945 and not more than 10 years after today.",
      "Event: `period`; Session: `date`; Project: `period`; Funding: `year`; "
          + "Campaign: `launchDate`, `period`; Target: `deadline`; "
          + "Pledge: `pledgedOn`, `targetPeriod`; "
          + "ResettlementQuota: `period`, `decidedOn`, `arrivalsAsOf`; Statistic: `period`; "
          + "Observation: `period`; "
          + "Membership: `period` (periods are reported at `.start` or `.end`)"),
  /** A source was not published or read in the future. */
  NOT_IN_FUTURE(Constraints.NotInFuture.class, false, Severity.ERROR,
      "Sources were not published or accessed after today.",
      "Source: `publishedOn`, `accessedOn`. " + Texts.OBSERVATION_SOURCES_AT + "`publishedOn`, `accessedOn`"),
  /** A person has a name, a given name or a family name. */
  PERSON_NAMED(Constraints.PersonNamed.class, false, Severity.WARNING,
      "People have a name, a given name or a family name (not after removing personal data).",
      "Person (the record itself)"),
  /** A pledge's fulfilled quantity is not above the pledged one, unless overfulfilled. */
  FULFILLED_WITHIN_PLEDGED(Constraints.FulfilledWithinPledged.class, false, Severity.ERROR,
      "A pledge's fulfilled quantity is not above the pledged one, unless overfulfilled.",
      "Pledge: `fulfilled`"),
  /** A pledge's status agrees with its fulfilled quantity. */
  PLEDGE_STATUS_MATCHES_FULFILMENT(Constraints.PledgeStatusMatchesFulfilment.class, false, Severity.ERROR,
      "FULFILLED is not below the pledge; PARTIALLY_FULFILLED is neither nothing nor all.",
      "Pledge: `status`"),
  /** A quota's allocations on one basis add up to no more than its places. */
  ALLOCATIONS_WITHIN_PLACES(Constraints.AllocationsWithinPlaces.class, false, Severity.ERROR,
      "A quota's allocations, summed per basis, are not more than its places.",
      "ResettlementQuota: `allocations[i]`, the first allocation of the basis that exceeds "
          + "the places"),
  /** A quota's arrivals are not above its places. */
  ARRIVALS_WITHIN_PLACES(Constraints.ArrivalsWithinPlaces.class, false, Severity.WARNING,
      "A quota's arrivals are not more than its places.",
      "ResettlementQuota: `arrivals`"),
  /** A campaign target's deadline is not before the campaign's launch. */
  DEADLINE_AFTER_LAUNCH(Constraints.DeadlineAfterLaunch.class, false, Severity.ERROR,
      "A campaign target's deadline is not before the campaign's launch.",
      "Campaign: `targets[i].deadline`"),
  /** A statistic's breakdown categories of one dimension add up to no more than its value. */
  BREAKDOWN_WITHIN_TOTAL(Constraints.BreakdownWithinTotal.class, false, Severity.ERROR,
      "A statistic's breakdown, summed per dimension, is not more than its value.",
      "Statistic: `breakdown[i]`, the first category of the dimension that exceeds the total"),
  /** The cells below a total, summed along one dimension, are not more than the total, beyond rounding. */
  CELLS_WITHIN_TOTAL(Constraints.CellsWithinTotal.class, false, Severity.ERROR,
      "The cells below a published total, summed along one dimension, are not more than it, beyond rounding.",
      "Dataset: `observations[i].value` of the total, once however many dimensions' cells exceed it"),
  /** A pledge to a campaign is dated within the campaign's period. */
  PLEDGE_WITHIN_CAMPAIGN_PERIOD(Constraints.PledgeWithinCampaignPeriod.class, false, Severity.ERROR,
      "A pledge to a campaign is dated within the campaign's period, when both are known.",
      "Dataset: `pledges[i].pledgedOn`"),
  /** A session is dated within its event's period. */
  SESSION_WITHIN_EVENT(Constraints.SessionWithinEvent.class, false, Severity.ERROR,
      "An event's sessions are dated within the event's period.",
      "Event: `sessions[i].date`"),
  /** An event's count of represented countries is not below the number of countries it names. */
  COUNTRY_COUNT_COVERS_NAMED(Constraints.CountryCountCoversNamed.class, false, Severity.ERROR,
      "An event's count of represented countries covers the countries it names.",
      "Event: `representedCountryCount`");

  /** Where the rules on texts apply, in the pieces the rules share. */
  private static final class Texts {
    /** Names and titles, where {@link #NOT_BLANK_TEXT} applies too. */
    static final String NAMES =
        "Names and titles: Organisation: `name`; "
            + "Person: `name`, `givenName`, `familyName`, `honorific`; Membership: `role`; "
            + "Event: `title`, `topics[i]`; Participation: `contribution`; Session: `title`; "
            + "SeriesPosition: `series`; Project: `title`, `targetGroups[i]`; Funding: `programme`; "
            + "Campaign: `name`; Place: `locality`, `region`; ContactPoint: `label`; "
            + "Source: `title`, `publisher`";

    /** Descriptions, summaries and notes. */
    static final String RUNNING_TEXT =
        "Running text: Organisation: `description`; "
            + "Event: `summary`; Session: `summary`; Project: `summary`; Campaign: `summary`; "
            + "Target: `description`; Pledge: `description`; ResettlementQuota: `description`; "
            + "Statistic: `note`; Observation: `note`; Source: `note`";

    /** Categories that are publishers' codes, held to the rules of names; the core refuses control characters. */
    static final String CODES =
        "Publishers' codes as categories, as names: Statistic and Observation: `key` (at "
            + "`key.<dimension>`); Breakdown: `category`";

    /** The start of where a rule on sources applies to the sources of observations. */
    static final String OBSERVATION_SOURCES_AT =
        "The sources of observations, each checked once however many observations cite it: Dataset: "
            + "`observations[i].sources[j]`: ";

    /** Where a rule on the texts of sources applies to the sources of observations. */
    static final String OBSERVATION_SOURCES = OBSERVATION_SOURCES_AT + "`title`, `publisher`, `note`";

    private Texts() {}
  }

  /** The prefix of every message key: {@value}. */
  static final String KEY_PREFIX = "org.resettlement.validation.";

  /** The rule of each constraint annotation, for {@link #of(ConstraintViolation)}. */
  private static final Map<Class<? extends Annotation>, Rule> BY_CONSTRAINT = new HashMap<>();

  static {
    for (Rule rule : values()) {
      BY_CONSTRAINT.put(rule.constraint, rule);
    }
  }

  private final Class<? extends Annotation> constraint;
  private final boolean structural;
  private final Severity defaultSeverity;
  private final String description;
  private final String appliesTo;
  private final String messageKey;

  Rule(Class<? extends Annotation> constraint, boolean structural, Severity defaultSeverity,
      String description, String appliesTo) {
    this.constraint = constraint;
    this.structural = structural;
    this.defaultSeverity = defaultSeverity;
    this.description = description;
    this.appliesTo = appliesTo;
    this.messageKey = KEY_PREFIX + constraint.getSimpleName() + ".message";
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
    return ofConstraint(violation.getConstraintDescriptor().getAnnotation().annotationType());
  }

  /** The rule whose constraint is an annotation type, or empty for one of another library. */
  static Optional<Rule> ofConstraint(Class<? extends Annotation> annotationType) {
    return Optional.ofNullable(BY_CONSTRAINT.get(annotationType));
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the constraint's name, the middle part of the message key, such as {@code
   * "NotBlankText"}.
   *
   * @return the constraint name, not null
   */
  public String constraintName() {
    return constraint.getSimpleName();
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
    return messageKey;
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

  //-----------------------------------------------------------------------
  /**
   * The rule's constraint annotation, in {@code internal}: the mapping applies it, and its
   * violations carry it. Its simple name is the constraint name.
   */
  Class<? extends Annotation> constraint() {
    return constraint;
  }

  /**
   * Where the rule applies, as the "applies to" column of the table of rules in {@code
   * docs/validation.md} says it, in Markdown; the table is generated from this catalogue.
   */
  String appliesTo() {
    return appliesTo;
  }
}
