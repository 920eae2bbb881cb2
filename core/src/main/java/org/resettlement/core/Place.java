package org.resettlement.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A locality in a country, such as Chrzanów in Poland or Strasbourg in France, where an event
 * takes place or an organisation is based.
 *
 * <p>The locality is a {@link LocalizedText}, so that "Warszawa" and "Warsaw" can both be kept;
 * names keep their diacritics.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Place implements WithPlace {

  Place() {}

  /**
   * Returns the city, town, village or municipality.
   *
   * @return the locality's name, not null
   */
  public abstract LocalizedText locality();

  /**
   * Returns the region, province or voivodeship, if given.
   *
   * @return the region's name, or empty
   */
  public abstract Optional<LocalizedText> region();

  /**
   * Returns the country the locality is in.
   *
   * @return the country, not null
   */
  public abstract CountryCode country();

  /**
   * Returns the point on the map, if known.
   *
   * @return the coordinates, or empty
   */
  public abstract Optional<Coordinates> coordinates();

  /**
   * Obtains a place from a locality and its country.
   *
   * @param locality the locality's name, not null
   * @param country the country, not null
   * @return the place, not null
   * @throws InvalidValueException if either is null
   */
  public static Place of(LocalizedText locality, CountryCode country) {
    return builder().locality(locality).country(country).build();
  }

  /**
   * Creates a builder for a place.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Place}; {@code locality} and {@code country} are required. */
  public static final class Builder extends ImmutablePlace.Builder {
    /** Creates an empty builder; the same as {@link Place#builder()}. */
    public Builder() {}
  }
}
