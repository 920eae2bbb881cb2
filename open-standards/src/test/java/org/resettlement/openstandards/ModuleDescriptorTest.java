package org.resettlement.openstandards;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The tests run on the module path, so this module is loaded as the named module it ships as. */
@Tag("module-path") // Only Surefire runs them on the module path; PIT uses the class path.
class ModuleDescriptorTest {

  private final Module openStandards = Popolo.class.getModule();

  @Test
  void module_isNamed() {
    assertThat(openStandards.isNamed()).isTrue();
    assertThat(openStandards.getName()).isEqualTo("org.resettlement.openstandards");
  }

  @Test
  void module_exportsItsPackageAndOpensNothing() {
    assertThat(openStandards.getDescriptor().exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.resettlement.openstandards");
    assertThat(openStandards.getDescriptor().opens()).isEmpty();
  }

  @Test
  void module_requiresOnlyTheCore_transitively() {
    assertThat(openStandards.getDescriptor().requires().stream()
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("java.base", "org.resettlement.core");
    assertThat(openStandards.getDescriptor().requires())
        .filteredOn(requires -> requires.name().equals("org.resettlement.core"))
        .allSatisfy(requires -> assertThat(requires.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
  }
}
