/**
 * The Resettlement JSON wire format for Jackson 2.
 *
 * <p>{@link org.resettlement.jackson.ResettlementModule} binds every public type of {@code
 * org.resettlement.core} to JSON; {@link org.resettlement.jackson.ResettlementJson} builds a
 * mapper with the recommended settings and gives the JSON Schema of the format.
 *
 * <p>Jackson reaches the core types through their public API only (the public abstract types,
 * their accessors and their public builders), so the core module exports its package and opens
 * nothing.
 */
module org.resettlement.jackson {
  requires transitive org.resettlement.core;
  requires transitive com.fasterxml.jackson.databind;
  requires org.resettlement.json.support;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports org.resettlement.jackson;

  provides com.fasterxml.jackson.databind.Module with
      org.resettlement.jackson.ResettlementModule;
}
