package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Place;

/** Localised texts are objects keyed by language tag, the default language first. */
class LocalizedTextJsonTest extends JsonTestBase {

  @Test
  void write_keepsTheOrderOfTheVariants() {
    LocalizedText name = LocalizedText.of("pl", "Związek Miast Polskich").and("en", "Association of Polish Cities");

    assertThat(write(name)).isEqualTo(json("{'pl':'Związek Miast Polskich','en':'Association of Polish Cities'}"));
  }

  @Test
  void read_takesTheFirstKeyAsTheDefaultLanguage() {
    LocalizedText read = read(json("{'en':'Warsaw','pl':'Warszawa'}"), LocalizedText.class);

    assertThat(read.defaultLanguage()).isEqualTo("en");
    assertThat(read.languages()).containsExactly("en", "pl");
    assertThat(read).isNotEqualTo(LocalizedText.of("pl", "Warszawa").and("en", "Warsaw"));
  }

  @Test
  void read_storesTagsInCanonicalCase() {
    LocalizedText read = read(json("{'EN-gb':'colour','sr-latn':'boja'}"), LocalizedText.class);

    assertThat(read.languages()).containsExactly("en-GB", "sr-Latn");
    assertThat(write(read)).isEqualTo(json("{'en-GB':'colour','sr-Latn':'boja'}"));
  }

  @Test
  void read_normalisesTextToNfcAndKeepsDiacritics() {
    // "a" and "s" followed by combining marks: U+0306 breve, U+0326 comma below.
    LocalizedText read = read("{\"ro\":\"Stra\u0306s\u0326eni\"}", LocalizedText.class);

    assertThat(read.text()).isEqualTo("Str\u0103\u0219eni").isEqualTo("Strășeni");
    assertThat(write(read)).isEqualTo("{\"ro\":\"Strășeni\"}");
  }

  @Test
  void read_rejectsAnEmptyObject() {
    ResettlementJsonException problem = readFails(json("{'locality':{},'country':'PL'}"), Place.class);

    assertThat(problem.path()).isEqualTo("locality");
    assertThat(problem.reason()).isEqualTo("must have at least one language");
  }

  @Test
  void read_rejectsALanguageGivenTwice() {
    ResettlementJsonException problem =
        readFails(new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new ResettlementModule()),
            json("{'en':'a','en':'b'}"), mapper.constructType(LocalizedText.class));

    assertThat(problem.path()).isEqualTo("en");
    assertThat(problem.reason()).isEqualTo("language en is given twice");
  }

  @Test
  void read_rejectsALanguageGivenTwiceInAnotherCase() {
    assertThat(readFails(json("{'en':'a','EN':'b'}"), LocalizedText.class).reason())
        .isEqualTo("language en is given twice");
  }

  @Test
  void read_rejectsAMalformedTag_atTheTag() {
    ResettlementJsonException problem = readFails(json("{'en':'text','e n':'text'}"), LocalizedText.class);

    assertThat(problem.path()).isEqualTo("[\"e n\"]");
    assertThat(problem.reason()).isEqualTo("'e n' is not a well-formed BCP 47 language tag");
  }

  @Test
  void read_rejectsAnUnpairedSurrogate_atItsLanguage() {
    ResettlementJsonException problem =
        readFails("{\"locality\":{\"pl\":\"Wroc\\u0142aw\",\"en\":\"Wroclaw\\uD800\"},\"country\":\"PL\"}", Place.class);

    assertThat(problem.path()).isEqualTo("locality.en");
    assertThat(problem.reason()).isEqualTo("must be Unicode text, but has an unpaired surrogate U+D800 at index 7");
    assertThat(problem.getMessage()).startsWith("locality.en: must be Unicode text").doesNotContain("\uD800");
  }

  @Test
  void read_keepsControlAndDirectionCharacters_forTheValidationModuleToReport() {
    LocalizedText read = read(json("{'ar':'\\u202B\\u0627\\u202C','en':'a\\u0000b'}"), LocalizedText.class);

    assertThat(read.variants()).containsExactly(entry("ar", "\u202B\u0627\u202C"), entry("en", "a\u0000b"));
  }

  @Test
  void read_rejectsATextThatIsNotAString() {
    ResettlementJsonException problem = readFails(json("{'locality':{'pl':null},'country':'PL'}"), Place.class);

    assertThat(problem.path()).isEqualTo("locality.pl");
    assertThat(problem.reason()).isEqualTo("expected the text in this language, as a string, found null");
  }

  @Test
  void read_rejectsAString() {
    assertThat(readFails("\"Warsaw\"", LocalizedText.class).reason())
        .isEqualTo("expected an object of texts keyed by language, such as {\"en\": \"...\"}, found a string");
  }
}
