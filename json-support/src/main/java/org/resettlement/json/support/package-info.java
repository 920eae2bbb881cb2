/**
 * What the JSON bindings of the Jackson 2 and Jackson 3 modules share that does not depend on
 * Jackson: the shape of the core's value types, found by reflection on their public API, the order
 * of their properties in the wire format, and the wording of reading problems.
 *
 * <p>Not API: only {@code org.resettlement.jackson} and {@code org.resettlement.jackson3} may use
 * it (the build checks this), and it may change in any release without notice. It is exported to
 * every module only so that a binding on the class path can use it while this module is on the
 * module path.
 */
package org.resettlement.json.support;
