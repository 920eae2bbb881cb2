package org.resettlement.statistics.io;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resettlement.core.Observation;

/**
 * One reading of one file: the text, the CSV reader over it, the layout its header gives, and the
 * records of the current row not yet taken. Rows are read one at a time, as records are asked for.
 */
final class FileReading implements Closeable {
  /** FastCSV's place of a problem in its messages. */
  private static final Pattern FASTCSV_LINE = Pattern.compile("\\(record starting at line ([0-9]+)\\)");

  private final ReadContext context;
  private final CsvReader<CsvRecord> csv;
  private final CloseableIterator<CsvRecord> rows;
  private final Layout layout;
  /** The observations of the current row not yet taken, and the row's line. */
  private final ArrayDeque<Observation> pending = new ArrayDeque<>();
  private final ObservationSink toPending = this::add;
  private long line;
  /** The row after the current one, read ahead to see where the current one ends; or null. */
  private CsvRecord ahead;
  private long lastLine;

  private FileReading(ReadContext context, CsvReader<CsvRecord> csv, CloseableIterator<CsvRecord> rows, Layout layout, long line) {
    this.context = context;
    this.csv = csv;
    this.rows = rows;
    this.layout = layout;
    this.lastLine = line;
  }

  /**
   * Opens a file: finds its layout and reads its header.
   *
   * @param text the file's text; closed with the reading, or at once if the file cannot be read
   * @param format the layout, or null to find it
   * @param dataflow the Eurostat dataflow of a TSV file, or null to find it
   * @throws StatisticsFileException if the file is empty or its header is not one of a known layout
   * @throws UncheckedIOException if the text cannot be read
   */
  static FileReading open(Reader text, ReadContext context, StatisticsFormat format, EurostatDataflow dataflow) {
    try {
      return open(ahead(text, context), context, format, dataflow);
    } catch (RuntimeException e) {
      closeQuietly(text, e);
      throw e;
    }
  }

  private static FileReading open(HeadFirstReader text, ReadContext context, StatisticsFormat format, EurostatDataflow dataflow) {
    if (text.head().startsWith("\uFEFF")) {
      // A byte order mark says the text is Unicode; it is not part of the first cell.
      text.skipFirst();
    }
    String head = text.head();
    if (head.isBlank()) {
      throw context.fatal(1, 0, null, "the file is empty");
    }
    Detection detection = format == null ? Detection.detect(head) : Detection.of(format, head);
    if (detection == null) {
      throw context.fatal(1, 0, null, Detection.unknown());
    }
    CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .fieldSeparator(detection.separator)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .allowUnclosedQuote(false)
            .ofCsvRecord(text);
    CloseableIterator<CsvRecord> rows = csv.iterator();
    FileReading reading = new FileReading(context, csv, rows, null, 0);
    CsvRecord header = reading.nextRow();
    List<List<String>> preamble = new ArrayList<>();
    if (detection.format == StatisticsFormat.UNHCR_SOLUTIONS || detection.format == StatisticsFormat.UNHCR_RESETTLEMENT) {
      while (header != null && !UnhcrLayout.header(header) && header.getStartingLineNumber() < Detection.PREAMBLE_LINES) {
        preamble.add(header.getFields());
        header = reading.nextRow();
      }
      if (header == null || !UnhcrLayout.header(header)) {
        throw context.fatal(1, 0, null, "no header Year,...(ISO)... within the first " + Detection.PREAMBLE_LINES
            + " lines of the " + detection.format.title() + " download");
      }
    }
    if (header == null) {
      throw context.fatal(1, 0, null, "the file is empty");
    }
    Layout layout = layout(header, preamble, detection.format, dataflow, context);
    return new FileReading(context, csv, rows, layout, header.getStartingLineNumber());
  }

  private static Layout layout(
      CsvRecord header, List<List<String>> preamble, StatisticsFormat format, EurostatDataflow dataflow, ReadContext context) {
    switch (format) {
      case SDMX_CSV_1:
      case SDMX_CSV_2:
        return SdmxCsvLayout.of(header, format, context);
      case EUROSTAT_TSV:
        return EurostatTsvLayout.of(header, dataflow, context);
      case TIDY_CSV:
        return TidyCsvLayout.of(header, context);
      case UNHCR_SOLUTIONS:
        return UnhcrLayout.of(header, preamble, UnhcrTable.SOLUTIONS, context);
      default:
        return UnhcrLayout.of(header, preamble, UnhcrTable.RESETTLEMENT, context);
    }
  }

