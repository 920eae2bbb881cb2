package org.resettlement.testkit;

import static org.resettlement.testkit.BrokenRule.REFERENCE_RESOLVES;
import static org.resettlement.testkit.BrokenRule.UNIQUE_ID;
import static org.resettlement.testkit.RecordKind.CAMPAIGNS;
import static org.resettlement.testkit.RecordKind.EVENTS;
import static org.resettlement.testkit.RecordKind.MEMBERSHIPS;
import static org.resettlement.testkit.RecordKind.ORGANISATIONS;
import static org.resettlement.testkit.RecordKind.PLEDGES;
import static org.resettlement.testkit.RecordKind.PROJECTS;
import static org.resettlement.testkit.RecordKind.QUOTAS;
import static org.resettlement.testkit.RecordKind.STATISTICS;
import static org.resettlement.testkit.RuleBreakers.add;
import static org.resettlement.testkit.RuleBreakers.appended;
import static org.resettlement.testkit.RuleBreakers.at;
import static org.resettlement.testkit.RuleBreakers.replaced;
import static org.resettlement.testkit.RuleBreakers.site;

import java.util.List;
import java.util.function.Function;
import org.resettlement.core.Campaign;
import org.resettlement.core.Event;
import org.resettlement.core.Funding;
import org.resettlement.core.Membership;
import org.resettlement.core.Participation;
import org.resettlement.core.Pledge;
import org.resettlement.core.Project;
import org.resettlement.core.RecordId;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Session;
import org.resettlement.core.Statistic;
import org.resettlement.testkit.RuleBreakers.Entry;
import org.resettlement.testkit.RuleBreakers.Scope;
import org.resettlement.testkit.RuleBreakers.Site;
import org.resettlement.testkit.RuleBreakers.Where;

/**
 * How the rules between the records of a dataset are broken: a reference that does not resolve
 * ({@code REFERENCE_RESOLVES}) and a repeated identifier ({@code UNIQUE_ID}), in datasets only.
 * {@link RuleBreakers} says what every change must keep.
 */
final class ReferenceBreakers {
  private ReferenceBreakers() {}

  /** Adds the entries of the reference and identity rules, in the order that fixes what a seed gives. */
  static void addEntries() {
    add(REFERENCE_RESOLVES, ORGANISATIONS, Where.IN_DATASET,
        (o, scope, sites) -> site(sites, "parent", () -> o.withParent(scope.missingOrganisation())));
    add(REFERENCE_RESOLVES, MEMBERSHIPS, Where.IN_DATASET, ReferenceBreakers::unresolved);
    add(REFERENCE_RESOLVES, EVENTS, Where.IN_DATASET, ReferenceBreakers::unresolved);
    add(REFERENCE_RESOLVES, PROJECTS, Where.IN_DATASET, ReferenceBreakers::unresolved);
    add(REFERENCE_RESOLVES, CAMPAIGNS, Where.IN_DATASET, ReferenceBreakers::unresolved);
    add(REFERENCE_RESOLVES, PLEDGES, Where.IN_DATASET, ReferenceBreakers::unresolved);

    // Only identifiers nothing refers to are repeated, so that every reference still resolves.
    repeatedId(EVENTS, Event::id, Event::withId);
    repeatedId(PLEDGES, Pledge::id, Pledge::withId);
    repeatedId(QUOTAS, ResettlementQuota::id, ResettlementQuota::withId);
    repeatedId(STATISTICS, Statistic::id, Statistic::withId);
  }

  //-----------------------------------------------------------------------
  // REFERENCE_RESOLVES: one reference replaced by an identifier of the same type that the
  // dataset does not hold; a state needs no record, so only identifiers are replaced.

  private static void unresolved(Membership m, Scope scope, List<Site<Membership>> sites) {
    site(sites, "organisation", () -> m.withOrganisation(scope.missingOrganisation()));
    if (m.member() instanceof RecordId) {
      site(sites, "member", () -> m.withMember(scope.missing(m.member())));
    }
  }

