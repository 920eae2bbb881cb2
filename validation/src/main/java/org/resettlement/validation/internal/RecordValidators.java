package org.resettlement.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.resettlement.core.Allocation;
import org.resettlement.core.Breakdown;
import org.resettlement.core.Campaign;
import org.resettlement.core.Category;
import org.resettlement.core.Dimension;
import org.resettlement.core.Event;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Person;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeStatus;
import org.resettlement.core.Quantity;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.Rounding;
import org.resettlement.core.Session;
import org.resettlement.core.Statistic;
import org.resettlement.core.Target;
import org.resettlement.validation.internal.Constraints.AllocationsWithinPlaces;
import org.resettlement.validation.internal.Constraints.ArrivalsWithinPlaces;
import org.resettlement.validation.internal.Constraints.BreakdownWithinTotal;
import org.resettlement.validation.internal.Constraints.CountryCountCoversNamed;
import org.resettlement.validation.internal.Constraints.DeadlineAfterLaunch;
import org.resettlement.validation.internal.Constraints.FulfilledWithinPledged;
import org.resettlement.validation.internal.Constraints.KeyNotBrokenDown;
import org.resettlement.validation.internal.Constraints.PersonNamed;
import org.resettlement.validation.internal.Constraints.PledgeStatusMatchesFulfilment;
import org.resettlement.validation.internal.Constraints.SessionWithinEvent;

/**
 * The validators of the rules that compare values within one record: a pledge's fulfilment, a
 * quota's allocations and arrivals, a campaign's deadlines, a statistic's breakdown and key, an
 * event's sessions and countries, a person's name.
 *
 * <p>Quantities are compared by their certain comparisons ({@link Quantity#isCertainlyAbove(Quantity)}
 * and its kin), so only what is certainly wrong is reported.
 */
public final class RecordValidators {
  private RecordValidators() {}

  /** {@link PersonNamed}: a name, a given name or a family name, not blank. */
  public static final class PersonNamedValidator implements ConstraintValidator<PersonNamed, Person> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public PersonNamedValidator() {}

    @Override
    public boolean isValid(Person person, ConstraintValidatorContext context) {
      return person == null
          || hasText(person.name())
          || hasText(person.givenName())
          || hasText(person.familyName());
    }

