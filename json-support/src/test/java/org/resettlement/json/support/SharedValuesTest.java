package org.resettlement.json.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.resettlement.core.CountryCode;
import org.resettlement.core.DateRange;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Observation;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Source;

/** The values that one reading of a document shares. */
class SharedValuesTest {

  @Test
  void share_givesTheEqualValueReadFirst() {
    SharedValues values = new SharedValues();
    DateRange first = DateRange.of(PartialDate.ofYear(2017));
    DateRange second = DateRange.of(PartialDate.ofYear(2017));
    DateRange other = DateRange.of(PartialDate.ofYear(2018));

    assertThat(values.share(first)).isSameAs(first);
    assertThat(values.share(second)).isSameAs(first);
    assertThat(values.share(other)).isSameAs(other);
  }

  @Test
  void share_givesTheEqualSourceReadFirst_andTellsApartSourcesWhoseTextsHaveTheSameLengths() {
    SharedValues values = new SharedValues();
    URI address = URI.create("https://ec.europa.eu/eurostat");
    Source first = Source.builder().title(LocalizedText.of("en", "Table")).url(address).publisher("Eurostat").build();
    Source equal = Source.builder().title(LocalizedText.of("en", "Table")).url(URI.create("https://ec.europa.eu/eurostat"))
        .publisher("Eurostat").build();
    Source otherTitle = Source.builder().title(LocalizedText.of("en", "Notes")).url(address).publisher("Eurostat").build();
    Source otherPublisher = Source.builder().title(LocalizedText.of("en", "Table")).url(address).publisher("EUROSTAT").build();
    Source withNote = Source.builder().from(first).note("").build();

    assertThat(values.share(first)).isSameAs(first);
    assertThat(values.share(equal)).isSameAs(first);
    assertThat(values.share(otherTitle)).isSameAs(otherTitle);
    assertThat(values.share(otherPublisher)).isSameAs(otherPublisher);
    assertThat(values.share(withNote)).isSameAs(withNote);
  }

  @Test
  void webAddress_givesTheAddressKeptForTheSameText_only() {
    SharedValues values = new SharedValues();
    URI kept = URI.create("https://example.org/a/b/c/d/e/f/g/h/i/j");
    values.keepWebAddress("https://example.org/a/b/c/d/e/f/g/h/i/j", kept);

    assertThat(values.webAddress(new String("https://example.org/a/b/c/d/e/f/g/h/i/j"))).isSameAs(kept);
    // The same length and the same characters but one.
    assertThat(values.webAddress("https://example.org/a/b/c/d/e/f/g/h/i/k")).isNull();
    assertThat(values.webAddress("https://example.org/a/b/c/d/e/f/x/h/i/j")).isNull();
    assertThat(values.webAddress("")).isNull();
  }

  @Test
  void isShared_namesTheValuesThatTheCellsOfATableRepeat() {
    assertThat(SharedValues.isShared(Source.class)).isTrue();
    assertThat(SharedValues.isShared(DateRange.class)).isTrue();
    assertThat(SharedValues.isShared(Geography.class)).isTrue();
    assertThat(SharedValues.isShared(DimensionKey.class)).isTrue();
    assertThat(SharedValues.isShared(Observation.class)).isFalse();
    assertThat(SharedValues.isShared(LocalizedText.class)).isFalse();
    assertThat(SharedValues.isShared(CountryCode.class)).isFalse();
  }
}
