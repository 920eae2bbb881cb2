package org.resettlement.core;

import org.immutables.value.Value;

/**
 * A point on the Earth in WGS 84 decimal degrees, such as Strasbourg at 48.5734, 7.7521.
 *
 * <p>Both numbers must be finite. Whether they lie within ±90 and ±180 degrees is checked by the
 * validation module, so that a swapped pair is reported together with the record's other
 * problems.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Coordinates implements WithCoordinates {

  Coordinates() {}

  /**
   * Returns the latitude, north positive.
   *
   * @return the latitude in decimal degrees, finite
   */
  public abstract double latitude();

  /**
   * Returns the longitude, east positive.
   *
   * @return the longitude in decimal degrees, finite
   */
  public abstract double longitude();

  /**
   * Obtains a point from its latitude and longitude.
   *
   * @param latitude the latitude in decimal degrees, finite
   * @param longitude the longitude in decimal degrees, finite
   * @return the point, not null
   * @throws InvalidValueException if either number is NaN or infinite
   */
  public static Coordinates of(double latitude, double longitude) {
    return builder().latitude(latitude).longitude(longitude).build();
  }

  /**
   * Creates a builder for a point.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.check(Double.isFinite(latitude()), Coordinates.class, "latitude", "must be finite");
    Invariants.check(
        Double.isFinite(longitude()), Coordinates.class, "longitude", "must be finite");
  }

  /** Builds {@link Coordinates}; both fields are required. */
  public static final class Builder extends ImmutableCoordinates.Builder {
    /** Creates an empty builder; the same as {@link Coordinates#builder()}. */
    public Builder() {}
  }
}
