package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Event;

/** The exception's path, pointer, references and message. */
class ResettlementJsonExceptionTest extends JsonTestBase {

  private ResettlementJsonException exception(String pointer, String reason) throws Exception {
    JsonParser parser = mapper.getFactory().createParser("\n  {\"a\": 1}");
    parser.nextToken();
    return new ResettlementJsonException(parser, JsonPointer.compile(pointer), reason);
  }

  @Test
  void path_joinsPropertiesWithDotsAndIndexesInBrackets() throws Exception {
    ResettlementJsonException problem = exception("/events/2/period/end", "must not be before the start");

    assertThat(problem.path()).isEqualTo("events[2].period.end");
    assertThat(problem.pointer()).hasToString("/events/2/period/end");
  }

  @Test
  void path_quotesNamesThatAreNotSimpleWords() throws Exception {
    assertThat(exception("/title/e n", "r").path()).isEqualTo("title[\"e n\"]");
    assertThat(exception("/member/a\"b", "r").path()).isEqualTo("member[\"a\\\"b\"]");
    assertThat(exception("/0/id", "r").path()).isEqualTo("[0].id");
  }

  @Test
  void message_isPathReasonAndLocation() throws Exception {
    ResettlementJsonException problem = exception("/events/2/period/end", "must not be before the start");

    assertThat(problem.getMessage()).isEqualTo("events[2].period.end: must not be before the start (line 2, column 3)");
    assertThat(problem.getLocalizedMessage()).isEqualTo(problem.getMessage());
    assertThat(problem.reason()).isEqualTo("must not be before the start");
    assertThat(problem.getOriginalMessage()).isEqualTo(problem.reason());
  }

  @Test
  void message_writesControlCharactersOfTheReasonAndPathAsEscapes() throws Exception {
    ResettlementJsonException problem = exception("/a\nb", "unknown value 'work\nshop\u0000\u2028'");

    assertThat(problem.reason()).isEqualTo("unknown value 'work\\u000ashop\\u0000\\u2028'");
    assertThat(problem.path()).isEqualTo("[\"a\\u000ab\"]");
    assertThat(problem.getMessage()).doesNotContain("\n", "\u0000", "\u2028").contains("work\\u000ashop");
  }

  @Test
  void controlCharacterOfARejectedValue_isEscapedInTheMessage() throws Exception {
    ResettlementJsonException problem = readFails(json("{'id':'e','title':{'en':'t'},'kind':'work\\nshop','period':{'start':'2023'}}"), Event.class);

    assertThat(problem.reason()).startsWith("unknown value 'work\\u000ashop';");
    assertThat(problem.getMessage()).doesNotContain("\n");
  }

  @Test
  void message_ofTheWholeDocumentHasNoPath() throws Exception {
    assertThat(exception("", "expected an object, found an array").getMessage())
        .isEqualTo("expected an object, found an array (line 2, column 3)");
  }

  @Test
  void getPath_givesTheReferencesOfThePath() throws Exception {
    ResettlementJsonException problem = exception("/events/2/period", "r");

    assertThat(problem).isInstanceOf(JsonMappingException.class);
    assertThat(problem.getPath()).extracting(Reference::getFieldName).containsExactly("events", null, "period");
    assertThat(problem.getPath()).extracting(Reference::getIndex).containsExactly(-1, 2, -1);
    assertThat(problem.getPathReference()).isEqualTo("events[2].period");
  }

  @Test
  void prependPath_keepsThePathFromTheRoot() throws Exception {
    ResettlementJsonException problem = exception("/events/2/period", "r");

    problem.prependPath(new Reference(null, "outer"));
    JsonMappingException wrapped = JsonMappingException.wrapWithPath(problem, null, "other");

    assertThat(wrapped).isSameAs(problem);
    assertThat(problem.path()).isEqualTo("events[2].period");
  }
}
