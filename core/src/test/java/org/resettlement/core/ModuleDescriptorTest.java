package org.resettlement.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The tests run on the module path, so core is loaded as the named module it ships as. */
@Tag("module-path") // Only Surefire runs them on the module path; PIT uses the class path.
class ModuleDescriptorTest {

  private final Module core = Dataset.class.getModule();

  @Test
  void core_isANamedModule() {
    assertThat(core.isNamed()).isTrue();
    assertThat(core.getName()).isEqualTo("org.resettlement.core");
  }

  @Test
  void core_exportsOnlyItsApiAndOpensNothing() {
    assertThat(core.getDescriptor().exports())
        .allSatisfy(export -> assertThat(export.isQualified()).isFalse())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.resettlement.core");
    assertThat(core.getDescriptor().opens()).isEmpty();
  }

  @Test
  void core_requiresNothingAtRunTime() {
    assertThat(
            core.getDescriptor().requires().stream()
                .filter(requires -> !requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet()))
        .containsExactly("java.base");
  }
}
