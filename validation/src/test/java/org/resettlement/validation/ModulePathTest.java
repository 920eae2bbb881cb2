package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Dataset;

/**
 * The module works as a named module on the module path, as Maven Surefire runs it here, next to
 * a core module that opens nothing, and without any Expression Language implementation.
 */
@Tag("module-path") // Only Surefire runs them on the module path; PIT uses the class path.
class ModulePathTest {

  @Test
  void module_isNamedAndExportsOnlyItsApi() {
    Module module = ResettlementValidation.class.getModule();

    assertThat(module.isNamed()).isTrue();
    assertThat(module.getName()).isEqualTo("org.resettlement.validation");
    ModuleDescriptor descriptor = module.getDescriptor();
    assertThat(descriptor.exports())
        .anySatisfy(export -> {
          assertThat(export.source()).isEqualTo("org.resettlement.validation");
          assertThat(export.isQualified()).isFalse();
        })
        .anySatisfy(export -> {
          assertThat(export.source()).isEqualTo("org.resettlement.validation.internal");
          assertThat(export.targets()).containsExactly("org.hibernate.validator");
        });
    assertThat(descriptor.opens()).isEmpty();
  }

  @Test
  void core_isANamedModuleThatOpensNothing() {
    Module core = Dataset.class.getModule();

    assertThat(core.getName()).isEqualTo("org.resettlement.core");
    assertThat(core.getDescriptor().isOpen()).isFalse();
    assertThat(core.getDescriptor().opens()).isEmpty();
  }

  @Test
  void expressionLanguage_isNotAvailable() {
    assertThat(ModuleLayer.boot().findModule("jakarta.el")).isEmpty();
    assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory")).isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void validate_withoutExpressionLanguage_interpolatesMessages() {
    Set<ConstraintViolation<ContactPoint>> violations =
        ResettlementValidation.validator().validate(ContactPoint.email("info(at)ccme.be"));

    assertThat(List.copyOf(violations)).extracting(ConstraintViolation::getMessage).singleElement()
        .asString()
        .doesNotContain("{", "$")
        .isIn(
            "must be an e-mail address such as name@example.org",
            "musi być adresem e-mail, np. nazwa@example.org");
  }
}
