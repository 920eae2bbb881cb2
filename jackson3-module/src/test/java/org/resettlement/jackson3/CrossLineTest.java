package org.resettlement.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignProgress;
import org.resettlement.core.Category;
import org.resettlement.core.Dataset;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Observation;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.OrganisationKind;
import org.resettlement.core.QuotaTotal;
import org.resettlement.core.Rounding;
import org.resettlement.testkit.CubeSpec;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.SampleData;
import org.resettlement.wireformat.BadDocuments;
import org.resettlement.wireformat.BadDocuments.BadDocument;
import org.resettlement.wireformat.GoldenFiles;
import org.resettlement.wireformat.GoldenFiles.Golden;
import org.resettlement.wireformat.ObservationSamples;
import org.resettlement.wireformat.hostile.DocumentFuzzer;
import org.resettlement.wireformat.hostile.DocumentFuzzer.Mutant;
import org.resettlement.wireformat.hostile.FuzzCampaign;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One wire format on both Jackson lines: what the Jackson 2 module ({@code resettlement-jackson})
 * writes, the Jackson 3 module reads as an equal value, and the other way round; both write the
 * same bytes, with and without personal data; and both refuse the same documents with the same
 * message.
 *
 * <p>Generated values come from the testkit with fixed seeds; {@code -Dresettlement.seed=...}
 * adds one, and every failure names the seed to replay it.
 */
class CrossLineTest {

  /** The Jackson 2 module's recommended mapper. */
  private static final com.fasterxml.jackson.databind.json.JsonMapper JACKSON_2 =
      org.resettlement.jackson.ResettlementJson.newMapper();
  private static final com.fasterxml.jackson.databind.ObjectWriter JACKSON_2_WITHOUT_PERSONAL_DATA =
      org.resettlement.jackson.ResettlementJson.withoutPersonalData(JACKSON_2.writer());

  /** This module's recommended mapper. */
  private static final JsonMapper JACKSON_3 = ResettlementJson.newMapper();
  private static final tools.jackson.databind.ObjectWriter JACKSON_3_WITHOUT_PERSONAL_DATA =
      ResettlementJson.withoutPersonalData(JACKSON_3.writer());

  private static final int VALUES_PER_TYPE = 60;
  private static final int OBSERVATIONS_PER_SEED = 500;

  static LongStream seeds() {
    LongStream fixed = LongStream.of(1L, 42L, 20_231_113L);
    Long extra = Long.getLong("resettlement.seed");
    return extra == null ? fixed : LongStream.concat(fixed, LongStream.of(extra));
  }

  //-----------------------------------------------------------------------
  // Read limits

  @Test
  void readLimits_areTheSameOnBothLines() {
    com.fasterxml.jackson.core.StreamReadConstraints jackson2 = org.resettlement.jackson.ResettlementJson.readLimits();
    tools.jackson.core.StreamReadConstraints jackson3 = ResettlementJson.readLimits();

    assertThat(jackson3.getMaxNestingDepth()).isEqualTo(jackson2.getMaxNestingDepth());
    assertThat(jackson3.getMaxStringLength()).isEqualTo(jackson2.getMaxStringLength());
    assertThat(jackson3.getMaxNumberLength()).isEqualTo(jackson2.getMaxNumberLength());
    assertThat(jackson3.getMaxNameLength()).isEqualTo(jackson2.getMaxNameLength());
    assertThat(jackson3.getMaxDocumentLength()).isEqualTo(jackson2.getMaxDocumentLength());
    assertThat(jackson3.getMaxTokenCount()).isEqualTo(jackson2.getMaxTokenCount());
  }

  //-----------------------------------------------------------------------
  // Golden files

  static Stream<Golden> goldenFiles() {
    return GoldenFiles.all().values().stream();
  }

