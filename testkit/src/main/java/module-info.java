/**
 * Seeded, deterministic, realistic sample data of the resettlement model for tests.
 *
 * <p>{@link org.resettlement.testkit.SampleData} makes values of every core type and whole
 * datasets, valid or invalid in one named way. The JUnit 5 and Instancio integrations, and the
 * AssertJ assertions on Bean Validation violations, need those libraries only if they are used,
 * so they are {@code requires static}, and not {@code transitive}: a module that compiles against
 * the testkit without using them does not need them either. A test module that uses the JUnit
 * annotation or the assertions reads JUnit, or AssertJ and Jakarta Validation, itself. The
 * testkit does not depend on the validation module: {@link org.resettlement.testkit.BrokenRule}
 * names its rules.
 *
 * <p>The Instancio provider is registered for the class path only (see the comment below).
 */
module org.resettlement.testkit {
  requires transitive org.resettlement.core;
  requires static org.junit.jupiter.api;
  requires static org.junit.jupiter.params;
  requires static org.instancio.core;
  requires static jakarta.validation;
  requires static org.hibernate.validator;
  requires static org.assertj.core;

  exports org.resettlement.testkit;
  exports org.resettlement.testkit.junit;
  exports org.resettlement.testkit.instancio;
  exports org.resettlement.testkit.validation;
  // No "provides org.instancio.spi.InstancioServiceProvider": on Java 17 the module system refuses
  // to start ("does not read a module that exports org.instancio.spi") when a module provides a
  // service of a module it requires statically and that is not resolved, which is every run that
  // does not add Instancio with --add-modules. The provider is registered in META-INF/services,
  // which serves the class path, where test suites put the testkit.
}
