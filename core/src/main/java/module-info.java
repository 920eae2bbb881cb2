/**
 * Immutable value types for migration and refugee-resettlement data.
 *
 * <p>The module has no dependency at run time. Immutables generates the implementations at
 * compile time; its annotations are only needed by the compiler, hence {@code requires static}.
 */
module org.resettlement.core {
  requires static org.immutables.value.annotations;

  exports org.resettlement.core;
  // Not API: what both JSON bindings need and that does not depend on Jackson. Exported to all
  // rather than only to the bindings, because a binding on the class path (an unnamed module)
  // must reach it too when core is on the module path.
  exports org.resettlement.core.internal;
}
