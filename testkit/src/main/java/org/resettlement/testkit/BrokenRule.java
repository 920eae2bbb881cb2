package org.resettlement.testkit;

import java.util.Locale;

/**
 * The rules of the validation module ({@code resettlement-validation}), named so that a test can
 * ask for sample data that breaks one of them: {@link SampleData#invalidDataset(BrokenRule)}.
 *
 * <p>Each constant has the name of the constant of {@code org.resettlement.validation.Rule} for
 * the same rule, and a build check in the validation module keeps the two lists equal, so that
 * {@code Rule.valueOf(broken.name())} always finds the rule. The testkit does not depend on the
 * validation module: a suite that checks data with its own code, or only reads and writes JSON,
 * can use these samples too.
 *
 * <p>{@link #messageKey()} is the key of the rule's message in the validation module, which is
 * also the message template of its violations, so that {@link
 * org.resettlement.testkit.validation.ViolationExpectation} can tell which rule a violation
 * breaks. {@link #warning()} says whether the validation module reports the rule as a warning
 * rather than an error.
 *
 * <p>The comment of each constant says how samples break the rule; {@link SampleData} says how
 * samples are made.
 */
public enum BrokenRule {
  /**
   * A name, title or other text, or one of its language variants, is blank: empty or only
   * invisible characters. Samples make the last language variant (usually the translation)
   * empty, a space, a no-break space or a zero-width space, or set an absent description or note
   * to such a text; a person keeps another name.
   */
  NOT_BLANK_TEXT("A name, title or other text, or one of its language variants, is blank."),
  /**
   * A text holds a control character. Samples add, to the last language variant of a name, title,
   * description or note (or to a person's name, a contact's label), a form feed where a page of a
   * PDF ended, or put it between the quotation marks of Windows-1252 read as ISO 8859-1 (U+0093,
   * U+0094), or set an absent description or note to such a text.
   */
  NO_CONTROL_CHARACTERS("A name, title or other text holds a control character."),
  /**
   * A text overrides the direction of its characters. Samples put the last word of a text (as for
   * {@link #NO_CONTROL_CHARACTERS}) between a right-to-left override (U+202E) and its end
   * (U+202C), which shows the word backwards.
   */
  NO_DIRECTIONAL_FORMATTING("A name, title or other text overrides the direction of its characters."),
  /**
   * A record's identifier has a character other than {@code A-Z a-z 0-9 . _ : -}. Samples put a
   * typographic en dash for the hyphen: {@code pledge–7}. In a dataset only events, pledges, quotas
   * and statistics are renamed, as nothing refers to them.
   */
  WELL_FORMED_ID("A record identifier has a character other than A-Z, a-z, 0-9, '.', '_', ':' and '-'."),
  /**
   * An acronym has a character other than letters, digits, single spaces and {@code & ' + - . /}.
   * Samples put an organisation's or project's acronym (or initials) in brackets: {@code (CCME)}.
   */
  WELL_FORMED_ACRONYM("An acronym has a character other than letters, digits, single spaces and & ' + - . /."),
  /**
   * An e-mail contact point does not hold an e-mail address. Samples write "(at)" for "@", as
   * done to deter spam, or add such a contact point to an organisation or person without one.
   */
  EMAIL_ADDRESS("An e-mail contact point does not hold an e-mail address."),
  /**
   * A telephone or fax contact point does not hold an international number. Samples write "00"
   * for "+", or add such a contact point to an organisation or person without one.
   */
  PHONE_NUMBER("A telephone or fax contact point does not hold an international number starting with '+'."),
  /**
   * A web site, social-media page or source URL is not an absolute http(s) address. Samples drop
   * the scheme ({@code www.example.org/}), or add such an address where there is none.
   */
  WEB_ADDRESS("A web or social-media contact point, or a source URL, is not an absolute http(s) address."),
  /**
   * An IATI organisation identifier or a Wikidata item does not have the form of its scheme.
   * Samples write spaces for the hyphens of an IATI identifier ({@code XM DAC 41121}) or a
   * Wikidata item as the address of its page, or add such an item.
   */
  WELL_FORMED_EXTERNAL_ID("An IATI organisation identifier or a Wikidata item does not have the form of its scheme."),
  /**
   * A latitude lies outside -90 to 90 degrees. Samples move an organisation's place or an event's
   * venue by half a turn (180 degrees) of latitude, giving it a place or coordinates if it lacks
   * them.
   */
  LATITUDE_IN_RANGE("A latitude lies outside -90 to 90 degrees."),
  /**
   * A longitude lies outside -180 to 180 degrees. Samples move an organisation's place or an
   * event's venue by a whole turn (360 degrees) of longitude, giving it a place or coordinates if
   * it lacks them.
   */
  LONGITUDE_IN_RANGE("A longitude lies outside -180 to 180 degrees."),
  /**
   * A category of sex, age band or a country dimension is a publisher's code rather than one of
   * the dimension's own; a warning. Samples write the category of a breakdown or of an
   * observation's key as a publisher writes it: a country by its alpha-3 code ({@code SYR}), a sex
   * as Eurostat's {@code F}, an age band as Eurostat's {@code Y18-59}; or add a category of
   * citizenship so written, of no one, to a statistic without a breakdown by citizenship.
   */
  WELL_FORMED_CATEGORY("A category of sex, age band or a country dimension is a publisher's code, not one of the dimension's own."),
  /**
   * A statistic's breakdown divides along a dimension of its key. Samples give a statistic with a
   * breakdown the category of one of its entries as its key; or give one without a breakdown a key
   * by sex and a breakdown by sex, of no one.
   */
  KEY_NOT_BROKEN_DOWN("A statistic's breakdown divides along a dimension of its key."),
  /**
   * An observation has a value though confidential or not available, or none without such a
   * status. Samples mark an observation with a value as confidential, or take the statuses of one
   * without a value away. In a dataset, observations are those of its cubes.
   */
  VALUE_MATCHES_STATUS("An observation has a value though confidential or not available, or none without such a status."),
  /**
   * A reference names a record the dataset does not hold. Samples replace one reference (a
   * parent, member, organiser, host, funder, participant, speaker, project, coordinator, partner,
   * launching organisation, pledger or campaign) by a new identifier of the same type. Datasets
   * only.
   */
  REFERENCE_RESOLVES("A reference names an organisation, person, campaign or project the dataset does not hold."),
  /**
   * Two records of the same type in a dataset share an identifier. Samples give an event, pledge,
   * quota or statistic the identifier of an earlier one of its list. Datasets only.
   */
  UNIQUE_ID("Two records of the same type in a dataset share an identifier."),
  /**
   * A date of a record lies before 1945 or more than 10 years after today. Samples move a date a
   * century back, as by a typo (1914 for 2014); of a period, the start, so that it still holds
   * what it held. Whatever the day, such a date is implausible.
   */
  PLAUSIBLE_DATE("A date of a record lies before 1945 or more than 10 years after today."),
  /**
   * A source was published or accessed after today. Samples move a source's publication date a
   * century on (2114 for 2014), or cite such a source where a record cites none; the date is in the
   * future until at least 2090.
   */
  NOT_IN_FUTURE("A source was published or accessed after today."),
  /**
   * A person has neither a name nor a given name nor a family name; a warning. Samples remove all
   * three: the one rule whose offending value is three fields.
   */
  PERSON_NAMED("A person has neither a name nor a given name nor a family name."),
  /**
   * A pledge's fulfilled quantity is above the pledged one, and it is not marked overfulfilled.
   * Samples set the fulfilled quantity up to a fifth above the pledged maximum, or unmark an
   * overfulfilled pledge.
   */
  FULFILLED_WITHIN_PLEDGED("A pledge's fulfilled quantity is above the pledged one, and it is not marked overfulfilled."),
  /**
   * A pledge's status contradicts its fulfilled quantity. Samples set a fulfilled pledge's
   * fulfilled quantity below the pledge, a partially fulfilled one's to 0, or mark a pledge with
   * less delivered than pledged as fulfilled.
   */
  PLEDGE_STATUS_MATCHES_FULFILMENT("A pledge's status contradicts its fulfilled quantity."),
  /**
   * A quota's allocations on one basis add up to more than its places. Samples raise a quota's
   * first allocation above its places, or add such an allocation.
   */
  ALLOCATIONS_WITHIN_PLACES("A quota's allocations on one basis add up to more than its places."),
  /**
   * A quota's arrivals are more than its places; a warning. Samples set the arrivals up to a fifth
   * above the places.
   */
  ARRIVALS_WITHIN_PLACES("A quota's arrivals are more than its places."),
  /**
   * A campaign target's deadline is before the campaign's launch. Samples set a target's deadline
   * one to three years before the launch, or add such a target.
   */
  DEADLINE_AFTER_LAUNCH("A campaign target's deadline is before the campaign's launch."),
  /**
   * A statistic's breakdown categories of one dimension add up to more than its value. Samples
   * raise a statistic's first category above its value, or add such a category.
   */
  BREAKDOWN_WITHIN_TOTAL("A statistic's breakdown categories of one dimension add up to more than its value."),
  /**
   * The cells below a published total, along one dimension, add up to more than the total, beyond
   * rounding. Samples lower a total of a cube with margins that has cells of one dimension below
   * it to less than those cells add up to at the least. Datasets with observations only.
   */
  CELLS_WITHIN_TOTAL("The cells below a published total, along one dimension, add up to more than the total beyond rounding."),
  /**
   * A pledge to a campaign is dated outside the campaign's period. Samples date a pledge up to a
   * year before its campaign's period. Datasets only.
   */
  PLEDGE_WITHIN_CAMPAIGN_PERIOD("A pledge to a campaign is dated outside the campaign's period."),
  /**
   * A session is dated outside its event's period. Samples date a session up to a month before
   * its event, or add such a session.
   */
  SESSION_WITHIN_EVENT("A session is dated outside its event's period."),
  /**
   * An event's count of represented countries is below the number of countries it names. Samples
   * set the count to one less than the countries named.
   */
  COUNTRY_COUNT_COVERS_NAMED("An event's count of represented countries is below the number of countries it names.");

