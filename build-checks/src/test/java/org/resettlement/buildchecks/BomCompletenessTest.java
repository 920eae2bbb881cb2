package org.resettlement.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resettlement.buildchecks.Poms.ROOT;
import static org.resettlement.buildchecks.Poms.child;
import static org.resettlement.buildchecks.Poms.childText;
import static org.resettlement.buildchecks.Poms.childTexts;
import static org.resettlement.buildchecks.Poms.children;
import static org.resettlement.buildchecks.Poms.read;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The BOM lists exactly the published artifacts of the reactor, at the project's version, and no
 * third-party artifact: importing it must not change the versions of a user's JUnit, AssertJ or
 * Jackson (the README says why and which versions the testkit's integrations are tested with).
 */
class BomCompletenessTest {

  @Test
  void bom_listsEveryPublishedModuleAndNothingElse() throws Exception {
    Set<String> published = new TreeSet<>();
    for (String module : childTexts(read(ROOT.resolve("pom.xml")).getDocumentElement(), "modules", "module")) {
      Element pom = read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
      String packaging = childText(pom, "packaging");
      boolean unpublished = "true".equals(childText(child(pom, "properties"), "resettlement.unpublished"));
      if (!unpublished && !"pom".equals(packaging)) {
        published.add(childText(pom, "artifactId"));
      }
    }

    Element bom = read(ROOT.resolve("bom/pom.xml")).getDocumentElement();
    Set<String> managed = new TreeSet<>();
    Element dependencies = child(child(bom, "dependencyManagement"), "dependencies");
    for (Element dependency : children(dependencies, "dependency")) {
      assertThat(childText(dependency, "groupId")).isEqualTo("org.resettlement");
      assertThat(childText(dependency, "version")).isEqualTo("${project.version}");
      managed.add(childText(dependency, "artifactId"));
    }

    assertThat(published).contains("resettlement-core");
    assertThat(managed).isEqualTo(published);
  }
}
