package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.CampaignProgress;
import org.resettlement.core.Coordinates;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.QuotaTotal;
import org.resettlement.core.SeriesPosition;
import org.resettlement.testkit.SampleData;
import org.resettlement.wireformat.BadDocuments;
import org.resettlement.wireformat.BadDocuments.BadDocument;
import org.resettlement.wireformat.GoldenFiles;
import org.resettlement.wireformat.GoldenFiles.Golden;
import org.resettlement.wireformat.SeedData;

/**
 * Documents that are not valid are refused with a {@link ResettlementJsonException} that names
 * the JSON path and the reason in the domain's words, never a Java class, whether the mapper comes
 * from {@link ResettlementJson} or is a plain {@link ObjectMapper} with the module registered.
 */
class BadInputTest extends JsonTestBase {

  static Stream<ObjectMapper> mappers() {
    return Stream.of(newMapper(), new ObjectMapper().registerModule(new ResettlementModule()));
  }

  static Stream<Arguments> badEventsForEachMapper() {
    return mappers().flatMap(mapper -> BadDocuments.datasetsWithABadEvent().stream()
        .map(document -> Arguments.of(document, mapper)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badEventsForEachMapper")
  void badEvent_isReportedAtItsPath(BadDocument document, ObjectMapper mapper) {
    ResettlementJsonException problem = readFails(mapper, document.json(), mapper.constructType(Dataset.class));

    assertThat(problem.path()).isEqualTo(document.path());
    if (document.reason() != null) {
      assertThat(problem.reason()).isEqualTo(document.reason());
    }
    assertThat(problem.getMessage()).startsWith(document.path() + ": ").contains("(line 1, column ");
  }

  //-----------------------------------------------------------------------
  @Test
  void malformedJson_isReportedWhereItBreaks() {
    ResettlementJsonException problem = readFails(json("{'events':[{'id':'e','title':{'en':'t'}"), Dataset.class);

    assertThat(problem.path()).isEqualTo("events[0].title");
    assertThat(problem.reason()).startsWith("malformed JSON: Unexpected end-of-input");
  }

  @Test
  void malformedJson_missingCommaIsReported() {
    ResettlementJsonException problem = readFails(json("{'schemaVersion':'1.0' 'events':[]}"), Dataset.class);

    assertThat(problem.reason()).startsWith("malformed JSON: Unexpected character");
  }

  @Test
  void duplicateProperty_isRefused() {
    ResettlementJsonException problem = readFails(BadDocuments.withThirdEvent(BadDocuments.goodEvent(2).replace("'kind'", "'id':'e3','kind'")), Dataset.class);

    assertThat(problem.path()).isEqualTo("events[2].id");
    assertThat(problem.reason()).isEqualTo("property given twice");
  }

  @Test
  void contentAfterTheDocument_isRefused() {
    ResettlementJsonException problem = readFails("{} {}", Dataset.class);

    assertThat(problem.path()).isEmpty();
    assertThat(problem.reason()).isEqualTo("unexpected content after the end of the document: an object");
  }

  @Test
  void wrongRootType_isRefused() {
    ResettlementJsonException problem = readFails("[]", Dataset.class);

    assertThat(problem.path()).isEmpty();
    assertThat(problem.reason()).isEqualTo("expected an object, found an array");
  }

  @Test
  void hugeString_isRefusedAtTheLimit() {
    JsonMapper small = ResettlementJson.newMapper();
    small.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(1_000).build());
    String title = "a".repeat(1_001);

    ResettlementJsonException problem =
        readFails(small, BadDocuments.withThirdEvent(BadDocuments.goodEvent(2).replace("'t'", "'" + title + "'")), small.constructType(Dataset.class));

    assertThat(problem.path()).isEqualTo("events[2].title.en");
    assertThat(problem.reason()).startsWith("the document exceeds a limit of the reader: String value length");
  }

  //-----------------------------------------------------------------------
  // Problems Jackson finds outside the deserializers of the module

  static Stream<Arguments> documentsBrokenAtTheRoot() {
    return Stream.of(
        Arguments.of("", "expected an object, found the end of the document"),
        Arguments.of(" \n ", "expected an object, found the end of the document"),
        Arguments.of("null", "expected an object, found null"),
        Arguments.of(" \n null ", "expected an object, found null"),
        Arguments.of("}", "malformed JSON: Unexpected close marker '}': no open Object to close"),
        Arguments.of("nul", "malformed JSON: Unrecognized token 'nul': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
        Arguments.of("\uFEFF{}", "malformed JSON: Unexpected character ('\uFEFF' (code 65279 / 0xfeff)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
        Arguments.of("{} x", "malformed JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
        Arguments.of("{} /* c */", "malformed JSON: Unexpected character ('/' (code 47)): maybe a (non-standard) comment?"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("documentsBrokenAtTheRoot")
  void documentBrokenAtTheRoot_isRefusedThere(String json, String reason) {
    ResettlementJsonException problem = readFails(json, Dataset.class);

    assertThat(problem.path()).isEmpty();
    assertThat(problem.reason()).isEqualTo(reason);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("documentsBrokenAtTheRoot")
  void documentBrokenAtTheRoot_isRefusedAlikeByTheMappersReaders(String json, String reason) {
    Throwable byReader = catchThrowable(() -> mapper.readerFor(Dataset.class).readValue(json));
    Throwable byDerivedReader = catchThrowable(() -> mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .forType(Dataset.class).readValue(json));

    assertThat(byReader).isInstanceOf(ResettlementJsonException.class).hasMessageStartingWith(reason);
    assertThat(byDerivedReader).isInstanceOf(ResettlementJsonException.class).hasMessageStartingWith(reason);
  }

  /** Every core type, read as a document of its own: the testkit's types and the derived values. */
  static Stream<Arguments> everyCoreTypeForEachMapper() {
    List<Class<?>> types = new ArrayList<>(SampleData.supportedTypes());
    types.add(CampaignProgress.class);
    types.add(QuotaTotal.class);
    types.sort(Comparator.comparing(Class::getName));
    return Stream.of("ResettlementJson", "plain with the module").flatMap(name -> types.stream()
        .map(type -> Arguments.of(type.getSimpleName(), type, name.equals("ResettlementJson") ? newMapper() : new ObjectMapper().registerModule(new ResettlementModule()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCoreTypeForEachMapper")
  void nullDocument_isRefusedAtTheRoot_asAValueOfTheWrongKind(String name, Class<?> type, ObjectMapper mapper) {
    ResettlementJsonException problem = readFails(mapper, "null", mapper.constructType(type));

    assertThat(problem.path()).isEmpty();
    assertThat(problem.reason()).startsWith("expected ").endsWith(", found null");
  }

  @Test
  void languageGivenTwice_inATextOfItsOwn_isRefusedAtTheLanguage() {
    ResettlementJsonException problem = readFails(json("{'en':'a','en':'b'}"), LocalizedText.class);

    assertThat(problem.path()).isEqualTo("en");
    assertThat(problem.reason()).isEqualTo("property given twice");
  }

  @Test
  void invalidUtf8_inATextOfItsOwn_isRefusedByAPlainMapperToo() {
    byte[] document = {'{', '"', 'e', 'n', '"', ':', '"', 'a', (byte) 0xFF, '"', '}'};
    ObjectMapper plain = new ObjectMapper().registerModule(new ResettlementModule());

    Throwable thrown = catchThrowable(() -> plain.readValue(document, LocalizedText.class));

    assertThat(thrown).isInstanceOf(ResettlementJsonException.class);
    assertThat(((ResettlementJsonException) thrown).path()).isEqualTo("en");
    assertThat(((ResettlementJsonException) thrown).reason()).isEqualTo("malformed JSON: Invalid UTF-8 start byte 0xff");
  }

  @Test
  void wholeNumberOutOfRange_isQuotedShortWithItsRange() {
    String ordinal = "9".repeat(60);

    ResettlementJsonException problem = readFails(json("{'series':{'en':'s'},'ordinal':" + ordinal + "}"), SeriesPosition.class);

    assertThat(problem.path()).isEqualTo("ordinal");
    assertThat(problem.reason()).isEqualTo("'" + "9".repeat(40) + "...' is not a whole number from -2147483648 to 2147483647");
    assertThat(readFails(json("{'series':{'en':'s'},'ordinal':2147483648}"), SeriesPosition.class).reason())
        .isEqualTo("'2147483648' is not a whole number from -2147483648 to 2147483647");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "+1"})
  void numberJsonDoesNotHave_isRefusedWithoutAdviceToEnableAJacksonFeature(String number) {
    ResettlementJsonException problem = readFails("{\"latitude\":" + number + ",\"longitude\":0}", Coordinates.class);

    assertThat(problem.path()).isEqualTo("latitude");
    assertThat(problem.reason()).startsWith("malformed JSON: ").doesNotContain("enable", "Feature", "`");
  }

  static Stream<Arguments> blankStringsForNumbersAndFlags() {
    return Stream.of(
        Arguments.of(QuotaTotal.class, "{'country':'DE','year':' ','quotas':1}", "year", "' ' is not a whole number"),
        Arguments.of(QuotaTotal.class, "{'country':'DE','year':2007,'quotas':'   '}", "quotas", "'   ' is not a whole number"),
        Arguments.of(Coordinates.class, "{'latitude':'  ','longitude':1}", "latitude", "'  ' is not a number"),
        Arguments.of(SeriesPosition.class, "{'series':{'en':'s'},'ordinal':' '}", "ordinal", "' ' is not a whole number"),
        Arguments.of(Event.class, BadDocuments.goodEvent(0).replace("}}", "},'online':' '}"), "online", "' ' is not true or false"));
  }

  /** Jackson reads white space as null for a number or a flag, which would be 0, false or absent. */
  @ParameterizedTest(name = "{2}")
  @MethodSource("blankStringsForNumbersAndFlags")
  void blankString_forANumberOrAFlag_isRefused(Class<?> type, String document, String path, String reason) {
    ResettlementJsonException problem = readFails(json(document), type);

    assertThat(problem.path()).isEqualTo(path);
    assertThat(problem.reason()).isEqualTo(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{'country':'DE','year':2014,'quotas':1,'avrivals':{'value':280}}",
      "{'country':'DE','year':2014,'quotas':1,'avrivals':280}",
      "{'avrivals':[280],'country':'DE','year':2014,'quotas':1}"})
  void unknownPropertyOfARecord_isReportedAtTheProperty(String document) {
    ResettlementJsonException problem = readFails(json(document), QuotaTotal.class);

    assertThat(problem.path()).isEqualTo("avrivals");
    assertThat(problem.reason()).isEqualTo("unknown property; expected one of: country, year, quotas, places, arrivals");
  }

  @Test
  void refusal_keepsWhatItWasFoundAs() {
    Throwable invariant = readFails(json("{'latitude':1e400,'longitude':0}"), Coordinates.class).getCause();
    Throwable parser = readFails("{} x", Dataset.class).getCause();

    assertThat(invariant).isInstanceOf(InvalidValueException.class);
    assertThat(parser).isInstanceOf(JsonParseException.class);
  }

  //-----------------------------------------------------------------------
  static Stream<Golden> goldenObjects() {
    return SchemaTest.goldenObjects();
  }

  /** Nulls everywhere: each property of each golden object in turn is null. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenObjects")
  void nullForAnyProperty_isRefusedIfRequiredAndOtherwiseReadAsAbsent(Golden golden) throws Exception {
    ObjectNode document = (ObjectNode) mapper.readTree(golden.text());
    List<String> required = SCHEMA.required(SchemaTest.definitionOf(golden));

    for (Iterator<String> names = document.fieldNames(); names.hasNext(); ) {
      String property = names.next();
      ObjectNode withNull = document.deepCopy();
      withNull.putNull(property);
      String json = mapper.writeValueAsString(withNull);
      if (required.contains(property)) {
        ResettlementJsonException problem = readFails(json, golden.type);
        assertThat(problem.path()).isEqualTo(property);
        // null for a list is the empty list, which a list that must not be empty refuses as empty.
        assertThat(problem.reason())
            .isIn(document.get(property).isArray() ? List.of("must not be null", "must not be empty") : List.of("must not be null"));
      } else {
        ObjectNode without = document.deepCopy();
        without.remove(property);
        // Null reads as absent: as the document without the property, which is refused too where
        // the rest of the object needs it (the value of an observation without a status).
        Object absent = readOrProblem(mapper.writeValueAsString(without), golden.type);
        assertThat(readOrProblem(json, golden.type)).as("%s with %s null", golden, property).isEqualTo(absent);
      }
    }
  }

  @Test
  void eventRead_withAPlainMapperGivesTheSameValue() throws Exception {
    ObjectMapper plain = new ObjectMapper().registerModule(new ResettlementModule());
    String json = GoldenFiles.all().get("event.json").text();

    assertThat(plain.readValue(json, Event.class)).isEqualTo(SeedData.WARSAW_CONFERENCE);
  }

  /** Reads a document, and returns the value, or the reason and path of its refusal. */
  private Object readOrProblem(String json, Class<?> type) throws Exception {
    try {
      return mapper.readValue(json, type);
    } catch (ResettlementJsonException e) {
      return "refused at '" + e.path() + "': " + e.reason();
    }
  }
}
