package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Coordinates;
import org.resettlement.core.Dataset;
import org.resettlement.core.MonetaryAmount;
import org.resettlement.core.Organisation;
import org.resettlement.core.Quantity;
import org.resettlement.wireformat.hostile.Input;

/**
 * The read limits of the wire format, as docs/wire-format.md gives them: a document just within
 * each is read, and one just beyond is refused with a {@link ResettlementJsonException} whose
 * reason names the limit.
 */
class ReadLimitsTest extends JsonTestBase {
  private static final String BEYOND = "the document exceeds a limit of the reader: ";

  /** Skips unknown properties, so that deep or long content the format does not define can be read. */
  private final JsonMapper lenient = ResettlementJson.builder().failOnUnknownProperties(false).build();

  @Test
  void readLimits_areTheLimitsOfTheMappers() {
    StreamReadConstraints limits = ResettlementJson.readLimits();

    assertThat(limits.getMaxNestingDepth()).isEqualTo(100);
    assertThat(limits.getMaxStringLength()).isEqualTo(1_000_000);
    assertThat(limits.getMaxNumberLength()).isEqualTo(100);
    assertThat(limits.getMaxNameLength()).isEqualTo(1_000);
    assertThat(limits.getMaxDocumentLength()).isEqualTo(50_000_000L);
    assertThat(limits.getMaxTokenCount()).isEqualTo(-1);
    for (JsonMapper built : new JsonMapper[] {mapper, lenient, mapper.copy(), mapper.rebuild().build()}) {
      assertThat(built.getFactory().streamReadConstraints()).usingRecursiveComparison().isEqualTo(limits);
    }
  }

  /** An empty dataset read from a document that does not state its version, which is then 1.0. */
  private static final Dataset EMPTY_UNSTATED = Dataset.builder().schemaVersion("1.0").build();

  //-----------------------------------------------------------------------
  /** A dataset with a property the format does not define, holding arrays nested to a depth in all. */
  private static String nestedTo(int depth) {
    int arrays = depth - 1;
    return "{\"extra\":" + "[".repeat(arrays) + "]".repeat(arrays) + "}";
  }

  @Test
  void nestingDepth_100_isRead() throws Exception {
    assertThat(lenient.readValue(nestedTo(100), Dataset.class)).isEqualTo(EMPTY_UNSTATED);
  }

  @Test
  void nestingDepth_101_isRefused() {
    ResettlementJsonException problem = readFails(lenient, nestedTo(101), lenient.constructType(Dataset.class));

    assertThat(problem.reason()).isEqualTo(BEYOND + "Document nesting depth (101) exceeds the maximum allowed (100)");
    assertThat(problem.path()).isEqualTo("extra" + "[0]".repeat(99));
  }

  //-----------------------------------------------------------------------
  private static String organisationNamed(int characters) {
    return json("{'id':'o','name':{'en':'" + "a".repeat(characters) + "'},'kind':'ngo-national'}");
  }

  @Test
  void stringOf1000000Characters_isRead() throws Exception {
    Organisation read = mapper.readValue(organisationNamed(1_000_000), Organisation.class);

    assertThat(read.name().text()).hasSize(1_000_000);
  }

  @Test
  void stringOf1000001Characters_isRefused() {
    ResettlementJsonException problem = readFails(organisationNamed(1_000_001), Organisation.class);

    assertThat(problem.path()).isEqualTo("name.en");
    assertThat(problem.reason()).isEqualTo(BEYOND + "String value length (1000001) exceeds the maximum allowed (1000000)");
  }

  //-----------------------------------------------------------------------
  /** Coordinates whose latitude has a number of digits: Jackson counts digits, not signs or points. */
  private static String latitudeOf(int digits) {
    return "{\"latitude\":-1." + "1".repeat(digits - 1) + ",\"longitude\":0}";
  }

  /** An amount of a number of characters: an amount is a string, whose characters are counted. */
  private static String amountOf(int characters) {
    return "{\"amount\":\"0." + "1".repeat(characters - 2) + "\",\"currency\":\"EUR\"}";
  }

  @Test
  void numberOf100Digits_isRead() throws Exception {
    assertThat(mapper.readValue(latitudeOf(100), Coordinates.class).latitude()).isEqualTo(-1.1111111111111112);
    assertThat(mapper.readValue(amountOf(100), MonetaryAmount.class).amount().toPlainString()).hasSize(100);
  }

  @Test
  void numberOf101Digits_isRefused() {
    ResettlementJsonException latitude = readFails(latitudeOf(101), Coordinates.class);
    ResettlementJsonException count = readFails("1" + "0".repeat(100), Quantity.class);
    ResettlementJsonException amount = readFails(amountOf(101), MonetaryAmount.class);

    assertThat(latitude.path()).isEqualTo("latitude");
    assertThat(latitude.reason()).isEqualTo(BEYOND + "Number value length (101) exceeds the maximum allowed (100)");
    assertThat(count.reason()).isEqualTo(BEYOND + "Number value length (101) exceeds the maximum allowed (100)");
    assertThat(amount.path()).isEqualTo("amount");
    assertThat(amount.reason()).isEqualTo("a decimal amount must not have more than 100 characters");
  }

  //-----------------------------------------------------------------------
  private static String propertyNamed(int characters) {
    return "{\"" + "a".repeat(characters) + "\":1}";
  }

  @Test
  void propertyNameOf1000Characters_isRead() throws Exception {
    assertThat(lenient.readValue(propertyNamed(1_000), Dataset.class)).isEqualTo(EMPTY_UNSTATED);
  }

  @Test
  void propertyNameOf1001Characters_isRefused() {
    ResettlementJsonException problem = readFails(lenient, propertyNamed(1_001), lenient.constructType(Dataset.class));

    assertThat(problem.reason()).isEqualTo(BEYOND + "Name length (1001) exceeds the maximum allowed (1000)");
  }

  //-----------------------------------------------------------------------
  /** An empty dataset padded with white space to a length. */
  private static Input datasetOfLength(long bytes) {
    return Input.repeated("{", " ", bytes - 2, "}");
  }

  @Test
  void documentOf50000000Bytes_isRead() throws Exception {
    Input document = datasetOfLength(50_000_000);

    assertThat(mapper.readValue(document.bytes(), Dataset.class)).isEqualTo(EMPTY_UNSTATED);
    try (InputStream stream = document.openStream(1 << 16)) {
      assertThat(mapper.readValue(stream, Dataset.class)).isEqualTo(EMPTY_UNSTATED);
    }
  }

  @Test
  void documentOf50000001Bytes_isRefused() throws Exception {
    Input document = datasetOfLength(50_000_001);

    Throwable asBytes = catchThrowable(() -> mapper.readValue(document.bytes(), Dataset.class));
    Throwable asStream;
    try (InputStream stream = document.openStream(1 << 16)) {
      asStream = catchThrowable(() -> mapper.readValue(stream, Dataset.class));
    }

    assertThat(asBytes).isInstanceOf(ResettlementJsonException.class);
    assertThat(((ResettlementJsonException) asBytes).path()).isEmpty();
    assertThat(((ResettlementJsonException) asBytes).reason())
        .isEqualTo(BEYOND + "Document length (50000001) exceeds the maximum allowed (50000000)");
    // A stream is refused as soon as the reader has taken more than the limit from it.
    assertThat(asStream).isInstanceOf(ResettlementJsonException.class);
    assertThat(((ResettlementJsonException) asStream).reason())
        .matches(BEYOND + "Document length \\(5000[0-9]{4}\\) exceeds the maximum allowed \\(50000000\\)");
  }
}
