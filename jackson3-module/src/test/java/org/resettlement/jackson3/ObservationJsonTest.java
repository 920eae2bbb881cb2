package org.resettlement.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.AgeBand;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.Rounding;
import org.resettlement.core.Sex;
import org.resettlement.core.Source;
import org.resettlement.wireformat.BadDocuments;
import org.resettlement.wireformat.BadDocuments.BadDocument;
import org.resettlement.wireformat.GoldenFiles;
import org.resettlement.wireformat.ObservationSamples;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;

/**
 * Observations in the wire format 1.1, on Jackson 3: keys written in the order of their dimensions with each
 * category typed for its dimension, publishers' codes kept as written, roundings, statuses, bad
 * observations refused at their path, and generated observations that round-trip and validate
 * against the schema. The seeds are fixed, {@code -Dresettlement.seed=...} adds one, and every
 * failure names the seed to replay it.
 */
class ObservationJsonTest extends JsonTestBase {
  private static final int OBSERVATIONS_PER_SEED = 2_000;

  static LongStream seeds() {
    LongStream fixed = LongStream.of(1L, 42L, 20_161_116L);
    Long extra = Long.getLong("resettlement.seed");
    return extra == null ? fixed : LongStream.concat(fixed, LongStream.of(extra));
  }

  //-----------------------------------------------------------------------
  @Test
  void key_isWrittenInTheOrderOfItsDimensionsWhateverTheOrderRead() {
    DimensionKey key = read(json("{'eurostat:unit':'PER','citizenship':'SY','age-band':'18-34','sex':'female'}"),
        DimensionKey.class);

    assertThat(write(key)).isEqualTo(json("{'sex':'female','age-band':'18-34','citizenship':'SY','eurostat:unit':'PER'}"));
    assertThat(key).isEqualTo(DimensionKey.of(Dimension.SEX, Sex.FEMALE)
        .with(Dimension.AGE_BAND, AgeBand.of(18, 34))
        .with(Dimension.CITIZENSHIP, CountryCategory.of(CountryCode.of("SY")))
        .with(Dimension.of("eurostat:unit"), CategoryCode.of("PER")));
  }

  @Test
  void key_readsEachCategoryTypedForItsDimension() {
    DimensionKey key = read(
        json("{'sex':'unknown','age-band':'unknown','citizenship':'stateless','country-of-origin':'unknown','country-of-asylum':'XK'}"),
        DimensionKey.class);

    assertThat(key.category(Dimension.SEX)).contains(Sex.UNKNOWN);
    assertThat(key.category(Dimension.AGE_BAND)).contains(AgeBand.UNKNOWN);
    assertThat(key.category(Dimension.CITIZENSHIP)).contains(CountryCategory.STATELESS);
    assertThat(key.category(Dimension.COUNTRY_OF_ORIGIN)).contains(CountryCategory.UNKNOWN);
    assertThat(key.category(Dimension.COUNTRY_OF_ASYLUM)).contains(CountryCategory.of(CountryCode.of("XK")));
  }

  @Test
  void key_keepsACodeItsDimensionDoesNotKnowAsWritten() {
    String json = json("{'sex':'F','age-band':'Y_LT18','citizenship':'sy','country-of-origin':'TIB','country-of-asylum':'XX'}");

    DimensionKey key = read(json, DimensionKey.class);

    assertThat(key.asMap().values()).allSatisfy(category -> assertThat(category.mapped()).isFalse());
    assertThat(key.category(Dimension.COUNTRY_OF_ORIGIN)).contains(CategoryCode.of("TIB"));
    assertThat(write(key)).isEqualTo(json);
  }

