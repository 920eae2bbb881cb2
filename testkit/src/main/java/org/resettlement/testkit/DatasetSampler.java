package org.resettlement.testkit;

import java.util.ArrayList;
import java.util.List;
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignId;
import org.resettlement.core.Dataset;
import org.resettlement.core.EventId;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PersonId;
import org.resettlement.core.PledgeId;
import org.resettlement.core.ProjectId;
import org.resettlement.core.QuotaId;
import org.resettlement.core.Source;
import org.resettlement.core.StatisticId;

/**
 * Builds one sample dataset, kind by kind, so that each record refers only to records made
 * before it: organisations, people, projects, memberships, events, campaigns, pledges, quotas,
 * statistics; then the observations of its cubes, which refer to nothing. A parent organisation or project is always an earlier one, so there are no cycles.
 *
 * <p>Sources are drawn from a small pool made first, as in real data many records cite the same
 * press release; this also keeps large datasets cheap.
 */
final class DatasetSampler implements Refs {
  private final SampleData sample;
  private final Draw draw;
  private final DatasetSpec spec;

  private final List<Source> sourcePool = new ArrayList<>();
  private final OrganisationId[] organisations;
  private int organisationCount;
  private final PersonId[] people;
  private int personCount;
  private final ProjectId[] projects;
  private int projectCount;
  private final CampaignWindow[] campaigns;
  private int campaignCount;

  DatasetSampler(SampleData sample, DatasetSpec spec) {
    this.sample = sample;
    this.draw = sample.draw;
    this.spec = spec;
    this.organisations = new OrganisationId[spec.organisations()];
    this.people = new PersonId[spec.people()];
    this.projects = new ProjectId[spec.projects()];
    this.campaigns = new CampaignWindow[spec.campaigns()];
  }

  Dataset build() {
    Dataset.Builder dataset = Dataset.builder();
    long sources = spec.total() == 0 ? 0 : Math.max(3, Math.min(40, spec.total() / 50));
    for (int i = 0; i < sources; i++) {
      sourcePool.add(sample.source());
    }
    for (int i = 1; i <= organisations.length; i++) {
      OrganisationId id = OrganisationId.of("org-" + i);
      dataset.addOrganisation(sample.organisations.organisation(id, this));
      organisations[organisationCount++] = id;
    }
    for (int i = 1; i <= people.length; i++) {
      PersonId id = PersonId.of("person-" + i);
      dataset.addPerson(sample.organisations.person(id, this));
      people[personCount++] = id;
    }
    for (int i = 1; i <= projects.length; i++) {
      ProjectId id = ProjectId.of("project-" + i);
      dataset.addProject(sample.projects.project(id, this));
      projects[projectCount++] = id;
    }
    if (organisationCount > 0) {
      for (int i = 0; i < spec.memberships(); i++) {
        dataset.addMembership(sample.organisations.membership(this));
      }
    }
    for (int i = 1; i <= spec.events(); i++) {
      dataset.addEvent(sample.events.event(EventId.of("event-" + i), this));
    }
    for (int i = 1; i <= campaigns.length; i++) {
      Campaign campaign = sample.campaigns.campaign(CampaignId.of("campaign-" + i), this);
      dataset.addCampaign(campaign);
      campaigns[campaignCount++] = CampaignSampler.windowOf(campaign);
    }
    for (int i = 1; i <= spec.pledges(); i++) {
      dataset.addPledge(sample.campaigns.pledge(PledgeId.of("pledge-" + i), this));
    }
    for (int i = 1; i <= spec.quotas(); i++) {
      dataset.addQuota(sample.figures.resettlementQuota(QuotaId.of("quota-" + i), this));
    }
    for (int i = 1; i <= spec.statistics(); i++) {
      dataset.addStatistic(sample.figures.statistic(StatisticId.of("statistic-" + i), this));
    }
    for (CubeSpec cube : spec.cubes()) {
      sample.cube(cube).forEach(dataset::addObservation);
    }
    return dataset.build();
  }

  //-----------------------------------------------------------------------
  @Override
  public OrganisationId organisation() {
    return organisationCount == 0 ? null : organisations[draw.below(organisationCount)];
  }

  @Override
  public OrganisationId organisationOtherThan(OrganisationId organisation) {
    return other(organisations, organisationCount, organisation);
  }

  @Override
  public PersonId person() {
    return personCount == 0 ? null : people[draw.below(personCount)];
  }

  @Override
  public ProjectId project() {
    return projectCount == 0 ? null : projects[draw.below(projectCount)];
  }

  @Override
  public ProjectId projectOtherThan(ProjectId project) {
    return other(projects, projectCount, project);
  }

  @Override
  public CampaignWindow campaign() {
    return campaignCount == 0 ? null : campaigns[draw.below(campaignCount)];
  }

  @Override
  public List<Source> sources() {
    if (sourcePool.isEmpty()) {
      return List.of();
    }
    int roll = draw.below(100);
    if (roll < 30) {
      return List.of();
    }
    Source first = draw.pick(sourcePool);
    if (roll < 85 || sourcePool.size() < 2) {
      return List.of(first);
    }
    Source second = draw.pick(sourcePool);
    return second == first ? List.of(first) : List.of(first, second);
  }

  /** One of the first {@code count} identifiers other than {@code excluded}, or null. */
  private <T> T other(T[] ids, int count, T excluded) {
    if (count == 0) {
      return null;
    }
    int index = draw.below(count);
    if (ids[index].equals(excluded)) {
      if (count == 1) {
        return null;
      }
      index = index + 1 == count ? 0 : index + 1;
    }
    return ids[index];
  }
}
