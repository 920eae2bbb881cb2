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
 *
 * <p>A {@code null} argument to a method of this module is a programming error: a {@link
 * NullPointerException} whose message is the parameter's name, as the null policy in the package
 * documentation of {@code org.resettlement.core} says. A {@code null} in a document is data: it is
 * reported as a {@code ResettlementJsonException} at its path.
 */
module org.resettlement.jackson {
  requires transitive org.resettlement.core;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive org.resettlement.openstandards;
  requires org.resettlement.json.support;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports org.resettlement.jackson;

  provides com.fasterxml.jackson.databind.Module with
      org.resettlement.jackson.ResettlementModule;
}
