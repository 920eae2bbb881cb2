package org.resettlement.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A part of an {@link Event}: its opening, a plenary, a panel or one of parallel sessions.
 *
 * <p>"On 13 November 2023, during a panel on cross-sector partnerships for integration, the
 * public library of Chrzanów presented its project" is a {@link SessionKind#PANEL} session with a
 * date, a title and the organisations that spoke.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Session implements WithSession {

  Session() {}

  /**
   * Returns the title or theme of the session.
   *
   * @return the title, or empty
   */
  public abstract Optional<LocalizedText> title();

  /**
   * Returns the kind of session.
   *
   * @return the kind, not null
   */
  public abstract SessionKind kind();

  /**
   * Returns the day, or the month or year, the session was held.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns who spoke, in order: people, or organisations through unnamed representatives.
   *
   * @return the unmodifiable list of speakers, possibly empty, not null
   */
  public abstract List<Actor> speakers();

  /**
   * Returns what was discussed or concluded.
   *
   * @return the summary, or empty
   */
  public abstract Optional<LocalizedText> summary();

  /**
   * Creates a builder for a session.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Session}; {@code kind} is required. */
  public static final class Builder extends ImmutableSession.Builder {
    /** Creates an empty builder; the same as {@link Session#builder()}. */
    public Builder() {}
  }
}
