package org.resettlement.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.resettlement.core.Actor;
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignId;
import org.resettlement.core.Dataset;
import org.resettlement.core.DatasetRecord;
import org.resettlement.core.DateRange;
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
import org.resettlement.validation.internal.Constraints.PledgeWithinCampaignPeriod;
import org.resettlement.validation.internal.Constraints.ReferenceResolves;
import org.resettlement.validation.internal.Constraints.UniqueId;

/**
 * The validators of the rules that need the whole dataset: references resolve, identifiers are
 * unique, pledges fall within their campaign's period.
 *
 * <p>Violations name the referring path, such as {@code pledges[3].campaign}, and carry the
 * identifier concerned as their dynamic payload (never in the message, as identifiers of people
 * may be personal data). Lookups use the dataset's own index, built once.
 */
public final class DatasetValidators {
  private DatasetValidators() {}

  /**
   * {@link ReferenceResolves}: every organisation, person, campaign and project a record refers
   * to is in the dataset. A state ({@code CountryCode}) needs no record.
   */
  public static final class ReferencesValidator implements ConstraintValidator<ReferenceResolves, Dataset> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public ReferencesValidator() {}

    @Override
    public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
      if (dataset == null) {
        return true;
      }
      Check check = new Check(dataset, context);
      List<Organisation> organisations = dataset.organisations();
      for (int i = 0; i < organisations.size(); i++) {
        check.reference(organisations.get(i).parent(), "organisations", i, "parent");
      }
      List<Membership> memberships = dataset.memberships();
      for (int i = 0; i < memberships.size(); i++) {
        check.actor(memberships.get(i).member(), "memberships", i, "member");
        check.reference(Optional.of(memberships.get(i).organisation()), "memberships", i, "organisation");
      }
      List<Event> events = dataset.events();
      for (int i = 0; i < events.size(); i++) {
        checkEvent(check, events.get(i), i);
      }
      List<Project> projects = dataset.projects();
      for (int i = 0; i < projects.size(); i++) {
        Project project = projects.get(i);
        check.reference(project.coordinator(), "projects", i, "coordinator");
        check.references(project.partners(), "projects", i, "partners");
        List<Funding> fundings = project.fundings();
        for (int j = 0; j < fundings.size(); j++) {
          if (fundings.get(j).funder().isPresent()) {
            check.actor(fundings.get(j).funder().get(), "projects", i, "fundings", j, "funder");
          }
        }
        check.reference(project.parent(), "projects", i, "parent");
      }
      List<Campaign> campaigns = dataset.campaigns();
      for (int i = 0; i < campaigns.size(); i++) {
        check.references(campaigns.get(i).launchingOrganisations(), "campaigns", i, "launchingOrganisations");
      }
      List<Pledge> pledges = dataset.pledges();
      for (int i = 0; i < pledges.size(); i++) {
        check.actor(pledges.get(i).pledger(), "pledges", i, "pledger");
        check.reference(pledges.get(i).campaign(), "pledges", i, "campaign");
      }
      return check.valid;
    }

    private static void checkEvent(Check check, Event event, int i) {
      check.references(event.organisers(), "events", i, "organisers");
      check.references(event.hosts(), "events", i, "hosts");
      List<Actor> funders = event.funders();
      for (int j = 0; j < funders.size(); j++) {
        check.actor(funders.get(j), "events", i, "funders", j);
      }
      List<Participation> participants = event.participants();
      for (int j = 0; j < participants.size(); j++) {
        check.actor(participants.get(j).participant(), "events", i, "participants", j, "participant");
        check.reference(participants.get(j).representing(), "events", i, "participants", j, "representing");
      }
      List<Session> sessions = event.sessions();
      for (int j = 0; j < sessions.size(); j++) {
        List<Actor> speakers = sessions.get(j).speakers();
        for (int k = 0; k < speakers.size(); k++) {
          check.actor(speakers.get(k), "events", i, "sessions", j, "speakers", k);
        }
      }
      check.reference(event.project(), "events", i, "project");
    }
  }

  /** Resolves references against one dataset and reports those that do not resolve. */
  private static final class Check {
    private final Dataset dataset;
    private final ConstraintValidatorContext context;
    boolean valid = true;

    Check(Dataset dataset, ConstraintValidatorContext context) {
      this.dataset = dataset;
      this.context = context;
    }

    void actor(Actor actor, Object... path) {
      if (actor instanceof RecordId) {
        resolve((RecordId<?>) actor, path);
      }
    }

    void reference(Optional<? extends RecordId<?>> id, Object... path) {
      id.ifPresent(present -> resolve(present, path));
    }

    void references(List<? extends RecordId<?>> ids, Object... path) {
      for (int j = 0; j < ids.size(); j++) {
        Object[] elementPath = new Object[path.length + 1];
        System.arraycopy(path, 0, elementPath, 0, path.length);
        elementPath[path.length] = j;
        resolve(ids.get(j), elementPath);
      }
    }

    private void resolve(RecordId<?> id, Object... path) {
      if (!exists(id)) {
        Violations.withDetail(context, id, path);
        valid = false;
      }
    }

    private boolean exists(RecordId<?> id) {
      if (id instanceof OrganisationId) {
        return dataset.organisation((OrganisationId) id).isPresent();
      }
      if (id instanceof PersonId) {
        return dataset.person((PersonId) id).isPresent();
      }
      if (id instanceof CampaignId) {
        return dataset.campaign((CampaignId) id).isPresent();
      }
      if (id instanceof ProjectId) {
        return dataset.project((ProjectId) id).isPresent();
      }
      throw new IllegalStateException("no lookup for " + id.getClass().getSimpleName());
    }
  }

  /**
   * {@link UniqueId}: within each list of records, an identifier is not used twice. Every repeat
   * is reported at its {@code id}, such as {@code organisations[5].id}; the first use is not.
   */
  public static final class UniqueIdsValidator implements ConstraintValidator<UniqueId, Dataset> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public UniqueIdsValidator() {}

    @Override
    public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
      if (dataset == null) {
        return true;
      }
      boolean valid = unique(dataset.organisations(), "organisations", context);
      valid &= unique(dataset.people(), "people", context);
      valid &= unique(dataset.events(), "events", context);
      valid &= unique(dataset.projects(), "projects", context);
      valid &= unique(dataset.campaigns(), "campaigns", context);
      valid &= unique(dataset.pledges(), "pledges", context);
      valid &= unique(dataset.quotas(), "quotas", context);
      valid &= unique(dataset.statistics(), "statistics", context);
      return valid;
    }

    private static boolean unique(
        List<? extends DatasetRecord<?>> records, String property, ConstraintValidatorContext context) {
      Set<RecordId<?>> seen = new HashSet<>(records.size() * 2);
      boolean valid = true;
      for (int i = 0; i < records.size(); i++) {
        RecordId<?> id = records.get(i).id();
        if (!seen.add(id)) {
          Violations.withDetail(context, id, property, i, "id");
          valid = false;
        }
      }
      return valid;
    }
  }

  /**
   * {@link PledgeWithinCampaignPeriod}: a pledge's date does not lie wholly outside the period of
   * the campaign it answers, when the pledge has a date, the campaign is found and has a period;
   * reported at {@code pledges[i].pledgedOn}, with the campaign's identifier as detail.
   */
  public static final class PledgePeriodValidator
      implements ConstraintValidator<PledgeWithinCampaignPeriod, Dataset> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public PledgePeriodValidator() {}

    @Override
    public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
      if (dataset == null) {
        return true;
      }
      boolean valid = true;
      List<Pledge> pledges = dataset.pledges();
      for (int i = 0; i < pledges.size(); i++) {
        Pledge pledge = pledges.get(i);
        if (pledge.campaign().isEmpty() || pledge.pledgedOn().isEmpty()) {
          continue;
        }
        Optional<DateRange> period = dataset.campaign(pledge.campaign().get()).flatMap(Campaign::period);
        if (period.isPresent() && period.get().excludes(pledge.pledgedOn().get())) {
          Violations.withDetail(context, pledge.campaign().get(), "pledges", i, "pledgedOn");
          valid = false;
        }
      }
      return valid;
    }
  }
}
