package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
  void builder_addsVariantsInOrder_checkedAsOfMapChecksThem() {
    LocalizedText text =
        LocalizedText.builder().add("pl", "Warszawa").add("EN-gb", "Warsaw").add("ro", "Stras\u0326eni").build();

    assertThat(text.variants())
        .containsExactly(Map.entry("pl", "Warszawa"), Map.entry("en-GB", "Warsaw"), Map.entry("ro", "Stra\u0219eni"));
    assertThat(text.defaultLanguage()).isEqualTo("pl");
    assertThat(text).isEqualTo(LocalizedText.of("pl", "Warszawa").and("en-GB", "Warsaw").and("ro", "Stra\u0219eni"));
  }

  @Test
  void builder_rejectsNoVariantsARepeatedLanguageAndNulls_leavingItselfUnchanged() {
    LocalizedText.Builder builder = LocalizedText.builder();

    assertThatThrownBy(builder::build).hasMessage("LocalizedText.variants: must have at least one language");
    builder.add("en", "one");
    assertThatThrownBy(() -> builder.add("EN", "two")).hasMessage("LocalizedText.variants: language en is given twice");
    assertThatThrownBy(() -> builder.add("de", null)).hasMessage("LocalizedText.text: must not be null");
    assertThatThrownBy(() -> builder.add(null, "x")).hasMessage("LocalizedText.languageTag: must not be null");
    assertThatThrownBy(() -> builder.add("en_GB", "x")).hasMessageContaining("is not a well-formed BCP 47 language tag");
    assertThat(builder.build().variants()).containsExactly(Map.entry("en", "one"));
  }

  @Test
  void builder_buildsTextsThatLaterAdditionsDoNotChange() {
    LocalizedText.Builder builder = LocalizedText.builder().add("pl", "Kraków");
    LocalizedText first = builder.build();

    LocalizedText second = builder.add("en", "Cracow").build();

    assertThat(first.languages()).containsExactly("pl");
    assertThat(second.languages()).containsExactly("pl", "en");
  }

  /**
   * A smoke check, not a measurement: {@code add} puts one entry into one table and {@code build}
   * copies it once, so 100,000 variants take a fraction of a second; copying on every addition, as
   * repeated {@code and} calls do, would copy five billion entries and take minutes. The timeout
   * only tells the two apart, with a wide margin for a busy machine.
   */
  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void builder_putsTogetherAHundredThousandVariantsWithoutCopyingThemEachTime() {
    LocalizedText.Builder builder = LocalizedText.builder();
    for (int i = 0; i < 100_000; i++) {
      builder.add("en-x-" + Integer.toString(i, 36), "text " + i);
    }

    LocalizedText text = builder.build();

    assertThat(text.variants()).hasSize(100_000);
    assertThat(text.defaultLanguage()).isEqualTo("en-x-0");
    assertThat(text.find(Locale.forLanguageTag("en-x-255r"))).contains("text " + Integer.parseInt("255r", 36));
  }

  @Test
  void ofMap_readsEachVariantOnce() {
    AtomicInteger reads = new AtomicInteger();
    Map<String, String> variants = new LinkedHashMap<>();
    for (int i = 0; i < 1_000; i++) {
      variants.put("en-x-" + i, "text " + i);
    }
    Map<String, String> counted =
        new AbstractMap<>() {
          @Override
          public Set<Map.Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
              @Override
              public Iterator<Map.Entry<String, String>> iterator() {
                Iterator<Map.Entry<String, String>> entries = variants.entrySet().iterator();
                return new Iterator<>() {
                  @Override
                  public boolean hasNext() {
                    return entries.hasNext();
                  }

                  @Override
                  public Map.Entry<String, String> next() {
                    reads.incrementAndGet();
                    return entries.next();
                  }
                };
              }

              @Override
              public int size() {
                return variants.size();
              }
            };
          }
        };

    assertThat(LocalizedText.of(counted).variants()).hasSize(1_000);
    assertThat(reads).hasValue(1_000);
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
