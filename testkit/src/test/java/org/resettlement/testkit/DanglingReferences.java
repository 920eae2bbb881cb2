package org.resettlement.testkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.resettlement.core.Actor;
import org.resettlement.core.Campaign;
import org.resettlement.core.Dataset;
import org.resettlement.core.DatasetRecord;
import org.resettlement.core.Event;
import org.resettlement.core.Funding;
import org.resettlement.core.Membership;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.Participation;
import org.resettlement.core.PersonId;
import org.resettlement.core.Pledge;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;
import org.resettlement.core.RecordId;
import org.resettlement.core.Session;

/** Lists the references of a dataset that do not resolve, and identifiers that repeat. */
final class DanglingReferences {
  private final Dataset dataset;
  private final List<String> problems = new ArrayList<>();

  private DanglingReferences(Dataset dataset) {
    this.dataset = dataset;
  }

  static List<String> in(Dataset dataset) {
    DanglingReferences check = new DanglingReferences(dataset);
    check.run();
    return check.problems;
  }

  private void run() {
    unique("organisations", dataset.organisations());
    unique("people", dataset.people());
    unique("events", dataset.events());
    unique("projects", dataset.projects());
    unique("campaigns", dataset.campaigns());
    unique("pledges", dataset.pledges());
    unique("quotas", dataset.quotas());
    unique("statistics", dataset.statistics());
    for (Organisation organisation : dataset.organisations()) {
      organisation.parent().ifPresent(parent -> organisation(organisation.id() + ".parent", parent));
    }
    for (Membership membership : dataset.memberships()) {
      actor("membership.member", membership.member());
      organisation("membership.organisation", membership.organisation());
    }
    for (Project project : dataset.projects()) {
      project.coordinator().ifPresent(id -> organisation(project.id() + ".coordinator", id));
      project.partners().forEach(id -> organisation(project.id() + ".partners", id));
      for (Funding funding : project.fundings()) {
        funding.funder().ifPresent(funder -> actor(project.id() + ".fundings.funder", funder));
      }
      project.parent().ifPresent(parent -> project(project.id() + ".parent", parent));
    }
    for (Event event : dataset.events()) {
      event.organisers().forEach(id -> organisation(event.id() + ".organisers", id));
      event.hosts().forEach(id -> organisation(event.id() + ".hosts", id));
      event.funders().forEach(funder -> actor(event.id() + ".funders", funder));
      for (Participation participation : event.participants()) {
        actor(event.id() + ".participants", participation.participant());
        participation.representing().ifPresent(id -> organisation(event.id() + ".representing", id));
      }
      for (Session session : event.sessions()) {
        session.speakers().forEach(speaker -> actor(event.id() + ".sessions.speakers", speaker));
      }
      event.project().ifPresent(id -> project(event.id() + ".project", id));
    }
    for (Campaign campaign : dataset.campaigns()) {
      campaign.launchingOrganisations().forEach(id -> organisation(campaign.id() + ".launchingOrganisations", id));
    }
    for (Pledge pledge : dataset.pledges()) {
      actor(pledge.id() + ".pledger", pledge.pledger());
      pledge.campaign().ifPresent(
          id -> {
            if (dataset.campaign(id).isEmpty()) {
              problems.add(pledge.id() + ".campaign: " + id + " is not in the dataset");
            }
          });
    }
  }

  private <I extends RecordId<I>> void unique(String kind, List<? extends DatasetRecord<I>> records) {
    Set<I> seen = new HashSet<>();
    for (DatasetRecord<I> record : records) {
      if (!seen.add(record.id())) {
        problems.add(kind + ": " + record.id() + " repeats");
      }
    }
  }

  private void actor(String path, Actor actor) {
    if (actor instanceof OrganisationId) {
      organisation(path, (OrganisationId) actor);
    } else if (actor instanceof PersonId && dataset.person((PersonId) actor).isEmpty()) {
      problems.add(path + ": " + actor + " is not in the dataset");
    }
  }

  private void organisation(String path, OrganisationId id) {
    if (dataset.organisation(id).isEmpty()) {
      problems.add(path + ": " + id + " is not in the dataset");
    }
  }

  private void project(String path, ProjectId id) {
    if (dataset.project(id).isEmpty()) {
      problems.add(path + ": " + id + " is not in the dataset");
    }
  }
}
