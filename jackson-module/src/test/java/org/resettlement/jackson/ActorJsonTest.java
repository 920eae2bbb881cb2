package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Actor;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Membership;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PersonId;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;
import org.resettlement.core.PledgeKind;

/**
 * Actors are objects naming their kind: {@code {"organisation": "ccme"}}, {@code {"person":
 * "p1"}} or {@code {"country": "PT"}}. The set of kinds is closed; no type is ever read from a
 * document.
 */
class ActorJsonTest extends JsonTestBase {

  @Test
  void actor_isWrittenWithItsKind() {
    assertThat(write(OrganisationId.of("ccme"), Actor.class)).isEqualTo(json("{'organisation':'ccme'}"));
    assertThat(write(PersonId.of("p1"), Actor.class)).isEqualTo(json("{'person':'p1'}"));
    assertThat(write(CountryCode.of("PT"), Actor.class)).isEqualTo(json("{'country':'PT'}"));
  }

  @Test
  void actor_isReadAsTheIdOfItsKind() {
    assertThat(read(json("{'organisation':'ccme'}"), Actor.class)).isEqualTo(OrganisationId.of("ccme"));
    assertThat(read(json("{'person':'p1'}"), Actor.class)).isEqualTo(PersonId.of("p1"));
    assertThat(read(json("{'country':'PT'}"), Actor.class)).isEqualTo(CountryCode.of("PT"));
  }

  @Test
  void actorProperty_isWrittenAsAnActorWhateverTheValuesClass() {
    Pledge pledge =
        Pledge.builder().id(PledgeId.of("p")).pledger(CountryCode.of("PT")).kind(PledgeKind.FUNDING).build();

    assertThat(write(pledge)).isEqualTo(json("{'id':'p','pledger':{'country':'PT'},'kind':'funding','status':'announced'}"));
  }

  @Test
  void actorList_isWrittenAsActors() throws Exception {
    List<Actor> actors = List.of(OrganisationId.of("a"), PersonId.of("b"));

    assertThat(read(mapper.writerFor(new TypeReference<List<Actor>>() {}).writeValueAsString(actors), new TypeReference<List<Actor>>() {}))
        .isEqualTo(actors);
  }

  @Test
  void read_rejectsAnUnknownKind() {
    ResettlementJsonException problem = readFails(json("{'member':{'organization':'ccme'},'organisation':'x'}"), Membership.class);

    assertThat(problem.path()).isEqualTo("member.organization");
    assertThat(problem.reason()).isEqualTo("unknown kind of actor; expected one of organisation, person, country");
  }

  @Test
  void read_rejectsAJavaClassNameAsTheKind() {
    String document = json("{'member':{'org.resettlement.core.PersonId':'p1'},'organisation':'x'}");

    ResettlementJsonException problem = readFails(document, Membership.class);

    assertThat(problem.path()).isEqualTo("member[\"org.resettlement.core.PersonId\"]");
    assertThat(problem.reason()).isEqualTo("unknown kind of actor; expected one of organisation, person, country");
  }

  @Test
  void read_rejectsTypeInformation() {
    ResettlementJsonException problem =
        readFails(json("{'@class':'org.resettlement.core.OrganisationId','value':'ccme'}"), Actor.class);

    assertThat(problem.reason()).isEqualTo("unknown kind of actor; expected one of organisation, person, country");
  }

  @Test
  void read_rejectsTwoKinds() {
    ResettlementJsonException problem = readFails(json("{'person':'p1','organisation':'ccme'}"), Actor.class);

    assertThat(problem.path()).isEqualTo("organisation");
    assertThat(problem.reason()).isEqualTo("an actor must name only one of organisation, person, country");
  }

  @Test
  void read_rejectsAnEmptyObject() {
    assertThat(readFails("{}", Actor.class).reason())
        .isEqualTo("an actor must name one of organisation, person, country, found none");
  }

  @Test
  void read_rejectsABareId() {
    ResettlementJsonException problem = readFails(json("{'member':'p1','organisation':'x'}"), Membership.class);

    assertThat(problem.path()).isEqualTo("member");
    assertThat(problem.reason())
        .isEqualTo("expected an object naming one actor, such as {\"organisation\": \"ccme\"}, found a string");
  }

  @Test
  void read_rejectsAnInvalidReference() {
    ResettlementJsonException problem = readFails(json("{'country':'Portugal'}"), Actor.class);

    assertThat(problem.path()).isEqualTo("country");
    assertThat(problem.reason()).isEqualTo("'Portugal' is not an ISO 3166-1 alpha-2 code in upper case");
  }

  @Test
  void read_rejectsAReferenceThatIsNotAString() {
    assertThat(readFails(json("{'person':{'id':'p1'}}"), Actor.class).reason())
        .isEqualTo("expected the reference to the person as a string, found an object");
  }
}
