package org.resettlement.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resettlement.buildchecks.Poms.ROOT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.buildchecks.ReleaseBundle.Artifact;

/**
 * The release check finds each thing Maven Central wants missing from a staged repository: a
 * complete bundle passes, and each breakage of it is reported, naming the artifact and the file.
 */
class ReleaseBundleTest {

  private static final String GROUP = "org.resettlement";
  private static final String RELEASE = "0.1.0";
  private static final List<Artifact> PUBLISHED = List.of(
      new Artifact("resettlement-parent", false),
      new Artifact("resettlement-bom", false),
      new Artifact("resettlement-core", true));

  private static final String METADATA = """
      <url>https://github.com/resettlement-data/resettlement</url>
      <licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license></licenses>
      <developers><developer><id>maintainers</id><name>Maintainers</name></developer></developers>
      <scm><connection>scm:git:https://github.com/resettlement-data/resettlement.git</connection>
        <url>https://github.com/resettlement-data/resettlement</url></scm>
      """;

  @TempDir
  Path repository;

  //-----------------------------------------------------------------------

  @Test
  void completeSignedRelease_hasNoProblems() throws Exception {
    new Stager(repository, RELEASE, true).stageAll();

    assertThat(ReleaseBundle.problems(repository, GROUP, RELEASE, PUBLISHED, true)).isEmpty();
  }

  @Test
  void unsignedRelease_passesWhenSigningIsOff_andFailsWhenItIsOn() throws Exception {
    new Stager(repository, RELEASE, false).stageAll();

    assertThat(ReleaseBundle.problems(repository, GROUP, RELEASE, PUBLISHED, false)).isEmpty();
    assertThat(ReleaseBundle.problems(repository, GROUP, RELEASE, PUBLISHED, true))
        .contains("resettlement-core: no signature (resettlement-core-0.1.0-javadoc.jar.asc)")
        .hasSize(9);
  }

  @Test
  void snapshot_isFoundByItsTimestampedNames() throws Exception {
    new Stager(repository, "0.1.0-SNAPSHOT", false).stageAll();

    assertThat(ReleaseBundle.problems(repository, GROUP, "0.1.0-SNAPSHOT", PUBLISHED, false)).isEmpty();
  }

  @Test
  void snapshotStagedTwice_isReported() throws Exception {
    Stager stager = new Stager(repository, "0.1.0-SNAPSHOT", false);
    stager.stageAll();
    stager.put("resettlement-core", "-javadoc.jar", zip("index.html"), "0.1.0-20261202.150000-2");

    assertThat(ReleaseBundle.problems(repository, GROUP, "0.1.0-SNAPSHOT", PUBLISHED, false))
        .containsExactly("resettlement-core: the Javadoc jar is staged 2 times: stage from clean");
  }

  @Test
  void emptyStaging_isReported() throws Exception {
    assertThat(ReleaseBundle.problems(repository, GROUP, RELEASE, PUBLISHED, false))
        .singleElement().asString().startsWith("nothing is staged for org.resettlement");
  }

  interface Breakage {
    void apply(Stager stager) throws IOException;
  }

