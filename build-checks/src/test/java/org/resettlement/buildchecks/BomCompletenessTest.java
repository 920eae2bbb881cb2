package org.resettlement.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The BOM lists exactly the published artifacts of the reactor, at the project's version. */
class BomCompletenessTest {

  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

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

  private static Document read(Path pom) throws Exception {
    assertThat(pom).exists();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (var in = Files.newInputStream(pom)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element && name.equals(node.getNodeName())) {
        found.add((Element) node);
      }
    }
    return found;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static String childText(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? null : element.getTextContent().trim();
  }

  private static List<String> childTexts(Element parent, String listName, String itemName) {
    List<String> texts = new ArrayList<>();
    for (Element item : children(child(parent, listName), itemName)) {
      texts.add(item.getTextContent().trim());
    }
    return texts;
  }
}
