package org.resettlement.core;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project or initiative: who coordinates it, with which partners, who funds it, when it runs,
 * and for whom.
 *
 * <p>"The two-year project 'Strengthening resilience in local and regional authorities facing
 * migration challenges' ... within the Council of Europe Action Plan ... with the financial
 * contribution of Germany" is a project with a {@link #duration()} of two years, a {@link
 * #parent()} initiative and a {@link Funding} from Germany. Its dates need not be known.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Project implements DatasetRecord<ProjectId>, WithProject {

  Project() {}

  /**
   * Returns the identifier of this project.
   *
   * @return the identifier, not null
   */
  @Override
  public abstract ProjectId id();

  /**
   * Returns the title, in one or more languages, such as "Razem w bibliotece".
   *
   * @return the title, not null
   */
  public abstract LocalizedText title();

  /**
   * Returns the short form of the title.
   *
   * @return the acronym, or empty
   */
  public abstract Optional<String> acronym();

  /**
   * Returns the organisation that coordinates or carries out the project.
   *
   * @return the coordinator's identifier, or empty
   */
  public abstract Optional<OrganisationId> coordinator();

  /**
   * Returns the organisations the project is carried out with.
   *
   * @return the unmodifiable list of partners, possibly empty, not null
   */
  public abstract List<OrganisationId> partners();

  /**
   * Returns the project's funding.
   *
   * @return the unmodifiable list of fundings, possibly empty, not null
   */
  public abstract List<Funding> fundings();

  /**
   * Returns when the project runs or ran.
   *
   * @return the period, or empty
   */
  public abstract Optional<DateRange> period();

  /**
   * Returns how long the project runs when its dates are not known, such as two years.
   *
   * @return the duration, or empty
   */
  public abstract Optional<Period> duration();

  /**
   * Returns whom the project is for, such as "people from Ukraine and residents of the
   * municipality".
   *
   * @return the unmodifiable list of target groups, possibly empty, not null
   */
  public abstract List<LocalizedText> targetGroups();

  /**
   * Returns the wider initiative, programme or action plan the project belongs to.
   *
   * @return the parent's identifier, or empty; never this project's own identifier
   */
  public abstract Optional<ProjectId> parent();

  /**
   * Returns what the project does.
   *
   * @return the summary, or empty
   */
  public abstract Optional<LocalizedText> summary();

  /**
   * Returns the sources the facts of this project come from.
   *
   * @return the unmodifiable list of sources, possibly empty, not null
   */
  @Override
  public abstract List<Source> sources();

  /**
   * Creates a builder for a project.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    acronym().ifPresent(acronym -> Invariants.unicode(Project.class, "acronym", acronym));
    Invariants.check(
        parent().map(parent -> !parent.equals(id())).orElse(true),
        Project.class,
        "parent",
        "must not be the project itself");
    duration()
        .ifPresent(
            duration ->
                Invariants.check(
                    !duration.isNegative() && !duration.isZero(),
                    Project.class,
                    "duration",
                    () -> "must be positive, was " + duration));
  }

  /** Builds a {@link Project}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableProject.Builder {
    /** Creates an empty builder; the same as {@link Project#builder()}. */
    public Builder() {}
  }
}
