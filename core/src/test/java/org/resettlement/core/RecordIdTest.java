package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordIdTest {

  static Stream<Function<String, RecordId<?>>> factories() {
    return Stream.of(
        OrganisationId::of, PersonId::of, EventId::of, ProjectId::of, CampaignId::of,
        PledgeId::of, QuotaId::of, StatisticId::of);
  }

  static Stream<Arguments> invalidTokens() {
    return factories()
        .flatMap(
            factory ->
                Stream.of("", " ", "a b", "tab\there", "line\nbreak", "nbsp\u00A0x", "ctl\u0001")
                    .map(token -> Arguments.of(factory, token)));
  }

  @ParameterizedTest
  @MethodSource("invalidTokens")
  void of_rejectsEmptyTokensWhitespaceAndControlCharacters(
      Function<String, RecordId<?>> factory, String token) {
    assertThatThrownBy(() -> factory.apply(token))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("value"))
        .hasMessageEndingWith(token.isEmpty() ? "must not be empty" : "must not contain whitespace or control characters");
  }

  @ParameterizedTest
  @MethodSource("factories")
  void of_rejectsNull(Function<String, RecordId<?>> factory) {
    assertThatThrownBy(() -> factory.apply(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageEndingWith(".value: must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ccme", "event:lisbon-2007", "0b7f5e8c-3d0a-4a53-9b2e-5a1f2d7c9e10", "Wrocław"})
  void of_acceptsTokensAndToStringReturnsThem(String token) {
    assertThat(OrganisationId.of(token)).hasToString(token);
    assertThat(OrganisationId.of(token).value()).isEqualTo(token);
  }

  @Test
  void equals_requiresTheSameTypeAndToken() {
    assertThat(OrganisationId.of("x")).isEqualTo(OrganisationId.of("x"));
    assertThat(OrganisationId.of("x")).isNotEqualTo(PersonId.of("x"));
    assertThat(OrganisationId.of("x")).isNotEqualTo(OrganisationId.of("y"));
    assertThat(OrganisationId.of("x").hashCode()).isEqualTo(OrganisationId.of("x").hashCode());
  }

  @Test
  void compareTo_sortsByToken() {
    List<PledgeId> ids = new java.util.ArrayList<>(List.of(PledgeId.of("b"), PledgeId.of("a"), PledgeId.of("c")));
    ids.sort(null);

    assertThat(ids).extracting(PledgeId::value).containsExactly("a", "b", "c");
  }

  @Test
  void actorKind_tellsTheKindOfEachActor() {
    assertThat(OrganisationId.of("unhcr").actorKind()).isEqualTo(ActorKind.ORGANISATION);
    assertThat(PersonId.of("p").actorKind()).isEqualTo(ActorKind.PERSON);
  }
}
