/**
 * The Resettlement JSON wire format for Jackson 3.
 *
 * <p>{@link org.resettlement.jackson3.ResettlementModule} binds every public type of {@code
 * org.resettlement.core} to JSON; {@link org.resettlement.jackson3.ResettlementJson} builds a
 * mapper with the recommended settings and gives the JSON Schema of the format. The documents are
 * the same, byte for byte, as those of the Jackson 2 module {@code org.resettlement.jackson},
 * which this module does not need.
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
// The name follows the artifact, resettlement-jackson3, as Jackson's own modules name their line.
@SuppressWarnings("module")
module org.resettlement.jackson3 {
  requires transitive org.resettlement.core;
  requires transitive tools.jackson.databind;
  requires transitive org.resettlement.openstandards;
  requires org.resettlement.json.support;

  exports org.resettlement.jackson3;

  provides tools.jackson.databind.JacksonModule with
      org.resettlement.jackson3.ResettlementModule;
}