  @Test
  void key_ofAMillionDimensions_isRefusedAtTheHundredAndFirst() {
    StringBuilder huge = new StringBuilder("{\"metric\":\"arrivals\",\"key\":{");
    for (int i = 1; i <= 1_000_000; i++) {
      huge.append(i > 1 ? "," : "").append("\"x:d").append(i).append("\":\"c\"");
    }
    String json = huge.append("},\"value\":1,\"period\":{\"start\":\"2017\"},\"geography\":{}}").toString();

    long start = System.nanoTime();
    ResettlementJsonException problem = readFails(json, Observation.class);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(problem.path()).isEqualTo("key[\"x:d101\"]");
    assertThat(problem.reason()).isEqualTo("a key must not name more than 100 dimensions, found 101");
    assertThat(millis).as("milliseconds to refuse %d bytes", json.length()).isLessThan(1_000);
  }

  @Test
  void key_beyondWhatAReaderReads_isNotWritten() {
    DimensionKey key = DimensionKey.of();
    for (int i = 1; i <= 101; i++) {
      key = key.with(Dimension.of("x:d" + i), CategoryCode.of("c"));
    }
    DimensionKey tooLarge = key;

    assertThatThrownBy(() -> mapper.writeValueAsString(tooLarge))
        .isInstanceOf(DatabindException.class)
        .hasMessageStartingWith("a key must not name more than 100 dimensions, found 101");
  }

