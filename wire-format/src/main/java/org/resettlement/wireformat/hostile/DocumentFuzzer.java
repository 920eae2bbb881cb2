package org.resettlement.wireformat.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.resettlement.core.Dataset;
import org.resettlement.core.Observation;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.SampleData;
import org.resettlement.wireformat.GoldenFiles;
import org.resettlement.wireformat.GoldenFiles.Golden;
import org.resettlement.wireformat.ObservationSamples;
import org.resettlement.wireformat.hostile.JsonSpans.Member;
import org.resettlement.wireformat.hostile.JsonSpans.Value;

/**
 * A mutation fuzzer: it takes valid documents (the golden files, and values the testkit generates)
 * and corrupts them, one to three changes each. Changes of bytes: flip a bit, set a byte, insert a
 * hostile fragment, delete, truncate, repeat a slice, splice the start of one document to the end
 * of another. Changes of structure, while the document is still well-formed: give a value another
 * type or a hostile value, splice in a value of another document, drop, repeat or rename a
 * property, drop or repeat an array element, nest a value deeply.
 *
 * <p>Each case is made from the campaign seed and its index alone, so that any case can be made
 * again on its own: {@code -Dresettlement.fuzz.seed=S -Dresettlement.fuzz.case=N}.
 */
public final class DocumentFuzzer {

  /** A valid document to corrupt: its name, the type it holds, and its bytes. */
  public record Source(String name, Class<?> type, byte[] json) {}

  /**
   * A corrupted document.
   *
   * @param description where it came from and what was changed
   * @param type the type to read it as: mostly the type of its source, sometimes another
   * @param input the document
   * @param feed how to give it to the reader
   */
  public record Mutant(String description, Class<?> type, Input input, Feed feed) {}

  /** Writes a value as a document of its type, with a module's mapper. */
  @FunctionalInterface
  public interface Writer {
    /** Writes a value as a document of a type. */
    byte[] write(Object value, Class<?> type) throws Exception;
  }

  /** Values of every JSON type and hostile values, for a value given another type. */
  private static final List<String> REPLACEMENTS = List.of(
      "null", "true", "false", "0", "-0", "-1", "1.5", "-0.0", "1e400", "-1e400", "1e-400", "1E2",
      "9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483648",
      "1" + "0".repeat(39), "9".repeat(99), "9".repeat(101), "0." + "1".repeat(60),
      "\"\"", "\" \"", "\"x\"", "\"2023-13\"", "\"2023-02-30\"", "\"0000\"", "\"NaN\"", "\"Infinity\"", "\"-0\"", "\"1e3\"",
      "\"java.lang.Runtime\"", "\"${jndi:ldap://example.org/a}\"", "\"\\u0000\"", "\"\\uD800\"", "\"\\uDC00x\"",
      "\"a\\\"b\"", "\"" + "x".repeat(300) + "\"", "\"\u00e9\u0301\"", "\"\uD83D\uDC4B\"",
      "[]", "[null]", "[\"x\"]", "[[]]", "[1,2]", "{}", "{\"en\":\"x\"}", "{\"en\":null}",
      "{\"@class\":\"java.lang.Runtime\"}", "[\"java.util.HashMap\",{}]", "{\"__proto__\":{\"admin\":true}}",
      "{\"constructor\":{\"prototype\":{\"admin\":true}}}", "{\"organisation\":\"x\"}", "{\"person\":\"x\"}",
      "{\"country\":\"PL\"}", "{\"person\":\"x\",\"organisation\":\"y\"}", "{\"qualifier\":\"range\",\"min\":5,\"max\":1}",
      "{\"qualifier\":\"exact\",\"value\":-1}",
      "NaN", "Infinity", "-Infinity", "undefined", "'x'", "0x10", "01", "+1", ".5", "1.", "1e", "--1", "tru", "nul");

  /** Bytes a corrupted byte may become. */
  private static final int[] HOSTILE_BYTES = {
    0x00, 0x01, 0x1F, 0x20, '"', '\\', '/', '{', '}', '[', ']', ',', ':', '-', '+', '.', '0', '9', 'e', 'E',
    'n', 't', 'f', 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFE, 0xFF
  };

