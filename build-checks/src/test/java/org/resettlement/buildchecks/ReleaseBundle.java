package org.resettlement.buildchecks;

import static org.resettlement.buildchecks.Poms.child;
import static org.resettlement.buildchecks.Poms.childText;
import static org.resettlement.buildchecks.Poms.children;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.w3c.dom.Element;

/**
 * What Maven Central wants of every published artifact, looked for in a staged repository: the
 * folder in Maven's repository layout that {@code ./mvnw -B -Prelease clean deploy} writes, whose
 * contents are the bundle uploaded to Central.
 *
 * <p>Each published artifact needs its POM with a name, a description, a URL, a licence, a
 * developer and the SCM (the last four may come from a staged parent POM); a jar artifact also its
 * jar, a sources jar and a Javadoc jar; every artifact a CycloneDX SBOM; every file an MD5 and a
 * SHA-1 checksum that match it and, when the release is signed, an ASCII-armoured signature. An
 * artifact that is not published must not be staged. {@link #problems} lists what is missing or
 * wrong, one line each, naming the artifact and the file.
 */
final class ReleaseBundle {

  /** A published artifact: its artifactId, and whether it is a jar or only a POM. */
  record Artifact(String artifactId, boolean jar) {}

  /** One file an artifact must have: its classifier (empty for none), extension and description. */
  private record Expected(String classifier, String extension, String what, Predicate<Path> valid, String invalid) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SIGNATURE_HEADER = "-----BEGIN PGP SIGNATURE-----";

  private final Path repository;
  private final String groupId;
  private final String version;
  private final boolean signed;
  private final List<String> problems = new ArrayList<>();

  private ReleaseBundle(Path repository, String groupId, String version, boolean signed) {
    this.repository = repository;
    this.groupId = groupId;
    this.version = version;
    this.signed = signed;
  }

  /**
   * The artifacts this build publishes: the parent POM (every module's POM names it), the BOM, and
   * every artifact the BOM manages, which are the published jars (BomCompletenessTest).
   */
  static List<Artifact> publishedArtifacts(Path root) throws Exception {
    List<Artifact> published = new ArrayList<>();
    published.add(new Artifact(childText(Poms.read(root.resolve("pom.xml")).getDocumentElement(), "artifactId"), false));
    Element bom = Poms.read(root.resolve("bom/pom.xml")).getDocumentElement();
    published.add(new Artifact(childText(bom, "artifactId"), false));
    for (Element dependency : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
      published.add(new Artifact(childText(dependency, "artifactId"), true));
    }
    return published;
  }

  /**
   * Everything that keeps the staged repository from being published: missing files, files whose
   * checksum or content is wrong, POMs without the metadata Central wants, and artifacts staged that
   * are not published.
   *
   * @param repository the staged repository
   * @param groupId    the group of every published artifact
   * @param version    the version being released (a SNAPSHOT's files carry timestamps)
   * @param published  the artifacts that must be staged, and the only ones that may be
   * @param signed     whether every file must have a signature
   * @return one line per problem; empty when the bundle is complete
   */
  static List<String> problems(Path repository, String groupId, String version, List<Artifact> published, boolean signed)
      throws IOException {
    ReleaseBundle bundle = new ReleaseBundle(repository, groupId, version, signed);
    Path group = repository.resolve(groupId.replace('.', '/'));
    if (!Files.isDirectory(group)) {
      bundle.problems.add("nothing is staged for " + groupId + " in " + repository + ": run ./mvnw -B -Prelease clean deploy");
      return bundle.problems;
    }
    Set<String> publishedIds = new LinkedHashSet<>();
    for (Artifact artifact : published) {
      publishedIds.add(artifact.artifactId());
      bundle.check(artifact);
    }
    try (Stream<Path> staged = Files.list(group)) {
      staged.map(path -> path.getFileName().toString())
          .filter(artifactId -> !publishedIds.contains(artifactId))
          .sorted()
          .forEach(artifactId -> bundle.problems.add(artifactId + ": staged, but not published (the BOM does not list it)"));
    }
    return bundle.problems;
  }