  /** The prefix of the validation module's message keys. */
  private static final String KEY_PREFIX = "org.resettlement.validation.";

  private final String description;
  private final String messageKey;

  BrokenRule(String description) {
    this.description = description;
    this.messageKey = KEY_PREFIX + constraintName(name()) + ".message";
  }

  /** The constraint's name is the rule's name in upper camel case: NOT_BLANK_TEXT, NotBlankText. */
  private static String constraintName(String ruleName) {
    StringBuilder name = new StringBuilder(ruleName.length());
    for (String word : ruleName.split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns what is wrong with data that breaks the rule, in one line of English.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }

  /**
   * Returns whether the validation module reports a break of this rule as a warning: data that
   * is unusual and worth a look, rather than wrong. {@link #PERSON_NAMED}, {@link
   * #ARRIVALS_WITHIN_PLACES} and {@link #WELL_FORMED_CATEGORY} are warnings; a service that
   * accepts data with warnings should accept their samples.
   *
   * @return true for a warning, false for an error
   */
  public boolean warning() {
    return this == PERSON_NAMED || this == ARRIVALS_WITHIN_PLACES || this == WELL_FORMED_CATEGORY;
  }

  /**
   * Returns the key of the rule's message in the validation module, such as {@code
   * "org.resettlement.validation.NotBlankText.message"}. A violation of the rule has this key in
   * braces as its message template.
   *
   * @return the message key, not null
   */
  public String messageKey() {
    return messageKey;
  }
}
