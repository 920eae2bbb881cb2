package org.resettlement.json.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.ContactKind;
import org.resettlement.core.InvalidValueException;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Pledge;

/**
 * The words both JSON bindings use for a document that is not valid. The Jackson modules' tests
 * show them in whole refusals; these pin each rule down on its own.
 */
class WordingTest {

  private static final String FORTY = "a".repeat(40);

  //-----------------------------------------------------------------------
  @Test
  void quoted_keepsInputOfFortyCharacters() {
    assertThat(Wording.quoted(FORTY)).isEqualTo("'" + FORTY + "'");
  }

  @Test
  void quoted_cutsLongerInputToFortyCharacters() {
    assertThat(Wording.quoted(FORTY + "b")).isEqualTo("'" + FORTY + "...'");
  }

  @Test
  void quoted_saysNullForNoInput() {
    assertThat(Wording.quoted(null)).isEqualTo("'null'");
  }

  @ParameterizedTest
  @MethodSource("textsOfEveryLength")
  void quoted_quotesAsTheCoreQuotesInItsReasons(String text) {
    // The core cannot use this class; invalidText relies on both quoting alike.
    assertThat(refusal(() -> PartialDate.parse(text)).reason()).startsWith(Wording.quoted(text) + " is not");
  }

  static Stream<String> textsOfEveryLength() {
    return Stream.of("x", "y".repeat(39), FORTY, FORTY + "b", FORTY + "b".repeat(60));
  }

  //-----------------------------------------------------------------------
  @Test
  void invalidText_givesTheCoreReasonAloneWhenItQuotesTheText() {
    InvalidValueException problem = refusal(() -> PartialDate.parse("soon"));

    assertThat(Wording.invalidText("soon", "a partial date", problem)).isEqualTo(problem.reason());
  }

  @Test
  void invalidText_quotesTheTextAndNamesTheFieldBeforeAnotherReason() {
    InvalidValueException problem = refusal(() -> PartialDate.of(2023, 13));

    assertThat(Wording.invalidText("2023-13", "a partial date", problem))
        .isEqualTo("'2023-13' is not a partial date: month must be 1 to 12, was 13");
  }

  @Test
  void invalidText_givesAReasonWithoutAFieldAfterTheQuotedText() {
    InvalidValueException problem = refusal(() -> PartialDate.parse("soon"));

    assertThat(problem.field()).isEmpty();
    assertThat(Wording.invalidText("later", "a partial date", problem))
        .isEqualTo("'later' is not a partial date: " + problem.reason());
  }

  private static InvalidValueException refusal(Runnable build) {
    InvalidValueException problem = catchThrowableOfType(build::run, InvalidValueException.class);
    assertThat(problem).as("the core refuses the value").isNotNull();
    return problem;
  }

