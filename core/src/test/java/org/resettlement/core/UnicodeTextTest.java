package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.text.Normalizer;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text a value takes is Unicode text: a string with an unpaired surrogate is refused where
 * it is built, naming the type and the field. What is Unicode but wrong in a field (control
 * characters, direction controls, invisible names) is the validation module's to report.
 */
class UnicodeTextTest {

  private static final LocalizedText TITLE = LocalizedText.of("en", "t");

  /** Each place that takes a text: how to build a value with a given text there, and its type and field. */
  static Stream<Arguments> textPlaces() {
    return Stream.of(
        place(LocalizedText.class, "text", text -> LocalizedText.of("en", text)),
        place(LocalizedText.class, "text", text -> LocalizedText.of("pl", "Wrocław").and("en", text)),
        place(LocalizedText.class, "text", text -> LocalizedText.builder().add("en", text).build()),
        place(OrganisationId.class, "value", OrganisationId::of),
        place(PersonId.class, "value", PersonId::of),
        place(StatisticId.class, "value", StatisticId::of),
        place(Person.class, "name", text -> Person.builder().id(PersonId.of("p")).name(text).build()),
        place(Person.class, "givenName", text -> Person.builder().id(PersonId.of("p")).givenName(text).build()),
        place(Person.class, "familyName", text -> Person.builder().id(PersonId.of("p")).familyName(text).build()),
        place(Person.class, "honorific", text -> Person.builder().id(PersonId.of("p")).honorific(text).build()),
        place(Organisation.class, "acronym", text -> Organisation.builder().id(OrganisationId.of("o"))
            .name(TITLE).kind(OrganisationKind.NGO_NATIONAL).acronym(text).build()),
        place(Project.class, "acronym", text -> Project.builder().id(ProjectId.of("p")).title(TITLE).acronym(text).build()),
        place(ContactPoint.class, "value", ContactPoint::email),
        place(ContactPoint.class, "label", text -> ContactPoint.builder().kind(ContactKind.PHONE).value("+48 1")
            .label(text).build()),
        place(ExternalIdentifier.class, "scheme", text -> ExternalIdentifier.of(text, "1")),
        place(ExternalIdentifier.class, "value", ExternalIdentifier::iati),
        place(CategoryCode.class, "code", text -> Breakdown.of(Dimension.SEX, text, Quantity.ZERO)),
        place(Source.class, "publisher", text -> Source.builder().title(TITLE).publisher(text).build()),
        place(Source.class, "note", text -> Source.builder().title(TITLE).note(text).build()),
        place(Source.class, "url", text -> Source.builder().title(TITLE).url(URI.create("https://example.org/" + text))
            .build()));
  }