  /** Fragments inserted among the bytes. */
  private static final List<byte[]> HOSTILE_FRAGMENTS = List.of(
      utf8("{"), utf8("["), utf8("}"), utf8("]"), utf8("\""), utf8("\\"), utf8(","), utf8(":"), utf8("null"),
      utf8("-"), utf8("1e999"), utf8("\\u0000"), utf8("\\uD800"), utf8("\u0000"), utf8("/*x*/"), utf8("//x\n"),
      utf8("\"@class\":\"java.lang.Runtime\","), utf8("\"__proto__\":{},"), utf8("\uD83D\uDC4B"),
      new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xF0, (byte) 0x9F},
      new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});

  /** Names a property may be renamed to. */
  private static final List<String> HOSTILE_NAMES = List.of(
      "__proto__", "constructor", "prototype", "@class", "@type", "$type", "", " ", "id ", "ID", "\\u0069d",
      "java.lang.Runtime", "x".repeat(200));

  /** Depths a value is nested to. */
  private static final int[] DEPTHS = {1, 2, 3, 99, 100, 101, 5_000};

  private final List<Source> sources;
  private final List<List<Value>> sourceValues = new ArrayList<>();

  /**
   * Creates a fuzzer of valid documents.
   *
   * @param sources the documents, each well-formed JSON
   */
  public DocumentFuzzer(List<Source> sources) {
    this.sources = List.copyOf(sources);
    for (Source source : this.sources) {
      sourceValues.add(JsonSpans.scan(source.json())
          .orElseThrow(() -> new IllegalArgumentException("not well-formed: " + source.name()))
          .values());
    }
  }

  /**
   * Returns the documents to corrupt: every golden file, and values of every type the testkit
   * makes from a seed, small and large datasets among them, written by a module's mapper.
   *
   * @param seed the seed of the generated values
   * @param writer writes a value with the module's mapper
   */
  public static List<Source> sources(long seed, Writer writer) throws Exception {
    List<Source> sources = new ArrayList<>();
    for (Golden golden : GoldenFiles.all().values()) {
      sources.add(new Source("golden " + golden.file, golden.type, golden.text().getBytes(StandardCharsets.UTF_8)));
    }
    SampleData sample = SampleData.withSeed(seed);
    List<Class<?>> types = new ArrayList<>(SampleData.supportedTypes());
    types.remove(Dataset.class);
    types.sort(Comparator.comparing(Class::getName));
    for (Class<?> type : types) {
      for (int i = 0; i < 2; i++) {
        sources.add(new Source("generated " + type.getSimpleName(), type, writer.write(sample.next(type), type)));
      }
    }
    for (DatasetSpec spec : List.of(DatasetSpec.empty().withOrganisations(2).withPeople(2).withEvents(1), DatasetSpec.defaults())) {
      sources.add(new Source("generated Dataset " + spec, Dataset.class, writer.write(sample.dataset(spec), Dataset.class)));
    }
    ObservationSamples observations = ObservationSamples.withSeed(seed);
    for (int i = 0; i < 4; i++) {
      sources.add(new Source("generated Observation", Observation.class, writer.write(observations.observation(), Observation.class)));
    }
    sources.add(new Source("generated Dataset of observations", Dataset.class, writer.write(observations.dataset(20), Dataset.class)));
    return sources;
  }

  //-----------------------------------------------------------------------
  /**
   * Makes a case.
   *
   * @param seed the seed of the campaign
   * @param index the index of the case in the campaign
   */
  public Mutant mutant(long seed, long index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    int from = random.nextInt(sources.size());
    Source source = sources.get(from);
    byte[] json = source.json();
    StringBuilder description = new StringBuilder(source.name());
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      Optional<JsonSpans> spans = random.nextInt(100) < 55 ? JsonSpans.scan(json) : Optional.empty();
      Change change = spans.isPresent() ? changeOfStructure(random, json, spans.get()) : changeOfBytes(random, json);
      json = change.json();
      description.append("; ").append(change.description());
    }
    Class<?> type = source.type();
    if (random.nextInt(10) == 0) {
      type = sources.get(random.nextInt(sources.size())).type();
      description.append("; read as ").append(type.getSimpleName());
    }
    int feed = random.nextInt(100);
    return new Mutant(description.toString(), type, Input.of(json), feed < 60 ? Feed.BYTES : feed < 85 ? Feed.STREAM : Feed.STRING);
  }

  private record Change(byte[] json, String description) {}

  private Change changeOfBytes(SplittableRandom random, byte[] json) {
    if (json.length == 0) {
      return new Change(utf8("{"), "insert {");
    }
    int at = random.nextInt(json.length);
    switch (random.nextInt(7)) {
      case 0: {
        int bit = random.nextInt(8);
        byte[] changed = json.clone();
        changed[at] ^= (byte) (1 << bit);
        return new Change(changed, "flip bit " + bit + " of byte " + at);
      }
      case 1: {
        int value = HOSTILE_BYTES[random.nextInt(HOSTILE_BYTES.length)];
        byte[] changed = json.clone();
        changed[at] = (byte) value;
        return new Change(changed, String.format("set byte %d to 0x%02X", at, value));
      }
      case 2: {
        byte[] fragment = HOSTILE_FRAGMENTS.get(random.nextInt(HOSTILE_FRAGMENTS.size()));
        return new Change(replace(json, at, at, fragment), "insert " + shown(fragment) + " at " + at);
      }
      case 3: {
        int length = 1 + random.nextInt(16);
        int end = Math.min(json.length, at + length);
        return new Change(replace(json, at, end, new byte[0]), "delete bytes " + at + " to " + end);
      }
      case 4:
        return new Change(slice(json, 0, at), "truncate at " + at);
      case 5: {
        int end = Math.min(json.length, at + 1 + random.nextInt(64));
        return new Change(replace(json, end, end, slice(json, at, end)), "repeat bytes " + at + " to " + end);
      }
      default: {
        Source other = sources.get(random.nextInt(sources.size()));
        int from = random.nextInt(other.json().length);
        byte[] spliced = concat(slice(json, 0, at), slice(other.json(), from, other.json().length));
        return new Change(spliced, "splice at " + at + " the end of " + other.name() + " from " + from);
      }
    }
  }

  private Change changeOfStructure(SplittableRandom random, byte[] json, JsonSpans spans) {
    List<Value> values = spans.values();
    List<Member> members = spans.members();
    List<Value> elements = spans.elements();
    int kind = random.nextInt(100);
    if (kind < 10 && !members.isEmpty()) {
      Member member = members.get(random.nextInt(members.size()));
      return new Change(withoutListItem(json, member.start(), member.end()), "drop " + member.value().pointer());
    }
    if (kind < 20 && !members.isEmpty()) {
      Member member = members.get(random.nextInt(members.size()));
      byte[] copy = slice(json, member.start(), member.end());
      if (random.nextBoolean()) {
        Value other = values.get(random.nextInt(values.size()));
        copy = concat(slice(json, member.start(), member.value().start()), slice(json, other.start(), other.end()));
      }
      return new Change(replace(json, member.end(), member.end(), concat(utf8(","), copy)), "repeat " + member.value().pointer());
    }
    if (kind < 30 && !members.isEmpty()) {
      Member member = members.get(random.nextInt(members.size()));
      String name = random.nextBoolean() ? HOSTILE_NAMES.get(random.nextInt(HOSTILE_NAMES.size())) : nameOf(json, members.get(random.nextInt(members.size())));
      return new Change(replace(json, member.start(), member.nameEnd(), utf8("\"" + name + "\"")),
          "rename " + member.value().pointer() + " to " + abbreviated(name));
    }
    if (kind < 36 && !elements.isEmpty()) {
      Value element = elements.get(random.nextInt(elements.size()));
      return new Change(withoutListItem(json, element.start(), element.end()), "drop " + element.pointer());
    }
    if (kind < 42 && !elements.isEmpty()) {
      Value element = elements.get(random.nextInt(elements.size()));
      return new Change(replace(json, element.end(), element.end(), concat(utf8(","), slice(json, element.start(), element.end()))),
          "repeat " + element.pointer());
    }
    Value target = values.get(random.nextInt(values.size()));
    if (kind < 47) {
      int depth = DEPTHS[random.nextInt(DEPTHS.length)];
      boolean inArrays = random.nextBoolean();
      byte[] open = utf8((inArrays ? "[" : "{\"a\":").repeat(depth));
      byte[] close = utf8((inArrays ? "]" : "}").repeat(depth));
      return new Change(replace(json, target.start(), target.end(), concat(open, slice(json, target.start(), target.end()), close)),
          "nest " + target.pointer() + " " + depth + " deep in " + (inArrays ? "arrays" : "objects"));
    }
    if (kind < 62) {
      int from = random.nextInt(sources.size());
      List<Value> otherValues = sourceValues.get(from);
      Value other = otherValues.get(random.nextInt(otherValues.size()));
      byte[] otherJson = sources.get(from).json();
      return new Change(replace(json, target.start(), target.end(), slice(otherJson, other.start(), other.end())),
          "replace " + target.pointer() + " with " + sources.get(from).name() + " " + other.pointer());
    }
    String replacement = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
    return new Change(replace(json, target.start(), target.end(), utf8(replacement)),
        "replace " + target.pointer() + " with " + abbreviated(replacement));
  }

  //-----------------------------------------------------------------------
  private static String nameOf(byte[] json, Member member) {
    return new String(json, member.start() + 1, member.nameEnd() - member.start() - 2, StandardCharsets.UTF_8);
  }

  /** Removes an object member or array element, and the comma that separates it from the next or previous one. */
  static byte[] withoutListItem(byte[] json, int start, int end) {
    int after = skipWhiteSpace(json, end);
    if (after < json.length && json[after] == ',') {
      return replace(json, start, skipWhiteSpace(json, after + 1), new byte[0]);
    }
    int before = start - 1;
    while (before >= 0 && Character.isWhitespace(json[before])) {
      before--;
    }
    return before >= 0 && json[before] == ',' ? replace(json, before, end, new byte[0]) : replace(json, start, end, new byte[0]);
  }

  private static int skipWhiteSpace(byte[] json, int at) {
    int i = at;
    while (i < json.length && Character.isWhitespace(json[i])) {
      i++;
    }
    return i;
  }

  /** Returns a document with the bytes {@code [start, end)} replaced. */
  static byte[] replace(byte[] json, int start, int end, byte[] replacement) {
    return concat(slice(json, 0, start), replacement, slice(json, end, json.length));
  }

  private static byte[] slice(byte[] json, int start, int end) {
    byte[] slice = new byte[end - start];
    System.arraycopy(json, start, slice, 0, slice.length);
    return slice;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String shown(byte[] fragment) {
    return Input.of(fragment).preview(20);
  }

  private static String abbreviated(String text) {
    return text.length() > 24 ? text.substring(0, 24) + "..." : text;
  }
}
