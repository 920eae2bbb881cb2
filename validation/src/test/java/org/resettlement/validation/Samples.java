package org.resettlement.validation;

import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignId;
import org.resettlement.core.CountryCode;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.EventKind;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;
import org.resettlement.core.PledgeKind;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Quantity;
import org.resettlement.core.QuotaId;
import org.resettlement.core.QuotaKind;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticId;
import org.resettlement.core.StatisticMetric;

/**
 * Small records that break no rule, for tests to change in exactly one way. Dates lie in 2023, a
 * year before {@link Validators#TODAY}.
 */
final class Samples {
  private Samples() {}

  static LocalizedText text(String english) {
    return LocalizedText.of("en", english);
  }

  static Organisation organisation(String id) {
    return Organisation.builder()
        .id(OrganisationId.of(id))
        .name(text("Organisation " + id))
        .kind(OrganisationKind.NGO_NATIONAL)
        .build();
  }

  static Person person(String id) {
    return Person.builder().id(PersonId.of(id)).name("Person " + id).build();
  }

  static Event event(String id) {
    return Event.builder()
        .id(EventId.of(id))
        .title(text("Event " + id))
        .kind(EventKind.WORKSHOP)
        .period(DateRange.parse("2023-11-13/2023-11-15"))
        .build();
  }

  static Project project(String id) {
    return Project.builder().id(ProjectId.of(id)).title(text("Project " + id)).build();
  }

  static Campaign campaign(String id) {
    return Campaign.builder()
        .id(CampaignId.of(id))
        .name(text("Campaign " + id))
        .launchDate(PartialDate.parse("2012"))
        .period(DateRange.parse("2012/2020"))
        .build();
  }

  /** A pledge of 100 places by a state, to no campaign. */
  static Pledge pledge(String id) {
    return Pledge.builder()
        .id(PledgeId.of(id))
        .pledger(CountryCode.of("PT"))
        .kind(PledgeKind.RESETTLEMENT_PLACES)
        .quantity(Quantity.exactly(100))
        .build();
  }

  /** A quota of 500 places of Portugal for 2023. */
  static ResettlementQuota quota(String id) {
    return ResettlementQuota.builder()
        .id(QuotaId.of(id))
        .country(CountryCode.of("PT"))
        .period(DateRange.parse("2023/2023"))
        .kind(QuotaKind.NATIONAL_ANNUAL)
        .places(Quantity.exactly(500))
        .build();
  }

  /** 3,500 people resettled to the EU in 2023. */
  static Statistic statistic(String id) {
    return Statistic.builder()
        .id(StatisticId.of(id))
        .metric(StatisticMetric.RESETTLED_PERSONS)
        .value(Quantity.exactly(3500))
        .period(DateRange.parse("2023/2023"))
        .geography(Geography.of(CountryCode.of("PT")))
        .build();
  }
}
