package org.resettlement.testkit;

import static org.resettlement.testkit.SampleData.LATEST_DATE;

import java.time.LocalDate;
import java.util.List;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PersonId;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Source;

/** The references of a record made on its own: fresh identifiers that no dataset resolves. */
final class FreeRefs implements Refs {
  private final Draw draw;
  private final IdentifierSampler ids;
  private final SourceSampler sources;

  FreeRefs(Draw draw, IdentifierSampler ids, SourceSampler sources) {
    this.draw = draw;
    this.ids = ids;
    this.sources = sources;
  }

  @Override
  public OrganisationId organisation() {
    return ids.organisationId();
  }

  @Override
  public OrganisationId organisationOtherThan(OrganisationId organisation) {
    OrganisationId other = ids.organisationId();
    return other.equals(organisation) ? null : other;
  }

  @Override
  public PersonId person() {
    return ids.personId();
  }

  @Override
  public ProjectId project() {
    return ids.projectId();
  }

  @Override
  public ProjectId projectOtherThan(ProjectId project) {
    ProjectId other = ids.projectId();
    return other.equals(project) ? null : other;
  }

  @Override
  public CampaignWindow campaign() {
    LocalDate from = draw.day(LocalDate.of(1995, 1, 1), LATEST_DATE.minusYears(1));
    return new CampaignWindow(
        ids.campaignId(), from, DateSampler.earlier(from.plusYears(draw.between(1, 8)), LATEST_DATE));
  }

  @Override
  public List<Source> sources() {
    return draw.chance(50) ? List.of(sources.source()) : List.of();
  }
}
