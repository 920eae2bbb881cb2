package org.resettlement.wireformat.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.resettlement.wireformat.GoldenFiles;
import org.resettlement.wireformat.GoldenFiles.Golden;

/**
 * Gives documents to a reader of the wire format, one at a time, and sorts what comes of each
 * into three outcomes: a valid value, a refusal with the documented exception and its path, or
 * anything else. "Anything else" is a defect: another exception or error (such as a {@code
 * NullPointerException}, {@code ClassCastException}, {@code StackOverflowError} or {@code
 * OutOfMemoryError}), no outcome within the time limit, a value of the wrong type, a value that
 * does not survive being written and read again, {@code null} for a document that is not {@code
 * null}, or a message that names a Java class, quotes more than 40 characters of the document or
 * holds a control character.
 *
 * <p>Each document is read on a worker thread, so that a reader that hangs is noticed after the
 * time limit instead of stopping the build. A document of more than 10 MB, which a reader must
 * read through to its end to find it too long, is given the time limit once per 10 MB. A refusal
 * found as a {@code NullPointerException} or another defect (its cause) counts as anything else
 * too. The campaign counts the outcomes and prints them as a table.
 */
public final class ReadCampaign implements AutoCloseable {

  /** What a document came to. */
  public enum Outcome {
    /** Read as a value of the type asked for, which is written and read back equal. */
    VALID("valid"),
    /** Refused with the documented exception, which names the place of the problem. */
    REJECTED("rejected with path"),
    /** Anything else: a defect. */
    OTHER("other");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** A reader of the wire format: a mapper of one Jackson line, set up one way. */
  public interface Subject {
    /** Names the reader for the report, such as {@code Jackson 2, recommended mapper}. */
    String name();

    /** Checks whether the reader refuses properties the format does not define. */
    boolean refusesUnknownProperties();

    /**
     * Reads a document as a value of a type.
     *
     * @param source the document: a {@code String}, a {@code byte[]} or an {@code InputStream}
     * @param type the type to read
     */
    Object read(Object source, Class<?> type) throws Exception;

    /** Writes a value as a document of its type and reads the document back. */
    Object writeAndRead(Object value, Class<?> type) throws Exception;

    /** Returns the refusal a problem stands for if it is the documented exception, else null. */
    Rejection rejection(Throwable problem);
  }

  /**
   * A refusal with the documented exception.
   *
   * @param pointer the JSON Pointer of the place of the problem, empty for the whole document
   * @param path the path of the place, as the exception gives it
   * @param reason the reason, without the path
   * @param message the whole message
   */
  public record Rejection(String pointer, String path, String reason, String message) {}

  /**
   * A document to read.
   *
   * @param name what the document is, and how to replay it
   * @param type the type to read it as
   * @param input the document
   * @param feed how to give it to the reader
   */
  public record Case(String name, Class<?> type, Input input, Feed feed) {
    /** Checks that the document can be fed as asked: a string must be well-formed UTF-8. */
    public boolean feedable() {
      return feed != Feed.STRING || input.text().isPresent();
    }
  }

  /**
   * What came of a document.
   *
   * @param subject the reader
   * @param kase the document
   * @param outcome the outcome
   * @param value the value read, or null
   * @param rejection the refusal, or null
   * @param detail what went wrong, for {@link Outcome#OTHER}, or null
   * @param nanos how long the reader took
   */
  public record Result(
      Subject subject, Case kase, Outcome outcome, Object value, Rejection rejection, String detail, long nanos) {

    /** Describes the result for a report. */
    public String describe() {
      String what =
          switch (outcome) {
            case VALID -> "valid: " + abbreviated(String.valueOf(value), 200);
            case REJECTED -> "rejected: " + rejection.message();
            case OTHER -> "other: " + detail;
          };
      return kase.name() + " [" + kase.type().getSimpleName() + ", " + kase.feed() + ", " + subject.name()
          + "]\n    document: " + kase.input().preview(300) + "\n    " + what;
    }
  }

  /** What a message must not contain, unless the document does: names of Java code and Jackson's quoting. */
  private static final List<String> INTERNAL_NAMES =
      List.of("org.resettlement", "tools.jackson", "com.fasterxml", "java.", "Immutable", "Builder", "$", "`", "Exception");
  /** Messages quote at most this many characters of a rejected value. */
  private static final int QUOTE_LIMIT = 40;
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s,;:()\\[\\]{}'\"]+");
  private static final Pattern KIND_PARTICULARS = Pattern.compile("[0-9]+|'[^']*'|\"[^\"]*\"");
  private static final int KINDS_SHOWN = 25;
  /** A document of more bytes is given the time limit once for each time it holds this many. */
  private static final long BYTES_PER_TIME_LIMIT = 10_000_000;

