package org.resettlement.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.wireformat.SeedData;

/** The module is found and registered like Jackson's own, also on the module path. */
class RegistrationTest extends JsonTestBase {

  @Test
  void findAndRegisterModules_registersTheModule() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();

    assertThat(found.getRegisteredModuleIds()).contains(ResettlementModule.class.getName());
    assertThat(found.writeValueAsString(SeedData.WARSAW_CONFERENCE)).isEqualTo(write(SeedData.WARSAW_CONFERENCE));
    assertThat(found.readValue(write(SeedData.WARSAW_CONFERENCE), Event.class)).isEqualTo(SeedData.WARSAW_CONFERENCE);
  }

  @Test
  void findModules_findsTheModuleThroughTheServiceLoader() {
    assertThat(ObjectMapper.findModules()).hasAtLeastOneElementOfType(ResettlementModule.class);
  }

  @Test
  void classPathServiceFile_namesTheModule() throws Exception {
    try (InputStream in =
        ResettlementModule.class.getModule().getResourceAsStream("META-INF/services/" + Module.class.getName())) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
          .isEqualTo(ResettlementModule.class.getName());
    }
  }

  @Test
  void registerModule_registersJacksonsOptionalAndJavaTimeModulesFirst() {
    ObjectMapper registered = new ObjectMapper().registerModule(new ResettlementModule());

    assertThat(registered.getRegisteredModuleIds().stream().map(String::valueOf).collect(Collectors.toList()))
        .containsExactly(
            "com.fasterxml.jackson.datatype.jdk8.Jdk8Module",
            "jackson-datatype-jsr310",
            ResettlementModule.class.getName());
  }

  @Test
  void registerModule_twiceIsHarmless() throws Exception {
    ObjectMapper twice = new ObjectMapper().registerModule(new ResettlementModule()).registerModule(new ResettlementModule());

    assertThat(twice.writeValueAsString(SeedData.dataset())).isEqualTo(write(SeedData.dataset()));
  }

  @Test
  void tests_runOnTheModulePath() {
    assertThat(ResettlementModule.class.getModule().getName()).isEqualTo("org.resettlement.jackson");
    assertThat(Dataset.class.getModule().getName()).isEqualTo("org.resettlement.core");
  }

  @Test
  void core_opensNothing() {
    ModuleDescriptor core = Dataset.class.getModule().getDescriptor();

    assertThat(core.isOpen()).isFalse();
    assertThat(core.opens()).isEmpty();
    assertThat(core.exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.resettlement.core");
  }

  @Test
  void module_exportsOnlyItsApiAndProvidesTheModule() {
    ModuleDescriptor descriptor = ResettlementModule.class.getModule().getDescriptor();

    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("org.resettlement.jackson");
    assertThat(descriptor.opens()).isEmpty();
    assertThat(descriptor.provides())
        .anySatisfy(provides -> {
          assertThat(provides.service()).isEqualTo(Module.class.getName());
          assertThat(provides.providers()).containsExactly(ResettlementModule.class.getName());
        });
  }

  @Test
  void version_isTheArtifactsVersion() {
    ResettlementModule module = new ResettlementModule();

    assertThat(module.getModuleName()).isEqualTo("ResettlementModule");
    assertThat(module.version().getGroupId()).isEqualTo("org.resettlement");
    assertThat(module.version().getArtifactId()).isEqualTo("resettlement-jackson");
    assertThat(module.version().isUnknownVersion()).isFalse();
  }
}
