package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.Quantity;
import org.resettlement.core.Target;

/**
 * Quantities: an exact count is a bare number; others are objects with the qualifier first, and a
 * range has min and max.
 */
class QuantityJsonTest extends JsonTestBase {

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of(Quantity.exactly(50), "50"),
        Arguments.of(Quantity.ZERO, "0"),
        Arguments.of(Quantity.exactly(Long.MAX_VALUE), "9223372036854775807"),
        Arguments.of(Quantity.approximately(3500), "{'qualifier':'approximate','value':3500}"),
        Arguments.of(Quantity.atLeast(100), "{'qualifier':'at-least','value':100}"),
        Arguments.of(Quantity.atMost(20), "{'qualifier':'at-most','value':20}"),
        Arguments.of(Quantity.between(30, 40), "{'qualifier':'range','min':30,'max':40}"),
        Arguments.of(Quantity.between(5, 5), "{'qualifier':'range','min':5,'max':5}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void quantity_isWrittenInItsFormAndReadBack(Quantity quantity, String form) {
    assertThat(write(quantity)).isEqualTo(json(form));
    assertThat(read(json(form), Quantity.class)).isEqualTo(quantity);
  }

  @Test
  void read_acceptsTheObjectFormOfAnExactCount() {
    Quantity read = read(json("{'qualifier':'exact','value':50}"), Quantity.class);

    assertThat(read).isEqualTo(Quantity.exactly(50));
    assertThat(write(read)).isEqualTo("50");
  }

  @Test
  void read_acceptsPropertiesInAnyOrder() {
    assertThat(read(json("{'max':40,'min':30,'qualifier':'range'}"), Quantity.class)).isEqualTo(Quantity.between(30, 40));
  }

  @Test
  void read_rejectsANegativeCount() {
    ResettlementJsonException problem = readFails(json("{'metric':'arrivals','value':-1}"), Target.class);

    assertThat(problem.path()).isEqualTo("value");
    assertThat(problem.reason()).isEqualTo("must not be negative, was -1");
  }

  @Test
  void read_rejectsADecimalCount() {
    assertThat(readFails("1.5", Quantity.class).reason())
        .isEqualTo("expected a count such as 50, or an object such as {\"qualifier\": \"approximate\", \"value\": 50}, found a decimal number");
  }

  @Test
  void read_rejectsACountAboveTheLargestLong() {
    assertThat(readFails("9223372036854775808", Quantity.class).reason()).isEqualTo("must not be more than 9223372036854775807");
  }

  @Test
  void read_rejectsTheTextForm() {
    assertThat(readFails("\"about 50\"", Quantity.class).reason()).endsWith("found a string");
  }

  @Test
  void read_rejectsAnUnknownQualifier() {
    ResettlementJsonException problem = readFails(json("{'value':{'qualifier':'roughly','value':5},'metric':'arrivals'}"), Target.class);

    assertThat(problem.path()).isEqualTo("value.qualifier");
    assertThat(problem.reason())
        .isEqualTo("unknown value 'roughly'; expected one of exact, range, at-most, at-least, approximate");
  }

  @Test
  void read_rejectsAMissingQualifier() {
    ResettlementJsonException problem = readFails(json("{'metric':'arrivals','value':{'value':5}}"), Target.class);

    assertThat(problem.path()).isEqualTo("value.qualifier");
    assertThat(problem.reason()).isEqualTo("required but not set");
  }

  @Test
  void read_rejectsAMissingValue() {
    ResettlementJsonException problem = readFails(json("{'qualifier':'at-least'}"), Quantity.class);

    assertThat(problem.path()).isEqualTo("value");
    assertThat(problem.reason()).isEqualTo("required but not set");
  }

  @Test
  void read_rejectsARangeWithoutMax() {
    ResettlementJsonException problem = readFails(json("{'qualifier':'range','min':3}"), Quantity.class);

    assertThat(problem.path()).isEqualTo("max");
    assertThat(problem.reason()).isEqualTo("required but not set");
  }

  @Test
  void read_rejectsARangeWithAValue() {
    assertThat(readFails(json("{'qualifier':'range','min':3,'max':4,'value':3}"), Quantity.class).path()).isEqualTo("value");
  }

  @Test
  void read_rejectsMinOrMaxWithoutTheRangeQualifier() {
    ResettlementJsonException problem = readFails(json("{'qualifier':'approximate','value':3,'max':4}"), Quantity.class);

    assertThat(problem.path()).isEqualTo("max");
    assertThat(problem.reason()).isEqualTo("allowed only with the qualifier range");
  }

  @Test
  void read_rejectsARangeWhoseMinimumIsAboveItsMaximum() {
    ResettlementJsonException problem = readFails(json("{'metric':'arrivals','value':{'qualifier':'range','min':40,'max':30}}"), Target.class);

    assertThat(problem.path()).isEqualTo("value.max");
    assertThat(problem.reason()).isEqualTo("must not be less than the minimum 40, was 30");
  }

  @Test
  void read_rejectsAnUnknownProperty() {
    ResettlementJsonException problem = readFails(json("{'qualifier':'at-most','value':3,'unit':'places'}"), Quantity.class);

    assertThat(problem.path()).isEqualTo("unit");
    assertThat(problem.reason()).isEqualTo("unknown property; expected one of: qualifier, value, min, max");
  }

  @Test
  void read_rejectsAPropertyGivenTwiceAlsoWithoutDuplicateDetection() {
    ResettlementJsonException problem =
        readFails(new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new ResettlementModule()),
            json("{'qualifier':'at-most','value':3,'value':4}"), mapper.constructType(Quantity.class));

    assertThat(problem.path()).isEqualTo("value");
    assertThat(problem.reason()).isEqualTo("property given twice");
  }

  @Test
  void read_rejectsNullInsideTheObject() {
    ResettlementJsonException problem = readFails(json("{'qualifier':'at-most','value':null}"), Quantity.class);

    assertThat(problem.path()).isEqualTo("value");
    assertThat(problem.reason()).isEqualTo("expected a count (a whole number), found null");
  }
}
