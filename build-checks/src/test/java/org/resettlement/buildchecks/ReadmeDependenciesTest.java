package org.resettlement.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resettlement.buildchecks.Poms.ROOT;
import static org.resettlement.buildchecks.Poms.child;
import static org.resettlement.buildchecks.Poms.childText;
import static org.resettlement.buildchecks.Poms.children;
import static org.resettlement.buildchecks.Poms.parse;
import static org.resettlement.buildchecks.Poms.read;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The README's Maven section agrees with the build: every version it states for a dependency is the
 * one the build uses, and it names every optional dependency of the testkit, which users must add
 * themselves.
 */
class ReadmeDependenciesTest {

  private static final Pattern XML_BLOCK = Pattern.compile("```xml\\R(.*?)```", Pattern.DOTALL);

  @Test
  void readme_statesTheVersionsTheBuildUses() throws Exception {
    Map<String, String> stated = statedVersions(Files.readString(ROOT.resolve("README.md")));
    Element parent = read(ROOT.resolve("pom.xml")).getDocumentElement();

    Map<String, String> built = new TreeMap<>();
    stated.keySet().forEach(coordinates -> built.put(coordinates, managedVersion(parent, coordinates)));

    assertThat(stated).containsKeys(
        "org.resettlement:resettlement-bom", "org.junit.jupiter:junit-jupiter", "org.assertj:assertj-core");
    assertThat(stated).isEqualTo(built);
  }

  @Test
  void readme_namesEveryOptionalDependencyOfTheTestkit() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Element testkit = read(ROOT.resolve("testkit/pom.xml")).getDocumentElement();

    List<String> optional = new ArrayList<>();
    for (Element dependency : children(child(testkit, "dependencies"), "dependency")) {
      if ("true".equals(childText(dependency, "optional"))) {
        optional.add(childText(dependency, "groupId") + ":" + childText(dependency, "artifactId"));
      }
    }

    assertThat(optional).contains("org.assertj:assertj-core", "org.junit.jupiter:junit-jupiter-params");
    assertThat(optional).allSatisfy(coordinates -> assertThat(readme).contains("`" + coordinates + "`"));
  }

  /** The dependencies with a version in the README's XML blocks, as groupId:artifactId to version. */
  static Map<String, String> statedVersions(String readme) throws Exception {
    Map<String, String> versions = new TreeMap<>();
    Matcher block = XML_BLOCK.matcher(readme);
    while (block.find()) {
      NodeList dependencies = parse("<readme>" + block.group(1) + "</readme>").getElementsByTagName("dependency");
      for (int i = 0; i < dependencies.getLength(); i++) {
        Element dependency = (Element) dependencies.item(i);
        String version = childText(dependency, "version");
        if (version != null) {
          versions.put(childText(dependency, "groupId") + ":" + childText(dependency, "artifactId"), version);
        }
      }
    }
    return versions;
  }

  /**
   * The version the parent POM gives an artifact: the project's for ours, else its own entry in
   * dependency management, else the version of the imported BOM of its family (JUnit's BOM for
   * {@code org.junit.jupiter}).
   */
  static String managedVersion(Element parent, String coordinates) {
    String groupId = coordinates.substring(0, coordinates.indexOf(':'));
    String artifactId = coordinates.substring(coordinates.indexOf(':') + 1);
    if (groupId.equals(childText(parent, "groupId"))) {
      return childText(parent, "version");
    }
    List<Element> managed = children(child(child(parent, "dependencyManagement"), "dependencies"), "dependency");
    for (Element dependency : managed) {
      if (groupId.equals(childText(dependency, "groupId")) && artifactId.equals(childText(dependency, "artifactId"))
          && !"import".equals(childText(dependency, "scope"))) {
        return resolved(parent, childText(dependency, "version"));
      }
    }
    for (Element dependency : managed) {
      if ("import".equals(childText(dependency, "scope")) && groupId.startsWith(childText(dependency, "groupId"))) {
        return resolved(parent, childText(dependency, "version"));
      }
    }
    return "not managed by the parent POM";
  }

  private static String resolved(Element parent, String version) {
    Matcher property = Pattern.compile("\\$\\{(.+)}").matcher(version);
    return property.matches() ? childText(child(parent, "properties"), property.group(1)) : version;
  }
}
