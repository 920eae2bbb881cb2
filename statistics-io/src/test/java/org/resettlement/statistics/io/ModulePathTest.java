package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The module is a named module on the module path, as Maven Surefire runs it here: it exports only
 * its API, opens nothing, and needs neither Jackson nor anything else than the core and FastCSV.
 */
@Tag("module-path") // Only Surefire runs them on the module path; PIT uses the class path.
class ModulePathTest {

  @Test
  void module_isNamedAndExportsOnlyItsApi() {
    Module module = StatisticsReader.class.getModule();

    assertThat(module.isNamed()).isTrue();
    assertThat(module.getName()).isEqualTo("org.resettlement.statistics.io");
    ModuleDescriptor descriptor = module.getDescriptor();
    assertThat(descriptor.exports()).singleElement().satisfies(export -> {
      assertThat(export.source()).isEqualTo("org.resettlement.statistics.io");
      assertThat(export.isQualified()).isFalse();
    });
    assertThat(descriptor.opens()).isEmpty();
  }

  @Test
  void module_requiresOnlyTheCoreAndFastCsv() {
    ModuleDescriptor descriptor = StatisticsReader.class.getModule().getDescriptor();

    assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
        .containsExactlyInAnyOrder("java.base", "org.resettlement.core", "de.siegmar.fastcsv");
    assertThat(ModuleLayer.boot().findModule("com.fasterxml.jackson.databind")).isEmpty();
  }
}
