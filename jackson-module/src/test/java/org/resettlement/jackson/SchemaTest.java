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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.testkit.SampleData;
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

  /** The composite types: objects with properties. */
  static Stream<Golden> goldenObjects() {
    return goldenFiles()
        .filter(golden -> golden.type != org.resettlement.core.Actor.class)
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void goldenFile_validatesAgainstTheDefinitionOfItsType(Golden golden) {
    assertThat(SCHEMA.problems(definitionOf(golden), golden.text())).isEmpty();
  }

  @Test
  void goldenDataset_validatesAgainstTheRoot() {
    assertThat(SCHEMA.problemsAsDataset(GoldenFiles.all().get("dataset.json").text())).isEmpty();
  }

  //-----------------------------------------------------------------------
  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        invalid("unknown property", "Event", "{'id':'e','title':{'en':'t'},'kind':'workshop','period':{'start':'2023'},'venu':{}}"),
        invalid("missing required property", "Event", "{'id':'e','title':{'en':'t'},'period':{'start':'2023'}}"),
        invalid("null for a required property", "Event", "{'id':'e','title':null,'kind':'workshop','period':{'start':'2023'}}"),
        invalid("enum value in Java case", "Event", "{'id':'e','title':{'en':'t'},'kind':'WORKSHOP','period':{'start':'2023'}}"),
        invalid("enum value as a number", "Event", "{'id':'e','title':{'en':'t'},'kind':0,'period':{'start':'2023'}}"),
        invalid("repeated country in a set", "Geography", "{'countries':['PL','PL']}"),
        invalid("lower-case country code", "Place", "{'locality':{'pl':'Wrocław'},'country':'pl'}"),
        invalid("unassigned country code", "Place", "{'locality':{'pl':'Wrocław'},'country':'XX'}"),
        invalid("unknown country group", "Geography", "{'group':'EU99'}"),
        invalid("month 13", "DateRange", "{'start':'2023-13'}"),
        invalid("year 0", "DateRange", "{'start':'0000'}"),
        invalid("date with a time", "DateRange", "{'start':'2023-06-29T10:00'}"),
        invalid("date as a number", "DateRange", "{'start':2023}"),
        invalid("id with a space", "Organisation", "{'id':'a b','name':{'en':'n'},'kind':'ngo-national'}"),
        invalid("empty id", "Organisation", "{'id':'','name':{'en':'n'},'kind':'ngo-national'}"),
        invalid("id as a number", "Organisation", "{'id':7,'name':{'en':'n'},'kind':'ngo-national'}"),
        invalid("empty localised text", "Organisation", "{'id':'o','name':{},'kind':'ngo-national'}"),
        invalid("localised text as a string", "Organisation", "{'id':'o','name':'CCME','kind':'ngo-national'}"),
        invalid("negative count", "Target", "{'metric':'places-offered','value':-1}"),
        invalid("decimal count", "Target", "{'metric':'places-offered','value':1.5}"),
        invalid("quantity as text", "Target", "{'metric':'places-offered','value':'about 50'}"),
        invalid("unknown qualifier", "Target", "{'metric':'places-offered','value':{'qualifier':'roughly','value':50}}"),
        invalid("range without max", "Target", "{'metric':'places-offered','value':{'qualifier':'range','min':5}}"),
        invalid("range with value", "Target", "{'metric':'places-offered','value':{'qualifier':'range','min':5,'max':6,'value':5}}"),
        invalid("actor with two kinds", "Membership", "{'member':{'person':'p','organisation':'o'},'organisation':'x'}"),
        invalid("actor of unknown kind", "Membership", "{'member':{'state':'PT'},'organisation':'x'}"),
        invalid("actor naming a Java class", "Membership", "{'member':{'@class':'org.resettlement.core.PersonId','value':'p'},'organisation':'x'}"),
        invalid("actor as a bare id", "Membership", "{'member':'p','organisation':'x'}"),
        invalid("empty actor", "Membership", "{'member':{},'organisation':'x'}"),
        invalid("amount as a number", "MonetaryAmount", "{'amount':1250.00,'currency':'EUR'}"),
        invalid("amount with an exponent", "MonetaryAmount", "{'amount':'1.25E3','currency':'EUR'}"),
        invalid("negative amount", "MonetaryAmount", "{'amount':'-5','currency':'EUR'}"),
        invalid("currency in lower case", "MonetaryAmount", "{'amount':'5','currency':'eur'}"),
        invalid("year with a letter", "Funding", "{'year':'20x5'}"),
        invalid("period in words", "Project", "{'id':'p','title':{'en':'t'},'duration':'two years'}"),
        invalid("schema version 2", "Dataset", "{'schemaVersion':'2.0'}"),
        invalid("schema version as a number", "Dataset", "{'schemaVersion':1.0}"),
        invalid("series ordinal 0", "SeriesPosition", "{'series':{'en':'s'},'ordinal':0}"),
        invalid("boolean as a string", "SeriesPosition", "{'series':{'en':'s'},'last':'true'}"),
        invalid("blank external identifier", "ExternalIdentifier", "{'scheme':'iati','value':'   '}"),
        invalid("malformed language tag", "LocalizedText", "{'e n':'text'}"),
        invalid("missing record component", "QuotaTotal", "{'country':'PT','year':2007}"),
        invalid("null in a list", "Campaign", "{'id':'c','name':{'en':'n'},'launchingOrganisations':['a',null]}"));
  }

  private static Arguments invalid(String name, String definition, String singleQuotedJson) {
    return Arguments.of(name, definition, json(singleQuotedJson));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void invalidDocument_failsValidationAndReading(String name, String definition, String json) {
    assertThat(SCHEMA.problems(definition, json)).as("schema problems").isNotEmpty();
    Class<?> type = WireSchema.definitionName(org.resettlement.core.Dataset.class).equals(definition)
        ? org.resettlement.core.Dataset.class
        : javaType(definition);
    assertThat(catchThrowable(() -> mapper.readValue(json, type)))
        .as("the reader refuses it too")
        .isInstanceOf(ResettlementJsonException.class);
  }

  private static Class<?> javaType(String definition) {
    try {
      return Class.forName("org.resettlement.core." + definition);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
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
        assertThat(((ResettlementJsonException) refused).reason()).contains("required but not set");
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
    return SampleData.supportedTypes().stream().filter(Class::isEnum).sorted((a, b) -> a.getName().compareTo(b.getName()));
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