    private static boolean hasText(Optional<String> text) {
      return text.map(value -> !Formats.isBlank(value)).orElse(false);
    }
  }

  /**
   * {@link FulfilledWithinPledged}: unless {@link Pledge#overfulfilled()}, the smallest fulfilled
   * count is not above the largest pledged count; reported at {@code fulfilled}.
   */
  public static final class FulfilledValidator
      implements ConstraintValidator<FulfilledWithinPledged, Pledge> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public FulfilledValidator() {}

    @Override
    public boolean isValid(Pledge pledge, ConstraintValidatorContext context) {
      if (pledge == null
          || pledge.overfulfilled()
          || pledge.quantity().isEmpty()
          || pledge.fulfilled().isEmpty()) {
        return true;
      }
      if (pledge.fulfilled().get().isCertainlyAbove(pledge.quantity().get())) {
        Violations.at(context, "fulfilled");
        return false;
      }
      return true;
    }
  }

  /**
   * {@link PledgeStatusMatchesFulfilment}, reported at {@code status}: a {@code FULFILLED} pledge
   * has not certainly delivered less than it pledged; a {@code PARTIALLY_FULFILLED} one has not
   * certainly delivered nothing, nor certainly all it pledged. Other statuses are not checked.
   */
  public static final class StatusValidator
      implements ConstraintValidator<PledgeStatusMatchesFulfilment, Pledge> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public StatusValidator() {}

    @Override
    public boolean isValid(Pledge pledge, ConstraintValidatorContext context) {
      if (pledge == null || pledge.quantity().isEmpty() || pledge.fulfilled().isEmpty()) {
        return true;
      }
      Quantity pledged = pledge.quantity().get();
      Quantity fulfilled = pledge.fulfilled().get();
      boolean consistent;
      if (pledge.status() == PledgeStatus.FULFILLED) {
        consistent = !fulfilled.isCertainlyBelow(pledged);
      } else if (pledge.status() == PledgeStatus.PARTIALLY_FULFILLED) {
        boolean nothing = fulfilled.max().orElse(Long.MAX_VALUE) == 0;
        boolean all = pledged.max().isPresent() && fulfilled.min() >= pledged.max().getAsLong();
        consistent = !nothing && !all;
      } else {
        consistent = true;
      }
      if (!consistent) {
        Violations.at(context, "status");
      }
      return consistent;
    }
  }

  /**
   * {@link AllocationsWithinPlaces}: for each basis (nationality, country of first asylum) the
   * smallest total of the allocations is not above the quota's largest count of places; reported
   * at the first allocation of that basis. Bases are summed apart because one place may be
   * counted under both.
   */
  public static final class AllocationsValidator
      implements ConstraintValidator<AllocationsWithinPlaces, ResettlementQuota> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public AllocationsValidator() {}

    @Override
    public boolean isValid(ResettlementQuota quota, ConstraintValidatorContext context) {
      if (quota == null || quota.places().isEmpty()) {
        return true;
      }
      return withinTotal(
          quota.allocations(),
          Allocation::basis,
          Allocation::places,
          quota.places().get(),
          "allocations",
          context);
    }
  }

  /** {@link ArrivalsWithinPlaces}: {@link ResettlementQuota#arrivalsExceedPlaces()} is false. */
  public static final class ArrivalsValidator
      implements ConstraintValidator<ArrivalsWithinPlaces, ResettlementQuota> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public ArrivalsValidator() {}

    @Override
    public boolean isValid(ResettlementQuota quota, ConstraintValidatorContext context) {
      if (quota == null || !quota.arrivalsExceedPlaces()) {
        return true;
      }
      Violations.at(context, "arrivals");
      return false;
    }
  }

  /**
   * {@link DeadlineAfterLaunch}: no target's deadline is wholly before the launch date; reported
   * at {@code targets[i].deadline}.
   */
  public static final class DeadlineValidator implements ConstraintValidator<DeadlineAfterLaunch, Campaign> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public DeadlineValidator() {}

    @Override
    public boolean isValid(Campaign campaign, ConstraintValidatorContext context) {
      if (campaign == null || campaign.launchDate().isEmpty()) {
        return true;
      }
      PartialDate launch = campaign.launchDate().get();
      boolean valid = true;
      List<Target> targets = campaign.targets();
      for (int i = 0; i < targets.size(); i++) {
        Optional<PartialDate> deadline = targets.get(i).deadline();
        if (deadline.isPresent() && deadline.get().endsBefore(launch)) {
          Violations.at(context, "targets", i, "deadline");
          valid = false;
        }
      }
      return valid;
    }
  }

  /**
   * {@link BreakdownWithinTotal}: for each dimension the smallest total of the categories is not
   * above the statistic's largest value; reported at the first category of that dimension. A
   * breakdown may cover only some categories ("1,200 of them female"), so a smaller total is
   * fine. When the statistic says its publisher rounds, each figure, the value and every category,
   * stands for the true counts within the rounding's largest error ({@code Rounding.bounds}), so
   * that Eurostat's categories, rounded to 5, may add up to 2 more per category and 2 more for the
   * value. Only categories that hold different people are summed ({@link Parts}): overlapping age
   * bands are not counted twice, and publishers' codes not at all.
   */
  public static final class BreakdownValidator
      implements ConstraintValidator<BreakdownWithinTotal, Statistic> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public BreakdownValidator() {}

    @Override
    public boolean isValid(Statistic statistic, ConstraintValidatorContext context) {
      if (statistic == null) {
        return true;
      }
      Optional<Rounding> rounding = statistic.rounding();
      OptionalLong most = widened(statistic.value(), rounding).max();
      if (most.isEmpty()) {
        return true;
      }
      List<Breakdown> breakdown = statistic.breakdown();
      boolean valid = true;
      for (List<Integer> indexes : indexesBy(breakdown, Breakdown::dimension).values()) {
        List<Category> categories = new ArrayList<>(indexes.size());
        long[] least = new long[indexes.size()];
        for (int j = 0; j < indexes.size(); j++) {
          Breakdown part = breakdown.get(indexes.get(j));
          categories.add(part.category());
          least[j] = widened(part.value(), rounding).min();
        }
        if (Parts.largestDisjointSum(categories, least) > most.getAsLong()) {
          Violations.at(context, "breakdown", indexes.get(0));
          valid = false;
        }
      }
      return valid;
    }

    private static Quantity widened(Quantity figure, Optional<Rounding> rounding) {
      return rounding.isPresent() ? rounding.get().bounds(figure) : figure;
    }
  }

  /**
   * {@link KeyNotBrokenDown}: no dimension of a statistic's key is also a dimension of its
   * breakdown. "85 Syrian women, of which 40 Syrian" says nothing; "of which 40 Afghan" contradicts
   * the key. Reported at the dimension of the first category of each such dimension, as {@code
   * breakdown[2].dimension}.
   */
  public static final class KeyNotBrokenDownValidator
      implements ConstraintValidator<KeyNotBrokenDown, Statistic> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public KeyNotBrokenDownValidator() {}

    @Override
    public boolean isValid(Statistic statistic, ConstraintValidatorContext context) {
      if (statistic == null || statistic.key().empty()) {
        return true;
      }
      boolean valid = true;
      for (Map.Entry<Dimension, List<Integer>> dimension : indexesBy(statistic.breakdown(), Breakdown::dimension).entrySet()) {
        if (statistic.key().category(dimension.getKey()).isPresent()) {
          Violations.at(context, "breakdown", dimension.getValue().get(0), "dimension");
          valid = false;
        }
      }
      return valid;
    }
  }

  /**
   * {@link SessionWithinEvent}: no session's date lies wholly outside the event's period;
   * reported at {@code sessions[i].date}.
   */
  public static final class SessionValidator implements ConstraintValidator<SessionWithinEvent, Event> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public SessionValidator() {}

    @Override
    public boolean isValid(Event event, ConstraintValidatorContext context) {
      if (event == null) {
        return true;
      }
      boolean valid = true;
      List<Session> sessions = event.sessions();
      for (int i = 0; i < sessions.size(); i++) {
        Optional<PartialDate> date = sessions.get(i).date();
        if (date.isPresent() && event.period().excludes(date.get())) {
          Violations.at(context, "sessions", i, "date");
          valid = false;
        }
      }
      return valid;
    }
  }

  /**
   * {@link CountryCountCoversNamed}: an event's count of represented countries allows at least
   * the countries it names, and at least one more when it adds "and others"; reported at {@code
   * representedCountryCount}.
   */
  public static final class CountryCountValidator
      implements ConstraintValidator<CountryCountCoversNamed, Event> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public CountryCountValidator() {}

    @Override
    public boolean isValid(Event event, ConstraintValidatorContext context) {
      if (event == null || event.representedCountryCount().isEmpty()) {
        return true;
      }
      long named = event.representedCountries().size() + (event.moreCountriesRepresented() ? 1 : 0);
      Quantity count = event.representedCountryCount().get();
      if (count.max().isPresent() && count.max().getAsLong() < named) {
        Violations.at(context, "representedCountryCount");
        return false;
      }
      return true;
    }
  }

  /**
   * Checks that the parts of each group add up to no more than a total, reporting a group that
   * does at its first part, such as {@code allocations[2]}.
   */
  private static <T, K> boolean withinTotal(
      List<T> parts,
      Function<T, K> group,
      Function<T, Quantity> figure,
      Quantity total,
      String property,
      ConstraintValidatorContext context) {
    boolean valid = true;
    for (List<Integer> indexes : indexesBy(parts, group).values()) {
      List<Quantity> figures = new ArrayList<>(indexes.size());
      indexes.forEach(index -> figures.add(figure.apply(parts.get(index))));
      if (total.isCertainlyBelow(Quantity.sumOfMinimums(figures))) {
        Violations.at(context, property, indexes.get(0));
        valid = false;
      }
    }
    return valid;
  }

  /** The indexes of the parts of each group, the groups in the order of their first part. */
  private static <T, K> Map<K, List<Integer>> indexesBy(List<T> parts, Function<T, K> group) {
    Map<K, List<Integer>> indexesByGroup = new LinkedHashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      indexesByGroup.computeIfAbsent(group.apply(parts.get(i)), key -> new ArrayList<>()).add(i);
    }
    return indexesByGroup;
  }
}
