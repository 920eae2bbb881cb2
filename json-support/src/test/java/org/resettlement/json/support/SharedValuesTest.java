package org.resettlement.json.support;

import static org.assertj.core.api.Assertions.assertThat;

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
