package org.resettlement.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.immutables.value.Value;

/**
 * Where a figure or a target applies: the whole world, a group of countries, some countries, or
 * a group and some countries together.
 *
 * <p>"172,000 refugees in need of resettlement" is worldwide; "EU member states offer 5,500
 * places" is the group {@link CountryGroup#EUROPEAN_UNION}; "60,000 places in the United States" is
 * one country; "around one hundred thousand resettled to the US, Canada and Australia" is three.
 * A geography with neither a group nor countries is the whole world.
 *
 * <p>This class is immutable and thread-safe, and is a value type.
 */
@Value.Immutable
public abstract class Geography implements WithGeography {

  private static final Geography WORLD = builder().build();

  Geography() {}

  /**
   * Returns the group of countries covered, if any.
   *
   * @return the group, or empty
   */
  public abstract Optional<CountryGroup> group();

  /**
   * Returns the countries covered besides the group's members, in the order given.
   *
   * @return the unmodifiable set of countries, possibly empty, not null
   */
  public abstract Set<CountryCode> countries();

  //-----------------------------------------------------------------------
  /**
   * Returns the whole world.
   *
   * @return the worldwide geography, not null
   */
  public static Geography world() {
    return WORLD;
  }

  /**
   * Obtains the geography of a group of countries.
   *
   * @param group the group, not null
   * @return the geography, not null
   * @throws InvalidValueException if the group is null
   */
  public static Geography of(CountryGroup group) {
    return builder().group(group).build();
  }

  /**
   * Obtains the geography of one or more countries.
   *
   * @param first the first country, not null
   * @param others further countries, not null
   * @return the geography, not null
   * @throws InvalidValueException if any country, or the array of further countries, is null
   */
  public static Geography of(CountryCode first, CountryCode... others) {
    Invariants.notNull(Geography.class, "countries", others);
    return builder().addCountry(first).addCountries(others).build();
  }

  /**
   * Creates a builder for a geography.
   *
   * @return an empty builder, which builds the whole world if nothing is added, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether this is the whole world.
   *
   * @return true if there is neither a group nor a country
   */
  public boolean worldwide() {
    return group().isEmpty() && countries().isEmpty();
  }

  /**
   * Checks whether a country is covered on a given day: the whole world covers every country, a
   * group covers its members of that day.
   *
   * @param country the country, not null
   * @param date the day, which matters for a dated group such as the EU, not null
   * @return true if the country is covered on that day
   * @throws NullPointerException if the country or the date is null
   */
  public boolean covers(CountryCode country, LocalDate date) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(date, "date");
    return worldwide()
        || countries().contains(country)
        || group().map(group -> group.contains(country, date)).orElse(false);
  }

  /**
   * Returns a readable form: {@code world}, {@code EU}, {@code US, CA, AU} or {@code EU + NO}.
   *
   * @return the readable form, not null
   */
  @Override
  public String toString() {
    if (worldwide()) {
      return "world";
    }
    StringJoiner countryList = new StringJoiner(", ");
    countries().forEach(country -> countryList.add(country.toString()));
    if (group().isEmpty()) {
      return countryList.toString();
    }
    return countries().isEmpty() ? group().get().code() : group().get().code() + " + " + countryList;
  }

  /** Builds a {@link Geography}; with nothing added, it is the whole world. */
  public static final class Builder extends ImmutableGeography.Builder {
    /** Creates an empty builder; the same as {@link Geography#builder()}. */
    public Builder() {}
  }
}
