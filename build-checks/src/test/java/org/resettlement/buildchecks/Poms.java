package org.resettlement.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reading the build's POMs, and XML quoted in the README, as DOM elements. */
final class Poms {

  /** The root folder of the reactor. */
  static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

  private Poms() {}

  static Document read(Path pom) throws Exception {
    assertThat(pom).exists();
    return parse(Files.readAllBytes(pom));
  }

  static Document parse(String xml) throws Exception {
    return parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static List<Element> children(Element parent, String name) {
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

  static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  static String childText(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? null : element.getTextContent().trim();
  }

  static List<String> childTexts(Element parent, String listName, String itemName) {
    List<String> texts = new ArrayList<>();
    for (Element item : children(child(parent, listName), itemName)) {
      texts.add(item.getTextContent().trim());
    }
    return texts;
  }
}