  static Stream<Arguments> breakages() {
    return Stream.of(
        Arguments.of("no Javadoc jar", (Breakage) s -> s.delete("resettlement-core", "-javadoc.jar"),
            "resettlement-core: no Javadoc jar (resettlement-core-0.1.0-javadoc.jar)"),
        Arguments.of("a Javadoc jar without pages", (Breakage) s -> s.put("resettlement-core", "-javadoc.jar", zip("README.txt")),
            "resettlement-core: the Javadoc jar resettlement-core-0.1.0-javadoc.jar has no index.html"),
        Arguments.of("no sources jar", (Breakage) s -> s.delete("resettlement-core", "-sources.jar"),
            "resettlement-core: no sources jar (resettlement-core-0.1.0-sources.jar)"),
        Arguments.of("a sources jar without sources", (Breakage) s -> s.put("resettlement-core", "-sources.jar", zip("Core.class")),
            "resettlement-core: the sources jar resettlement-core-0.1.0-sources.jar has no Java source"),
        Arguments.of("no jar", (Breakage) s -> s.delete("resettlement-core", ".jar"),
            "resettlement-core: no jar (resettlement-core-0.1.0.jar)"),
        Arguments.of("a jar that is not a zip", (Breakage) s -> s.put("resettlement-core", ".jar", bytes("not a zip")),
            "resettlement-core: the jar resettlement-core-0.1.0.jar has no class"),
        Arguments.of("no SBOM", (Breakage) s -> s.delete("resettlement-bom", "-cyclonedx.json"),
            "resettlement-bom: no CycloneDX SBOM (resettlement-bom-0.1.0-cyclonedx.json)"),
        Arguments.of("another artifact's SBOM", (Breakage) s -> s.put("resettlement-core", "-cyclonedx.json", sbom("resettlement-bom")),
            "resettlement-core: the CycloneDX SBOM resettlement-core-0.1.0-cyclonedx.json is not a CycloneDX SBOM of resettlement-core"),
        Arguments.of("no POM", (Breakage) s -> s.delete("resettlement-bom", ".pom"),
            "resettlement-bom: no POM (resettlement-bom-0.1.0.pom)"),
        Arguments.of("a POM without description", (Breakage) s -> s.put("resettlement-core", ".pom",
                bytes(s.childPom().replace("<description>The model.</description>", ""))),
            "resettlement-core: the POM has no <description>"),
        Arguments.of("no licence in the POM nor its parent", (Breakage) s -> s.put("resettlement-parent", ".pom",
                bytes(s.pom("resettlement-parent", "", METADATA.replaceAll("(?s)<licenses>.*</licenses>", "")))),
            "resettlement-core: neither the POM nor a staged parent has <licenses>"),
        Arguments.of("a BOM without SCM", (Breakage) s -> s.put("resettlement-bom", ".pom",
                bytes(s.pom("resettlement-bom", "", METADATA.replaceAll("(?s)<scm>.*</scm>", "")))),
            "resettlement-bom: neither the POM nor a staged parent has <scm>"),
        Arguments.of("the parent not staged", (Breakage) s -> s.deleteArtifact("resettlement-parent"),
            "resettlement-core: its parent resettlement-parent is not staged"),
        Arguments.of("an artifact not staged", (Breakage) s -> s.deleteArtifact("resettlement-core"),
            "resettlement-core: not staged (no org/resettlement/resettlement-core/0.1.0)"),
        Arguments.of("an unpublished artifact staged", (Breakage) s -> s.put("resettlement-examples", ".jar", zip("Demo.class")),
            "resettlement-examples: staged, but not published (the BOM does not list it)"),
        Arguments.of("a wrong MD5", (Breakage) s -> s.overwrite("resettlement-core", ".jar.md5", "0123456789abcdef0123456789abcdef"),
            "resettlement-core: resettlement-core-0.1.0.jar.md5 says 0123456789abcdef0123456789abcdef"),
        Arguments.of("no SHA-1", (Breakage) s -> s.delete("resettlement-core", "-sources.jar.sha1"),
            "resettlement-core: no SHA-1 checksum (resettlement-core-0.1.0-sources.jar.sha1)"),
        Arguments.of("no signature", (Breakage) s -> s.delete("resettlement-core", ".pom.asc"),
            "resettlement-core: no signature (resettlement-core-0.1.0.pom.asc)"),
        Arguments.of("a signature that is not one", (Breakage) s -> s.overwrite("resettlement-bom", "-cyclonedx.json.asc", "signed"),
            "resettlement-bom: resettlement-bom-0.1.0-cyclonedx.json.asc is not an ASCII-armoured OpenPGP signature"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void brokenRelease_isReported(String breakage, Breakage brokenBy, String problem) throws Exception {
    Stager stager = new Stager(repository, RELEASE, true);
    stager.stageAll();
    brokenBy.apply(stager);

    List<String> problems = ReleaseBundle.problems(repository, GROUP, RELEASE, PUBLISHED, true);

    assertThat(problems).as(breakage).anySatisfy(line -> assertThat(line).startsWith(problem));
  }

  @Test
  void publishedArtifacts_areTheParentTheBomAndWhatTheBomLists() throws Exception {
    List<Artifact> published = ReleaseBundle.publishedArtifacts(ROOT);

    assertThat(published).contains(
        new Artifact("resettlement-parent", false),
        new Artifact("resettlement-bom", false),
        new Artifact("resettlement-core", true),
        new Artifact("resettlement-statistics-io", true));
    assertThat(published).extracting(Artifact::artifactId).doesNotContain(
        "resettlement-examples", "resettlement-benchmarks", "resettlement-wire-format", "resettlement-build-checks");
  }

  //-----------------------------------------------------------------------

  /** Writes a staged repository as the release profile does: every file with checksums and, when signed, a signature. */
  static final class Stager {
    private final Path repository;
    private final String version;
    private final String fileVersion;
    private final boolean signed;

    Stager(Path repository, String version, boolean signed) {
      this.repository = repository;
      this.version = version;
      this.fileVersion = version.endsWith("-SNAPSHOT") ? version.replace("-SNAPSHOT", "-20261202.140512-1") : version;
      this.signed = signed;
    }

    void stageAll() throws IOException {
      put("resettlement-parent", ".pom", bytes(pom("resettlement-parent", "", METADATA)));
      put("resettlement-parent", "-cyclonedx.json", sbom("resettlement-parent"));
      put("resettlement-bom", ".pom", bytes(pom("resettlement-bom", "", METADATA)));
      put("resettlement-bom", "-cyclonedx.json", sbom("resettlement-bom"));
      put("resettlement-core", ".pom", bytes(childPom()));
      put("resettlement-core", ".jar", zip("org/resettlement/core/Dataset.class"));
      put("resettlement-core", "-sources.jar", zip("org/resettlement/core/Dataset.java"));
      put("resettlement-core", "-javadoc.jar", zip("index.html"));
      put("resettlement-core", "-cyclonedx.json", sbom("resettlement-core"));
    }

    String childPom() {
      String parent = "<parent><groupId>" + GROUP + "</groupId><artifactId>resettlement-parent</artifactId><version>"
          + version + "</version></parent>";
      return pom("resettlement-core", parent, "");
    }

    String pom(String artifactId, String parent, String metadata) {
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">"
          + "<modelVersion>4.0.0</modelVersion>" + parent + "<groupId>" + GROUP + "</groupId><artifactId>" + artifactId
          + "</artifactId><version>" + version + "</version><name>" + artifactId + "</name>"
          + "<description>The model.</description>" + metadata + "</project>";
    }

    void put(String artifactId, String suffix, byte[] content) throws IOException {
      put(artifactId, suffix, content, fileVersion);
    }

    void put(String artifactId, String suffix, byte[] content, String asVersion) throws IOException {
      Path file = folder(artifactId).resolve(artifactId + "-" + asVersion + suffix);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      Files.writeString(file.resolveSibling(file.getFileName() + ".md5"), ReleaseBundle.digest("MD5", content));
      Files.writeString(file.resolveSibling(file.getFileName() + ".sha1"), ReleaseBundle.digest("SHA-1", content));
      if (signed) {
        Files.writeString(file.resolveSibling(file.getFileName() + ".asc"),
            "-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE\n-----END PGP SIGNATURE-----\n");
      }
    }

    void overwrite(String artifactId, String suffix, String content) throws IOException {
      Files.writeString(folder(artifactId).resolve(artifactId + "-" + fileVersion + suffix), content);
    }

    void delete(String artifactId, String suffix) throws IOException {
      Files.delete(folder(artifactId).resolve(artifactId + "-" + fileVersion + suffix));
    }

    void deleteArtifact(String artifactId) throws IOException {
      try (Stream<Path> files = Files.walk(folder(artifactId))) {
        for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }

    private Path folder(String artifactId) {
      return repository.resolve(GROUP.replace('.', '/')).resolve(artifactId).resolve(version);
    }
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] zip(String entryName) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entryName));
      zip.write(bytes("content"));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  static byte[] sbom(String artifactId) {
    return bytes("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"metadata\":{\"component\":{\"type\":\"library\","
        + "\"group\":\"org.resettlement\",\"name\":\"" + artifactId + "\"}}}");
  }
}
