package org.resettlement.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.Dataset;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.SampleData;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Jackson 3 mapper without {@link ResettlementModule} does with core values. Jackson 3
 * writes a value in which it finds no property as {@code {}} (its default for {@code
 * SerializationFeature.FAIL_ON_EMPTY_BEANS} is off, where Jackson 2's is on), so a forgotten
 * module loses every core value silently when writing; reading fails. Enabling {@code
 * FAIL_ON_EMPTY_BEANS} makes writing fail too. The README's JSON section quotes these symptoms.
 *
 * <p>The core's accessors are named like record components ({@code exact()}, not {@code
 * isExact()}), so there is no property to find; while {@code Quantity.isExact()} existed, a
 * quantity was written as {@code {"exact":false}} even with {@code FAIL_ON_EMPTY_BEANS}.
 */
class ForgottenModuleTest {
  private static final long SEED = 20_231_113L;

  /** A mapper as Jackson makes it, with nothing registered. */
  private final JsonMapper plain = JsonMapper.builder().build();

  /**
   * Values of every core type but the enums (which Jackson writes by their Java names, such as
   * {@code "NGO_NATIONAL"}, where the wire format has {@code "ngo-national"}), and of the views a
   * dataset computes.
   */
  static Stream<Arguments> coreValues() {
    SampleData sample = SampleData.withSeed(SEED);
    List<Class<?>> types = new ArrayList<>(SampleData.supportedTypes());
    types.sort(Comparator.comparing(Class::getName));
    List<Arguments> values = new ArrayList<>();
    for (Class<?> type : types) {
      if (!type.isEnum()) {
        for (Object value : sample.list(type, 3)) {
          // A category may be a constant of an enum (Sex), which any mapper writes by name.
          if (!value.getClass().isEnum()) {
            values.add(Arguments.of(type.getSimpleName(), value));
          }
        }
      }
    }
    Dataset dataset = sample.dataset(DatasetSpec.defaults());
    values.add(Arguments.of("CampaignProgress", dataset.campaignProgress(dataset.campaigns().get(0).id()).orElseThrow()));
    values.add(Arguments.of("QuotaTotal", dataset.quotaTotals().get(0)));
    return values.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coreValues")
  void plainMapper_writesEveryCoreValueAsAnEmptyObject(String type, Object value) {
    assertThat(plain.writeValueAsString(value)).isEqualTo("{}");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coreValues")
  void plainMapperFailingOnEmptyBeans_refusesToWriteEveryCoreValue(String type, Object value) {
    JsonMapper failing = JsonMapper.builder().enable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();

    assertThatThrownBy(() -> failing.writeValueAsString(value))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageStartingWith("No serializer found for class org.resettlement.core.");
  }

  @Test
  void plainMapper_refusesToReadADataset() {
    assertThatThrownBy(() -> plain.readValue("{\"schemaVersion\":\"1.0\"}", Dataset.class))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageStartingWith("Cannot construct instance of `org.resettlement.core.Dataset`");
  }
}
