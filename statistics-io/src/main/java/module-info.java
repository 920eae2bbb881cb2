/**
 * Reads and writes the statistics files that Eurostat and UNHCR publish.
 *
 * <p>Only {@code org.resettlement.statistics.io} is API. The CSV library (FastCSV) is an
 * implementation detail: no type of it appears in the API, so it is not required transitively.
 * The module uses no Jackson, so it works next to either Jackson line.
 */
module org.resettlement.statistics.io {
  requires transitive org.resettlement.core;
  requires de.siegmar.fastcsv;

  exports org.resettlement.statistics.io;
}
