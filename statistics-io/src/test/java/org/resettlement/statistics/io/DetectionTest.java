package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Finding a file's layout from its first lines. */
class DetectionTest {
  private static final long SEED = 20261202L;

  @Test
  void lines_splitAsThePatternOfLineEnds() {
    SplittableRandom random = new SplittableRandom(SEED);
    String[] pieces = {"\r\n", "\r", "\n", "\n\r", "", "a", "Year,Country of origin (ISO)", " ", "\t", ";"};
    for (int number = 0; number < 2000; number++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(number < 1000 ? 12 : 120);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String head = text.toString();

      assertThat(Detection.lines(head))
          .as("case %d of 2000 from seed %d: %s", number, SEED, Text.escaped(head))
          .containsExactly(head.split("\r\n|\r|\n", Detection.PREAMBLE_LINES + 1));
    }
  }

  @Test
  void lines_endWithTheRestAfterThePreamblesLines() {
    String head = "\n".repeat(Detection.PREAMBLE_LINES) + "DATAFLOW,LAST UPDATE\nrow";

    String[] lines = Detection.lines(head);

    assertThat(lines).hasSize(Detection.PREAMBLE_LINES + 1);
    assertThat(lines[Detection.PREAMBLE_LINES]).isEqualTo("DATAFLOW,LAST UPDATE\nrow");
  }
}
