package org.resettlement.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 2 and Jackson 3 modules mirror each other: the same classes, by simple name, in their
 * public package and in their {@code internal} package, so that a change to one line's binding has
 * an obvious place in the other. What does not depend on Jackson is not mirrored but shared, in
 * resettlement-json-support.
 */
class JacksonMirrorTest {

  private static final String JACKSON_2 = "org.resettlement.jackson";
  private static final String JACKSON_3 = "org.resettlement.jackson3";

  /**
   * Classes of one line only, each with the reason: what its Jackson line needs and the other does
   * without. Add a class here only when the other line's API has no counterpart for it.
   */
  static final Map<String, String> ONE_LINE_ONLY = Map.of(
      JACKSON_3 + ".ReadContexts",
      "Jackson 3 makes a mapper's deserialization contexts through DeserializationContexts; Jackson 2"
          + " lets ResettlementMapper nest its context class.");

  @Test
  void bothLines_haveTheSameClassesInTheirPublicAndInternalPackages() {
    Set<String> jackson2 = topLevelClasses(JACKSON_2);
    Set<String> jackson3 = topLevelClasses(JACKSON_3);

    assertThat(jackson2).as("classes found").isNotEmpty();
    assertThat(unmirrored(jackson2, JACKSON_2, jackson3, JACKSON_3, ONE_LINE_ONLY)).isEmpty();
  }

  @Test
  void everyException_isAClassOfOneLineOnly() {
    Set<String> all = new TreeSet<>(topLevelClasses(JACKSON_2));
    all.addAll(topLevelClasses(JACKSON_3));

    assertThat(all).containsAll(ONE_LINE_ONLY.keySet());
    assertThat(ONE_LINE_ONLY.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
  }

  @Test
  void unmirrored_namesAClassOfOneLineThatIsNoException() {
    Set<String> jackson2 = Set.of(JACKSON_2 + ".internal.QuantityJson", JACKSON_2 + ".internal.Only2");
    Set<String> jackson3 = Set.of(JACKSON_3 + ".internal.QuantityJson", JACKSON_3 + ".Only3", JACKSON_3 + ".Known");

    assertThat(unmirrored(jackson2, JACKSON_2, jackson3, JACKSON_3, Map.of(JACKSON_3 + ".Known", "a reason")))
        .containsExactly(
            "org.resettlement.jackson.internal.Only2 has no org.resettlement.jackson3.internal.Only2",
            "org.resettlement.jackson3.Only3 has no org.resettlement.jackson.Only3");
  }

  /** The top-level classes of a line's packages, by fully qualified name. */
  private static Set<String> topLevelClasses(String root) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(root, root + ".internal")
        .stream()
        .filter(type -> type.getPackageName().equals(root) || type.getPackageName().equals(root + ".internal"))
        .filter(JavaClass::isTopLevelClass)
        .map(JavaClass::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Each class of one line without a counterpart of the same package and name in the other. */
  static List<String> unmirrored(
      Set<String> first, String firstRoot, Set<String> second, String secondRoot, Map<String, String> exceptions) {
    List<String> missing = new ArrayList<>();
    for (String name : first) {
      String counterpart = secondRoot + name.substring(firstRoot.length());
      if (!second.contains(counterpart) && !exceptions.containsKey(name)) {
        missing.add(name + " has no " + counterpart);
      }
    }
    for (String name : second) {
      String counterpart = firstRoot + name.substring(secondRoot.length());
      if (!first.contains(counterpart) && !exceptions.containsKey(name)) {
        missing.add(name + " has no " + counterpart);
      }
    }
    return missing;
  }
}
