package org.resettlement.testkit;

import java.time.LocalDate;
import java.util.List;
import org.resettlement.core.CampaignId;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PersonId;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Source;

/**
 * Where a generated record finds the records it refers to.
 *
 * <p>A record made on its own refers to fresh identifiers; a record made for a dataset refers to
 * records the dataset holds, so that every reference resolves. Methods return {@code null} when
 * there is nothing to refer to, and the caller leaves the reference out.
 */
interface Refs {

  /** An organisation to refer to, or null if there is none. */
  OrganisationId organisation();

  /** An organisation other than the given one, or null if there is none. */
  OrganisationId organisationOtherThan(OrganisationId organisation);

  /** A person to refer to, or null if there is none. */
  PersonId person();

  /** A project to refer to, or null if there is none. */
  ProjectId project();

  /** A project other than the given one, or null if there is none. */
  ProjectId projectOtherThan(ProjectId project);

  /** A campaign a pledge can answer, with the days it may be dated on, or null if there is none. */
  CampaignWindow campaign();

  /** The sources a record cites, possibly none. */
  List<Source> sources();

  /** A campaign and the days from {@code from} to {@code to} within which pledges to it fall. */
  record CampaignWindow(CampaignId id, LocalDate from, LocalDate to) {}
}
