package org.resettlement.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java snippet in the README is a copy of compiled example code, imports included, so the
 * README cannot drift from code that builds and runs, and a reader sees where each type comes from.
 *
 * <p>A snippet is marked in the README by {@code <!-- snippet: File.java#tag -->} on the line
 * before its code block. The block is the import lines of {@code File.java} that the region names
 * (a type import by its simple name, a static import by its member's name), in the order of the
 * source, then a blank line, then the region between {@code // tag::tag[]} and {@code //
 * end::tag[]}, de-indented. Sources are in {@code examples/src}, or, for the Spring Boot snippets,
 * in the Spring Boot 4 service {@code examples/spring-boot/src} and the Spring Boot 3.5 build {@code
 * compat/spring-boot-3.5/src}, which have Spring Boot's parent and are compiled by builds of their
 * own (the default build and CI's compatibility step). A Java block that is not compiled says why on
 * the line before it, with {@code <!-- not compiled: reason -->}; every other Java block must be a
 * snippet.
 *
 * <p>Prose is checked too, where it can be: a code span such as {@code Dataset.campaignProgress(
 * CampaignId)} that names a type of this library and a method must name a public method of that
 * type, with those parameter types when they are written as type names.
 */
class ReadmeSnippetsTest {

  private static final Path MODULE = Path.of(System.getProperty("user.dir"));
  private static final Path README = MODULE.getParent().resolve("README.md");
  private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: (\\S+\\.java)#(\\S+) -->");
  private static final Pattern NOT_COMPILED = Pattern.compile("<!-- not compiled: \\S.* -->");
  private static final Pattern IMPORT = Pattern.compile("import (static )?([\\w.]+)\\.(\\w+|\\*);");

  /** A code span that calls a method on a type: {@code Type.method(...)}, maybe after {@code new}. */
  private static final Pattern TYPE_AND_METHOD = Pattern.compile("`([A-Z]\\w*)\\.([a-z]\\w*)\\(([^)`]*)\\)");

  /** The packages whose types the README names. */
  private static final List<String> OUR_PACKAGES = List.of(
      "org.resettlement.core",
      "org.resettlement.jackson",
      "org.resettlement.jackson3",
      "org.resettlement.validation",
      "org.resettlement.openstandards",
      "org.resettlement.testkit",
      "org.resettlement.testkit.junit",
      "org.resettlement.testkit.validation",
      "org.resettlement.testkit.instancio",
      "org.resettlement.statistics.io");

  /** A Java code block of the README, with the line before it. */
  record JavaBlock(int line, String before, String code) {
    @Override
    public String toString() {
      return "line " + line + " " + before;
    }
  }

  static List<JavaBlock> javaBlocks(List<String> lines) {
    List<JavaBlock> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```java")) {
        int start = i;
        StringBuilder code = new StringBuilder();
        for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
          code.append(lines.get(i)).append('\n');
        }
        blocks.add(new JavaBlock(start + 1, start == 0 ? "" : lines.get(start - 1).strip(), code.toString()));
      }
    }
    return blocks;
  }

  static List<JavaBlock> readmeJavaBlocks() throws IOException {
    return javaBlocks(Files.readAllLines(README));
  }

  static Stream<JavaBlock> snippets() throws IOException {
    return readmeJavaBlocks().stream().filter(block -> SNIPPET.matcher(block.before()).matches());
  }

  //-----------------------------------------------------------------------
  @Test
  void readme_quotesSnippets() throws IOException {
    assertThat(snippets()).hasSizeGreaterThan(5);
  }

  @Test
  void readme_quotesTheSpringBootServiceAndItsProperties() throws IOException {
    assertThat(snippets().map(block -> block.before()))
        .contains("<!-- snippet: ResettlementConfiguration.java#spring-configuration -->",
            "<!-- snippet: Boot3Application.java#boot3-configuration -->");
    List<String> properties =
        Files.readAllLines(MODULE.resolve("spring-boot/src/main/resources/application.properties"));
    List<String> quoted = Files.readAllLines(README).stream()
        .filter(line -> line.startsWith("spring."))
        .collect(Collectors.toList());

    assertThat(quoted).isNotEmpty();
    assertThat(properties).containsAll(quoted);
  }

  @Test
  void everyJavaBlock_isASnippet_orSaysWhyItIsNotCompiled() throws IOException {
    assertThat(readmeJavaBlocks())
        .allSatisfy(block -> assertThat(block.before())
            .as("the line before the Java block at line %d", block.line())
            .matches(line -> SNIPPET.matcher(line).matches() || NOT_COMPILED.matcher(line).matches(),
                "a snippet marker or a not-compiled marker"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void snippet_isTheImportsItNamesAndTheTaggedRegionOfItsSource(JavaBlock block) throws IOException {
    Matcher marker = SNIPPET.matcher(block.before());
    assertThat(marker.matches()).isTrue();

    assertThat(block.code()).isEqualTo(snippet(source(marker.group(1)), marker.group(2)));
  }

  @Test
  void snippet_takesOnlyTheImportsTheRegionNames(@TempDir Path folder) throws IOException {
    Path source = folder.resolve("Example.java");
    Files.writeString(source, String.join("\n",
        "package p;",
        "",
        "import static org.assertj.core.api.Assertions.assertThat;",
        "import static java.util.Objects.requireNonNull;",
        "import java.util.List;",
        "import java.util.ListIterator;",
        "",
        "class Example {",
        "  void f(List<String> words) {",
        "    // tag::t[]",
        "    List<String> copy = List.copyOf(words);",
        "    assertThat(copy).isNotEmpty();",
        "    // end::t[]",
        "  }",
        "}",
        ""));

    assertThat(snippet(source, "t")).isEqualTo(String.join("\n",
        "import static org.assertj.core.api.Assertions.assertThat;",
        "",
        "import java.util.List;",
        "",
        "List<String> copy = List.copyOf(words);",
        "assertThat(copy).isNotEmpty();",
        ""));
    assertThatThrownBy(() -> snippet(source, "missing")).hasMessageContaining("// tag::missing[]");
  }

  @Test
  void javaBlocks_areFoundWithTheLineBeforeThem() {
    List<String> readme = List.of("text", "<!-- not compiled: Spring -->", "```java", "class A {}", "```", "", "```java",
        "x();", "```");

    assertThat(javaBlocks(readme)).containsExactly(
        new JavaBlock(3, "<!-- not compiled: Spring -->", "class A {}\n"), new JavaBlock(7, "", "x();\n"));
  }

  //-----------------------------------------------------------------------
  @Test
  void readme_namesOnlyMethodsThatExist() throws IOException {
    String readme = Files.readString(README);
    List<String> checked = new ArrayList<>();
    Matcher span = TYPE_AND_METHOD.matcher(readme);
    while (span.find()) {
      List<Class<?>> types = ourTypes(span.group(1));
      if (!types.isEmpty()) {
        String call = span.group(1) + "." + span.group(2) + "(" + span.group(3) + ")";
        assertThat(types).as("a public method %s", call)
            .anySatisfy(type -> assertThat(hasMethod(type, span.group(2), span.group(3))).isTrue());
        checked.add(call);
      }
    }

    assertThat(checked).contains("Dataset.campaignProgress(CampaignId)", "ResettlementJson.readLimits()");
  }

  /** The types of that simple name in this library's packages: one, or one per Jackson line. */
  private static List<Class<?>> ourTypes(String simpleName) {
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : OUR_PACKAGES) {
      try {
        types.add(Class.forName(pkg + "." + simpleName));
      } catch (ClassNotFoundException e) {
        // not in this package
      }
    }
    return types;
  }

  /**
   * Checks for a public method of that name; where every argument is written as a type name
   * ({@code CampaignId}), for one whose parameters have those simple names.
   */
  private static boolean hasMethod(Class<?> type, String name, String arguments) {
    List<String> written = arguments.isBlank()
        ? List.of()
        : Arrays.stream(arguments.split(",")).map(String::strip).collect(Collectors.toList());
    boolean typeNames = written.stream().allMatch(argument -> argument.matches("[A-Z]\\w*"));
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && Modifier.isPublic(method.getModifiers())) {
        List<String> parameters =
            Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.toList());
        if (!typeNames || parameters.equals(written)) {
          return true;
        }
      }
    }
    return false;
  }

  //-----------------------------------------------------------------------
  /** The folders of the sources that snippets quote. */
  private static final List<Path> SOURCES = List.of(
      MODULE.resolve("src"),
      MODULE.resolve("spring-boot/src"),
      MODULE.getParent().resolve("compat/spring-boot-3.5/src"));

  private static Path source(String file) throws IOException {
    for (Path folder : SOURCES) {
      try (Stream<Path> files = Files.walk(folder)) {
        Optional<Path> found = files.filter(path -> path.getFileName().toString().equals(file)).findFirst();
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    throw new AssertionError("no example source " + file + " in " + SOURCES);
  }

  /** The imports of a source that a region names, a blank line, and the region. */
  static String snippet(Path source, String tag) {
    List<String> lines;
    try {
      lines = Files.readAllLines(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String region = region(lines, tag, source);
    StringBuilder text = new StringBuilder();
    String previous = null;
    for (String line : lines) {
      Optional<String> name = imported(line, source);
      if (name.isPresent() && Pattern.compile("\\b" + name.get() + "\\b").matcher(region).find()) {
        if (previous != null && isStatic(previous) && !isStatic(line)) {
          text.append('\n');
        }
        text.append(line).append('\n');
        previous = line;
      }
    }
    if (previous != null) {
      text.append('\n');
    }
    return text.append(region).toString();
  }

  private static boolean isStatic(String importLine) {
    return importLine.startsWith("import static ");
  }

  /** The name an import line brings into scope: a type's simple name or a static member's name. */
  private static Optional<String> imported(String line, Path source) {
    Matcher matcher = IMPORT.matcher(line);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    if (matcher.group(3).equals("*")) {
      throw new AssertionError(source + " imports on demand (" + line + "); name each import, so a snippet can show it");
    }
    return Optional.of(matcher.group(3));
  }

  private static String region(List<String> lines, String tag, Path source) {
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
