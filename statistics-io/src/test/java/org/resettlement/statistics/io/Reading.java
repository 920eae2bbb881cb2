package org.resettlement.statistics.io;

import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.resettlement.core.Observation;

/** Reads the test files and texts written in the tests, keeping what the reader made of them. */
final class Reading {
  final List<Observation> observations = new ArrayList<>();
  final List<Long> lines = new ArrayList<>();
  final List<ReadProblem> heard = new ArrayList<>();
  ReadSummary summary;

  private Reading() {}

  /** Reads a file of the test resources next to this class, strictly. */
  static Reading resource(String name) {
    return resource(name, StatisticsReader.builder());
  }

  static Reading resource(String name, StatisticsReader.Builder reader) {
    InputStream bytes = Reading.class.getResourceAsStream(name);
    if (bytes == null) {
      throw new UncheckedIOException(new java.io.FileNotFoundException(name));
    }
    Reading reading = new Reading();
    try (StatisticsFile file = reader.problems(reading.heard::add).build().open(bytes, name)) {
      reading.read(file);
    }
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
    try (StatisticsFile file = reader.problems(reading.heard::add).build().open(new StringReader(text), name)) {
      reading.read(file);
    }
    return reading;
  }

  private void read(StatisticsFile file) {
    file.forEach((line, observation) -> {
      lines.add(line);
      observations.add(observation);
    });
    summary = file.summary();
  }

  /** The observation of a line; the first, for a line of several. */
  Observation line(long line) {
    int at = lines.indexOf(line);
    if (at < 0) {
      throw new AssertionError("no observation of line " + line + " in " + lines);
    }
    return observations.get(at);
  }

  /** The value of an observation as a long, or null. */
  static Long value(Observation observation) {
    return observation.value().map(quantity -> quantity.value()).orElse(null);
  }

  static Optional<Long> count(Observation observation) {
    return Optional.ofNullable(value(observation));
  }
}
