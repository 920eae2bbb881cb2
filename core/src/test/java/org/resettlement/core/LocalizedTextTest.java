package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {

  private static final LocalizedText CONFERENCE =
      LocalizedText.of("pl", "Organizacje pozarządowe jako pierwszoplanowe wsparcie dla uchodźców")
          .and("en", "CSOs at the forefront of refugees support");

  @Test
  void of_keepsVariantsInOrderAndTheFirstAsDefault() {
    assertThat(CONFERENCE.languages()).containsExactly("pl", "en");
    assertThat(CONFERENCE.defaultLanguage()).isEqualTo("pl");
    assertThat(CONFERENCE.text()).startsWith("Organizacje");
    assertThat(CONFERENCE).hasToString(CONFERENCE.text());
  }

  @Test
  void text_prefersTheExactTagThenTheLanguageThenAnyRegionThenTheDefault() {
    LocalizedText text =
        LocalizedText.of("fr", "Strasbourg").and("en-GB", "colour").and("en", "color").and("de-AT", "Wien");

    assertThat(text.text(Locale.forLanguageTag("en-GB"))).isEqualTo("colour");
    assertThat(text.text(Locale.forLanguageTag("en-US"))).isEqualTo("color");
    assertThat(text.text(Locale.forLanguageTag("de-DE"))).isEqualTo("Wien");
    assertThat(text.text(Locale.forLanguageTag("pl"))).isEqualTo("Strasbourg");
    assertThat(text.find(Locale.forLanguageTag("pl"))).isEmpty();
    assertThat(text.find(Locale.ROOT)).isEmpty();
  }

  @Test
  void of_storesTagsInCanonicalCase() {
    LocalizedText text = LocalizedText.of("EN-gb", "colour").and("SR-latn", "Beograd");

    assertThat(text.languages()).containsExactly("en-GB", "sr-Latn");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "en_GB", "english-language-tag", "e", "12", "en--GB"})
  void of_rejectsIllFormedLanguageTags(String tag) {
    assertThatThrownBy(() -> LocalizedText.of(tag, "text"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("languageTag"))
        .hasMessageContaining("is not a well-formed BCP 47 language tag");
  }

  @Test
  void of_normalisesToNfcSoCombiningCommaEqualsPrecomposed() {
    String combining = "Stras\u0326eni"; // s + COMBINING COMMA BELOW
    String precomposed = "Stra\u0219eni"; // LATIN SMALL LETTER S WITH COMMA BELOW

    LocalizedText text = LocalizedText.of("ro", "Str\u0103" + combining.substring(4));

    assertThat(text.text()).isEqualTo("Str\u0103" + precomposed.substring(4));
    assertThat(text.text()).isEqualTo("Strășeni");
  }

  @Test
  void of_keepsCommaBelowAndCedillaVariantsApart() {
    LocalizedText commaBelow = LocalizedText.of("ro", "Strășeni");
    LocalizedText cedilla = LocalizedText.of("ro", "Straşeni");

    assertThat(commaBelow).isNotEqualTo(cedilla);
    assertThat(cedilla.text()).contains("\u015F");
    assertThat(commaBelow.text()).contains("\u0219");
  }

  @Test
  void of_keepsDiacriticsAndBlankTextsAsGiven() {
    assertThat(LocalizedText.of("pl", "Hrubieszów").text()).isEqualTo("Hrubieszów");
    assertThat(LocalizedText.of("en", " ").text()).isEqualTo(" ");
  }

  @Test
  void ofMap_keepsTheOrderOfTheMapWithCanonicalTags() {
    Map<String, String> variants = new LinkedHashMap<>();
    variants.put("pl", "Warszawa");
    variants.put("EN-gb", "Warsaw");

    LocalizedText text = LocalizedText.of(variants);

    assertThat(text.variants()).containsExactly(Map.entry("pl", "Warszawa"), Map.entry("en-GB", "Warsaw"));
    assertThat(text.defaultLanguage()).isEqualTo("pl");
    assertThat(text).isEqualTo(LocalizedText.of("pl", "Warszawa").and("en-GB", "Warsaw"));
  }

  @Test
  void ofMap_rejectsEmptyMapsNullTextsAndRepeatedLanguages() {
    Map<String, String> repeated = new LinkedHashMap<>();
    repeated.put("en", "one");
    repeated.put("EN", "two");
    Map<String, String> nullText = new LinkedHashMap<>();
    nullText.put("en", null);

    assertThatThrownBy(() -> LocalizedText.of(Map.of()))
        .hasMessage("LocalizedText.variants: must have at least one language");
    assertThatThrownBy(() -> LocalizedText.of(repeated))
        .hasMessage("LocalizedText.variants: language en is given twice");
    assertThatThrownBy(() -> LocalizedText.of(nullText))
        .hasMessage("LocalizedText.text: must not be null");
  }

  @Test
  void and_replacesAVariantInPlaceAndKeepsTheDefault() {
    LocalizedText replaced = CONFERENCE.and("pl", "Nowy tytuł");

    assertThat(replaced.languages()).containsExactly("pl", "en");
    assertThat(replaced.text()).isEqualTo("Nowy tytuł");
    assertThat(CONFERENCE.text()).startsWith("Organizacje");
  }

  @Test
  void equals_dependsOnVariantsAndDefaultButNotOnTheOrderOfTheRest() {
    LocalizedText a = LocalizedText.of("pl", "a").and("en", "b").and("de", "c");
    LocalizedText b = LocalizedText.of("pl", "a").and("de", "c").and("en", "b");
    LocalizedText otherDefault = LocalizedText.of("en", "b").and("pl", "a").and("de", "c");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(otherDefault);
  }

  @Test
  void variants_areUnmodifiable() {
    assertThatThrownBy(() -> CONFERENCE.variants().put("de", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
