package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.Event;
import org.resettlement.core.EventKind;
import org.resettlement.core.PledgeKind;
import org.resettlement.testkit.SampleData;

/** Enum values are lower-kebab-case: {@code RESETTLEMENT_PLACES} is {@code "resettlement-places"}. */
class EnumJsonTest extends JsonTestBase {
  private static final String EVENT = "{'id':'e','title':{'en':'t'},'period':{'start':'2023'},'kind':%s}";

  static Stream<Enum<?>> constants() {
    return SampleData.supportedTypes().stream()
        .filter(Class::isEnum)
        .flatMap(type -> Stream.of(type.getEnumConstants()))
        .map(constant -> (Enum<?>) constant);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void constant_isWrittenInLowerKebabCaseAndReadBack(Enum<?> constant) {
    String name = "\"" + constant.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\"";

    assertThat(write(constant)).isEqualTo(name);
    assertThat((Object) read(name, constant.getDeclaringClass())).isEqualTo(constant);
  }

  @Test
  void write_resettlementPlaces() {
    assertThat(write(PledgeKind.RESETTLEMENT_PLACES)).isEqualTo("\"resettlement-places\"");
  }

  @Test
  void read_rejectsTheJavaName() {
    ResettlementJsonException problem = readFails(json(String.format(EVENT, "'CAMPAIGN_LAUNCH'")), Event.class);

    assertThat(problem.path()).isEqualTo("kind");
    assertThat(problem.reason())
        .isEqualTo("unknown value 'CAMPAIGN_LAUNCH'; expected one of workshop, conference, meeting, campaign-launch, panel, seminar, training, webinar, study-visit, other");
  }

  @Test
  void read_rejectsAnotherCase() {
    assertThat(readFails("\"Workshop\"", EventKind.class).reason()).startsWith("unknown value 'Workshop'");
  }

  @Test
  void read_rejectsAnOrdinalAlsoWithAPlainMapper() {
    ResettlementJsonException problem =
        readFails(new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new ResettlementModule()),
            json(String.format(EVENT, "0")), mapper.constructType(Event.class));

    assertThat(problem.path()).isEqualTo("kind");
    assertThat(problem.reason()).startsWith("expected one of workshop, conference,").endsWith("found a whole number");
  }
}
