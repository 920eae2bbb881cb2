package org.resettlement.testkit;

import static org.resettlement.testkit.Vocabulary.ALL_COUNTRIES;
import static org.resettlement.testkit.Vocabulary.COUNTRIES;
import static org.resettlement.testkit.Vocabulary.OTHER_RESETTLEMENT_STATES;
import static org.resettlement.testkit.Vocabulary.RESETTLEMENT_STATES;

import org.resettlement.core.Coordinates;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Geography;
import org.resettlement.core.Place;
import org.resettlement.testkit.Vocabulary.Country;
import org.resettlement.testkit.Vocabulary.Locality;

/**
 * Makes where things are: countries, country groups, the sample towns with their regions and
 * coordinates, and the geographies that targets and statistics cover.
 */
final class PlaceSampler {
  private final Draw draw;

  PlaceSampler(Draw draw) {
    this.draw = draw;
  }

  /** Any of {@link CountryCode#all()}. */
  CountryCode countryCode() {
    return draw.pick(ALL_COUNTRIES);
  }

  /** Any of {@link CountryGroup#known()}. */
  CountryGroup countryGroup() {
    return draw.pick(Vocabulary.GROUPS);
  }

  /** One of the sample towns, of any country. */
  Locality locality() {
    return draw.pick(draw.pick(COUNTRIES).localities());
  }

  Coordinates coordinates() {
    return near(locality());
  }

  /** Coordinates within a twentieth of a degree of a town's. */
  private Coordinates near(Locality locality) {
    return Coordinates.of(
        locality.latitude() + (draw.unit() - 0.5) / 10, locality.longitude() + (draw.unit() - 0.5) / 10);
  }

  Place place() {
    Country country = draw.pick(COUNTRIES);
    return place(country, draw.pick(country.localities()));
  }

  /** A town of a country, usually with its region and coordinates. */
  Place place(Country country, Locality locality) {
    Place.Builder place = Place.builder().locality(locality.text()).country(country.code());
    if (draw.chance(80)) {
      place.region(locality.region());
    }
    if (draw.chance(70)) {
      place.coordinates(near(locality));
    }
    return place.build();
  }

  /** The world, a country group, one to three countries, or a group with countries besides its members. */
  Geography geography() {
    int roll = draw.below(100);
    if (roll < 20) {
      return Geography.world();
    }
    if (roll < 50) {
      return Geography.of(countryGroup());
    }
    Geography.Builder geography = Geography.builder();
    if (roll < 85) {
      int count = draw.between(1, 3);
      for (int i = 0; i < count; i++) {
        geography.addCountry(draw.chance(70) ? draw.pick(RESETTLEMENT_STATES) : countryCode());
      }
      return geography.build();
    }
    geography.group(CountryGroup.EUROPEAN_UNION);
    int count = draw.between(1, 2);
    for (int i = 0; i < count; i++) {
      geography.addCountry(draw.pick(OTHER_RESETTLEMENT_STATES));
    }
    return geography.build();
  }
}
