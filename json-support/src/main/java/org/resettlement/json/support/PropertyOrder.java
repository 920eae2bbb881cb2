package org.resettlement.json.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resettlement.core.Allocation;
import org.resettlement.core.Breakdown;
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignProgress;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
import org.resettlement.core.Dataset;
import org.resettlement.core.Discrepancy;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.Funding;
import org.resettlement.core.Geography;
import org.resettlement.core.Membership;
import org.resettlement.core.MonetaryAmount;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationFilter;
import org.resettlement.core.ObservationTotal;
import org.resettlement.core.Organisation;
import org.resettlement.core.Participation;
import org.resettlement.core.Person;
import org.resettlement.core.Place;
import org.resettlement.core.Pledge;
import org.resettlement.core.Project;
import org.resettlement.core.QuotaTotal;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.SeriesPosition;
import org.resettlement.core.Session;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;
import org.resettlement.core.Target;

/**
 * The order of the properties of each composite value type in the wire format, written down: the
 * order in which the type declares its attributes.
 *
 * <p>Why a list, and not an order found at run time: the JDK specifies no order for {@link
 * Class#getMethods()} or {@link Class#getDeclaredFields()}. Taking the order of the generated
 * class's fields worked on HotSpot with javac, but the golden files depend on the order byte for
 * byte, and another JVM or compiler could have changed the wire format without a word. An
 * annotation processor could read the order of the sources, but it would have to run in the core's
 * build and leave a table in the core, which carries no JSON concerns. So the wire format states
 * its order here, next to its other rules, and the build holds it to the types: {@link ValueType}
 * refuses a type whose attributes this list does not name exactly, and the tests compare each list
 * with the order of the core's sources and write every golden file byte for byte on both Jackson
 * lines. A new attribute therefore fails the build until it is given its place here (and in the
 * schema).
 */
final class PropertyOrder {
  private static final Map<Class<?>, List<String>> ORDER = new LinkedHashMap<>();

  static {
    order(Allocation.class, "basis", "country", "places");
    order(Breakdown.class, "dimension", "category", "value");
    order(Discrepancy.class,
        "margin", "dimension", "cells", "cellsSum", "cellsExceedMargin", "beyondRounding");
    order(CampaignProgress.class,
        "campaign", "target", "pledges", "withdrawnPledges", "pledgedPlaces", "deliveredPlaces");
    order(Campaign.class,
        "id", "name", "launchingOrganisations", "launchDate", "targets", "period", "summary",
        "sources");
    order(ContactPoint.class, "kind", "value", "label");
    order(Coordinates.class, "latitude", "longitude");
    order(Dataset.class,
        "schemaVersion", "organisations", "people", "memberships", "events", "projects",
        "campaigns", "pledges", "quotas", "statistics", "observations");
    order(DateRange.class, "start", "end");
    order(Event.class,
        "id", "title", "kind", "period", "venue", "online", "organisers", "hosts", "funders",
        "participants", "sessions", "attendance", "representedCountries",
        "moreCountriesRepresented", "representedCountryCount", "workingLanguages", "topics",
        "summary", "project", "series", "sources");
    order(ExternalIdentifier.class, "scheme", "value");
    order(Funding.class, "funder", "programme", "amount", "year");
    order(Geography.class, "group", "countries");
    order(Membership.class, "member", "organisation", "role", "period", "sources");
    order(MonetaryAmount.class, "amount", "currency");
    order(Organisation.class,
        "id", "name", "acronym", "kind", "country", "place", "contacts", "identifiers", "parent",
        "description", "sources");
    order(Participation.class, "participant", "role", "representing", "country", "contribution");
    order(Person.class,
        "id", "name", "givenName", "familyName", "honorific", "contacts", "sources");
    order(Place.class, "locality", "region", "country", "coordinates");
    order(Pledge.class,
        "id", "pledger", "campaign", "kind", "quantity", "amount", "description", "pledgedOn",
        "targetPeriod", "status", "fulfilled", "overfulfilled", "sources");
    order(Project.class,
        "id", "title", "acronym", "coordinator", "partners", "fundings", "period", "duration",
        "targetGroups", "parent", "summary", "sources");
    order(QuotaTotal.class, "country", "year", "quotas", "places", "arrivals");
    order(ResettlementQuota.class,
        "id", "country", "period", "kind", "places", "allocations", "arrivals", "arrivalsAsOf",
        "decidedOn", "description", "sources");
    order(SeriesPosition.class, "series", "ordinal", "last");
    order(Session.class, "title", "kind", "date", "speakers", "summary");
    order(Source.class, "title", "publisher", "url", "publishedOn", "accessedOn", "note");
    order(Observation.class,
        "metric", "key", "value", "statuses", "rounding", "period", "geography", "note", "sources");
    order(ObservationFilter.class,
        "metric", "period", "periodWithin", "geography", "key", "undivided", "exactKey");
    order(ObservationTotal.class, "sum", "publishedSum", "observations", "withheld", "missing");
    order(Statistic.class,
        "id", "metric", "key", "value", "rounding", "period", "geography", "breakdown", "note",
        "sources");
    order(Target.class, "metric", "value", "scope", "deadline", "perYear", "description");
  }

  private PropertyOrder() {}

  private static void order(Class<?> type, String... names) {
    ORDER.put(type, List.of(names));
  }

  /**
   * Returns the property names of a composite value type in wire-format order.
   *
   * @param type  a type of the core
   * @return the names, empty if the type has no list, not null
   */
  static List<String> of(Class<?> type) {
    return ORDER.getOrDefault(type, List.of());
  }

  /**
   * Returns the types that have a list.
   *
   * @return the types, not null
   */
  static Set<Class<?>> types() {
    return Collections.unmodifiableSet(ORDER.keySet());
  }
}
