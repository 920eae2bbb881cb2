package org.resettlement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StatisticsExampleTest {

  /** The README quotes the example with what each line prints; this keeps those comments true. */
  @Test
  void main_printsWhatItsCommentsSay() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream standardOut = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      StatisticsExample.main(new String[0]);
    } finally {
      System.setOut(standardOut);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8).lines())
        .containsExactly("523-527", "[ER, SY, stateless]", "[]");
  }
}
