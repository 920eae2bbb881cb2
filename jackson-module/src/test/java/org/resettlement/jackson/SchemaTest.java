package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Dimension;
import org.resettlement.core.InvalidValueException;
import org.resettlement.testkit.SampleData;
import org.resettlement.wireformat.BadDocuments;
import org.resettlement.wireformat.BadDocuments.BadDocument;
import org.resettlement.wireformat.GoldenFiles;
import org.resettlement.wireformat.GoldenFiles.Golden;
import org.resettlement.wireformat.WireSchema;

/**
 * The JSON Schema of {@code wire-format/schema}: golden files validate, invalid documents do not,
 * and its definitions say what the reader and the writer do.
 */
class SchemaTest extends JsonTestBase {

  static Stream<Golden> goldenFiles() {
    return GoldenFiles.all().values().stream();
  }

  /**
   * The composite types: objects with properties, written by the convention. An actor, a key and a
   * rounding are objects of forms of their own, which their own tests show.
   */
  static Stream<Golden> goldenObjects() {
    return goldenFiles()
        .filter(golden -> !List.of(org.resettlement.core.Actor.class, org.resettlement.core.DimensionKey.class,
            org.resettlement.core.Rounding.class).contains(golden.type))
        .filter(golden -> SCHEMA.hasProperties(definitionOf(golden)));
  }

  static String definitionOf(Golden golden) {
    return WireSchema.definitionName(golden.type);
  }

