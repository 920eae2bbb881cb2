package org.resettlement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java snippet in the README is a copy of a tagged region of compiled example code, so the
 * README cannot drift from code that builds and runs.
 *
 * <p>A snippet is marked in the README by {@code <!-- snippet: File.java#tag -->} on the line
 * before its code block; the region sits between {@code // tag::tag[]} and {@code // end::tag[]}
 * in {@code examples/src/main/java} or {@code examples/src/test/java}.
 */
class ReadmeSnippetsTest {

  private static final Path MODULE = Path.of(System.getProperty("user.dir"));
  private static final Path README = MODULE.getParent().resolve("README.md");
  private static final Pattern MARKER =
      Pattern.compile("<!-- snippet: (\\S+\\.java)#(\\S+) -->\\R```java\\R(.*?)```", Pattern.DOTALL);

  static Stream<Arguments> snippets() throws IOException {
    String readme = Files.readString(README);
    List<Arguments> snippets = new ArrayList<>();
    Matcher matcher = MARKER.matcher(readme);
    while (matcher.find()) {
      snippets.add(Arguments.of(matcher.group(1), matcher.group(2), matcher.group(3)));
    }
    return snippets.stream();
  }

  @Test
  void readme_quotesSnippets() throws IOException {
    assertThat(snippets()).isNotEmpty();
    String readme = Files.readString(README);
    assertThat(readme.split("<!-- snippet:", -1).length - 1)
        .as("every snippet marker is followed by a java code block")
        .isEqualTo(snippets().count());
  }

  @ParameterizedTest(name = "{0}#{1}")
  @MethodSource("snippets")
  void snippet_isTheTaggedRegionOfItsSource(String file, String tag, String quoted) throws IOException {
    assertThat(quoted).isEqualTo(region(source(file), tag));
  }

  private static Path source(String file) throws IOException {
    try (Stream<Path> files = Files.walk(MODULE.resolve("src"))) {
      return files
          .filter(path -> path.getFileName().toString().equals(file))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no example source " + file));
    }
  }

  private static String region(Path source, String tag) {
    List<String> lines;
    try {
      lines = Files.readAllLines(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = indexOf(lines, "// tag::" + tag + "[]", source);
    int end = indexOf(lines, "// end::" + tag + "[]", source);
    List<String> body = lines.subList(start + 1, end);
    int indent =
        body.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder text = new StringBuilder();
    for (String line : body) {
      text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return text.toString();
  }

  private static int indexOf(List<String> lines, String marker, Path source) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError(source + " has no line " + marker);
  }
}
