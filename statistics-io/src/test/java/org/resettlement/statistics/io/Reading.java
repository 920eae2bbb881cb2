package org.resettlement.statistics.io;

import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the test files and texts written in the tests, keeping what the reader made of them. */
final class Reading {
  final List<StatisticsRecord> records = new ArrayList<>();
  final List<ReadProblem> heard = new ArrayList<>();
  ReadSummary summary;

  private Reading() {}

  /** Reads a file of the test resources next to this class, strictly. */
  static Reading resource(String name) {
    return resource(name, StatisticsReader.builder());
  }

  static Reading resource(String name, StatisticsReader.Builder reader) {
    Reading reading = new Reading();
    InputStream bytes = Reading.class.getResourceAsStream(name);
    if (bytes == null) {
      throw new UncheckedIOException(new java.io.FileNotFoundException(name));
    }
    reading.summary = reader.problems(reading.heard::add).build()
        .readRecords(StatisticsReader.decode(bytes), name, reading.records::add);
    return reading;
  }

  /** Reads a text, in strict mode. */
  static Reading strict(String name, String text) {
    return text(name, text, StatisticsReader.builder());
  }

  /** Reads a text, in lenient mode. */
  static Reading lenient(String name, String text) {
    return text(name, text, StatisticsReader.builder().mode(ReadMode.LENIENT));
  }

  static Reading text(String name, String text, StatisticsReader.Builder reader) {
    Reading reading = new Reading();
    reading.summary = reader.problems(reading.heard::add).build()
        .readRecords(new StringReader(text), name, reading.records::add);
    return reading;
  }

  /** The record of a line. */
  StatisticsRecord line(long line) {
    return records.stream().filter(record -> record.line == line).findFirst()
        .orElseThrow(() -> new AssertionError("no record of line " + line + " in " + records));
  }
}
