package org.resettlement.validation;

import jakarta.validation.Payload;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.resettlement.core.Breakdown;
import org.resettlement.core.Campaign;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.Funding;
import org.resettlement.core.Membership;
import org.resettlement.core.Observation;
import org.resettlement.core.Organisation;
import org.resettlement.core.Participation;
import org.resettlement.core.Person;
import org.resettlement.core.Place;
import org.resettlement.core.Pledge;
import org.resettlement.core.Project;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.SeriesPosition;
import org.resettlement.core.Session;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;
import org.resettlement.core.Target;

/**
 * Where each rule applies: its constraint on the properties and types of core, declared with
 * Hibernate Validator's programmatic API so that core carries no annotations.
 *
 * <p>Every text that {@link Rule#NOT_BLANK_TEXT} applies to is held to the rules on its
 * characters too, {@link Rule#NO_CONTROL_CHARACTERS} and {@link Rule#NO_DIRECTIONAL_FORMATTING}:
 * as names and titles, or, for descriptions, summaries and notes, as running text.
 *
 * <p>The sources of a dataset's observations are not validated in cascade but once each, by
 * constraints on the dataset: a publisher's table of a million cells shares one source.
 *
 * <p>Properties are named as the record-style accessors name them, which needs {@link
 * RecordAccessorPropertySelectionStrategy}. Nested values and the elements of lists and optionals
 * are validated in cascade, so that paths read like {@code events[2].sessions[0].title}. Each
 * constraint is the {@linkplain Rule#constraint() annotation of its rule}, which names its
 * validators, in the rule's groups ({@code Default}, and {@link Structural} for structural rules)
 * and with its severity as payload.
 *
 * <p>Here, in the API package but not public, rather than in {@code internal}: it needs {@link
 * Rule}, and {@code internal} depends on nothing of this package, so that the two packages have
 * no cycle.
 */
final class RuleMappings {
  private RuleMappings() {}

  /**
   * Adds the constraints of every rule to a mapping.
   *
   * @param mapping a mapping of the factory being configured, not null
   */
  static void addTo(ConstraintMapping mapping) {
    mapDataset(mapping);
    mapOrganisationsAndPeople(mapping);
    mapEventsAndProjects(mapping);
    mapCampaignsAndPledges(mapping);
    mapQuotasAndStatistics(mapping);
    mapSharedValues(mapping);
  }

