package org.resettlement.buildchecks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.junit.jupiter.api.Test;

/** Rules about which module may depend on what, checked on the compiled classes. */
class ArchitectureTest {

  private static final JavaClasses PUBLISHED =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.resettlement");

  /**
   * An annotation the JVM never loads at run time (CLASS or SOURCE retention), such as
   * Immutables' {@code @Value.Immutable}: depending on it costs nothing at run time.
   */
  private static final DescribedPredicate<JavaClass> COMPILE_TIME_ANNOTATION =
      DescribedPredicate.describe(
          "an annotation without RUNTIME retention",
          type ->
              type.isAnnotation()
                  && type.tryGetAnnotationOfType(Retention.class)
                      .map(retention -> retention.value() != RetentionPolicy.RUNTIME)
                      .orElse(true));

  /**
   * What Jackson and other JavaBeans tools take for a property: {@code getX()} returning a value,
   * or {@code isX()} returning a boolean, without parameters.
   */
  private static final DescribedPredicate<JavaMethod> BEAN_GETTER =
      DescribedPredicate.describe(
          "are JavaBeans getters (getX(), boolean isX())",
          method ->
              method.getRawParameterTypes().isEmpty()
                  && !method.getModifiers().contains(JavaModifier.STATIC)
                  && ((method.getName().matches("get[A-Z].*") && !method.getRawReturnType().isEquivalentTo(void.class))
                      || (method.getName().matches("is[A-Z].*")
                          && (method.getRawReturnType().isEquivalentTo(boolean.class)
                              || method.getRawReturnType().isEquivalentTo(Boolean.class)))));

  @Test
  void coreAccessors_areNamedLikeRecordComponents_soThatNoBeanToolSeesAProperty() {
    // A mapper without ResettlementModule takes a bean getter for the only property of a value:
    // Jackson wrote Quantity as {"exact":false} while isExact() existed. Without one, Jackson 2
    // refuses to write a core value at all (FAIL_ON_EMPTY_BEANS).
    noMethods()
        .that(BEAN_GETTER)
        .and()
        .arePublic()
        .should()
        .beDeclaredInClassesThat()
        .resideInAPackage("org.resettlement.core")
        .because("core accessors are named like record components (exact(), not isExact())")
        .check(PUBLISHED);
  }

  @Test
  void core_dependsOnlyOnTheJdkAtRunTime() {
    noClasses()
        .that()
        .resideInAPackage("org.resettlement.core..")
        .and(DescribedPredicate.not(COMPILE_TIME_ANNOTATION))
        .should()
        .dependOnClassesThat(
            DescribedPredicate.not(
                    JavaClass.Predicates.resideInAnyPackage("java..", "org.resettlement.core.."))
                .and(DescribedPredicate.not(COMPILE_TIME_ANNOTATION)))
        .because("resettlement-core promises zero runtime dependencies")
        .check(PUBLISHED);
  }

  @Test
  void publishedModules_neverDependOnExamplesOrBenchmarks() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.resettlement.examples..", "org.resettlement.benchmarks..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.resettlement.examples..", "org.resettlement.benchmarks..")
        .because("examples and benchmarks are not published")
        .check(PUBLISHED);
  }

  @Test
  void onlyCoreDependsOnNothingOfOurs_andModulesPointOnlyAtCore() {
    noClasses()
        .that()
        .resideInAPackage("org.resettlement.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.resettlement.jackson..",
            "org.resettlement.jackson3..",
            "org.resettlement.validation..",
            "org.resettlement.openstandards..",
            "org.resettlement.testkit..",
            "org.resettlement.statistics..")
        .check(PUBLISHED);
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.resettlement.jackson..",
            "org.resettlement.jackson3..",
            "org.resettlement.validation..",
            "org.resettlement.openstandards..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.resettlement.testkit..")
        .because("the testkit is for tests; no published runtime module may need it")
        .check(PUBLISHED);
  }

  @Test
  void openStandards_dependsOnlyOnCoreAndTheJdk() {
    // One mapping for both Jackson lines and any other JSON library: it must need none of them.
    noClasses()
        .that()
        .resideInAPackage("org.resettlement.openstandards..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.not(
                JavaClass.Predicates.resideInAnyPackage(
                    "java..", "org.resettlement.core..", "org.resettlement.openstandards..")))
        .because("resettlement-open-standards is shared by both Jackson lines and depends on the core alone")
        .check(PUBLISHED);
  }

  @Test
  void statisticsIo_needsNoJacksonNorAnyModuleButCore() {
    noClasses()
        .that()
        .resideInAPackage("org.resettlement.statistics..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.fasterxml.jackson..", "tools.jackson..", "org.resettlement.jackson..", "org.resettlement.jackson3..",
            "org.resettlement.validation..", "org.resettlement.testkit..", "org.resettlement.json.support..")
        .because("resettlement-statistics-io works with either Jackson line, or none, and needs only the core")
        .check(PUBLISHED);
  }

  @Test
  void jsonSupport_servesOnlyTheJsonBindings() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.resettlement.json.support..", "org.resettlement.jackson..", "org.resettlement.jackson3..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.resettlement.json.support..")
        .because("org.resettlement.json.support is not API")
        .check(PUBLISHED);
  }

  @Test
  void jacksonModules_shareNothingButCore() {
    noClasses()
        .that()
        .resideInAPackage("org.resettlement.jackson..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.resettlement.jackson3..", "tools.jackson..", "org.resettlement.validation..")
        .because("a Jackson 2 application must not need Jackson 3, nor the validation module")
        .check(PUBLISHED);
    noClasses()
        .that()
        .resideInAPackage("org.resettlement.jackson3..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.resettlement.jackson..", "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..",
            "org.resettlement.validation..")
        .because("a Jackson 3 application must not need Jackson 2, nor the validation module")
        .check(PUBLISHED);
  }

  @Test
  void packages_formNoCycle() {
    // One slice per package: a cycle between a module's API and its internal package (or any two
    // packages) means neither can be understood or changed without the other.
    slices()
        .matching("org.resettlement.(**)")
        .should()
        .beFreeOfCycles()
        .because("a package depends on another, or the other on it, never both ways")
        .check(PUBLISHED);
  }
}
