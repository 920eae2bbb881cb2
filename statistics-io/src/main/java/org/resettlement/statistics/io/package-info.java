/**
 * Reading and writing official statistics files: Eurostat's SDMX-CSV 1.0 and 2.0 and its TSV bulk
 * download, UNHCR's Refugee Data Finder CSV downloads, and a tidy long CSV.
 *
 * <p>{@link org.resettlement.statistics.io.StatisticsReader} reads a file into the core's {@link
 * org.resettlement.core.Observation}s, one per cell of the publisher's table; {@link
 * org.resettlement.statistics.io.StatisticsWriter} writes observations as SDMX-CSV 1.0 or as the
 * tidy CSV, which the reader reads back as equal observations.
 *
 * <h2>Nothing silently lost</h2>
 * Every data row of a file either becomes observations or is reported as a
 * {@link org.resettlement.statistics.io.ReadProblem} with the file, the line, the column and the
 * reason in plain words. In {@link org.resettlement.statistics.io.ReadMode#STRICT strict} mode the
 * first problem stops the reading with a {@link
 * org.resettlement.statistics.io.StatisticsFileException}; in {@link
 * org.resettlement.statistics.io.ReadMode#LENIENT lenient} mode the good rows are kept and every
 * problem is reported. A problem of the whole file (an empty file, a header this module does not
 * know, a quote that is never closed) stops the reading in both modes.
 *
 * <h2>Streaming</h2>
 * A file is read row by row, never whole into memory, so its size is limited by the disk, not by
 * the heap.
 *
 * <h2 id="null-arguments">Null arguments</h2>
 * A {@code null} given to any method of this package is a programming error: a {@link
 * java.lang.NullPointerException} whose message is the parameter's name, as in {@code java.time}.
 */
package org.resettlement.statistics.io;
