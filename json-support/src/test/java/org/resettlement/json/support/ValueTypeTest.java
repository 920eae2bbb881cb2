package org.resettlement.json.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.CountryCode;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Person;
import org.resettlement.core.Pledge;
import org.resettlement.core.Quantity;
import org.resettlement.core.RecordId;
import org.resettlement.json.support.ValueType.Attribute;
import org.resettlement.json.support.ValueType.Kind;

/** How {@link ValueType} reads the Immutables convention of the core's value types. */
class ValueTypeTest {

  /** Where the core's sources are, from this module's folder, where the tests run. */
  private static final Path CORE_SOURCES = Path.of("../core/src/main/java/org/resettlement/core");

  private static final Pattern ABSTRACT_ACCESSOR =
      Pattern.compile("^\\s*public abstract [\\w<>?, .]+ (\\w+)\\(\\);", Pattern.MULTILINE);
  private static final Pattern DEFAULT_ACCESSOR =
      Pattern.compile("@Value\\.Default\\s+public [\\w<>?, .]+ (\\w+)\\(\\)");

  /** Every class of the core's public package that is a value type, found from the sources. */
  static Stream<Class<?>> valueTypes() throws IOException {
    try (Stream<Path> files = Files.list(CORE_SOURCES)) {
      List<Class<?>> types = new ArrayList<>();
      files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".java") && !name.contains("-"))
          .sorted()
          .map(name -> coreClass(name.substring(0, name.length() - ".java".length())))
          .filter(type -> ValueType.inspect(type).isPresent())
          .forEach(types::add);
      return types.stream();
    }
  }

  private static Class<?> coreClass(String simpleName) {
    try {
      return Class.forName("org.resettlement.core." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no class for the source file " + simpleName + ".java", e);
    }
  }

  @Test
  void valueTypes_areEveryCompositeTypeOfTheCore() throws IOException {
    assertThat(valueTypes().map(Class::getSimpleName))
        .containsExactlyInAnyOrder(
            "Allocation", "Breakdown", "Campaign", "CampaignProgress", "ContactPoint", "Coordinates", "Dataset",
            "DateRange", "Discrepancy", "Event", "ExternalIdentifier", "Funding", "Geography", "Membership",
            "MonetaryAmount", "Observation", "ObservationFilter", "ObservationTotal", "Organisation", "Participation", "Person", "Place", "Pledge",
            "Project", "QuotaTotal", "ResettlementQuota", "SeriesPosition", "Session", "Source", "Statistic",
            "Target");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  void attributes_areInTheOrderTheSourceDeclaresThem(Class<?> type) throws IOException {
    String source = Files.readString(CORE_SOURCES.resolve(type.getSimpleName() + ".java"), StandardCharsets.UTF_8);
    List<Integer> positions = new ArrayList<>();
    List<String> declared = new ArrayList<>();
    for (Pattern accessor : List.of(ABSTRACT_ACCESSOR, DEFAULT_ACCESSOR)) {
      Matcher matcher = accessor.matcher(source);
      while (matcher.find()) {
        positions.add(matcher.start());
        declared.add(matcher.group(1));
      }
    }
    List<String> inSourceOrder =
        positions.stream().sorted().map(position -> declared.get(positions.indexOf(position)))
            .collect(Collectors.toList());

    assertThat(names(type)).containsExactlyElementsOf(inSourceOrder);
  }

  @Test
  void propertyOrder_hasAListForEveryValueTypeAndNothingElse() throws IOException {
    assertThat(PropertyOrder.types()).containsExactlyInAnyOrderElementsOf(valueTypes().collect(Collectors.toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  void attributes_areThoseThePropertyOrderNames(Class<?> type) {
    assertThat(names(type)).containsExactlyElementsOf(PropertyOrder.of(type));
  }

  @Test
  void read_refusesAnOrderThatLeavesOutAnAttribute() {
    assertThatThrownBy(() -> ValueType.read(BuilderConventionFixtures.Conventional.class, List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The wire-format order of Conventional leaves out its attributes [name];"
            + " give them their place in PropertyOrder");
  }

  @Test
  void read_refusesAnOrderThatNamesSomethingElse() {
    assertThatThrownBy(() -> ValueType.read(BuilderConventionFixtures.Conventional.class, List.of("name", "label")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The wire-format order of Conventional names label, which is not an attribute of it"
            + " or is named twice");
    assertThatThrownBy(() -> ValueType.read(BuilderConventionFixtures.Conventional.class, List.of("name", "name")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("names name, which");
  }

  @Test
  void of_findsNothingForHandWrittenTypes() {
    for (Class<?> type : List.of(Quantity.class, LocalizedText.class, CountryCode.class, PartialDate.class, RecordId.class, String.class)) {
      assertThat(ValueType.inspect(type)).as(type.getSimpleName()).isEmpty();
    }
  }

  @Test
  void ofImplementationAndOfBuilder_findTheValueType() {
    Event event = Event.builder().id(org.resettlement.core.EventId.of("e")).title(LocalizedText.of("en", "t"))
        .kind(org.resettlement.core.EventKind.MEETING).period(DateRange.since(PartialDate.ofYear(2023))).build();
    Optional<ValueType> implemented = ValueType.ofImplementation(event.getClass());

    assertThat(event.getClass()).isNotEqualTo(Event.class);
    assertThat(implemented.map(ValueType::type)).contains(Event.class);
    assertThat(ValueType.ofBuilder(Event.Builder.class).map(ValueType::type)).contains(Event.class);
    assertThat(ValueType.ofBuilder(Event.Builder.class.getSuperclass()).map(ValueType::type)).contains(Event.class);
    assertThat(ValueType.ofImplementation(Event.class)).isEmpty();
  }

  @Test
  void attributes_leaveOutDerivedMethods() {
    assertThat(names(DateRange.class)).containsExactly("start", "end");
    assertThat(names(Geography.class)).containsExactly("group", "countries");
    assertThat(names(Pledge.class)).doesNotContain("deliveredQuantity");
    assertThat(names(Person.class)).doesNotContain("displayName", "hasPersonalData", "withoutPersonalData");
    assertThat(names(org.resettlement.core.Dataset.class)).doesNotContain("index", "quotaTotals");
  }

  @Test
  void setters_areTheOverloadsOfTheAccessorsOwnType() {
    ValueType event = ValueType.inspect(Event.class).orElseThrow();

    assertThat(setterParameter(event, "venue")).isEqualTo(Optional.class);
    assertThat(setterParameter(event, "organisers")).isEqualTo(Iterable.class);
    assertThat(setterParameter(event, "representedCountries")).isEqualTo(Iterable.class);
    assertThat(setterParameter(event, "online")).isEqualTo(boolean.class);
    assertThat(setterParameter(event, "title")).isEqualTo(LocalizedText.class);
  }

  @Test
  void attributeSetBy_isEmptyForBuilderHelpersAndOtherOverloads() throws NoSuchMethodException {
    ValueType event = ValueType.inspect(Event.class).orElseThrow();
    Class<?> builder = Event.Builder.class;

    assertThat(event.attributeSetBy(builder.getMethod("from", Event.class))).isEmpty();
    assertThat(event.attributeSetBy(builder.getMethod("addOrganiser", org.resettlement.core.OrganisationId.class))).isEmpty();
    assertThat(event.attributeSetBy(builder.getMethod("addAllOrganisers", Iterable.class))).isEmpty();
    assertThat(event.attributeSetBy(builder.getMethod("venue", org.resettlement.core.Place.class))).isEmpty();
    assertThat(event.attributeSetBy(builder.getMethod("venue", Optional.class)).map(Attribute::name)).contains("venue");
  }

  @Test
  void kinds_followTheAccessorsTypeAndDefault() {
    ValueType event = ValueType.inspect(Event.class).orElseThrow();

    assertThat(kind(event, "id")).isEqualTo(Kind.REQUIRED);
    assertThat(kind(event, "online")).isEqualTo(Kind.DEFAULTED);
    assertThat(kind(event, "venue")).isEqualTo(Kind.OPTIONAL);
    assertThat(kind(event, "organisers")).isEqualTo(Kind.LIST);
    assertThat(kind(event, "representedCountries")).isEqualTo(Kind.SET);
    assertThat(kind(ValueType.inspect(Pledge.class).orElseThrow(), "status")).isEqualTo(Kind.DEFAULTED);
  }

  @Test
  void valueClass_isTheElementOrContentType() {
    ValueType event = ValueType.inspect(Event.class).orElseThrow();

    assertThat(attribute(event, "organisers").valueClass()).isEqualTo(org.resettlement.core.OrganisationId.class);
    assertThat(attribute(event, "venue").valueClass()).isEqualTo(org.resettlement.core.Place.class);
    assertThat(attribute(event, "period").valueClass()).isEqualTo(DateRange.class);
  }

  @Test
  void of_keepsWhatInspectFindsForEachClass() {
    Optional<ValueType> kept = ValueType.of(Event.class);

    assertThat(ValueType.of(Event.class)).isSameAs(kept);
    assertThat(kept.orElseThrow().attributes()).extracting(Attribute::name)
        .containsExactlyElementsOf(names(Event.class));
    assertThat(ValueType.of(Quantity.class)).isEmpty();
  }

  @Test
  void read_findsNoValueTypeWhereTheConventionIsBroken() {
    for (Class<?> type : List.of(
        BuilderConventionFixtures.HiddenBuilder.class,
        BuilderConventionFixtures.InnerBuilder.class,
        BuilderConventionFixtures.BuilderWithArgument.class,
        BuilderConventionFixtures.BuilderOfAnotherType.class,
        BuilderConventionFixtures.BuilderWithoutBuild.class,
        BuilderConventionFixtures.NotAbstract.class,
        Runnable.class)) {
      assertThat(ValueType.read(type, List.of("name"))).as(type.getSimpleName()).isEmpty();
    }
  }

  @Test
  void inspect_findsNothingOutsideTheCoreThatFollowsTheConvention() {
    assertThat(ValueType.read(OutsideTheCore.class, List.of("name"))).isPresent();
    assertThat(ValueType.inspect(OutsideTheCore.class)).isEmpty();
  }

  @Test
  void read_takesAsAttributesOnlyAccessorsWithASetterOfTheirOwnType() {
    ValueType conventional =
        ValueType.read(BuilderConventionFixtures.Conventional.class, List.of("name")).orElseThrow();

    assertThat(conventional.builder()).isEqualTo(BuilderConventionFixtures.Conventional.Builder.class);
    assertThat(conventional.attributes()).extracting(Attribute::name).containsExactly("name");
  }

  @Test
  void ofBuilderAndOfImplementation_findNothingForOtherClasses() {
    assertThat(ValueType.ofBuilder(Event.class)).as("a top-level class").isEmpty();
    assertThat(ValueType.ofBuilder(PartialDate.Precision.class)).as("a nested class of another name").isEmpty();
    assertThat(ValueType.ofBuilder(BuilderConventionFixtures.NotAbstract.Builder.class)).isEmpty();
    assertThat(ValueType.ofImplementation(Object.class)).isEmpty();
    assertThat(ValueType.ofImplementation(Runnable.class)).isEmpty();
  }

  @Test
  void attribute_namesItsOwnerAccessorAndSetter() throws NoSuchMethodException {
    Attribute title = attribute(ValueType.inspect(Event.class).orElseThrow(), "title");

    assertThat(title.owner()).isEqualTo(Event.class);
    assertThat(title.accessor()).isEqualTo(Event.class.getMethod("title"));
    assertThat(title.setter().getName()).isEqualTo("title");
    assertThat(title).hasToString("Event.title");
  }

  @Test
  void attributeReadBy_isTheAttributeOfAnAccessorOnly() throws NoSuchMethodException {
    ValueType event = ValueType.inspect(Event.class).orElseThrow();

    assertThat(event.attributeReadBy(Event.class.getMethod("title")).map(Attribute::name)).contains("title");
    assertThat(event.attributeReadBy(Event.Builder.class.getMethod("title", LocalizedText.class))).isEmpty();
    assertThat(event.attributeReadBy(Object.class.getMethod("hashCode"))).isEmpty();
  }

  /** Follows the convention, outside the core's package. */
  public abstract static class OutsideTheCore {
    /** Reads the name. @return the name */
    public abstract String name();

    /** Builds one. */
    public static class Builder {
      /** Creates the builder. */
      public Builder() {}

      /** Sets the name. @param name the name @return this */
      public Builder name(String name) {
        return this;
      }

      /** Builds nothing. @return null */
      public OutsideTheCore build() {
        return null;
      }
    }
  }

  private static List<String> names(Class<?> type) {
    return ValueType.inspect(type).orElseThrow().attributes().stream().map(Attribute::name).collect(Collectors.toList());
  }

  private static Attribute attribute(ValueType type, String name) {
    return type.attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  private static Kind kind(ValueType type, String name) {
    return attribute(type, name).kind();
  }

  private static Class<?> setterParameter(ValueType type, String name) {
    Method setter = attribute(type, name).setter();
    return setter.getParameterTypes()[0];
  }
}
