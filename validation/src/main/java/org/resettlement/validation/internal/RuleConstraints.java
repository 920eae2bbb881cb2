package org.resettlement.validation.internal;

import java.lang.annotation.Annotation;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.resettlement.validation.Rule;

/** Which constraint annotation stands for which {@link Rule}, both ways. */
public final class RuleConstraints {

  private static final Map<Rule, Class<? extends Annotation>> ANNOTATIONS = new EnumMap<>(Rule.class);
  private static final Map<Class<? extends Annotation>, Rule> RULES = new HashMap<>();

  static {
    put(Rule.NOT_BLANK_TEXT, NotBlankText.class);
    put(Rule.WELL_FORMED_ID, WellFormedId.class);
    put(Rule.WELL_FORMED_ACRONYM, WellFormedAcronym.class);
    put(Rule.EMAIL_ADDRESS, EmailAddress.class);
    put(Rule.PHONE_NUMBER, PhoneNumber.class);
    put(Rule.WEB_ADDRESS, WebAddress.class);
    put(Rule.WELL_FORMED_EXTERNAL_ID, WellFormedExternalId.class);
    put(Rule.LATITUDE_IN_RANGE, LatitudeInRange.class);
    put(Rule.LONGITUDE_IN_RANGE, LongitudeInRange.class);
    put(Rule.BREAKDOWN_CATEGORY_CODE, BreakdownCategoryCode.class);
    put(Rule.REFERENCE_RESOLVES, ReferenceResolves.class);
    put(Rule.UNIQUE_ID, UniqueId.class);
    put(Rule.PLAUSIBLE_DATE, PlausibleDate.class);
    put(Rule.NOT_IN_FUTURE, NotInFuture.class);
    put(Rule.PERSON_NAMED, PersonNamed.class);
    put(Rule.FULFILLED_WITHIN_PLEDGED, FulfilledWithinPledged.class);
    put(Rule.PLEDGE_STATUS_MATCHES_FULFILMENT, PledgeStatusMatchesFulfilment.class);
    put(Rule.ALLOCATIONS_WITHIN_PLACES, AllocationsWithinPlaces.class);
    put(Rule.ARRIVALS_WITHIN_PLACES, ArrivalsWithinPlaces.class);
    put(Rule.DEADLINE_AFTER_LAUNCH, DeadlineAfterLaunch.class);
    put(Rule.BREAKDOWN_WITHIN_TOTAL, BreakdownWithinTotal.class);
    put(Rule.PLEDGE_WITHIN_CAMPAIGN_PERIOD, PledgeWithinCampaignPeriod.class);
    put(Rule.SESSION_WITHIN_EVENT, SessionWithinEvent.class);
    put(Rule.COUNTRY_COUNT_COVERS_NAMED, CountryCountCoversNamed.class);
    if (ANNOTATIONS.size() != Rule.values().length) {
      throw new IllegalStateException("every Rule needs a constraint annotation");
    }
  }

  private RuleConstraints() {}

  private static void put(Rule rule, Class<? extends Annotation> annotation) {
    ANNOTATIONS.put(rule, annotation);
    RULES.put(annotation, rule);
  }

  /**
   * Returns the constraint annotation of a rule.
   *
   * @param rule the rule, not null
   * @return the annotation type, not null
   */
  public static Class<? extends Annotation> annotationOf(Rule rule) {
    return ANNOTATIONS.get(rule);
  }

  /**
   * Returns the rule a constraint annotation stands for.
   *
   * @param annotation the annotation type, not null
   * @return the rule, or empty for an annotation of another library
   */
  public static Optional<Rule> ruleOf(Class<? extends Annotation> annotation) {
    return Optional.ofNullable(RULES.get(annotation));
  }
}