  @Test
  void schema_isDraft202012WithTheDatasetAsRoot() {
    assertThat(SCHEMA.rootKeyword("$schema")).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SCHEMA.rootKeyword("$ref")).isEqualTo("#/$defs/Dataset");
    assertThat(SCHEMA.rootKeyword("$id")).endsWith("/schema/1/resettlement.schema.json");
  }

  /** Every golden file, of the current version and of version 1.0, which the schema of 1.x accepts. */
  static Stream<Golden> goldenFilesOfEveryVersion() {
    return Stream.concat(goldenFiles(), GoldenFiles.version10().values().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFilesOfEveryVersion")
  void goldenFile_validatesAgainstTheDefinitionOfItsType(Golden golden) {
    assertThat(SCHEMA.problems(definitionOf(golden), golden.text())).isEmpty();
  }

  @Test
  void goldenDataset_validatesAgainstTheRoot() {
    assertThat(SCHEMA.problemsAsDataset(GoldenFiles.all().get("dataset.json").text())).isEmpty();
    assertThat(SCHEMA.problemsAsDataset(GoldenFiles.version10().get("dataset.json").text())).isEmpty();
  }

  //-----------------------------------------------------------------------
  static Stream<BadDocument> invalidDocuments() {
    return BadDocuments.refusedBySchemaAndReaders().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void invalidDocument_failsValidationAndReading(BadDocument document) {
    assertThat(SCHEMA.problems(document.definition(), document.json())).as("schema problems").isNotEmpty();
    assertThat(catchThrowable(() -> mapper.readValue(document.json(), document.type())))
        .as("the reader refuses it too")
        .isInstanceOf(ResettlementJsonException.class);
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenObjects")
  void definition_listsThePropertiesTheWriterWritesInItsOrder(Golden golden) throws Exception {
    JavaType type = mapper.constructType(golden.type);
    JsonSerializer<Object> serializer = mapper.getSerializerProviderInstance().findValueSerializer(type);
    List<String> written = new ArrayList<>();
    for (Iterator<com.fasterxml.jackson.databind.ser.PropertyWriter> properties = serializer.properties();
        properties.hasNext(); ) {
      written.add(properties.next().getName());
    }
    List<String> defined = SCHEMA.propertyNames(definitionOf(golden));

    assertThat(written).isNotEmpty();
    assertThat(defined).containsExactlyElementsOf(written);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenObjects")
  void definition_requiresExactlyWhatTheReaderRequires(Golden golden) throws Exception {
    List<String> required = SCHEMA.required(definitionOf(golden));
    ObjectNode document = (ObjectNode) mapper.readTree(golden.text());
    assertThat(iterable(document.fieldNames())).as("the golden file has every required property").containsAll(required);

    for (String property : iterable(document.fieldNames())) {
      ObjectNode without = document.deepCopy();
      without.remove(property);
      Throwable refused = catchThrowable(() -> mapper.readValue(mapper.writeValueAsString(without), golden.type));
      if (required.contains(property)) {
        assertThat(refused).as("without %s", property).isInstanceOf(ResettlementJsonException.class);
        // A required list is refused as empty, since an absent list is an empty one.
        assertThat(((ResettlementJsonException) refused).reason())
            .isIn(document.get(property).isArray() ? List.of("required but not set", "must not be empty") : List.of("required but not set"));
      } else {
        assertThat(refused).as("without %s", property).isNull();
      }
    }
  }

  private static List<String> iterable(Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  //-----------------------------------------------------------------------
  static Stream<Class<?>> enums() {
    // The enums of official statistics, whether the testkit generates them or not.
    return Stream.concat(SampleData.supportedTypes().stream(),
            Stream.of(org.resettlement.core.ObservationStatus.class, org.resettlement.core.Sex.class))
        .filter(Class::isEnum)
        .distinct()
        .sorted((a, b) -> a.getName().compareTo(b.getName()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void enumDefinition_listsEveryConstantInLowerKebabCase(Class<?> type) {
    List<String> expected =
        Arrays.stream(type.getEnumConstants())
            .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .collect(Collectors.toList());

    assertThat(SCHEMA.enumValues(WireSchema.definitionName(type)))
        .containsExactlyElementsOf(expected);
  }

  //-----------------------------------------------------------------------
  /**
   * The definitions of the categories of the built-in dimensions accept exactly the codes that the
   * reader types for the dimension; every other code is a publisher's code, which the definition
   * of a key accepts as well. Only an age band whose ages are the wrong way round is of the
   * definition's form and still a publisher's code, as a pattern cannot compare two numbers.
   */
  @Test
  void categoryDefinitions_acceptExactlyTheCodesTheReaderTypesForTheirDimension() {
    List<String> codes = new ArrayList<>(List.of(
        "female", "male", "unknown", "Female", "F", "M", "T", "TOTAL", "UNK",
        "0-17", "18-34", "35-64", "65+", "0+", "150+", "151+", "0-150", "0-151", "150-150", "018-34", "1-2-3", "-5", "5-",
        "65 +", "Y_LT18", "Y18-34", "Y_GE65", "0-4", "5-11", "12-17", "18-59", "60+",
        "stateless", "STATELESS", "sy", "XX", "STLS", "XXA", "TIB", "UK", "EL", "PER", " SY", "SY "));
    CountryCode.all().forEach(country -> codes.add(country.alpha2()));
    for (int age = 0; age <= 151; age += 7) {
      codes.add(age + "+");
      codes.add(age + "-" + (age + 3));
    }
    for (String code : codes) {
      for (Dimension dimension : Dimension.builtIn()) {
        String definition = dimension.equals(Dimension.SEX) ? "Sex"
            : dimension.equals(Dimension.AGE_BAND) ? "AgeBand" : "CountryCategory";
        String json = "\"" + code + "\"";
        boolean typed = isCategoryCode(code) && dimension.category(code).mapped();

        assertThat(SCHEMA.problems(definition, json).isEmpty()).as("%s of %s", code, dimension).isEqualTo(typed);
        assertThat(SCHEMA.problems("DimensionKey", "{\"" + dimension + "\":" + json + "}").isEmpty())
            .as("key {%s: %s}", dimension, code)
            .isEqualTo(isCategoryCode(code));
      }
    }
    assertThat(SCHEMA.problems("AgeBand", "\"30-18\"")).isEmpty();
    assertThat(Dimension.AGE_BAND.category("30-18").mapped()).isFalse();
  }

  private static boolean isCategoryCode(String code) {
    try {
      CategoryCode.of(code);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  @Test
  void countryCodeDefinition_listsEveryKnownCode() {
    List<String> known = CountryCode.all().stream().map(CountryCode::alpha2).collect(Collectors.toList());

    assertThat(SCHEMA.enumValues("CountryCode")).containsExactlyElementsOf(known);
  }

  @Test
  void countryGroupDefinition_listsEveryKnownGroup() {
    List<String> known = CountryGroup.known().stream().map(CountryGroup::code).collect(Collectors.toList());

    assertThat(SCHEMA.enumValues("CountryGroup")).containsExactlyElementsOf(known);
  }

}
