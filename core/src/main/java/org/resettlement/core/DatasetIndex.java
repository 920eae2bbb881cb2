package org.resettlement.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lookup tables of one {@link Dataset}, built once, the first time a lookup needs them.
 *
 * <p>Where identifiers repeat (the validation module reports that), the first record wins.
 */
final class DatasetIndex {
  final Map<OrganisationId, Organisation> organisations;
  final Map<PersonId, Person> people;
  final Map<EventId, Event> events;
  final Map<ProjectId, Project> projects;
  final Map<CampaignId, Campaign> campaigns;
  final Map<PledgeId, Pledge> pledges;
  final Map<QuotaId, ResettlementQuota> quotas;
  final Map<StatisticId, Statistic> statistics;
  final Map<CampaignId, List<Pledge>> pledgesByCampaign;
  final Map<ProjectId, List<Event>> eventsByProject;
  final Map<OrganisationId, List<Membership>> membershipsByOrganisation;
  final Map<Actor, List<Membership>> membershipsByMember;

  DatasetIndex(Dataset dataset) {
    organisations = byId(dataset.organisations());
    people = byId(dataset.people());
    events = byId(dataset.events());
    projects = byId(dataset.projects());
    campaigns = byId(dataset.campaigns());
    pledges = byId(dataset.pledges());
    quotas = byId(dataset.quotas());
    statistics = byId(dataset.statistics());

    Map<CampaignId, List<Pledge>> byCampaign = new HashMap<>();
    for (Pledge pledge : dataset.pledges()) {
      pledge.campaign().ifPresent(id -> byCampaign.computeIfAbsent(id, key -> new ArrayList<>()).add(pledge));
    }
    pledgesByCampaign = frozen(byCampaign);

    Map<ProjectId, List<Event>> byProject = new HashMap<>();
    for (Event event : dataset.events()) {
      event.project().ifPresent(id -> byProject.computeIfAbsent(id, key -> new ArrayList<>()).add(event));
    }
    eventsByProject = frozen(byProject);

    Map<OrganisationId, List<Membership>> byOrganisation = new HashMap<>();
    Map<Actor, List<Membership>> byMember = new HashMap<>();
    for (Membership membership : dataset.memberships()) {
      byOrganisation.computeIfAbsent(membership.organisation(), key -> new ArrayList<>()).add(membership);
      byMember.computeIfAbsent(membership.member(), key -> new ArrayList<>()).add(membership);
    }
    membershipsByOrganisation = frozen(byOrganisation);
    membershipsByMember = frozen(byMember);
  }

  private static <I extends RecordId<I>, R extends DatasetRecord<I>> Map<I, R> byId(List<R> records) {
    Map<I, R> index = new HashMap<>(records.size() * 2);
    for (R record : records) {
      index.putIfAbsent(record.id(), record);
    }
    return Collections.unmodifiableMap(index);
  }

  private static <K, V> Map<K, List<V>> frozen(Map<K, List<V>> index) {
    index.replaceAll((key, values) -> Collections.unmodifiableList(values));
    return Collections.unmodifiableMap(index);
  }
}