  private static void unresolved(Event e, Scope scope, List<Site<Event>> sites) {
    references(sites, "organisers", e.organisers(), e::withOrganisers, id -> scope.missingOrganisation());
    references(sites, "hosts", e.hosts(), e::withHosts, id -> scope.missingOrganisation());
    references(sites, "funders", e.funders(), e::withFunders, scope::missing);
    List<Participation> participants = e.participants();
    for (int j = 0; j < participants.size(); j++) {
      Participation participation = participants.get(j);
      int index = j;
      if (participation.participant() instanceof RecordId) {
        site(sites, at("participants", j) + ".participant", () -> e.withParticipants(replaced(participants, index,
            participation.withParticipant(scope.missing(participation.participant())))));
      }
      if (participation.representing().isPresent()) {
        site(sites, at("participants", j) + ".representing", () -> e.withParticipants(replaced(participants, index,
            participation.withRepresenting(scope.missingOrganisation()))));
      }
    }
    List<Session> sessions = e.sessions();
    for (int j = 0; j < sessions.size(); j++) {
      Session session = sessions.get(j);
      int index = j;
      references(sites, at("sessions", j) + ".speakers", session.speakers(),
          speakers -> e.withSessions(replaced(sessions, index, session.withSpeakers(speakers))), scope::missing);
    }
    if (e.project().isPresent()) {
      site(sites, "project", () -> e.withProject(scope.missingProject()));
    }
    if (sites.isEmpty()) {
      site(sites, at("organisers", e.organisers().size()),
          () -> e.withOrganisers(appended(e.organisers(), scope.missingOrganisation())));
    }
  }

  private static void unresolved(Project p, Scope scope, List<Site<Project>> sites) {
    site(sites, "coordinator", () -> p.withCoordinator(scope.missingOrganisation()));
    references(sites, "partners", p.partners(), p::withPartners, id -> scope.missingOrganisation());
    List<Funding> fundings = p.fundings();
    for (int j = 0; j < fundings.size(); j++) {
      Funding funding = fundings.get(j);
      int index = j;
      if (funding.funder().isPresent() && funding.funder().get() instanceof RecordId) {
        site(sites, at("fundings", j) + ".funder", () -> p.withFundings(replaced(fundings, index,
            funding.withFunder(scope.missing(funding.funder().get())))));
      }
    }
    if (p.parent().isPresent()) {
      site(sites, "parent", () -> p.withParent(scope.missingProject()));
    }
  }

  private static void unresolved(Campaign c, Scope scope, List<Site<Campaign>> sites) {
    references(sites, "launchingOrganisations", c.launchingOrganisations(), c::withLaunchingOrganisations,
        id -> scope.missingOrganisation());
    if (sites.isEmpty()) {
      site(sites, at("launchingOrganisations", 0),
          () -> c.withLaunchingOrganisations(List.of(scope.missingOrganisation())));
    }
  }

  private static void unresolved(Pledge p, Scope scope, List<Site<Pledge>> sites) {
    site(sites, "campaign", () -> p.withCampaign(scope.missingCampaign()));
    if (p.pledger() instanceof RecordId) {
      site(sites, "pledger", () -> p.withPledger(scope.missing(p.pledger())));
    }
  }

  /** A site for each identifier in a list of references; states in a list of actors are skipped. */
  private static <E, T> void references(List<Site<T>> sites, String property, List<E> references,
      Function<List<E>, T> withReferences, Function<E, ? extends E> missing) {
    for (int j = 0; j < references.size(); j++) {
      E reference = references.get(j);
      if (reference instanceof RecordId) {
        int index = j;
        site(sites, at(property, j), () -> withReferences.apply(replaced(references, index, missing.apply(reference))));
      }
    }
  }

  //-----------------------------------------------------------------------
  // UNIQUE_ID: a record takes the identifier of an earlier record of its list.

  private static <T, I> void repeatedId(RecordKind<T> kind, Function<T, I> id, WithId<T, I> withId) {
    add(new Entry<>(UNIQUE_ID, kind, Where.IN_DATASET, spec -> kind.count(spec) > 1, "two " + kind.property,
        (record, scope, sites) -> {
          if (scope.index > 0) {
            site(sites, "id", () ->
                withId.apply(record, id.apply(kind.records(scope.dataset).get(scope.draw.below(scope.index)))));
          }
        }));
  }

  @FunctionalInterface
  private interface WithId<T, I> {
    T apply(T record, I id);
  }
}
