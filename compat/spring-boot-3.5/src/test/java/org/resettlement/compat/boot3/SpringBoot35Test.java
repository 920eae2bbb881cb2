package org.resettlement.compat.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.internal.util.Version;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.testkit.BrokenRule;
import org.resettlement.testkit.InvalidSample;
import org.resettlement.testkit.SampleData;
import org.resettlement.testkit.SeedDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Both Jackson modules and the validation module in one Spring Boot 3.5 application, with the
 * versions Spring Boot 3.5 manages and the README's one override (jackson-annotations).
 */
@SpringBootTest(classes = Boot3Application.class)
class SpringBoot35Test {

  private static final Dataset SEED = SeedDataset.dataset();

  @Autowired
  private ObjectMapper bootMapper;

  @Autowired
  private Validator validator;

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void theLibrariesAreTheOnesSpringBoot35Manages() {
    assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
    com.fasterxml.jackson.core.Version jackson2 = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;
    assertThat(jackson2.getMajorVersion() + "." + jackson2.getMinorVersion()).isEqualTo("2.19");
    assertThat(Version.getVersionString()).startsWith("8.0.");
    // Not managed by Spring Boot 3.5: the version resettlement-jackson3 brings.
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(3);
  }

  @Test
  void springBootsObjectMapper_readsWhatItWrites() throws Exception {
    String json = bootMapper.writeValueAsString(SEED);

    assertThat(bootMapper.readValue(json, Dataset.class)).isEqualTo(SEED);
  }

  @Test
  void bothJacksonLines_writeTheSameBytesAndReadEachOther() throws Exception {
    String jackson2 = org.resettlement.jackson.ResettlementJson.newMapper().writeValueAsString(SEED);
    String jackson3 = org.resettlement.jackson3.ResettlementJson.newMapper().writeValueAsString(SEED);

    assertThat(jackson3).isEqualTo(jackson2);
    assertThat(org.resettlement.jackson3.ResettlementJson.newMapper().readValue(jackson2, Dataset.class))
        .isEqualTo(SEED);
    assertThat(org.resettlement.jackson.ResettlementJson.newMapper().readValue(jackson3, Dataset.class))
        .isEqualTo(SEED);
  }

  @Test
  void bothJacksonLines_refuseABrokenDocumentAtTheSamePath() {
    String broken = "{\"organisations\":[{\"id\":\"o\",\"name\":{\"en\":\"x\"},\"kind\":\"no-such-kind\"}]}";

    org.resettlement.jackson.ResettlementJsonException jackson2 = catchThrowableOfType(
        org.resettlement.jackson.ResettlementJsonException.class,
        () -> org.resettlement.jackson.ResettlementJson.newMapper().readValue(broken, Dataset.class));
    org.resettlement.jackson3.ResettlementJsonException jackson3 = catchThrowableOfType(
        org.resettlement.jackson3.ResettlementJsonException.class,
        () -> org.resettlement.jackson3.ResettlementJson.newMapper().readValue(broken, Dataset.class));

    assertThat(jackson2.path()).isEqualTo("organisations[0].kind");
    assertThat(jackson3.path()).isEqualTo(jackson2.path());
    assertThat(jackson3.reason()).isEqualTo(jackson2.reason());
  }

  @Test
  void springBootsValidator_reportsTheRulesInTheRequestsLanguage() {
    InvalidSample<Dataset> sample = SampleData.withSeed(7).invalidDataset(BrokenRule.NOT_BLANK_TEXT);

    Set<ConstraintViolation<Dataset>> english = validator.validate(sample.value());
    LocaleContextHolder.setLocale(Locale.forLanguageTag("pl"));
    Set<ConstraintViolation<Dataset>> polish = validator.validate(sample.value());

    assertThat(english).singleElement().satisfies(violation -> {
      assertThat(violation.getPropertyPath()).hasToString(sample.path());
      assertThat(violation.getMessage()).isEqualTo("must not be blank, in any language");
    });
    assertThat(polish).singleElement().satisfies(violation ->
        assertThat(violation.getMessage()).isEqualTo("nie może być pustym tekstem w żadnym języku"));
  }
}