  private void check(Artifact artifact) throws IOException {
    String id = artifact.artifactId();
    Path folder = versionFolder(id);
    if (!Files.isDirectory(folder)) {
      problems.add(id + ": not staged (no " + repository.relativize(folder) + ")");
      return;
    }
    List<Expected> expected = new ArrayList<>();
    expected.add(new Expected("", "pom", "POM", path -> true, ""));
    if (artifact.jar()) {
      expected.add(new Expected("", "jar", "jar", zipWith(".class"), "has no class"));
      expected.add(new Expected("sources", "jar", "sources jar", zipWith(".java"), "has no Java source"));
      expected.add(new Expected("javadoc", "jar", "Javadoc jar", zipWith("index.html"), "has no index.html"));
    }
    expected.add(new Expected("cyclonedx", "json", "CycloneDX SBOM", path -> isSbomOf(path, id), "is not a CycloneDX SBOM of " + id));
    for (Expected file : expected) {
      Path path = find(folder, id, file);
      if (path == null) {
        continue;
      }
      if (!file.valid().test(path)) {
        problems.add(id + ": the " + file.what() + " " + path.getFileName() + " " + file.invalid());
      }
      checkChecksums(id, path);
      checkSignature(id, path);
      if (file.extension().equals("pom")) {
        checkMetadata(id, path);
      }
    }
  }

  private Path versionFolder(String artifactId) {
    return repository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
  }

  /**
   * The staged file of one kind, or null after reporting that it is missing or there twice. A
   * SNAPSHOT is staged as artifactId-0.1.0-20261202.140512-1.jar, a release as artifactId-0.1.0.jar.
   */
  private Path find(Path folder, String artifactId, Expected file) throws IOException {
    String versionPattern = version.endsWith("-SNAPSHOT")
        ? Pattern.quote(version.substring(0, version.length() - "-SNAPSHOT".length())) + "-\\d{8}\\.\\d{6}-\\d+"
        : Pattern.quote(version);
    String classifier = file.classifier().isEmpty() ? "" : Pattern.quote("-" + file.classifier());
    Pattern name = Pattern.compile(Pattern.quote(artifactId + "-") + versionPattern + classifier + Pattern.quote("." + file.extension()));
    List<Path> found;
    try (Stream<Path> files = Files.list(folder)) {
      found = files.filter(path -> name.matcher(path.getFileName().toString()).matches()).sorted().toList();
    }
    if (found.isEmpty()) {
      String expectedName = artifactId + "-" + version + (file.classifier().isEmpty() ? "" : "-" + file.classifier()) + "." + file.extension();
      problems.add(artifactId + ": no " + file.what() + " (" + expectedName + ")");
      return null;
    }
    if (found.size() > 1) {
      problems.add(artifactId + ": the " + file.what() + " is staged " + found.size() + " times: stage from clean");
      return null;
    }
    return found.get(0);
  }

  private void checkChecksums(String artifactId, Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    for (String algorithm : List.of("MD5", "SHA-1")) {
      Path checksum = file.resolveSibling(file.getFileName() + "." + algorithm.replace("-", "").toLowerCase());
      if (!Files.exists(checksum)) {
        problems.add(artifactId + ": no " + algorithm + " checksum (" + checksum.getFileName() + ")");
        continue;
      }
      String stated = Files.readString(checksum, StandardCharsets.US_ASCII).trim().split("\\s+")[0];
      String actual = digest(algorithm, content);
      if (!stated.equalsIgnoreCase(actual)) {
        problems.add(artifactId + ": " + checksum.getFileName() + " says " + stated + ", the file's " + algorithm + " is " + actual);
      }
    }
  }

  private void checkSignature(String artifactId, Path file) throws IOException {
    if (!signed) {
      return;
    }
    Path signature = file.resolveSibling(file.getFileName() + ".asc");
    if (!Files.exists(signature)) {
      problems.add(artifactId + ": no signature (" + signature.getFileName() + ")");
    } else if (!Files.readString(signature, StandardCharsets.US_ASCII).startsWith(SIGNATURE_HEADER)) {
      problems.add(artifactId + ": " + signature.getFileName() + " is not an ASCII-armoured OpenPGP signature");
    }
  }

