package org.resettlement.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.module.ModuleDescriptor.Requires;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compiled module descriptor: what the testkit exports and requires, and how. */
class ModuleDescriptorTest {
  private static ModuleDescriptor descriptor;

  @BeforeAll
  static void readDescriptor() throws IOException, URISyntaxException {
    // Tests run on the class path, where "/module-info.class" could be any jar's: read ours.
    Path classes = Path.of(SampleData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
  }

  @Test
  void descriptor_exportsThePublicPackagesOnly() {
    assertThat(descriptor.name()).isEqualTo("org.resettlement.testkit");
    assertThat(descriptor.exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder(
            "org.resettlement.testkit", "org.resettlement.testkit.junit", "org.resettlement.testkit.instancio",
            "org.resettlement.testkit.validation");
  }

  @Test
  void descriptor_requiresCoreTransitivelyAndTheIntegrationsStatically_andNotTheValidationModule() {
    Map<String, Set<Requires.Modifier>> requires = new TreeMap<>();
    for (Requires require : descriptor.requires()) {
      if (!require.name().equals("java.base")) {
        requires.put(require.name(), require.modifiers());
      }
    }

    assertThat(requires)
        .containsOnly(
            Map.entry("org.resettlement.core", Set.of(Requires.Modifier.TRANSITIVE)),
            Map.entry("org.junit.jupiter.api", Set.of(Requires.Modifier.STATIC)),
            Map.entry("org.junit.jupiter.params", Set.of(Requires.Modifier.STATIC)),
            Map.entry("org.instancio.core", Set.of(Requires.Modifier.STATIC)),
            Map.entry("jakarta.validation", Set.of(Requires.Modifier.STATIC)),
            Map.entry("org.hibernate.validator", Set.of(Requires.Modifier.STATIC)),
            Map.entry("org.assertj.core", Set.of(Requires.Modifier.STATIC)));
  }

  @Test
  void descriptor_providesNoServiceOfAnOptionalModule() {
    // Java 17 refuses to boot a module graph where a module provides a service of a statically
    // required module that is absent; Instancio is registered in META-INF/services instead.
    assertThat(descriptor.provides()).isEmpty();
  }
}
