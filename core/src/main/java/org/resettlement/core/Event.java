package org.resettlement.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A workshop, conference, meeting or campaign launch: when and where it was held, who organised,
 * hosted and funded it, who took part, and what it was about.
 *
 * <p>Attendance is a {@link Quantity}, since sources say "some 50 representatives" or "over 100
 * participants". The countries represented are those a source names, plus a flag for "and
 * others", plus a count when the source gives one without naming them all ("from 15 countries").
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Event implements DatasetRecord<EventId>, WithEvent {

  Event() {}

  /**
   * Returns the identifier of this event.
   *
   * @return the identifier, not null
   */
  @Override
  public abstract EventId id();

  /**
   * Returns the title, in one or more languages.
   *
   * @return the title, not null
   */
  public abstract LocalizedText title();

  /**
   * Returns what kind of event this is.
   *
   * @return the kind, not null
   */
  public abstract EventKind kind();

  /**
   * Returns when the event was held: one day or several, to the precision known.
   *
   * @return the period, not null
   */
  public abstract DateRange period();

  /**
   * Returns where the event was held in person, if it was.
   *
   * @return the venue, or empty for an event held only online or at an unknown place
   */
  public abstract Optional<Place> venue();

  /**
   * Returns whether the event could be followed online.
   *
   * @return true if it was held online, alone or besides its venue
   */
  @Value.Default
  public boolean online() {
    return false;
  }

  /**
   * Returns the organisations that organised or invited to the event.
   *
   * @return the unmodifiable list of organisers, possibly empty, not null
   */
  public abstract List<OrganisationId> organisers();

  /**
   * Returns the organisations that hosted or co-hosted the event.
   *
   * @return the unmodifiable list of hosts, possibly empty, not null
   */
  public abstract List<OrganisationId> hosts();

  /**
   * Returns who funded the event.
   *
   * @return the unmodifiable list of funders, possibly empty, not null
   */
  public abstract List<Actor> funders();

  /**
   * Returns who took part and in what role.
   *
   * @return the unmodifiable list of participations, possibly empty, not null
   */
  public abstract List<Participation> participants();

  /**
   * Returns the event's sessions, in order.
   *
   * @return the unmodifiable list of sessions, possibly empty, not null
   */
  public abstract List<Session> sessions();

  /**
   * Returns how many people attended, as precisely as known.
   *
   * @return the attendance, or empty
   */
  public abstract Optional<Quantity> attendance();

  /**
   * Returns the countries the sources name as represented.
   *
   * @return the unmodifiable set of countries in the order given, possibly empty, not null
   */
  public abstract Set<CountryCode> representedCountries();

  /**
   * Returns whether the source adds "and other countries" to the ones it names.
   *
   * @return true if more countries were represented than {@link #representedCountries()} lists
   */
  @Value.Default
  public boolean moreCountriesRepresented() {
    return false;
  }

  /**
   * Returns how many countries were represented, when the source gives a number ("from 15
   * countries").
   *
   * @return the number of countries, or empty
   */
  public abstract Optional<Quantity> representedCountryCount();

  /**
   * Returns the languages the event was held in, as BCP 47 tags in canonical case.
   *
   * @return the unmodifiable list of language tags, possibly empty, not null
   */
  public abstract List<String> workingLanguages();

  /**
   * Returns the topics discussed.
   *
   * @return the unmodifiable list of topics, possibly empty, not null
   */
  public abstract List<LocalizedText> topics();

  /**
   * Returns what happened at the event, in the source's words or a summary of them.
   *
   * @return the summary, or empty
   */
  public abstract Optional<LocalizedText> summary();

  /**
   * Returns the project the event was held under.
   *
   * @return the project's identifier, or empty
   */
  public abstract Optional<ProjectId> project();

  /**
   * Returns the event's place in a series of events.
   *
   * @return the series position, or empty
   */
  public abstract Optional<SeriesPosition> series();

  /**
   * Returns the sources the facts of this event come from.
   *
   * @return the unmodifiable list of sources, possibly empty, not null
   */
  @Override
  public abstract List<Source> sources();

  /**
   * Creates a builder for an event.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Event normalize() {
    // Tags are nearly always canonical already: copy the list only from the first one that is not.
    List<String> tags = workingLanguages();
    List<String> canonical = null;
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      String checked = Invariants.languageTag(Event.class, "workingLanguages", tag);
      if (canonical == null && !checked.equals(tag)) {
        canonical = new ArrayList<>(tags.subList(0, i));
      }
      if (canonical != null) {
        canonical.add(checked);
      }
    }
    return canonical == null ? this : builder().from(this).workingLanguages(canonical).build();
  }

  /**
   * Builds an {@link Event}; {@code id}, {@code title}, {@code kind} and {@code period} are
   * required.
   */
  public static final class Builder extends ImmutableEvent.Builder {
    /** Creates an empty builder; the same as {@link Event#builder()}. */
    public Builder() {}
  }
}
