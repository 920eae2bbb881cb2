package org.resettlement.json.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The tests run on the module path, so this module is loaded as the named module it ships as. */
@Tag("module-path") // Only Surefire runs them on the module path; PIT uses the class path.
class ModuleDescriptorTest {

  private final Module support = ValueType.class.getModule();

  @Test
  void module_isNamed() {
    assertThat(support.isNamed()).isTrue();
    assertThat(support.getName()).isEqualTo("org.resettlement.json.support");
  }

  @Test
  void module_exportsItsPackageToAllAndOpensNothing() {
    assertThat(support.getDescriptor().exports())
        .allSatisfy(export -> assertThat(export.isQualified()).as("a binding on the class path must reach it").isFalse())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.resettlement.json.support");
    assertThat(support.getDescriptor().opens()).isEmpty();
  }

  @Test
  void module_requiresOnlyTheCore() {
    assertThat(
            support.getDescriptor().requires().stream()
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("java.base", "org.resettlement.core");
  }
}
