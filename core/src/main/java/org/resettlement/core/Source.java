package org.resettlement.core;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a fact was published: a press release, a web page, a news item or a report.
 *
 * <p>Every record cites its sources, so that a reader can check each fact and see when it was
 * true. A note records what the source does not say outright, such as a year inferred from the
 * context.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Source implements WithSource {

  Source() {}

  /**
   * Returns the title, in the language or languages it was published in.
   *
   * @return the title, not null
   */
  public abstract LocalizedText title();

  /**
   * Returns who published it, as named in the source.
   *
   * @return the publisher's name, or empty
   */
  public abstract Optional<String> publisher();

  /**
   * Returns where it can be read.
   *
   * @return the web address, or empty
   */
  public abstract Optional<URI> url();

  /**
   * Returns when it was published, to the precision known.
   *
   * @return the publication date, or empty
   */
  public abstract Optional<PartialDate> publishedOn();

  /**
   * Returns when it was last read at its web address.
   *
   * @return the access date, or empty
   */
  public abstract Optional<LocalDate> accessedOn();

  /**
   * Returns a note on how the source was read, such as a date inferred from its context.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Obtains a source from its title alone.
   *
   * @param title the title, not null
   * @return the source, not null
   * @throws InvalidValueException if the title is null
   */
  public static Source of(LocalizedText title) {
    return builder().title(title).build();
  }

  /**
   * Creates a builder for a source.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    publisher().ifPresent(publisher -> Invariants.unicode(Source.class, "publisher", publisher));
    // java.net.URI takes any character beyond ASCII as it is, an unpaired surrogate too.
    url().ifPresent(url -> Invariants.unicode(Source.class, "url", url.toString()));
    note().ifPresent(note -> Invariants.unicode(Source.class, "note", note));
  }

  /** Builds a {@link Source}; {@code title} is required. */
  public static final class Builder extends ImmutableSource.Builder {
    /** Creates an empty builder; the same as {@link Source#builder()}. */
    public Builder() {}
  }
}
