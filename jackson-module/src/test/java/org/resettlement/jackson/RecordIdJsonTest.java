package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.CampaignId;
import org.resettlement.core.EventId;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PersonId;
import org.resettlement.core.PledgeId;
import org.resettlement.core.ProjectId;
import org.resettlement.core.QuotaId;
import org.resettlement.core.StatisticId;

/** Identifiers are bare strings: their token. */
class RecordIdJsonTest extends JsonTestBase {

  static Stream<Arguments> idTypes() {
    return Stream.of(
        id(OrganisationId.class, OrganisationId::of),
        id(PersonId.class, PersonId::of),
        id(EventId.class, EventId::of),
        id(ProjectId.class, ProjectId::of),
        id(CampaignId.class, CampaignId::of),
        id(PledgeId.class, PledgeId::of),
        id(QuotaId.class, QuotaId::of),
        id(StatisticId.class, StatisticId::of));
  }

  private static <T> Arguments id(Class<T> type, Function<String, T> factory) {
    return Arguments.of(type.getSimpleName(), type, factory.apply("event:lisbon-2007"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void write_isTheBareToken(String name, Class<?> type, Object id) {
    assertThat(write(id)).isEqualTo("\"event:lisbon-2007\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void read_givesAnIdOfTheDeclaredType(String name, Class<?> type, Object id) {
    assertThat((Object) read("\"event:lisbon-2007\"", type)).isEqualTo(id).isInstanceOf(type);
  }

  @Test
  void read_rejectsAnEmptyToken() {
    ResettlementJsonException problem = readFails(json("{'id':'','name':{'en':'n'},'kind':'ngo-national'}"), Organisation.class);

    assertThat(problem.path()).isEqualTo("id");
    assertThat(problem.reason()).isEqualTo("'' is not an identifier (a text without spaces): value must not be empty");
  }

  @Test
  void read_rejectsWhitespaceInTheToken() {
    ResettlementJsonException problem = readFails("\"a b\"", PersonId.class);

    assertThat(problem.path()).isEmpty();
    assertThat(problem.reason())
        .isEqualTo("'a b' is not an identifier (a text without spaces): value must not contain whitespace or control characters");
  }

  @Test
  void read_rejectsANumber() {
    ResettlementJsonException problem = readFails("7", ProjectId.class);

    assertThat(problem.reason()).isEqualTo("expected an identifier (a text without spaces), found a whole number");
  }

  @Test
  void read_rejectsAnObjectWithTheToken() {
    ResettlementJsonException problem = readFails(json("{'value':'ccme'}"), OrganisationId.class);

    assertThat(problem.reason()).isEqualTo("expected an identifier (a text without spaces), found an object");
  }
}
