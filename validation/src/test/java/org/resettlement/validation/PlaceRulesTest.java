package org.resettlement.validation;

import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;
import static org.resettlement.validation.Samples.event;
import static org.resettlement.validation.Samples.organisation;

import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resettlement.core.Coordinates;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Place;
import org.resettlement.testkit.BrokenRule;

/** {@link Rule#LATITUDE_IN_RANGE} and {@link Rule#LONGITUDE_IN_RANGE}. */
class PlaceRulesTest {

  private final Validator validator = Validators.validator();

  private static Place strasbourgAt(double latitude, double longitude) {
    return Place.builder()
        .locality(LocalizedText.of("fr", "Strasbourg"))
        .country(CountryCode.of("FR"))
        .coordinates(Coordinates.of(latitude, longitude))
        .build();
  }

  @ParameterizedTest
  @CsvSource({"48.5734, 7.7521", "90, 180", "-90, -180", "0, 0", "-33.8688, 151.2093"})
  void coordinates_acceptInRange(double latitude, double longitude) {
    assertThat(validator.validate(Coordinates.of(latitude, longitude))).hasNoViolations();
  }

  @ParameterizedTest
  @CsvSource({"90.0001, 7.7521", "-90.5, 7.7521", "748.5734, 7.7521"})
  void latitudeInRange_rejects(double latitude, double longitude) {
    assertThat(validator.validate(Coordinates.of(latitude, longitude)))
        .containsOnlyViolations(violationOf(BrokenRule.LATITUDE_IN_RANGE).withProperty("latitude"));
  }

  @ParameterizedTest
  @CsvSource({"48.5734, 180.0001", "48.5734, -181", "48.5734, 360"})
  void longitudeInRange_rejects(double latitude, double longitude) {
    assertThat(validator.validate(Coordinates.of(latitude, longitude)))
        .containsOnlyViolations(violationOf(BrokenRule.LONGITUDE_IN_RANGE).withProperty("longitude"));
  }

  @Test
  void coordinates_inDataset_reportedAtVenueAndPlace() {
    Dataset dataset =
        Dataset.builder()
            .addEvent(event("e1").withVenue(strasbourgAt(148.5734, 7.7521)))
            .addOrganisation(organisation("o1").withPlace(strasbourgAt(48.5734, -187.7521)))
            .build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(
            violationOf(BrokenRule.LATITUDE_IN_RANGE).withProperty("events[0].venue.coordinates.latitude"),
            violationOf(BrokenRule.LONGITUDE_IN_RANGE).withProperty("organisations[0].place.coordinates.longitude"));
  }

  @Test
  void notBlankText_appliesToLocalityAndRegion() {
    Place place =
        Place.builder()
            .locality(LocalizedText.of("pl", " "))
            .region(LocalizedText.of("pl", ""))
            .country(CountryCode.of("PL"))
            .build();

    assertThat(validator.validate(place))
        .containsOnlyViolations(
            violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("locality"),
            violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("region"));
  }
}
