package org.resettlement.openstandards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schema.org 30.0 terms of the test resource {@code schemaorg/terms-30.0.csv}, and a check of
 * a JSON-LD tree against them: every type, property and enumeration member exists, and every
 * property is used on a type of its domain (or of schema.org's Role pattern).
 */
final class SchemaOrgVocabulary {

  private static final String SCHEMA = "https://schema.org/";

  static final class Term {
    final String name;
    final String kind;
    final String layer;
    final List<String> parents;
    final Set<String> domain;
    final boolean used;

    Term(String[] columns) {
      this.name = columns[0];
      this.kind = columns[1];
      this.layer = columns[2];
      this.parents = words(columns[3]);
      this.domain = new HashSet<>(words(columns[4]));
      this.used = columns[5].equals("yes");
    }

    private static List<String> words(String column) {
      return column.isBlank() ? List.of() : List.of(column.split(" "));
    }
  }

  final Map<String, Term> terms = new HashMap<>();

  SchemaOrgVocabulary() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        SchemaOrgVocabulary.class.getResourceAsStream("/schemaorg/terms-30.0.csv"), StandardCharsets.UTF_8))) {
      lines.readLine();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        Term term = new Term(line.split(",", -1));
        terms.put(term.name, term);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A type and all its supertypes. */
  Set<String> typeAndSupertypes(String type) {
    Set<String> all = new TreeSet<>();
    List<String> todo = new ArrayList<>(List.of(type));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      Term term = terms.get(next);
      if (term != null && all.add(next)) {
        todo.addAll(term.parents);
      }
    }
    return all;
  }

  /** The problems of a rendered tree; every term it uses is added to {@code used}. */
  List<String> problems(Object tree, Set<String> used) {
    List<String> problems = new ArrayList<>();
    check(tree, "$", null, used, problems);
    return problems;
  }

  private void check(Object value, String path, String viaProperty, Set<String> used, List<String> problems) {
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        check(list.get(i), path + "[" + i + "]", viaProperty, used, problems);
      }
      return;
    }
    if (value instanceof String && ((String) value).startsWith(SCHEMA)) {
      String member = ((String) value).substring(SCHEMA.length());
      used.add(member);
      if (!terms.containsKey(member) || terms.get(member).kind.equals("property")) {
        problems.add(path + ": " + member + " is not a type or enumeration member of schema.org " + SchemaOrg.RELEASE);
      }
      return;
    }
    if (!(value instanceof Map)) {
      return;
    }
    Map<?, ?> node = (Map<?, ?>) value;
    Object type = node.get("@type");
    if (!(type instanceof String)) {
      if (!node.containsKey("@graph")) {
        problems.add(path + ": a node without @type");
      }
      node.forEach((key, child) -> check(child, path + "." + key, null, used, problems));
      return;
    }
    used.add((String) type);
    Term typeTerm = terms.get(type);
    if (typeTerm == null || !typeTerm.kind.equals("type")) {
      problems.add(path + ": @type " + type + " is not a type of schema.org " + SchemaOrg.RELEASE);
      return;
    }
    Set<String> types = typeAndSupertypes((String) type);
    for (Map.Entry<?, ?> entry : node.entrySet()) {
      String property = String.valueOf(entry.getKey());
      if (property.startsWith("@")) {
        if (!property.equals("@type") && !(property.equals("@context") && path.equals("$"))) {
          problems.add(path + ": " + property + " is not expected here");
        }
        continue;
      }
      used.add(property);
      Term propertyTerm = terms.get(property);
      if (propertyTerm == null || !propertyTerm.kind.equals("property")) {
        problems.add(path + "." + property + ": not a property of schema.org " + SchemaOrg.RELEASE);
        continue;
      }
      boolean inDomain = propertyTerm.domain.stream().anyMatch(types::contains);
      // schema.org's Role pattern: a Role stands between a thing and the value of one of its
      // properties, and carries that property itself.
      boolean rolePattern = types.contains("Role") && property.equals(viaProperty);
      if (!inDomain && !rolePattern) {
        problems.add(path + "." + property + ": not a property of " + type + " (domain: " + new TreeSet<>(propertyTerm.domain) + ")");
      }
      check(entry.getValue(), path + "." + property, property, used, problems);
    }
  }
}
