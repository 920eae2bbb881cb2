package org.resettlement.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.wireformat.SeedData;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The module is found and registered like Jackson's own, also on the module path. */
class RegistrationTest extends JsonTestBase {

  @Test
  void findAndAddModules_registersTheModule() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();

    assertThat(found.registeredModules()).hasAtLeastOneElementOfType(ResettlementModule.class);
    assertThat(found.writeValueAsString(SeedData.WARSAW_CONFERENCE)).isEqualTo(write(SeedData.WARSAW_CONFERENCE));
    assertThat(found.readValue(write(SeedData.WARSAW_CONFERENCE), Event.class)).isEqualTo(SeedData.WARSAW_CONFERENCE);
  }

  @Test
  void findModules_findsTheModuleThroughTheServiceLoader() {
    assertThat(MapperBuilder.findModules()).hasAtLeastOneElementOfType(ResettlementModule.class);
  }

  @Test
  void classPathServiceFile_namesTheModule() throws Exception {
    try (InputStream in =
        ResettlementModule.class.getModule().getResourceAsStream("META-INF/services/" + JacksonModule.class.getName())) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
          .isEqualTo(ResettlementModule.class.getName());
    }
  }

  @Test
  void addModule_registersTheModuleAlone() {
    JsonMapper registered = plainMapper();

    assertThat(registered.registeredModules()).singleElement().isInstanceOf(ResettlementModule.class);
    assertThat(new ResettlementModule().getDependencies()).isEmpty();
  }

  @Test
  void addModule_twiceIsHarmless() {
    JsonMapper twice =
        JsonMapper.builder().addModule(new ResettlementModule()).addModule(new ResettlementModule()).build();

    assertThat(twice.registeredModules()).hasSize(1);
    assertThat(twice.writeValueAsString(SeedData.dataset())).isEqualTo(write(SeedData.dataset()));
  }

  @Test
  void tests_runOnTheModulePath() {
    assertThat(ResettlementModule.class.getModule().getName()).isEqualTo("org.resettlement.jackson3");
    assertThat(Dataset.class.getModule().getName()).isEqualTo("org.resettlement.core");
    assertThat(JsonMapper.class.getModule().getName()).isEqualTo("tools.jackson.databind");
  }

  @Test
  void module_exportsOnlyItsApiAndProvidesTheModule() {
    ModuleDescriptor descriptor = ResettlementModule.class.getModule().getDescriptor();

    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("org.resettlement.jackson3");
    assertThat(descriptor.opens()).isEmpty();
    assertThat(descriptor.provides())
        .singleElement()
        .satisfies(provides -> {
          assertThat(provides.service()).isEqualTo(JacksonModule.class.getName());
          assertThat(provides.providers()).containsExactly(ResettlementModule.class.getName());
        });
  }

  @Test
  void module_requiresNothingOfJackson2() {
    ModuleDescriptor descriptor = ResettlementModule.class.getModule().getDescriptor();

    assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "java.base", "org.resettlement.core", "org.resettlement.json.support", "org.resettlement.openstandards",
            "tools.jackson.databind");
    assertThat(ResettlementModule.class.getModule().getLayer().findModule("org.resettlement.jackson"))
        .as("the Jackson 2 module is not resolved with this one")
        .isEmpty();
  }

  @Test
  void version_isTheArtifactsVersion() {
    ResettlementModule module = new ResettlementModule();

    assertThat(module.getModuleName()).isEqualTo("ResettlementModule");
    assertThat(module.version().getGroupId()).isEqualTo("org.resettlement");
    assertThat(module.version().getArtifactId()).isEqualTo("resettlement-jackson3");
    assertThat(module.version().isUnknownVersion()).isFalse();
  }
}