  /** Name and description of its own; URL, licence, developer and SCM its own or its parents'. */
  private void checkMetadata(String artifactId, Path pom) throws IOException {
    Element project = parsePom(pom);
    if (project == null) {
      problems.add(artifactId + ": " + pom.getFileName() + " is not a POM");
      return;
    }
    List<Element> lineage = new ArrayList<>();
    lineage.add(project);
    addParents(artifactId, project, lineage);
    for (String field : List.of("name", "description")) {
      if (isBlank(childText(project, field))) {
        problems.add(artifactId + ": the POM has no <" + field + ">");
      }
    }
    require(artifactId, lineage, "url", element -> !isBlank(childText(element, "url")));
    require(artifactId, lineage, "licenses", element -> children(child(element, "licenses"), "license").stream()
        .anyMatch(license -> !isBlank(childText(license, "name")) && !isBlank(childText(license, "url"))));
    require(artifactId, lineage, "developers", element -> children(child(element, "developers"), "developer").stream()
        .anyMatch(developer -> !isBlank(childText(developer, "name")) || !isBlank(childText(developer, "id"))));
    require(artifactId, lineage, "scm", element -> !isBlank(childText(child(element, "scm"), "url"))
        && !isBlank(childText(child(element, "scm"), "connection")));
  }

  private void require(String artifactId, List<Element> lineage, String field, Predicate<Element> present) {
    if (lineage.stream().noneMatch(present)) {
      problems.add(artifactId + ": neither the POM nor a staged parent has <" + field + ">");
    }
  }

  /** The staged POMs of the parent, its parent and so on, for the metadata they pass down. */
  private void addParents(String artifactId, Element project, List<Element> lineage) throws IOException {
    Element parent = child(project, "parent");
    while (parent != null && lineage.size() < 10) {
      String parentId = childText(parent, "artifactId");
      String parentVersion = childText(parent, "version");
      if (!groupId.equals(childText(parent, "groupId")) || !version.equals(parentVersion)) {
        problems.add(artifactId + ": its parent " + childText(parent, "groupId") + ":" + parentId + ":" + parentVersion
            + " is not one of this release");
        return;
      }
      Path folder = versionFolder(parentId);
      Path parentPom = null;
      if (Files.isDirectory(folder)) {
        try (Stream<Path> files = Files.list(folder)) {
          parentPom = files.filter(path -> path.getFileName().toString().endsWith(".pom")).findFirst().orElse(null);
        }
      }
      Element parentProject = parentPom == null ? null : parsePom(parentPom);
      if (parentProject == null) {
        problems.add(artifactId + ": its parent " + parentId + " is not staged");
        return;
      }
      lineage.add(parentProject);
      parent = child(parentProject, "parent");
    }
  }

  //-----------------------------------------------------------------------

  private static Predicate<Path> zipWith(String nameEnding) {
    return path -> {
      try (ZipFile zip = new ZipFile(path.toFile())) {
        return zip.stream().map(ZipEntry::getName).anyMatch(name -> name.endsWith(nameEnding));
      } catch (IOException notAZip) {
        return false;
      }
    };
  }

  private static boolean isSbomOf(Path path, String artifactId) {
    try {
      JsonNode sbom = JSON.readTree(path.toFile());
      return "CycloneDX".equals(sbom.path("bomFormat").asText())
          && artifactId.equals(sbom.path("metadata").path("component").path("name").asText());
    } catch (IOException notJson) {
      return false;
    }
  }

  private static Element parsePom(Path pom) {
    try {
      Element project = Poms.parse(Files.readString(pom)).getDocumentElement();
      return "project".equals(project.getNodeName()) ? project : null;
    } catch (Exception notXml) {
      return null;
    }
  }

  static String digest(String algorithm, byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is a digest every JDK has", e);
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