  private static void mapDataset(ConstraintMapping mapping) {
    TypeConstraintMappingContext<Dataset> dataset =
        mapping.type(Dataset.class)
            .constraint(rule(Rule.REFERENCE_RESOLVES))
            .constraint(rule(Rule.UNIQUE_ID))
            .constraint(rule(Rule.PLEDGE_WITHIN_CAMPAIGN_PERIOD))
            .constraint(rule(Rule.CELLS_WITHIN_TOTAL))
            // The sources of observations, each checked once (SharedSourceValidators): the cells
            // of a table share their source, which a cascade would check once per cell.
            .constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS))
            .constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
            .constraint(rule(Rule.WEB_ADDRESS))
            .constraint(rule(Rule.NOT_IN_FUTURE));
    for (String records : new String[] {
        "organisations", "people", "memberships", "events", "projects",
        "campaigns", "pledges", "quotas", "statistics", "observations"}) {
      dataset.getter(records).containerElementType().valid();
    }
  }

  private static void mapOrganisationsAndPeople(ConstraintMapping mapping) {
    mapping.type(Organisation.class)
        .getter("id").constraint(rule(Rule.WELL_FORMED_ID))
        .getter("name").constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("acronym").containerElementType().constraint(rule(Rule.WELL_FORMED_ACRONYM))
        .getter("place").containerElementType().valid()
        .getter("contacts").containerElementType().valid()
        .getter("identifiers").containerElementType().valid()
        .getter("description").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(runningText(Rule.NO_CONTROL_CHARACTERS)).constraint(runningText(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("sources").containerElementType().valid();
    mapping.type(Person.class)
        .constraint(rule(Rule.PERSON_NAMED))
        .getter("id").constraint(rule(Rule.WELL_FORMED_ID))
        .getter("name").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("givenName").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("familyName").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("honorific").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("contacts").containerElementType().valid()
        .getter("sources").containerElementType().valid();
    mapping.type(Membership.class)
        .getter("role").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("period").containerElementType().constraint(rule(Rule.PLAUSIBLE_DATE))
        .getter("sources").containerElementType().valid();
  }

  private static void mapEventsAndProjects(ConstraintMapping mapping) {
    mapping.type(Event.class)
        .constraint(rule(Rule.SESSION_WITHIN_EVENT))
        .constraint(rule(Rule.COUNTRY_COUNT_COVERS_NAMED))
        .getter("id").constraint(rule(Rule.WELL_FORMED_ID))
        .getter("title").constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("period").constraint(rule(Rule.PLAUSIBLE_DATE))
        .getter("venue").containerElementType().valid()
        .getter("participants").containerElementType().valid()
        .getter("sessions").containerElementType().valid()
        .getter("topics").constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("summary").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(runningText(Rule.NO_CONTROL_CHARACTERS)).constraint(runningText(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("series").containerElementType().valid()
        .getter("sources").containerElementType().valid();
    mapping.type(Participation.class)
        .getter("contribution").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING));
    mapping.type(Session.class)
        .getter("title").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("date").containerElementType().constraint(rule(Rule.PLAUSIBLE_DATE))
        .getter("summary").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(runningText(Rule.NO_CONTROL_CHARACTERS)).constraint(runningText(Rule.NO_DIRECTIONAL_FORMATTING));
    mapping.type(SeriesPosition.class)
        .getter("series").constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING));
    mapping.type(Project.class)
        .getter("id").constraint(rule(Rule.WELL_FORMED_ID))
        .getter("title").constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("acronym").containerElementType().constraint(rule(Rule.WELL_FORMED_ACRONYM))
        .getter("fundings").containerElementType().valid()
        .getter("period").containerElementType().constraint(rule(Rule.PLAUSIBLE_DATE))
        .getter("targetGroups").constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("summary").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(runningText(Rule.NO_CONTROL_CHARACTERS)).constraint(runningText(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("sources").containerElementType().valid();
    mapping.type(Funding.class)
        .getter("programme").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("year").containerElementType().constraint(rule(Rule.PLAUSIBLE_DATE));
  }

  private static void mapCampaignsAndPledges(ConstraintMapping mapping) {
    mapping.type(Campaign.class)
        .constraint(rule(Rule.DEADLINE_AFTER_LAUNCH))
        .getter("id").constraint(rule(Rule.WELL_FORMED_ID))
        .getter("name").constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("launchDate").containerElementType().constraint(rule(Rule.PLAUSIBLE_DATE))
        .getter("targets").containerElementType().valid()
        .getter("period").containerElementType().constraint(rule(Rule.PLAUSIBLE_DATE))
        .getter("summary").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(runningText(Rule.NO_CONTROL_CHARACTERS)).constraint(runningText(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("sources").containerElementType().valid();
    mapping.type(Target.class)
        .getter("deadline").containerElementType().constraint(rule(Rule.PLAUSIBLE_DATE))
        .getter("description").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(runningText(Rule.NO_CONTROL_CHARACTERS)).constraint(runningText(Rule.NO_DIRECTIONAL_FORMATTING));
    mapping.type(Pledge.class)
        .constraint(rule(Rule.FULFILLED_WITHIN_PLEDGED))
        .constraint(rule(Rule.PLEDGE_STATUS_MATCHES_FULFILMENT))
        .getter("id").constraint(rule(Rule.WELL_FORMED_ID))
        .getter("description").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(runningText(Rule.NO_CONTROL_CHARACTERS)).constraint(runningText(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("pledgedOn").containerElementType().constraint(rule(Rule.PLAUSIBLE_DATE))
        .getter("targetPeriod").containerElementType().constraint(rule(Rule.PLAUSIBLE_DATE))
        .getter("sources").containerElementType().valid();
  }

  private static void mapQuotasAndStatistics(ConstraintMapping mapping) {
    mapping.type(ResettlementQuota.class)
        .constraint(rule(Rule.ALLOCATIONS_WITHIN_PLACES))
        .constraint(rule(Rule.ARRIVALS_WITHIN_PLACES))
        .getter("id").constraint(rule(Rule.WELL_FORMED_ID))
        .getter("period").constraint(rule(Rule.PLAUSIBLE_DATE))
        .getter("arrivalsAsOf").containerElementType().constraint(rule(Rule.PLAUSIBLE_DATE))
        .getter("decidedOn").containerElementType().constraint(rule(Rule.PLAUSIBLE_DATE))
        .getter("description").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(runningText(Rule.NO_CONTROL_CHARACTERS)).constraint(runningText(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("sources").containerElementType().valid();
    mapping.type(Statistic.class)
        .constraint(rule(Rule.BREAKDOWN_WITHIN_TOTAL))
        .constraint(rule(Rule.KEY_NOT_BROKEN_DOWN))
        .getter("id").constraint(rule(Rule.WELL_FORMED_ID))
        .getter("key").constraint(rule(Rule.WELL_FORMED_CATEGORY))
            .constraint(rule(Rule.NOT_BLANK_TEXT)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("period").constraint(rule(Rule.PLAUSIBLE_DATE))
        .getter("breakdown").containerElementType().valid()
        .getter("note").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(runningText(Rule.NO_CONTROL_CHARACTERS)).constraint(runningText(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("sources").containerElementType().valid();
    mapping.type(Breakdown.class)
        .constraint(rule(Rule.WELL_FORMED_CATEGORY))
        .getter("category").constraint(rule(Rule.NOT_BLANK_TEXT)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING));
    // No cascade to the sources: the dataset checks each source of its observations once.
    mapping.type(Observation.class)
        .constraint(rule(Rule.VALUE_MATCHES_STATUS))
        .getter("key").constraint(rule(Rule.WELL_FORMED_CATEGORY))
            .constraint(rule(Rule.NOT_BLANK_TEXT)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("period").constraint(rule(Rule.PLAUSIBLE_DATE))
        .getter("note").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(runningText(Rule.NO_CONTROL_CHARACTERS)).constraint(runningText(Rule.NO_DIRECTIONAL_FORMATTING));
  }

  private static void mapSharedValues(ConstraintMapping mapping) {
    mapping.type(Place.class)
        .getter("locality").constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("region").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("coordinates").containerElementType().valid();
    mapping.type(Coordinates.class)
        .getter("latitude").constraint(rule(Rule.LATITUDE_IN_RANGE))
        .getter("longitude").constraint(rule(Rule.LONGITUDE_IN_RANGE));
    mapping.type(ContactPoint.class)
        .constraint(rule(Rule.EMAIL_ADDRESS))
        .constraint(rule(Rule.PHONE_NUMBER))
        .constraint(rule(Rule.WEB_ADDRESS))
        .getter("label").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING));
    mapping.type(ExternalIdentifier.class)
        .constraint(rule(Rule.WELL_FORMED_EXTERNAL_ID));
    mapping.type(Source.class)
        .getter("title").constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("publisher").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(rule(Rule.NO_CONTROL_CHARACTERS)).constraint(rule(Rule.NO_DIRECTIONAL_FORMATTING))
        .getter("url").containerElementType().constraint(rule(Rule.WEB_ADDRESS))
        .getter("publishedOn").containerElementType().constraint(rule(Rule.NOT_IN_FUTURE))
        .getter("accessedOn").containerElementType().constraint(rule(Rule.NOT_IN_FUTURE))
        .getter("note").containerElementType().constraint(rule(Rule.NOT_BLANK_TEXT))
            .constraint(runningText(Rule.NO_CONTROL_CHARACTERS)).constraint(runningText(Rule.NO_DIRECTIONAL_FORMATTING));
  }

  /**
   * The constraint of a rule on the characters of a text, for running text: descriptions,
   * summaries and notes, which may hold line feeds and tabs, and embed and isolate the direction of
   * text.
   */
  private static GenericConstraintDef<? extends Annotation> runningText(Rule rule) {
    return rule(rule).param("runningText", true);
  }

  /** The constraint of a rule, in its groups and with its severity. */
  private static GenericConstraintDef<? extends Annotation> rule(Rule rule) {
    Class<?>[] groups =
        rule.structural()
            ? new Class<?>[] {Default.class, Structural.class}
            : new Class<?>[] {Default.class};
    // Java cannot create an array of Class<? extends Payload>; this one holds one such class.
    @SuppressWarnings("unchecked")
    Class<? extends Payload>[] payload =
        (Class<? extends Payload>[]) new Class<?>[] {rule.defaultSeverity().payload()};
    return new GenericConstraintDef<>(rule.constraint()).groups(groups).payload(payload);
  }
}