  //-----------------------------------------------------------------------
  static Stream<Arguments> jsonShapes() {
    return Stream.of(
        Arguments.of(null, "a value of another type"),
        Arguments.of(Pledge.class, "an object"),
        Arguments.of(Pledge.Builder.class, "an object"),
        Arguments.of(Pledge.Builder.class.getSuperclass(), "an object"),
        Arguments.of(generated("ImmutablePledge"), "an object"),
        Arguments.of(AStandInRecord.class, "an object"),
        Arguments.of(List.class, "an array"),
        Arguments.of(Set.class, "an array"),
        Arguments.of(Iterable.class, "an array"),
        Arguments.of(String[].class, "an array"),
        Arguments.of(String.class, "a string"),
        Arguments.of(CharSequence.class, "a string"),
        Arguments.of(boolean.class, "true or false"),
        Arguments.of(Boolean.class, "true or false"),
        Arguments.of(int.class, "a whole number"),
        Arguments.of(Integer.class, "a whole number"),
        Arguments.of(long.class, "a whole number"),
        Arguments.of(Long.class, "a whole number"),
        Arguments.of(BigInteger.class, "a whole number"),
        Arguments.of(double.class, "a number"),
        Arguments.of(Double.class, "a number"),
        Arguments.of(float.class, "a number"),
        Arguments.of(Float.class, "a number"),
        Arguments.of(BigDecimal.class, "a number"),
        Arguments.of(URI.class, "a URI"),
        Arguments.of(Currency.class, "an ISO 4217 currency code such as EUR"),
        Arguments.of(LocalDate.class, "a date such as 2023-06-29"),
        Arguments.of(Year.class, "a year such as 2005"),
        Arguments.of(Period.class, "an ISO 8601 period such as P2Y"),
        Arguments.of(Map.class, "a value of another type"),
        Arguments.of(Optional.class, "a value of another type"),
        Arguments.of(ContactKind.class, "a value of another type"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("jsonShapes")
  void expected_describesWhatAValueOfTheTypeLooksLikeInJson(Class<?> type, String description) {
    assertThat(Wording.expected(type)).isEqualTo(description);
  }

  /** A record that is not a core value type, as a user's own type in a document may be. */
  private record AStandInRecord(String name) {}

  /** A class Immutables generates, which Jackson may name as the type it expected. */
  private static Class<?> generated(String simpleName) {
    try {
      return Class.forName("org.resettlement.core." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("Immutables generates no " + simpleName, e);
    }
  }

  //-----------------------------------------------------------------------
  @Test
  void parserMessage_dropsTheAdviceToEnableAFeature() {
    assertThat(Wording.parserMessage(
            "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"))
        .isEqualTo("Non-standard token 'NaN'");
    assertThat(Wording.parserMessage(
            "Invalid numeric value: Leading zeroes not allowed"
                + " (consider enabling `JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS` (for parser))"))
        .isEqualTo("Invalid numeric value: Leading zeroes not allowed");
    assertThat(Wording.parserMessage(
            "Unexpected character ('/' (code 47)): maybe a (non-standard) comment?"
                + " (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)"))
        .isEqualTo("Unexpected character ('/' (code 47)): maybe a (non-standard) comment?");
    assertThat(Wording.parserMessage(
            "Unexpected character: hexadecimal number literals require enabling `ALLOW_HEX`"))
        .isEqualTo("Unexpected character: hexadecimal number literals");
  }

  @Test
  void parserMessage_cutsEachQuotedTokenToFortyCharacters() {
    assertThat(Wording.parserMessage(
            "Unrecognized token '" + FORTY + "bbb': was expecting (JSON String, Number, Array, Object)"
                + " and then token '" + FORTY + "c'"))
        .isEqualTo("Unrecognized token '" + FORTY + "...': was expecting (JSON String, Number, Array,"
            + " Object) and then token '" + FORTY + "...'");
  }

  @Test
  void parserMessage_keepsAShortTokenAndEveryOtherWord() {
    String message = "Unrecognized token '" + FORTY + "': was expecting (JSON String, Number)";

    assertThat(Wording.parserMessage(message)).isEqualTo(message);
  }

  //-----------------------------------------------------------------------
  @Test
  void outOfRange_namesTheRangeJacksonReports() {
    assertThat(Wording.outOfRange("99999999999999999999",
            "Numeric value (99999999999999999999) out of range of long"
                + " (-9223372036854775808 - 9223372036854775807)"))
        .isEqualTo("'99999999999999999999' is not a whole number"
            + " from -9223372036854775808 to 9223372036854775807");
  }

  @Test
  void outOfRange_speaksOfTheValueWhenNoRangeIsReported() {
    assertThat(Wording.outOfRange("1e400", "Numeric value out of range"))
        .isEqualTo("'1e400' is not a whole number in the range of this value");
  }

  //-----------------------------------------------------------------------
  @Test
  void sanitized_cutsQualifiedAndGeneratedNamesToThePublicSimpleName() {
    assertThat(Wording.sanitized(
            "Cannot construct instance of `org.resettlement.core.ImmutablePledge$Builder`"
                + " from java.lang.String"))
        .isEqualTo("Cannot construct instance of Pledge from String");
  }

  @Test
  void sanitized_leavesWordsWithoutAPackage() {
    String message = "Unexpected end-of-input: expected close marker for Object";

    assertThat(Wording.sanitized(message)).isEqualTo(message);
  }

  //-----------------------------------------------------------------------
  @Test
  void unknownProperty_listsTheKnownOnes() {
    assertThat(Wording.unknownProperty(List.of("start", "end")))
        .isEqualTo("unknown property; expected one of: start, end");
  }

  @Test
  void missingCreatorProperty_namesThePropertyJacksonReports() {
    assertThat(Wording.missingCreatorProperty(
            "Missing required creator property 'year' (index 1)\n at [Source: REDACTED]"))
        .contains("year");
    assertThat(Wording.missingCreatorProperty("Cannot deserialize value: Missing required creator property 'year'"))
        .as("only at the start of the message")
        .isEmpty();
  }

  @Test
  void readLimit_dropsTheJacksonSetting() {
    assertThat(Wording.readLimit("Document nesting depth (101) exceeds the maximum allowed (100, from"
            + " `StreamReadConstraints.getMaxNestingDepth()`)"))
        .isEqualTo("the document exceeds a limit of the reader: Document nesting depth (101) exceeds the"
            + " maximum allowed (100)");
  }

  @Test
  void malformed_saysAPropertyGivenTwiceOrMalformedJson() {
    assertThat(Wording.malformed("Duplicate Object property \"id\"")).isEqualTo(Wording.GIVEN_TWICE);
    assertThat(Wording.malformed("Unexpected end-of-input: expected close marker for Object (line 1, column 2)"))
        .isEqualTo("malformed JSON: Unexpected end-of-input: expected close marker for Object (line 1, column 2)");
    assertThat(Wording.malformed("Non-standard token 'NaN': enable `ALLOW_NON_NUMERIC_NUMBERS` to allow"))
        .isEqualTo("malformed JSON: Non-standard token 'NaN'");
  }

  @Test
  void unknownValue_quotesTheTextAndListsTheNames() {
    assertThat(Wording.unknownValue("wokshop", "workshop, conference"))
        .isEqualTo("unknown value 'wokshop'; expected one of workshop, conference");
  }

  @Test
  void repeatedElement_quotesTheElement() {
    assertThat(Wording.repeatedElement("PL")).isEqualTo("'PL' is given twice; the elements of this set must differ");
    assertThat(Wording.repeatedElement(org.resettlement.core.ObservationStatus.BREAK_IN_SERIES))
        .isEqualTo("'break-in-series' is given twice; the elements of this set must differ");
  }

  @Test
  void escaped_writesControlCharactersAndLineSeparatorsAsEscapes() {
    assertThat(Wording.escaped("a\nb\tc\u0085d\u2028e\u2029f\u007fg"))
        .isEqualTo("a\\u000ab\\u0009c\\u0085d\\u2028e\\u2029f\\u007fg");
    assertThat(Wording.escaped("Strășeni, Wrocław")).isEqualTo("Strășeni, Wrocław");
  }

  @Test
  void escaped_writesDirectionControlsAndUnpairedSurrogatesAsEscapes_keepingPairs() {
    // A right-to-left override would show the rest of a log line backwards.
    assertThat(Wording.escaped("name: '\u202Egnp.exe' \u2066x\u2069 \u200F\u061C"))
        .isEqualTo("name: '\\u202egnp.exe' \\u2066x\\u2069 \\u200f\\u061c");
    assertThat(Wording.escaped("a\uD800 b\uDC00 \uDC4B\uD83D")).isEqualTo("a\\ud800 b\\udc00 \\udc4b\\ud83d");
    assertThat(Wording.escaped("\uD83D\uDC4B \uD840\uDC00")).isEqualTo("\uD83D\uDC4B \uD840\uDC00");
    assertThat(Wording.escaped("\u200B\u05D0\u0627")).as("other format characters and letters").isEqualTo("\u200B\u05D0\u0627");
  }

  @Test
  void appendProperty_joinsSimpleNamesWithDots() {
    StringBuilder path = new StringBuilder();
    Wording.appendProperty(path, "events");
    path.append("[2]");
    Wording.appendProperty(path, "period");
    Wording.appendProperty(path, "end_date-2");

    assertThat(path).hasToString("events[2].period.end_date-2");
  }

  @Test
  void appendProperty_quotesOtherNamesInBracketsWithEscapes() {
    StringBuilder path = new StringBuilder("title");
    Wording.appendProperty(path, "en-GB x");
    Wording.appendProperty(path, "a\"b\\c\nd");
    Wording.appendProperty(path, "2nd");
    Wording.appendProperty(path, "\uD800\u202E");

    assertThat(path).hasToString("title[\"en-GB x\"][\"a\\\"b\\\\c\\u000ad\"][\"2nd\"][\"\\ud800\\u202e\"]");
  }

  //-----------------------------------------------------------------------
  @Test
  void coreTypes_areThoseOfTheCorePublicPackage() {
    assertThat(CoreTypes.isCore(Pledge.class)).isTrue();
    assertThat(CoreTypes.isCore(Pledge.Builder.class)).isTrue();
    assertThat(CoreTypes.isCore(Wording.class)).as("a class of this package").isFalse();
    assertThat(CoreTypes.isCore(String.class)).isFalse();
  }

  @Test
  void coreEnums_areTheEnumsOfTheCorePublicPackage() {
    assertThat(CoreTypes.isCoreEnum(ContactKind.class)).isTrue();
    assertThat(CoreTypes.isCoreEnum(PartialDate.Precision.class)).isTrue();
    assertThat(CoreTypes.isCoreEnum(Pledge.class)).isFalse();
    assertThat(CoreTypes.isCoreEnum(java.time.DayOfWeek.class)).isFalse();
  }
}
