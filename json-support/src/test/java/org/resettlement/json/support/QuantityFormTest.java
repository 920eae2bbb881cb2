package org.resettlement.json.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.Quantity;

/**
 * The rules of a quantity's object form. Both Jackson modules' tests show them in whole
 * documents; these pin each rule down on its own.
 */
class QuantityFormTest {

  @Test
  void build_givesEachQualifiersQuantity() {
    assertThat(form(Map.of("qualifier", "exact"), Map.of("value", 50L))).isEqualTo(Quantity.exactly(50));
    assertThat(form(Map.of("qualifier", "approximate"), Map.of("value", 50L))).isEqualTo(Quantity.approximately(50));
    assertThat(form(Map.of("qualifier", "at-least"), Map.of("value", 100L))).isEqualTo(Quantity.atLeast(100));
    assertThat(form(Map.of("qualifier", "at-most"), Map.of("value", 20L))).isEqualTo(Quantity.atMost(20));
    assertThat(form(Map.of("qualifier", "range"), Map.of("min", 30L, "max", 40L))).isEqualTo(Quantity.between(30, 40));
  }

  @Test
  void build_requiresTheQualifier() {
    QuantityForm form = new QuantityForm();
    form.count("value", 5);

    assertProblem(form::build, "qualifier", "required but not set");
  }

  @Test
  void build_requiresTheValueOfAQualifierOtherThanRange() {
    QuantityForm form = new QuantityForm();
    form.qualifier("approximate");

    assertProblem(form::build, "value", "required but not set");
  }

  @ParameterizedTest
  @ValueSource(strings = {"min", "max"})
  void build_refusesABoundWithAQualifierOtherThanRange(String bound) {
    QuantityForm form = new QuantityForm();
    form.qualifier("at-least");
    form.count("value", 5);
    form.count(bound, 3);

    assertProblem(form::build, bound, "allowed only with the qualifier range");
  }

  @Test
  void build_refusesAValueWithTheQualifierRange() {
    QuantityForm form = new QuantityForm();
    form.qualifier("range");
    form.count("value", 5);
    form.count("min", 1);
    form.count("max", 9);

    assertProblem(form::build, "value", "not allowed with the qualifier range; give min and max");
  }

  @ParameterizedTest
  @ValueSource(strings = {"min", "max"})
  void build_requiresBothBoundsOfARange(String given) {
    QuantityForm form = new QuantityForm();
    form.qualifier("range");
    form.count(given, 3);

    assertProblem(form::build, given.equals("min") ? "max" : "min", "required but not set");
  }

  @Test
  void build_reportsTheCoresRefusalAtItsField() {
    QuantityForm form = new QuantityForm();
    form.qualifier("range");
    form.count("min", 40);
    form.count("max", 30);

    WireProblem problem = catchThrowableOfType(form::build, WireProblem.class);
    assertThat(problem.property()).isPresent();
    assertThat(problem.reason()).contains("40");
  }

  @Test
  void property_refusesAnUnknownNameAndARepeatedOne() {
    QuantityForm form = new QuantityForm();
    form.property("qualifier");
    form.qualifier("exact");

    assertProblem(() -> form.property("qualifier"), null, "property given twice");
    assertProblem(() -> form.property("count"), null, "unknown property; expected one of: qualifier, value, min, max");
    for (String name : new String[] {"value", "min", "max"}) {
      form.property(name);
      form.count(name, 1);
      assertProblem(() -> form.property(name), null, "property given twice");
    }
  }

  @Test
  void qualifier_refusesAnUnknownName() {
    assertProblem(() -> new QuantityForm().qualifier("about"), null,
        "unknown value 'about'; expected one of exact, range, at-most, at-least, approximate");
    assertThat(QuantityForm.EXPECTED_QUALIFIER).isEqualTo("one of exact, range, at-most, at-least, approximate");
  }

  @Test
  void count_refusesANegativeCount() {
    assertThat(QuantityForm.count(0)).isZero();
    assertThat(QuantityForm.count(7)).isEqualTo(7);
    assertProblem(() -> QuantityForm.count(-1), null, "must not be negative, was -1");
  }

  @Test
  void nameOf_isTheKebabCaseName() {
    for (Quantity.Qualifier qualifier : Quantity.Qualifier.values()) {
      assertThat(QuantityForm.nameOf(qualifier)).isEqualTo(KebabCase.of(qualifier));
    }
  }

  private static Quantity form(Map<String, String> qualifier, Map<String, Long> counts) {
    QuantityForm form = new QuantityForm();
    qualifier.forEach((name, text) -> {
      form.property(name);
      form.qualifier(text);
    });
    counts.forEach((name, count) -> {
      form.property(name);
      form.count(name, count);
    });
    return form.build();
  }

  static void assertProblem(Runnable rule, String property, String reason) {
    WireProblem problem = catchThrowableOfType(rule::run, WireProblem.class);
    assertThat(problem).as("the rule refuses").isNotNull();
    assertThat(problem.property().orElse(null)).isEqualTo(property);
    assertThat(problem.reason()).isEqualTo(reason);
  }
}