  /** The golden files of the current version and of version 1.0. */
  static Stream<Golden> goldenFilesOfEveryVersion() {
    return Stream.concat(goldenFiles(), GoldenFiles.version10().values().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFilesOfEveryVersion")
  void goldenFile_isReadAsEqualValuesByBothLines(Golden golden) {
    Object byJackson2 = readWithJackson2(golden.text(), golden.type);
    Object byJackson3 = JACKSON_3.readValue(golden.text(), golden.type);

    assertThat(byJackson3).isEqualTo(byJackson2).isEqualTo(golden.value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFilesOfEveryVersion")
  void goldenFile_isWrittenByBothLinesAsTheSameBytes(Golden golden) {
    String pretty2 = writeWithJackson2(JACKSON_2.writerFor(golden.type)
        .with(org.resettlement.jackson.ResettlementJson.prettyPrinter()), golden.value);
    String pretty3 = JACKSON_3.writerFor(golden.type).with(ResettlementJson.prettyPrinter()).writeValueAsString(golden.value);

    assertThat(pretty3).isEqualTo(pretty2);
    assertThat(pretty3 + "\n").isEqualTo(golden.text());
    assertSameOutput(golden.type, golden.value, golden.file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void goldenValue_writtenByOneLineIsReadByTheOther(Golden golden) {
    assertReadAcrossLines(golden.type, golden.value, golden.file);
  }

  //-----------------------------------------------------------------------
  // Generated values

  static Stream<Arguments> generatedTypesAndSeeds() {
    return seeds().boxed()
        .flatMap(seed -> SampleData.supportedTypes().stream()
            .filter(type -> type != Dataset.class)
            // A category is read for its dimension; keys and breakdowns, which name it, round-trip it.
            .filter(type -> type != Category.class)
            .sorted((a, b) -> a.getName().compareTo(b.getName()))
            .map(type -> Arguments.of(type.getSimpleName(), type, seed)));
  }

  @ParameterizedTest(name = "{0}, seed {2}")
  @MethodSource("generatedTypesAndSeeds")
  void generatedValues_areWrittenAlikeAndReadAcrossLines(String name, Class<?> type, long seed) {
    List<?> values = SampleData.withSeed(seed).list(type, VALUES_PER_TYPE);
    for (int i = 0; i < values.size(); i++) {
      String replay = String.format("%s case %d of seed %d (replay with -Dresettlement.seed=%d)", name, i + 1, seed, seed);
      assertSameOutput(type, values.get(i), replay);
      assertReadAcrossLines(type, values.get(i), replay);
    }
  }

  static Stream<Arguments> datasetsOfSeveralSeedsAndSizes() {
    List<DatasetSpec> specs = List.of(
        DatasetSpec.empty(),
        DatasetSpec.empty().withPeople(3),
        DatasetSpec.defaults(),
        DatasetSpec.defaults().withPledges(400).withEvents(60).withPeople(120).withMemberships(150),
        DatasetSpec.defaults().withCube(CubeSpec.defaults().withRounding(Rounding.NEAREST_5).withStatuses(true)));
    return seeds().boxed().flatMap(seed -> specs.stream().map(spec -> Arguments.of(seed, spec)));
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("datasetsOfSeveralSeedsAndSizes")
  void generatedDataset_isWrittenAlikeAndReadAcrossLines(long seed, DatasetSpec spec) {
    Dataset dataset = SampleData.withSeed(seed).dataset(spec);
    String replay = String.format("dataset %s of seed %d (replay with -Dresettlement.seed=%d)", spec, seed, seed);

    assertSameOutput(Dataset.class, dataset, replay);
    assertReadAcrossLines(Dataset.class, dataset, replay);
    for (Campaign campaign : dataset.campaigns()) {
      CampaignProgress progress = dataset.campaignProgress(campaign.id()).orElseThrow();
      assertSameOutput(CampaignProgress.class, progress, replay);
      assertReadAcrossLines(CampaignProgress.class, progress, replay);
    }
    for (QuotaTotal total : dataset.quotaTotals()) {
      assertSameOutput(QuotaTotal.class, total, replay);
      assertReadAcrossLines(QuotaTotal.class, total, replay);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedObservations_areWrittenAlikeAndReadAcrossLines(long seed) {
    List<Observation> observations = ObservationSamples.withSeed(seed).list(OBSERVATIONS_PER_SEED);
    for (int i = 0; i < observations.size(); i++) {
      String replay = String.format("observation %d of seed %d (replay with -Dresettlement.seed=%d)", i + 1, seed, seed);
      assertSameOutput(Observation.class, observations.get(i), replay);
      assertReadAcrossLines(Observation.class, observations.get(i), replay);
    }
    Dataset dataset = ObservationSamples.withSeed(seed).dataset(200);
    String replay = String.format("dataset of observations of seed %d (replay with -Dresettlement.seed=%d)", seed, seed);
    assertSameOutput(Dataset.class, dataset, replay);
    assertReadAcrossLines(Dataset.class, dataset, replay);
  }

  static Stream<Arguments> textsBeyondTheBasicPlane() {
    return Stream.of(
        Arguments.of("a letter outside the basic plane", "Pracownia \uD841\uDF0E"),
        Arguments.of("an emoji", "Welcome \uD83D\uDC4B"),
        Arguments.of("characters JSON escapes", "tab\tquote\" backslash\\ slash/ \u0001"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textsBeyondTheBasicPlane")
  void text_isWrittenAsTheSameBytesByBothLines(String name, String text) {
    Organisation organisation =
        Organisation.builder()
            .id(OrganisationId.of("o"))
            .name(LocalizedText.of("pl", text))
            .kind(OrganisationKind.NETWORK)
            .build();

    assertSameOutput(Organisation.class, organisation, name);
    assertReadAcrossLines(Organisation.class, organisation, name);
  }

  //-----------------------------------------------------------------------
  // Bad input

  static Stream<BadDocument> badDocuments() {
    return Stream.of(
            BadDocuments.datasetsWithABadEvent().stream(),
            BadDocuments.datasetsWithABadObservation().stream(),
            BadDocuments.refusedBySchemaAndReaders().stream(),
            goldenFiles().flatMap(CrossLineTest::mutations))
        .flatMap(documents -> documents);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void document_isAcceptedOrRefusedAlikeByBothLines(BadDocument document) {
    Outcome byJackson2 = Outcome.ofJackson2(document);
    Outcome byJackson3 = Outcome.ofJackson3(document);

    assertThat(byJackson3).as("reading %s", document.json()).isEqualTo(byJackson2);
  }

  /**
   * Changes of a golden document: each property in turn left out, made null, given a value of
   * every other JSON type, and a property the format does not define; for a document that is not
   * an object, the document itself replaced by each of these values.
   */
  private static Stream<BadDocument> mutations(Golden golden) {
    JsonNode document = JACKSON_3.readTree(golden.text());
    List<BadDocument> changed = new ArrayList<>();
    if (document instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) document;
      for (String property : object.propertyNames()) {
        ObjectNode without = object.deepCopy();
        without.remove(property);
        changed.add(mutation(golden, "without " + property, without));
        for (JsonNode value : otherValues()) {
          ObjectNode with = object.deepCopy();
          with.set(property, value);
          changed.add(mutation(golden, property + " = " + value, with));
        }
      }
      ObjectNode unknown = object.deepCopy();
      unknown.put("comment", "x");
      changed.add(mutation(golden, "with an unknown property", unknown));
    } else {
      for (JsonNode value : otherValues()) {
        changed.add(mutation(golden, "as " + value, value));
      }
    }
    return changed.stream();
  }

  private static BadDocument mutation(Golden golden, String change, JsonNode document) {
    return new BadDocument(golden.file + " " + change, golden.type, JACKSON_3.writeValueAsString(document), null, null);
  }

  private static List<JsonNode> otherValues() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ArrayNode withNull = nodes.arrayNode().addNull();
    ArrayNode ofText = nodes.arrayNode().add("x");
    return List.of(
        nodes.nullNode(), nodes.stringNode(""), nodes.stringNode("x"), nodes.stringNode("2023-13"),
        nodes.numberNode(-1), nodes.numberNode(0), nodes.numberNode(1.5), nodes.numberNode(1e20),
        nodes.booleanNode(true), nodes.arrayNode(), withNull, ofText, nodes.objectNode(),
        nodes.objectNode().put("en", "x"));
  }

  //-----------------------------------------------------------------------
  // Fuzzed documents

  /**
   * The documents of the mutation fuzzer (its seed and number of cases, see {@link FuzzCampaign}):
   * both lines read the same value or refuse the document, at the same path for the same reason.
   * Two differences are Jackson's and are allowed: the parsers word malformed JSON differently and
   * may find it at different places, and Jackson 3 reads the first element of an array found where
   * a list holds a string (a list of strings {@code [["en"]]}), so that it refuses the document a
   * little later and elsewhere.
   */
  @Test
  void fuzzedDocument_isReadOrRefusedAlikeByBothLines() throws Exception {
    long seed = Long.getLong(FuzzCampaign.SEED, FuzzCampaign.DEFAULT_SEED);
    long cases = Long.getLong(FuzzCampaign.CASES, FuzzCampaign.DEFAULT_CASES);
    DocumentFuzzer fuzzer =
        new DocumentFuzzer(DocumentFuzzer.sources(seed, (value, type) -> JACKSON_3.writerFor(type).writeValueAsBytes(value)));
    List<String> differences = new ArrayList<>();
    for (long index = 0; index < cases; index++) {
      Mutant mutant = fuzzer.mutant(seed, index);
      byte[] json = mutant.input().bytes();
      Read byJackson2 = Read.withJackson2(json, mutant.type());
      Read byJackson3 = Read.withJackson3(json, mutant.type());
      if (!byJackson2.isAlike(byJackson3) && differences.size() < 10) {
        differences.add(String.format("case %d of seed %d (-D%s=%d -D%s=%d): %s%n  document: %s%n  Jackson 2: %s%n  Jackson 3: %s",
            index, seed, FuzzCampaign.SEED, seed, FuzzCampaign.CASE, index, mutant.description(), mutant.input().preview(200),
            byJackson2, byJackson3));
      }
    }

    assertThat(differences).as("%d fuzzed documents", cases).isEmpty();
  }

  /** What a line made of a fuzzed document: a value, or the path and reason of its refusal. */
  private record Read(Object value, String path, String reason) {

    static Read withJackson2(byte[] json, Class<?> type) {
      try {
        return new Read(JACKSON_2.readValue(json, type), null, null);
      } catch (org.resettlement.jackson.ResettlementJsonException e) {
        return new Read(null, e.path(), e.reason());
      } catch (IOException | RuntimeException e) {
        return new Read(null, null, "not a ResettlementJsonException: " + e);
      }
    }

    static Read withJackson3(byte[] json, Class<?> type) {
      try {
        return new Read(JACKSON_3.readValue(json, type), null, null);
      } catch (ResettlementJsonException e) {
        return new Read(null, e.path(), e.reason());
      } catch (RuntimeException e) {
        return new Read(null, null, "not a ResettlementJsonException: " + e);
      }
    }

    boolean isAlike(Read other) {
      if (reason == null || other.reason == null) {
        return reason == null && other.reason == null && Objects.equals(value, other.value);
      }
      if (reason.startsWith("malformed JSON") || other.reason.startsWith("malformed JSON")) {
        return true;
      }
      if (reason.equals("expected a string, found an array")) {
        return true;
      }
      return path.equals(other.path) && reason.equals(other.reason);
    }
  }

  /** What a line made of a document: the value read, or the problem reported. */
  private record Outcome(Object value, String problem) {

    static Outcome ofJackson2(BadDocument document) {
      try {
        return new Outcome(JACKSON_2.readValue(document.json(), document.type()), null);
      } catch (JsonProcessingException | RuntimeException e) {
        return new Outcome(null, describe(e));
      }
    }

    static Outcome ofJackson3(BadDocument document) {
      try {
        return new Outcome(JACKSON_3.readValue(document.json(), document.type()), null);
      } catch (RuntimeException e) {
        return new Outcome(null, describe(e));
      }
    }

    /**
     * The exception's simple name, which both lines share, with the path and reason of a
     * {@code ResettlementJsonException}, or the message of any other exception. The line and
     * column are left out: they come from each line's parser, which may have read a little further
     * (Jackson 3 reports an unknown property of a record at the end of the record).
     */
    private static String describe(Exception problem) {
      if (problem instanceof org.resettlement.jackson.ResettlementJsonException jackson2) {
        return problem.getClass().getSimpleName() + ": " + jackson2.path() + ": " + jackson2.reason();
      }
      if (problem instanceof ResettlementJsonException jackson3) {
        return problem.getClass().getSimpleName() + ": " + jackson3.path() + ": " + jackson3.reason();
      }
      return problem.getClass().getSimpleName() + ": " + problem.getMessage();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Outcome that
          && Objects.equals(value, that.value)
          && Objects.equals(problem, that.problem);
    }

    @Override
    public int hashCode() {
      return Objects.hash(value, problem);
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Checks that both lines write a value as the same text and the same bytes, compact and pretty,
   * with and without personal data.
   */
  private static void assertSameOutput(Class<?> type, Object value, String description) {
    String compact2 = writeWithJackson2(JACKSON_2.writerFor(type), value);

    assertThat(JACKSON_3.writerFor(type).writeValueAsString(value)).as(description).isEqualTo(compact2);
    assertThat(JACKSON_3.writerFor(type).writeValueAsBytes(value))
        .as(description)
        .isEqualTo(bytesWithJackson2(JACKSON_2.writerFor(type), value))
        .isEqualTo(compact2.getBytes(StandardCharsets.UTF_8));
    assertThat(JACKSON_3_WITHOUT_PERSONAL_DATA.forType(type).writeValueAsString(value))
        .as("%s without personal data", description)
        .isEqualTo(writeWithJackson2(JACKSON_2_WITHOUT_PERSONAL_DATA.forType(type), value));
  }

  /** Checks that what one line writes, the other reads as an equal value. */
  private static void assertReadAcrossLines(Class<?> type, Object value, String description) {
    String byJackson2 = writeWithJackson2(JACKSON_2.writerFor(type), value);
    String byJackson3 = JACKSON_3.writerFor(type).writeValueAsString(value);

    assertThat(JACKSON_3.readValue(byJackson2, type)).as("%s written by Jackson 2: %s", description, byJackson2).isEqualTo(value);
    assertThat(readWithJackson2(byJackson3, type)).as("%s written by Jackson 3: %s", description, byJackson3).isEqualTo(value);
  }

  private static String writeWithJackson2(com.fasterxml.jackson.databind.ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytesWithJackson2(com.fasterxml.jackson.databind.ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object readWithJackson2(String json, Class<?> type) {
    try {
      return JACKSON_2.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
