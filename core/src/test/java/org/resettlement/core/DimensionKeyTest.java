package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DimensionKeyTest {
  private static final Category SYRIA = CountryCategory.parse("SY");
  private static final Category ADULT = AgeBand.parse("18-34");

  @Test
  void of_isTheWholePopulation() {
    DimensionKey empty = DimensionKey.of();
    assertThat(empty.empty()).isTrue();
    assertThat(empty.size()).isZero();
    assertThat(empty.dimensions()).isEmpty();
    assertThat(empty.asMap()).isEmpty();
    assertThat(empty).hasToString("{}").isSameAs(DimensionKey.of(Map.of()));
  }

  @Test
  void of_listsTheDimensionsInTheirOrderWhateverTheOrderGiven() {
    Map<Dimension, Category> given = new LinkedHashMap<>();
    given.put(Dimension.of("eurostat:unit"), CategoryCode.of("PER"));
    given.put(Dimension.CITIZENSHIP, SYRIA);
    given.put(Dimension.AGE_BAND, ADULT);
    given.put(Dimension.SEX, Sex.FEMALE);
    DimensionKey key = DimensionKey.of(given);
    assertThat(key.dimensions())
        .containsExactly(Dimension.SEX, Dimension.AGE_BAND, Dimension.CITIZENSHIP, Dimension.of("eurostat:unit"));
    assertThat(key.asMap()).containsExactlyEntriesOf(new TreeMap<>(given));
    assertThat(key).hasToString("{sex=female, age-band=18-34, citizenship=SY, eurostat:unit=PER}");
    assertThat(key.size()).isEqualTo(4);
    assertThat(key.empty()).isFalse();
    assertThat(key.category(Dimension.CITIZENSHIP)).contains(SYRIA);
    assertThat(key.category(Dimension.COUNTRY_OF_ASYLUM)).isEmpty();
    assertThat(key)
        .isEqualTo(DimensionKey.of(Dimension.of("eurostat:unit"), CategoryCode.of("PER"))
            .with(Dimension.SEX, Sex.FEMALE)
            .with(Dimension.CITIZENSHIP, SYRIA)
            .with(Dimension.AGE_BAND, ADULT));
  }

  @Test
  void of_refusesACategoryTheDimensionDoesNotAcceptNamingTheDimension() {
    assertThatThrownBy(() -> DimensionKey.of(Dimension.SEX, SYRIA))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("sex"))
        .hasMessage("DimensionKey.sex: 'SY' is not a category of sex (it is a country category)");
    assertThatThrownBy(() -> DimensionKey.of(Map.of(Dimension.CITIZENSHIP, Sex.MALE)))
        .hasMessage("DimensionKey.citizenship: 'male' is not a category of citizenship (it is a sex)");
    assertThatThrownBy(() -> DimensionKey.of().with(Dimension.of("eurostat:unit"), ADULT))
        .hasMessage("DimensionKey.eurostat:unit: '18-34' is not a category of eurostat:unit (it is an age band)");
  }

  @Test
  void of_refusesNullNamingTheField() {
    assertThatThrownBy(() -> DimensionKey.of(null, Sex.MALE)).hasMessage("DimensionKey.dimension: must not be null");
    assertThatThrownBy(() -> DimensionKey.of(Dimension.SEX, null)).hasMessage("DimensionKey.category: must not be null");
    assertThatThrownBy(() -> DimensionKey.of(null)).hasMessage("DimensionKey.categories: must not be null");
    Map<Dimension, Category> withNull = new HashMap<>();
    withNull.put(Dimension.SEX, null);
    assertThatThrownBy(() -> DimensionKey.of(withNull)).hasMessage("DimensionKey.sex: must not be null");
    withNull.clear();
    withNull.put(null, Sex.MALE);
    assertThatThrownBy(() -> DimensionKey.of(withNull)).hasMessage("DimensionKey.dimension: must not be null");
    assertThatThrownBy(() -> DimensionKey.of().with(Dimension.SEX, null))
        .hasMessage("DimensionKey.category: must not be null");
    assertThatThrownBy(() -> DimensionKey.of().without(null)).hasMessage("DimensionKey.dimension: must not be null");
    assertThatThrownBy(() -> DimensionKey.of().category(null)).isInstanceOf(NullPointerException.class).hasMessage("dimension");
    assertThatThrownBy(() -> DimensionKey.of().includes(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
  }

  @Test
  void of_typesAPublishersCodeThatTheDimensionKnows() {
    DimensionKey key = DimensionKey.of(Dimension.SEX, CategoryCode.of("female"));
    assertThat(key).isEqualTo(DimensionKey.of(Dimension.SEX, Sex.FEMALE));
    assertThat(key.category(Dimension.SEX)).containsSame(Sex.FEMALE);
    assertThat(DimensionKey.of(Dimension.SEX, CategoryCode.of("F")).category(Dimension.SEX))
        .contains(CategoryCode.of("F"));
  }

  @Test
  void with_replacesTheCategoryOfADimension() {
    DimensionKey female = DimensionKey.of(Dimension.SEX, Sex.FEMALE);
    assertThat(female.with(Dimension.SEX, Sex.MALE)).isEqualTo(DimensionKey.of(Dimension.SEX, Sex.MALE));
    assertThat(female.with(Dimension.SEX, Sex.FEMALE)).isSameAs(female);
    assertThat(female.without(Dimension.AGE_BAND)).isSameAs(female);
    assertThat(female.without(Dimension.SEX)).isSameAs(DimensionKey.of());
  }

  @Test
  void includes_comparesPopulations() {
    DimensionKey female = DimensionKey.of(Dimension.SEX, Sex.FEMALE);
    DimensionKey syrianWomen = female.with(Dimension.CITIZENSHIP, SYRIA);
    assertThat(DimensionKey.of().includes(syrianWomen)).isTrue();
    assertThat(female.includes(syrianWomen)).isTrue();
    assertThat(syrianWomen.includes(female)).isFalse();
    assertThat(female.includes(DimensionKey.of(Dimension.SEX, Sex.MALE))).isFalse();
    assertThat(DimensionKey.of(Dimension.CITIZENSHIP, SYRIA).includes(female.with(Dimension.AGE_BAND, ADULT)))
        .isFalse();
    assertThat(syrianWomen.includes(syrianWomen)).isTrue();
  }

  //-----------------------------------------------------------------------
  private static final List<Dimension> DIMENSIONS =
      List.of(
          Dimension.SEX, Dimension.AGE_BAND, Dimension.CITIZENSHIP, Dimension.COUNTRY_OF_ORIGIN,
          Dimension.COUNTRY_OF_ASYLUM, Dimension.of("eurostat:unit"), Dimension.of("unhcr:type"));

  private static final List<Category> COUNTRIES =
      List.of(SYRIA, CountryCategory.parse("AF"), CountryCategory.STATELESS, CountryCategory.UNKNOWN,
          CategoryCode.of("TIB"));

  static Category category(Dimension dimension, SplittableRandom random) {
    switch (DIMENSIONS.indexOf(dimension)) {
      case 0:
        return random.nextInt(5) == 0 ? CategoryCode.of("T") : Sex.values()[random.nextInt(3)];
      case 1:
        return random.nextBoolean() ? AgeBand.from(random.nextInt(0, 3) * 30) : AgeBand.under(18);
      case 2:
      case 3:
      case 4:
        return COUNTRIES.get(random.nextInt(COUNTRIES.size()));
      default:
        return CategoryCode.of("c" + random.nextInt(3));
    }
  }

  /** A map of a few dimensions, in a random order, to categories. */
  static Map<Dimension, Category> categories(SplittableRandom random) {
    List<Dimension> dimensions = new ArrayList<>(DIMENSIONS);
    Collections.shuffle(dimensions, new java.util.Random(random.nextLong()));
    Map<Dimension, Category> categories = new LinkedHashMap<>();
    for (Dimension dimension : dimensions.subList(0, random.nextInt(DIMENSIONS.size() + 1))) {
      categories.put(dimension, category(dimension, random));
    }
    return categories;
  }

  static Stream<Arguments> keys() {
    return SeededCases.of(DimensionKeyTest::categories);
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("keys")
  void of_andWith_agreeWithAMap(long seed, Map<Dimension, Category> categories) {
    DimensionKey key = DimensionKey.of(categories);
    DimensionKey built = DimensionKey.of();
    for (Map.Entry<Dimension, Category> entry : categories.entrySet()) {
      built = built.with(entry.getKey(), entry.getValue());
    }
    assertThat(built).isEqualTo(key).hasSameHashCodeAs(key).hasToString(key.toString());
    assertThat(key.asMap()).isEqualTo(categories);
    assertThat(key.size()).isEqualTo(categories.size());
    assertThat(key.empty()).isEqualTo(categories.isEmpty());
    assertThat(new ArrayList<>(key.dimensions())).isSorted();
    for (Dimension dimension : DIMENSIONS) {
      assertThat(key.category(dimension)).isEqualTo(java.util.Optional.ofNullable(categories.get(dimension)));
    }
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("keys")
  void withAndWithout_changeOneDimensionAndNothingElse(long seed, Map<Dimension, Category> categories) {
    SplittableRandom random = new SplittableRandom(seed);
    DimensionKey key = DimensionKey.of(categories);
    Dimension dimension = DIMENSIONS.get(random.nextInt(DIMENSIONS.size()));
    Category category = category(dimension, random);

    Map<Dimension, Category> expected = new HashMap<>(categories);
    expected.put(dimension, category);
    DimensionKey with = key.with(dimension, category);
    assertThat(with.asMap()).isEqualTo(expected);
    assertThat(with.without(dimension)).isEqualTo(key.without(dimension));
    expected.remove(dimension);
    assertThat(key.without(dimension).asMap()).isEqualTo(expected);
    assertThat(key.without(dimension).without(dimension)).isEqualTo(key.without(dimension));
    assertThat(key.with(dimension, category).with(dimension, category)).isEqualTo(with);
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("keys")
  void includes_isContainmentOfTheEntries(long seed, Map<Dimension, Category> categories) {
    SplittableRandom random = new SplittableRandom(seed);
    DimensionKey key = DimensionKey.of(categories);
    DimensionKey other = DimensionKey.of(categories(random));
    boolean contained = other.asMap().entrySet().containsAll(key.asMap().entrySet());
    assertThat(key.includes(other)).as("%s includes %s", key, other).isEqualTo(contained);
    assertThat(key.includes(key)).isTrue();
    assertThat(DimensionKey.of().includes(key)).isTrue();
    for (Dimension dimension : key.dimensions()) {
      assertThat(key.without(dimension).includes(key)).isTrue();
      assertThat(key.includes(key.without(dimension))).isFalse();
      Category category = category(dimension, random);
      assertThat(key.without(dimension).includes(key.with(dimension, category))).isTrue();
    }
    if (key.includes(other) && other.includes(key)) {
      assertThat(key).isEqualTo(other);
    }
  }
}
