package org.resettlement.testkit;

import static org.resettlement.testkit.Vocabulary.COUNTRIES;
import static org.resettlement.testkit.Vocabulary.RESETTLEMENT_STATES;

import org.resettlement.core.Actor;
import org.resettlement.core.CampaignId;
import org.resettlement.core.EventId;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PersonId;
import org.resettlement.core.PledgeId;
import org.resettlement.core.ProjectId;
import org.resettlement.core.QuotaId;
import org.resettlement.core.StatisticId;
import org.resettlement.testkit.Vocabulary.Country;

/**
 * Makes identifiers: fresh record identifiers such as {@code pledge-k3x9q2m1}, actors, and the
 * external identifiers (IATI, Wikidata) of organisations.
 */
final class IdentifierSampler {
  private final Draw draw;

  IdentifierSampler(Draw draw) {
    this.draw = draw;
  }

  OrganisationId organisationId() {
    return OrganisationId.of("org-" + token());
  }

  PersonId personId() {
    return PersonId.of("person-" + token());
  }

  EventId eventId() {
    return EventId.of("event-" + token());
  }

  ProjectId projectId() {
    return ProjectId.of("project-" + token());
  }

  CampaignId campaignId() {
    return CampaignId.of("campaign-" + token());
  }

  PledgeId pledgeId() {
    return PledgeId.of("pledge-" + token());
  }

  QuotaId quotaId() {
    return QuotaId.of("quota-" + token());
  }

  StatisticId statisticId() {
    return StatisticId.of("statistic-" + token());
  }

  /** Eight base-36 characters: 41 random bits with the top bit set, so the length is fixed. */
  private String token() {
    return Long.toString((draw.nextLong() >>> 24) | (1L << 39), 36);
  }

  /** An organisation, a person or a state, each a third of the time. */
  Actor actor() {
    switch (draw.below(3)) {
      case 0:
        return organisationId();
      case 1:
        return personId();
      default:
        return draw.pick(RESETTLEMENT_STATES);
    }
  }

  //-----------------------------------------------------------------------
  ExternalIdentifier externalIdentifier() {
    return externalIdentifier(draw.pick(COUNTRIES), draw.chance(20));
  }

  /**
   * An identifier of an organisation of a country: more often than not, an IATI identifier of the
   * DAC list for an international body, or of the country's register where it has an IATI prefix;
   * else a Wikidata item.
   */
  ExternalIdentifier externalIdentifier(Country country, boolean international) {
    if (international && draw.chance(60)) {
      return ExternalIdentifier.iati("XM-DAC-" + draw.between(40_000, 49_999));
    }
    if (country.registerPrefix() != null && draw.chance(60)) {
      StringBuilder value = new StringBuilder(country.registerPrefix());
      draw.digits(value, country.registerDigits());
      return ExternalIdentifier.iati(value.toString());
    }
    return ExternalIdentifier.wikidata("Q" + draw.between(1_000, 130_000_000));
  }
}
