package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidator;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.validation.internal.DatasetValidators;
import org.resettlement.validation.internal.DateValidators;
import org.resettlement.validation.internal.FormatValidators;
import org.resettlement.validation.internal.NotBlankTextValidators;
import org.resettlement.validation.internal.RecordValidators;
import org.resettlement.validation.internal.RuleConstraints;

/**
 * The catalogue of rules agrees with the constraints, the message bundles and {@code
 * docs/validation.md}, so that none of them can drift.
 */
class RuleCatalogueTest {

  private static final Path DOCS = Path.of("..", "docs", "validation.md");

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        ResettlementValidation.MESSAGE_BUNDLE, Locale.forLanguageTag(language), RuleCatalogueTest.class.getModule());
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void rule_hasAConstraintOfItsName(Rule rule) {
    Class<?> constraint = RuleConstraints.annotationOf(rule);

    assertThat(constraint.getSimpleName()).isEqualTo(rule.constraintName());
    assertThat(RuleConstraints.ruleOf(RuleConstraints.annotationOf(rule))).contains(rule);
  }

  /** The validators of the rules, from the classes that hold them. */
  static Stream<Class<?>> validators() {
    return Stream.of(DatasetValidators.class, DateValidators.class, FormatValidators.class,
            NotBlankTextValidators.class, RecordValidators.class)
        .flatMap(holder -> Arrays.stream(holder.getClasses()))
        .filter(ConstraintValidator.class::isAssignableFrom);
  }

  /** The constraint annotation {@code A} of a {@code ConstraintValidator<A, T>}. */
  private static Type constraintOf(Class<?> validator) {
    return Arrays.stream(validator.getGenericInterfaces())
        .map(ParameterizedType.class::cast)
        .filter(type -> type.getRawType() == ConstraintValidator.class)
        .findFirst()
        .orElseThrow()
        .getActualTypeArguments()[0];
  }

  @Test
  void validators_existForEveryRule() {
    Set<Type> validated = validators().map(RuleCatalogueTest::constraintOf).collect(Collectors.toSet());

    assertThat(validated).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(Rule.values()).map(RuleConstraints::annotationOf).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("validators")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void validator_acceptsNull_leavingItToNotNull(Class<?> type) throws ReflectiveOperationException {
    // Hibernate Validator passes null to a validator, for an empty Optional among others.
    ConstraintValidator validator = (ConstraintValidator) type.getConstructor().newInstance();

    assertThat(validator.isValid(null, null)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void rule_messageKeyFollowsTheNamingScheme(Rule rule) throws ReflectiveOperationException {
    assertThat(rule.messageKey()).isEqualTo("org.resettlement.validation." + rule.constraintName() + ".message");
    Object defaultMessage = RuleConstraints.annotationOf(rule).getMethod("message").getDefaultValue();
    assertThat(defaultMessage).isEqualTo(rule.messageTemplate());
    assertThat(rule.description()).isNotBlank().doesNotContain("\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "pl"})
  void bundle_hasAMessageForEveryRuleAndNoOther(String language) {
    ResourceBundle bundle = bundle(language);
    Set<String> keys = Arrays.stream(Rule.values()).map(Rule::messageKey).collect(Collectors.toSet());

    assertThat(Collections.list(bundle.getKeys())).containsExactlyInAnyOrderElementsOf(keys);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "pl"})
  void bundle_messagesHaveNoExpressionsOrParameters(String language) {
    ResourceBundle bundle = bundle(language);
    for (Rule rule : Rule.values()) {
      assertThat(bundle.getString(rule.messageKey()))
          .as(rule.messageKey())
          .isNotBlank()
          .doesNotContain("$", "{", "}", "\\");
    }
  }

  @Test
  void bundle_polishDiffersFromEnglish() {
    for (Rule rule : Rule.values()) {
      assertThat(bundle("pl").getString(rule.messageKey()))
          .as(rule.messageKey())
          .isNotEqualTo(bundle("en").getString(rule.messageKey()));
    }
    assertThat(bundle("pl").getLocale()).isEqualTo(Locale.forLanguageTag("pl"));
  }

  @Test
  void severity_warningsAreTheDocumentedOnes() {
    Set<Rule> warnings =
        Arrays.stream(Rule.values()).filter(r -> r.defaultSeverity() == Severity.WARNING).collect(Collectors.toSet());

    assertThat(warnings).containsExactlyInAnyOrder(Rule.ARRIVALS_WITHIN_PLACES, Rule.PERSON_NAMED);
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void docs_tableListsEveryRuleWithItsKeySeverityGroupAndEnglishMessage(Rule rule) throws IOException {
    String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
    String row =
        docs.lines()
            .filter(line -> line.startsWith("| `" + rule.name() + "` |"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row for " + rule + " in " + DOCS));

    assertThat(row)
        .contains("`" + rule.messageKey() + "`")
        .contains(rule.defaultSeverity().name().toLowerCase(Locale.ROOT))
        .contains(rule.structural() ? "Structural" : "Default only")
        .contains(bundle("en").getString(rule.messageKey()));
  }
}
