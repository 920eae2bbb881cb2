/**
 * What the Jackson 2 and Jackson 3 bindings of the wire format share, without Jackson. Not API.
 *
 * <p>The module depends on the core alone.
 */
module org.resettlement.json.support {
  requires transitive org.resettlement.core;

  // Not API, but exported to all rather than only to the bindings: a binding on the class path (an
  // unnamed module) must reach it too when this module is on the module path.
  exports org.resettlement.json.support;
}
