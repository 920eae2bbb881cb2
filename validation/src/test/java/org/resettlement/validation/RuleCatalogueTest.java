package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.Dataset;
import org.resettlement.validation.internal.Constraints;
import org.resettlement.validation.internal.DatasetValidators;
import org.resettlement.validation.internal.DateValidators;
import org.resettlement.validation.internal.FormatValidators;
import org.resettlement.validation.internal.NotBlankTextValidators;
import org.resettlement.validation.internal.ObservationValidators;
import org.resettlement.validation.internal.RecordValidators;
import org.resettlement.validation.internal.ResettlementMessages;
import org.resettlement.validation.internal.SharedSourceValidators;
import org.resettlement.validation.internal.TextCharacterValidators;

/**
 * The catalogue of rules agrees with the constraints, the validators, the mapping, the message
 * bundles and {@code docs/validation.md}, whose table of rules it generates, so that none of them
 * can drift.
 */
class RuleCatalogueTest {

  private static final Path DOCS = Path.of("..", "docs", "validation.md");

  /** Where the test writes the docs with the table generated afresh, if they differ. */
  private static final Path REGENERATED_DOCS = Path.of("target", "validation.md");

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        ResettlementValidation.MESSAGE_BUNDLE, Locale.forLanguageTag(language), RuleCatalogueTest.class.getModule());
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void rule_hasAConstraintOfItsName(Rule rule) {
    Class<?> constraint = rule.constraint();

    assertThat(constraint.getSimpleName()).isEqualTo(rule.constraintName()).isEqualTo(upperCamelCase(rule.name()));
    assertThat(constraint.getEnclosingClass()).as("the constraints live together").isEqualTo(Constraints.class);
    assertThat(Rule.ofConstraint(rule.constraint())).contains(rule);
  }

  /** NOT_BLANK_TEXT as NotBlankText, as the testkit's {@code BrokenRule} derives the key. */
  private static String upperCamelCase(String name) {
    return Arrays.stream(name.split("_"))
        .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining());
  }

  @Test
  void constraints_areExactlyTheRulesConstraints() {
    assertThat(Constraints.class.getClasses())
        .containsExactlyInAnyOrder(Arrays.stream(Rule.values()).map(Rule::constraint).toArray(Class<?>[]::new));
  }

  /** The validators of the rules, from the classes that hold them. */
  static Stream<Class<?>> validators() {
    return Stream.of(DatasetValidators.class, DateValidators.class, FormatValidators.class,
            NotBlankTextValidators.class, ObservationValidators.class, RecordValidators.class,
            SharedSourceValidators.class, TextCharacterValidators.class)
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
        Arrays.stream(Rule.values()).map(Rule::constraint).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("validators")
  void validator_isListedByItsConstraint(Class<?> validator) {
    Class<?> constraint = (Class<?>) constraintOf(validator);

    assertThat(List.<Class<?>>of(constraint.getAnnotation(Constraint.class).validatedBy())).contains(validator);
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
    Object defaultMessage = rule.constraint().getMethod("message").getDefaultValue();
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

    assertThat(warnings).containsExactlyInAnyOrder(
        Rule.ARRIVALS_WITHIN_PLACES, Rule.PERSON_NAMED, Rule.WELL_FORMED_CATEGORY);
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

  //-----------------------------------------------------------------------
  /** The line before the table of rules in the docs; the table up to {@link #TABLE_END} is generated. */
  static final String TABLE_START =
      "<!-- The table is generated from Rule and the English messages by RuleCatalogueTest. -->";

  /** The line after the table of rules in the docs. */
  static final String TABLE_END = "<!-- End of the generated table. -->";

  /** The table of rules, one row per rule: what {@code docs/validation.md} shows between its markers. */
  static String rulesTable() {
    ResourceBundle english = ResettlementMessages.bundle(Locale.ENGLISH);
    StringBuilder table = new StringBuilder()
        .append("| rule | applies to (type: properties) | message key | severity, group | message (English) |\n")
        .append("|---|---|---|---|---|\n");
    for (Rule rule : Rule.values()) {
      table.append("| `").append(rule.name()).append("` | ")
          .append(rule.appliesTo()).append(" | `")
          .append(rule.messageKey()).append("` | ")
          .append(rule.defaultSeverity().name().toLowerCase(Locale.ROOT)).append(", ")
          .append(rule.structural() ? "Structural" : "Default only").append(" | ")
          .append(english.getString(rule.messageKey())).append(" |\n");
    }
    return table.toString();
  }

  /**
   * The docs hold the table generated from {@link Rule}. When they do not, the test writes the
   * docs as they should be to {@code validation/target/validation.md}, to be copied over {@code
   * docs/validation.md}: the table is never edited by hand.
   */
  @Test
  void docs_tableOfRulesIsGeneratedFromRule() throws IOException {
    String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
    int start = docs.indexOf(TABLE_START + "\n");
    int end = docs.indexOf(TABLE_END + "\n");
    assertThat(start).as("the line before the table in %s", DOCS).isNotNegative();
    assertThat(end).as("the line after the table in %s", DOCS).isGreaterThan(start);

    String table = docs.substring(start + TABLE_START.length() + 1, end);
    if (!table.equals(rulesTable())) {
      Files.createDirectories(REGENERATED_DOCS.getParent());
      Files.writeString(REGENERATED_DOCS, docs.substring(0, start + TABLE_START.length() + 1) + rulesTable()
          + docs.substring(end), StandardCharsets.UTF_8);
    }
    assertThat(table)
        .as("the table of rules in %s against Rule; cp validation/%s docs/validation.md", DOCS, REGENERATED_DOCS)
        .isEqualTo(rulesTable());
  }

  /**
   * Where the mapping puts each rule's constraint, found from Hibernate Validator's metadata by
   * following the cascades from {@link Dataset}: {@code "Pledge"} for a constraint on a type,
   * {@code "Pledge.pledgedOn"} for one on a property or its elements.
   */
  private static Map<Rule, Set<String>> mappedPlaces() {
    Validator validator = ResettlementValidation.validator();
    Map<Rule, Set<String>> places = new EnumMap<>(Rule.class);
    Deque<Class<?>> types = new ArrayDeque<>(List.of(Dataset.class));
    Set<Class<?>> seen = new HashSet<>();
    while (!types.isEmpty()) {
      Class<?> type = types.pop();
      if (!seen.add(type)) {
        continue;
      }
      BeanDescriptor bean = validator.getConstraintsForClass(type);
      addPlaces(places, bean.getConstraintDescriptors(), type.getSimpleName());
      for (PropertyDescriptor property : bean.getConstrainedProperties()) {
        String place = type.getSimpleName() + "." + property.getPropertyName();
        addPlaces(places, property.getConstraintDescriptors(), place);
        if (property.isCascaded()) {
          types.add(property.getElementClass());
        }
        for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
          addPlaces(places, element.getConstraintDescriptors(), place);
          if (element.isCascaded()) {
            types.add(element.getElementClass());
          }
        }
      }
    }
    return places;
  }

  private static void addPlaces(Map<Rule, Set<String>> places, Set<ConstraintDescriptor<?>> constraints, String place) {
    for (ConstraintDescriptor<?> constraint : constraints) {
      Rule rule = Rule.ofConstraint(constraint.getAnnotation().annotationType()).orElseThrow();
      places.computeIfAbsent(rule, r -> new TreeSet<>()).add(place);
    }
  }

  /**
   * The one column of the table that the catalogue cannot compute, where a rule applies, names
   * every type the rule is mapped onto and every property it is mapped on: a rule mapped somewhere
   * new cannot go undocumented.
   */
  @ParameterizedTest
  @EnumSource(Rule.class)
  void appliesTo_namesEveryTypeAndPropertyTheRuleIsMappedOn(Rule rule) {
    Set<String> places = mappedPlaces().getOrDefault(rule, Set.of());

    assertThat(places).as("where %s is mapped", rule).isNotEmpty();
    for (String place : places) {
      String[] typeAndProperty = place.split("\\.");
      assertThat(rule.appliesTo()).as("%s applies to %s", rule, place).contains(typeAndProperty[0]);
      if (typeAndProperty.length > 1) {
        assertThat(rule.appliesTo()).as("%s applies to %s", rule, place).contains("`" + typeAndProperty[1]);
      }
    }
  }
}