  private static Arguments place(Class<?> type, String field, Function<String, ?> build) {
    return Arguments.of(type, Named.of(type.getSimpleName() + "." + field, field), build);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("textPlaces")
  void everyText_refusesAHighSurrogateAtTheEnd(Class<?> type, String field, Function<String, ?> build) {
    assertThatThrownBy(() -> build.apply("ab\uD800"))
        .isExactlyInstanceOf(InvalidValueException.class)
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.valueType()).isEqualTo(type);
          assertThat(e.fields()).containsExactly(field);
        })
        .hasMessageEndingWith("." + field + ": must be Unicode text, but has an unpaired surrogate U+D800 at index "
            + (field.equals("url") ? "22" : "2"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("textPlaces")
  void everyText_refusesALowSurrogateFirstAndAPairTheWrongWayRound(Class<?> type, String field,
      Function<String, ?> build) {
    assertThatThrownBy(() -> build.apply("\uDC4Bx"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.fields()).containsExactly(field))
        .hasMessageContaining("U+DC4B");
    assertThatThrownBy(() -> build.apply("x\uDC4B\uD83D"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.fields()).containsExactly(field))
        .hasMessageContaining("U+DC4B");
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("textPlaces")
  void everyText_acceptsCharactersBeyondTheBasicMultilingualPlane(Class<?> type, String field,
      Function<String, ?> build) {
    // U+1F44B waving hand and U+20000, a CJK ideograph: each a pair of surrogates, in order.
    assertThat(build.apply("\uD83D\uDC4B\uD840\uDC00")).isNotNull();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("textPlaces")
  void everyText_leavesWellFormedControlAndDirectionCharactersToTheValidationModule(Class<?> type, String field,
      Function<String, ?> build) {
    // Tokens refused control characters before texts had to be Unicode, and still do; so do
    // publishers' category codes.
    boolean token = field.equals("value") && RecordId.class.isAssignableFrom(type)
        || field.equals("scheme") || type == CategoryCode.class;
    if (!token && !field.equals("url")) {
      assertThat(build.apply("a\u0000\u0085b")).isNotNull();
    }
    if (!field.equals("url")) {
      assertThat(build.apply("a\u202Eb\u2066c\u200B")).isNotNull();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD800", "\uDBFF", "\uDC00", "\uDFFF"})
  void localizedText_refusesEveryKindOfSurrogateOnItsOwn(String surrogate) {
    assertThatThrownBy(() -> LocalizedText.of("en", surrogate))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(String.format("LocalizedText.text: must be Unicode text, but has an unpaired surrogate U+%04X at index 0",
            (int) surrogate.charAt(0)));
  }

  @Test
  void localizedText_checksForSurrogatesAlsoAfterCharactersItMustNormalise() {
    // An "a" with a combining ring above (U+030A) comes first, so the text takes the long way.
    assertThatThrownBy(() -> LocalizedText.of("en", "a\u030A and \uD800"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageEndingWith("U+D800 at index 7");
  }

  //-----------------------------------------------------------------------
  /**
   * Texts of every kind: ASCII, Latin letters with their accents, combining marks that compose
   * or reorder, Hangul jamo that compose into syllables, characters beyond the Basic Multilingual
   * Plane, and characters NFC replaces (the angstrom sign, U+212B, and the ohm sign, U+2126). Half
   * of them are Latin letters and the combining marks just above U+02FF only, the texts nearest
   * to where the short way ends.
   */
  static Stream<Arguments> generatedTexts() {
    char[] latinAndMarks = {
        'a', 'e', 'A', 'Z', 's', ' ', 'ł', 'é', '\u00C5', '\u017F', '\u02FF',
        '\u0300', '\u0301', '\u0306', '\u0308', '\u030A', '\u0323', '\u0326', '\u0327'};
    char[] everyKind = {
        'a', 'Z', ' ', '-', 'ł', 'ș', 'ş', 'é', '\u00C5', '\u017F', '\u02FF',
        '\u0300', '\u0301', '\u0308', '\u0323', '\u0326', '\u0306', '\u0345',
        '\u1100', '\u1161', '\u11A8', '\uAC00', '\u212B', '\u2126', '\u0915', '\u093C', '\u05D0', '\u0627'};
    return SeededCases.of(random -> random.nextBoolean() ? text(random, latinAndMarks, false) : text(random, everyKind, true));
  }

  private static String text(SplittableRandom random, char[] pool, boolean beyondTheBasicPlane) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      if (beyondTheBasicPlane && random.nextInt(10) == 0) {
        text.appendCodePoint(random.nextInt(0x10000, 0x110000));
      } else {
        text.append(pool[random.nextInt(pool.length)]);
      }
    }
    return text.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("generatedTexts")
  void localizedText_storesWhatTheNormaliserGives_whicheverWayTheTextTakes(long seed, String text) {
    String stored = LocalizedText.of("und", text).text();

    assertThat(stored).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
    assertThat(LocalizedText.of("und", stored).text()).isSameAs(stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"e\u0300", "A\u030A", "s\u0326"})
  void localizedText_normalisesFromTheFirstCombiningMark_U0300_on(String text) {
    // "e" and U+0300, the first character that can combine with another, are "è", U+00E8.
    assertThat(LocalizedText.of("en", text).text())
        .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC))
        .hasSize(1);
  }

  @Test
  void localizedText_keepsATextBelowU0300AsTheSameString() {
    String latin = "Związek Miast Polskich, Strășeni, Hrubieszów \u02FF";

    assertThat(LocalizedText.of("pl", latin).text()).isSameAs(latin);
  }
}
