/**
 * Popolo JSON and schema.org JSON-LD for the Resettlement model, without a JSON library.
 *
 * <p>{@link org.resettlement.openstandards.Popolo} maps the organisations, people, memberships and
 * events of a dataset to a Popolo document and back, with a report of what a document says that
 * the model cannot hold. Both work on ordered {@code Map}s and
 * {@code List}s of strings, numbers and booleans, which any JSON library writes and reads; the
 * Jackson 2 and Jackson 3 modules each add a thin entry point that does so.
 *
 * <p>The module depends on the core alone.
 */
module org.resettlement.openstandards {
  requires transitive org.resettlement.core;

  exports org.resettlement.openstandards;
}
