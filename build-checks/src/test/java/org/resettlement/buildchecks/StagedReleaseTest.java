package org.resettlement.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resettlement.buildchecks.Poms.ROOT;
import static org.resettlement.buildchecks.Poms.childText;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.w3c.dom.Element;

/**
 * The release that {@code ./mvnw -B -Prelease clean deploy} staged has everything Maven Central
 * wants for every published artifact, and nothing that is not published. Runs only in the release
 * profile, which stages the artifacts before this module's tests (this module comes last in the
 * reactor) and says where.
 */
class StagedReleaseTest {

  @Test
  @EnabledIfSystemProperty(named = "resettlement.release.staging", matches = ".+")
  void stagedRelease_isCompleteForMavenCentral() throws Exception {
    Element parent = Poms.read(ROOT.resolve("pom.xml")).getDocumentElement();
    List<ReleaseBundle.Artifact> published = ReleaseBundle.publishedArtifacts(ROOT);
    boolean signed = "false".equals(System.getProperty("resettlement.release.gpg.skip"));

    List<String> problems = ReleaseBundle.problems(Path.of(System.getProperty("resettlement.release.staging")),
        childText(parent, "groupId"), childText(parent, "version"), published, signed);

    assertThat(problems).as("what the staged release lacks").isEmpty();
  }
}