  /** Reads the first characters of the text ahead, to find its layout. */
  private static HeadFirstReader ahead(Reader text, ReadContext context) {
    try {
      return new HeadFirstReader(text, Detection.HEAD);
    } catch (CharacterCodingException e) {
      throw context.fatal(1, 0, null, "the file is not UTF-8 text: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  StatisticsFormat format() {
    return layout.format();
  }

  /**
   * Takes the next observation, reading rows as needed.
   *
   * @return the observation, or null at the end of the file
   * @throws StatisticsFileException at a problem in strict mode, or a problem of the whole file
   */
  Observation next() {
    while (pending.isEmpty()) {
      CsvRecord row = ahead != null ? ahead : nextRow();
      if (row == null) {
        return null;
      }
      ahead = nextRow();
      if (whole(row)) {
        line = row.getStartingLineNumber();
        layout.row(row, toPending);
      }
      // Counted once its problems are: a progress report at this row includes them.
      context.rowRead();
    }
    context.observationMade();
    return pending.poll();
  }

  private void add(long line, Observation observation) {
    pending.add(observation);
  }

  /** The line of the observation {@link #next()} returned last. */
  long line() {
    return line;
  }

  /** Sums the reading up, once every observation has been taken. */
  ReadSummary summary() {
    return context.finish(layout.format());
  }

  /** Checks that a row has as many cells as the header, each on one line. */
  private boolean whole(CsvRecord row) {
    long line = row.getStartingLineNumber();
    // A row that ends on its first line is followed by the next line's row; only one followed by
    // a later line (or by none) can have a cell over several lines, or be followed by empty lines.
    boolean oneLine = ahead != null && ahead.getStartingLineNumber() == line + 1;
    for (int i = 0; !oneLine && i < row.getFieldCount(); i++) {
      String field = row.getField(i);
      if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
        long lines = field.chars().filter(c -> c == '\n').count();
        context.problem(line, i + 1, layout.columnName(i), "a quoted cell runs from this line over " + (lines + 1)
            + " lines; its closing quote is probably missing (a quote inside a cell is written twice)");
        return false;
      }
    }
    if (row.getFieldCount() != layout.width()) {
      context.problem(line, 0, null, "the row has " + row.getFieldCount() + (row.getFieldCount() == 1 ? " cell" : " cells")
          + ", the header " + layout.width() + (row.getFieldCount() < layout.width() ? "; is the line cut short?" : ""));
      return false;
    }
    return true;
  }

  /** The next row of the CSV text, or null at its end. */
  private CsvRecord nextRow() {
    try {
      if (!rows.hasNext()) {
        return null;
      }
      CsvRecord row = rows.next();
      lastLine = row.getStartingLineNumber();
      return row;
    } catch (CsvParseException e) {
      throw context.fatal(line(e), 0, null, reason(e));
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw context.fatal(lastLine + 1, 0, null, "the file is not UTF-8 text from about this line");
      }
      throw e;
    }
  }

  private long line(CsvParseException e) {
    Matcher line = FASTCSV_LINE.matcher(String.valueOf(e.getMessage()));
    return line.find() ? Long.parseLong(line.group(1)) : lastLine + 1;
  }

  /** FastCSV's reason, in this module's words; both mean that the rest of the file cannot be split into cells. */
  private static String reason(CsvParseException e) {
    String message = String.valueOf(e.getMessage());
    if (message.startsWith("Unclosed quoted field")) {
      return "a quoted cell starts on this line and is never closed; the rest of the file cannot be read";
    }
    if (message.startsWith("Unexpected character after closing quote")) {
      return "text follows the closing quote of a cell that starts on this line (a quote inside a cell is written"
          + " twice); the rest of the file cannot be read";
    }
    return "the file cannot be split into cells from this line: " + Text.escaped(message.replaceAll(" ?" + FASTCSV_LINE.pattern(), ""));
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(Closeable closeable, Throwable failure) {
    try {
      closeable.close();
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
