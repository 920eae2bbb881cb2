/**
 * Immutable value types for migration and refugee-resettlement data.
 *
 * <p>The module has no dependency at run time. Immutables generates the implementations at
 * compile time; its annotations are only needed by the compiler, hence {@code requires static}.
 */
module org.resettlement.core {
  requires static org.immutables.value.annotations;

  exports org.resettlement.core;
}