  //-----------------------------------------------------------------------
  @Test
  void rounding_isAnObjectThatNamesItsMethod() {
    assertThat(write(Rounding.toNearest(10))).isEqualTo(json("{'toNearest':10}"));
    assertThat(read(json("{'toNearest':5}"), Rounding.class)).isSameAs(Rounding.NEAREST_5);
    assertThat(read(json("{'toNearest':2147483647}"), Rounding.class).unit()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void rounding_refusesAUnitBeyondAWholeNumber() {
    ResettlementJsonException problem = readFails(json("{'toNearest':99999999999999999999}"), Rounding.class);

    assertThat(problem.path()).isEqualTo("toNearest");
    assertThat(problem.reason()).isEqualTo("'99999999999999999999' is not a whole number from 2 to 2147483647");
  }

  @Test
  void statuses_areWrittenInTheOrderOfTheirTable() {
    Observation read = read(json("{'metric':'arrivals','value':3,'statuses':['provisional','imputed','estimated'],"
        + "'period':{'start':'2017'},'geography':{}}"), Observation.class);

    assertThat(read.statuses())
        .containsExactly(ObservationStatus.ESTIMATED, ObservationStatus.PROVISIONAL, ObservationStatus.IMPUTED);
    assertThat(write(read)).contains(json("'statuses':['estimated','provisional','imputed']"));
  }

  @Test
  void confidentialObservation_isWrittenWithoutAValueAndReadBack() {
    String json = json("{'metric':'arrivals','key':{'citizenship':'stateless'},'statuses':['confidential'],"
        + "'period':{'start':'2017','end':'2017'},'geography':{}}");

    Observation read = read(json, Observation.class);

    assertThat(read.withheld()).isTrue();
    assertThat(read.value()).isEmpty();
    assertThat(write(read)).isEqualTo(json);
  }

  @Test
  void valueThatDisagreesWithItsStatus_isReadAsWritten() {
    String confidentialWithValue = json("{'metric':'arrivals','value':5,'statuses':['confidential'],"
        + "'period':{'start':'2017','end':'2017'},'geography':{}}");
    String noValueNoStatus = json("{'metric':'arrivals','statuses':['estimated'],'period':{'start':'2017','end':'2017'},'geography':{}}");

    // The validation module's VALUE_MATCHES_STATUS reports both; a reader drops nothing of them.
    assertThat(write(read(confidentialWithValue, Observation.class))).isEqualTo(confidentialWithValue);
    assertThat(write(read(noValueNoStatus, Observation.class))).isEqualTo(noValueNoStatus);
  }

  @Test
  void valuesThatTheCellsOfADocumentRepeat_areReadAsOneObject() {
    String json = GoldenFiles.all().get("dataset-with-observations.json").text();

    for (ObjectMapper reader : mappers().toList()) {
      List<Observation> cells = reader.readValue(json, Dataset.class).observations();
      Observation eurostat = cells.get(1);
      Observation unhcr = cells.get(4);

      assertThat(eurostat.sources().get(0)).isSameAs(cells.get(0).sources().get(0)).isSameAs(cells.get(2).sources().get(0));
      assertThat(eurostat.period()).isSameAs(cells.get(0).period());
      assertThat(eurostat.geography()).isSameAs(cells.get(0).geography());
      assertThat(unhcr.key()).isSameAs(cells.get(3).key());
      assertThat(unhcr.sources().get(0)).isSameAs(cells.get(3).sources().get(0)).isNotSameAs(eurostat.sources().get(0));
      // A second reading shares nothing with the first.
      assertThat(reader.readValue(json, Dataset.class).observations().get(0).period()).isNotSameAs(cells.get(0).period());
    }
  }

  @Test
  void webAddressThatSourcesRepeat_isReadOnceADocument() {
    String json = json("[{'title':{'en':'Table'},'url':'https://ec.europa.eu/eurostat'},"
        + "{'title':{'en':'Notes'},'url':'https://ec.europa.eu/eurostat'},{'title':{'en':'Other'},'url':'https://ec.europa.eu/eurostat/'}]");

    for (ObjectMapper reader : mappers().toList()) {
      Source[] sources = reader.readValue(json, Source[].class);

      assertThat(sources[1].url().orElseThrow()).isSameAs(sources[0].url().orElseThrow());
      assertThat(sources[2].url().orElseThrow()).hasToString("https://ec.europa.eu/eurostat/");
      // A second reading shares nothing with the first.
      assertThat(reader.readValue(json, Source[].class)[0].url().orElseThrow())
          .isNotSameAs(sources[0].url().orElseThrow())
          .isEqualTo(sources[0].url().orElseThrow());
    }
  }

  //-----------------------------------------------------------------------
  static Stream<ObjectMapper> mappers() {
    return Stream.of(newMapper(), plainMapper());
  }

  static Stream<Arguments> badObservationsForEachMapper() {
    return mappers().flatMap(mapper -> BadDocuments.datasetsWithABadObservation().stream()
        .map(document -> Arguments.of(document, mapper)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badObservationsForEachMapper")
  void badObservation_isReportedAtItsPath(BadDocument document, ObjectMapper mapper) {
    ResettlementJsonException problem = readFails(mapper, document.json(), mapper.constructType(Dataset.class));

    assertThat(problem.path()).isEqualTo(document.path());
    if (document.reason() != null) {
      assertThat(problem.reason()).isEqualTo(document.reason());
    }
    assertThat(problem.getMessage()).startsWith(document.path() + ": ").contains("(line 1, column ");
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedObservations_roundTripAndValidate(long seed) {
    List<Observation> observations = ObservationSamples.withSeed(seed).list(OBSERVATIONS_PER_SEED);
    ObjectWriter compact = mapper.writerFor(Observation.class);
    ObjectWriter pretty = compact.with(ResettlementJson.prettyPrinter());
    for (int i = 0; i < observations.size(); i++) {
      Observation observation = observations.get(i);
      String json = compact.writeValueAsString(observation);
      String replay = String.format("observation %d of seed %d (replay with -Dresettlement.seed=%d): %s", i + 1, seed, seed, json);

      assertThat(mapper.readValue(json, Observation.class)).as(replay).isEqualTo(observation);
      assertThat(mapper.readValue(pretty.writeValueAsString(observation), Observation.class)).as(replay).isEqualTo(observation);
      assertThat(SCHEMA.problems("Observation", json)).as(replay).isEmpty();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedDataset_roundTripsAndValidatesAsADocument(long seed) {
    Dataset dataset = ObservationSamples.withSeed(seed).dataset(500);
    byte[] json = mapper.writeValueAsBytes(dataset);

    assertThat(mapper.readValue(json, Dataset.class)).as("seed %d", seed).isEqualTo(dataset);
    assertThat(SCHEMA.problemsAsDataset(new String(json, StandardCharsets.UTF_8))).as("seed %d", seed).isEmpty();
  }
}