  private final String title;
  private final Duration timeLimit;
  private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
  /** The first failure of each kind, by kind, and how many of that kind there were. */
  private final Map<String, String> failures = new LinkedHashMap<>();
  private final Map<String, Long> failuresOfKind = new HashMap<>();
  private long failureCount;
  private Result slowest;
  private ExecutorService worker = newWorker();

  /**
   * Starts a campaign.
   *
   * @param title what is read by what, for the report
   * @param timeLimit the longest a reader may take for one document of up to 10 MB
   */
  public ReadCampaign(String title, Duration timeLimit) {
    this.title = title;
    this.timeLimit = timeLimit;
    for (Outcome outcome : Outcome.values()) {
      counts.put(outcome, 0L);
    }
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "read-campaign");
      thread.setDaemon(true);
      return thread;
    });
  }

  //-----------------------------------------------------------------------
  /**
   * Reads every golden file with each reader, and writes and reads back its value, so that the
   * time limit does not count the first use of a reader, which builds its deserializers and
   * serializers.
   */
  public void warmUp(List<Subject> subjects) {
    for (Golden golden : GoldenFiles.all().values()) {
      for (Subject subject : subjects) {
        try {
          subject.writeAndRead(subject.read(golden.text().getBytes(StandardCharsets.UTF_8), golden.type), golden.type);
        } catch (Exception e) {
          throw new AssertionError(subject.name() + " does not read " + golden.file, e);
        }
      }
    }
  }

  /**
   * Reads a document and counts the outcome; an outcome of {@link Outcome#OTHER} is also kept as
   * a failure.
   */
  public Result run(Subject subject, Case kase) {
    return run(List.of(subject), kase).get(0);
  }

  /**
   * Reads a document with each of several readers, counting each outcome; the document is made
   * once for all of them.
   */
  public List<Result> run(List<Subject> subjects, Case kase) {
    Object source =
        switch (kase.feed()) {
          case STRING -> kase.input().text().orElseThrow(() -> new IllegalArgumentException("not UTF-8: " + kase.name()));
          case BYTES -> kase.input().bytes();
          case STREAM -> null;
        };
    List<Result> results = new ArrayList<>();
    for (Subject subject : subjects) {
      results.add(count(attemptWithin(subject, kase, source)));
    }
    return results;
  }

  private Result attemptWithin(Subject subject, Case kase, Object source) {
    Future<Result> attempt = worker.submit(() -> attempt(subject, kase, source));
    long limit = timeLimit.toMillis() * Math.max(1, kase.input().length() / BYTES_PER_TIME_LIMIT);
    try {
      return attempt.get(limit, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      attempt.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      return new Result(subject, kase, Outcome.OTHER, null, null, "no outcome within " + limit + " ms", TimeUnit.MILLISECONDS.toNanos(limit));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      return new Result(subject, kase, Outcome.OTHER, null, null, "the campaign failed: " + describe(e.getCause()), 0);
    }
  }

  private Result count(Result result) {
    counts.merge(result.outcome(), 1L, Long::sum);
    if (slowest == null || result.nanos() > slowest.nanos()) {
      slowest = result;
    }
    if (result.outcome() == Outcome.OTHER) {
      fail(result.detail(), result.describe());
    }
    return result;
  }

  /**
   * Keeps a failure of a case that the campaign's user found, such as an outcome not expected.
   *
   * @param kind what went wrong, without the particulars of the case, so that failures of one kind
   *     are reported once
   * @param description the case and what went wrong
   */
  public void fail(String kind, String description) {
    failureCount++;
    String key = KIND_PARTICULARS.matcher(abbreviated(kind.lines().findFirst().orElse(""), 100)).replaceAll("#");
    failuresOfKind.merge(key, 1L, Long::sum);
    failures.putIfAbsent(key, description);
  }

  private static Result attempt(Subject subject, Case kase, Object prepared) {
    Object source = prepared;
    if (source == null) {
      // A few bytes per read split characters and tokens; larger documents in larger chunks, so
      // that the time limit measures the reader rather than the stream.
      int chunk = kase.input().length() < 1 << 14 ? 1 + Math.floorMod(kase.name().hashCode(), 13) : 4093;
      source = kase.input().openStream(chunk);
    }
    long start = System.nanoTime();
    try {
      Object value = subject.read(source, kase.type());
      String problem = problemWithValue(subject, kase, value);
      long nanos = System.nanoTime() - start;
      return problem == null
          ? new Result(subject, kase, Outcome.VALID, value, null, null, nanos)
          : new Result(subject, kase, Outcome.OTHER, value, null, problem, nanos);
    } catch (Throwable thrown) {
      long nanos = System.nanoTime() - start;
      Rejection rejection = subject.rejection(thrown);
      if (rejection == null) {
        return new Result(subject, kase, Outcome.OTHER, null, null, describe(thrown), nanos);
      }
      String leak = defectBehind(thrown);
      if (leak == null) {
        leak = leakIn(rejection, kase.input());
      }
      return leak == null
          ? new Result(subject, kase, Outcome.REJECTED, null, rejection, null, nanos)
          : new Result(subject, kase, Outcome.OTHER, null, rejection, leak + ": " + rejection.message(), nanos);
    } finally {
      if (source instanceof InputStream stream) {
        try {
          stream.close();
        } catch (java.io.IOException e) {
          // Nothing to release: the stream is made of arrays.
        }
      }
    }
  }

  private static String problemWithValue(Subject subject, Case kase, Object value) throws Exception {
    if (value == null) {
      return kase.input().isNullLiteral() ? null : "read as null, but the document is not null";
    }
    if (!kase.type().isInstance(value)) {
      return "read as a " + value.getClass().getName() + ", not a " + kase.type().getName();
    }
    Object again = subject.writeAndRead(value, kase.type());
    if (!value.equals(again)) {
      return "written and read back as another value: " + abbreviated(String.valueOf(again), 200);
    }
    return null;
  }

  /**
   * Finds a defect that a refusal was made of: an error or an exception that only a bug throws,
   * such as a {@code NullPointerException}, among its causes.
   */
  private static String defectBehind(Throwable refusal) {
    Throwable cause = refusal.getCause();
    for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
      if (cause instanceof Error
          || cause instanceof NullPointerException
          || cause instanceof ClassCastException
          || cause instanceof IndexOutOfBoundsException
          || cause instanceof IllegalStateException
          || cause instanceof ArithmeticException
          || cause instanceof UnsupportedOperationException
          || cause instanceof java.util.ConcurrentModificationException) {
        return "refused because of a defect: " + describe(cause);
      }
    }
    return null;
  }

  /**
   * Finds what a message must not contain: a Java name, or a quote of more than 40 characters of
   * the document in the reason. (The path names the properties as the document does.)
   */
  private static String leakIn(Rejection rejection, Input input) {
    String document = input.partsAsText();
    for (String internal : INTERNAL_NAMES) {
      if (rejection.message().replace(rejection.path(), "").contains(internal) && !document.contains(internal)) {
        return "the message names '" + internal + "'";
      }
    }
    if (rejection.message().chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
      return "the message holds a control character, which could break or forge a line of a log";
    }
    for (String word : WORD_BREAKS.split(rejection.reason())) {
      if (word.length() > QUOTE_LIMIT + 3 && document.contains(word)) {
        return "the message quotes " + word.length() + " characters of the document";
      }
    }
    return null;
  }

  private static String describe(Throwable thrown) {
    String frames =
        Arrays.stream(thrown.getStackTrace()).limit(8).map(String::valueOf).collect(Collectors.joining("\n        at "));
    String message = abbreviated(String.valueOf(thrown.getMessage()), 300);
    return thrown.getClass().getName() + ": " + message + "\n        at " + frames
        + (thrown.getCause() == null ? "" : "\n      caused by " + thrown.getCause());
  }

  private static String abbreviated(String text, int length) {
    return text.length() > length ? text.substring(0, length) + "..." : text;
  }

  //-----------------------------------------------------------------------
  /** Returns how many documents came to an outcome. */
  public long count(Outcome outcome) {
    return counts.get(outcome);
  }

  /** Returns how many documents were read. */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Returns the outcome table, with the slowest document. */
  public String table() {
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%s: %,d cases%n", title, total()));
    table.append(String.format(Locale.ROOT, "  %-20s %10s%n", "outcome", "cases"));
    for (Outcome outcome : Outcome.values()) {
      table.append(String.format(Locale.ROOT, "  %-20s %,10d%n", outcome, counts.get(outcome)));
    }
    if (failureCount > counts.get(Outcome.OTHER)) {
      table.append(String.format(Locale.ROOT, "  %-20s %,10d%n", "not as expected", failureCount - counts.get(Outcome.OTHER)));
    }
    if (slowest != null) {
      table.append(String.format(Locale.ROOT, "  slowest: %,d ms, %s, fed as %s%n",
          TimeUnit.NANOSECONDS.toMillis(slowest.nanos()), slowest.kase().name(), slowest.kase().feed()));
    }
    return table.toString();
  }

  /** Prints the outcome table to the build output. */
  public void print() {
    System.out.print(table());
    System.out.flush();
  }

  /** Checks that no document came to {@link Outcome#OTHER} and no expectation failed. */
  public void assertNoFailures() {
    List<String> shown = failures.entrySet().stream()
        .limit(KINDS_SHOWN)
        .map(kind -> failuresOfKind.get(kind.getKey()) + " like this: " + kind.getValue())
        .toList();
    assertThat(shown)
        .as("%s%n%,d failures of %d kinds; the first of each kind:", table(), failureCount, failures.size())
        .isEmpty();
    assertThat(count(Outcome.OTHER)).as(table()).isZero();
    assertThat(total()).as("cases run").isPositive();
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }

  @Override
  public String toString() {
    return title;
  }
}
