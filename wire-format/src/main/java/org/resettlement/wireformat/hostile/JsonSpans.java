package org.resettlement.wireformat.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the values, object members and array elements of a well-formed JSON document lie, as byte
 * offsets, so that a document can be changed one value at a time without a JSON library: the
 * Jackson 2 and Jackson 3 tests then change the same bytes.
 *
 * <p>Only documents that are already well-formed are scanned; anything else gives no spans.
 */
final class JsonSpans {
  /** Deeper documents are not scanned: the fuzzer changes their bytes only. */
  private static final int MAX_DEPTH = 400;

  /**
   * A value: bytes {@code [start, end)}.
   *
   * @param kind its first byte: {@code {}, {@code [}, {@code "}, {@code t}, {@code f}, {@code n},
   *     or the first byte of a number
   * @param pointer its JSON Pointer
   */
  record Value(int start, int end, byte kind, String pointer) {}

  /**
   * A member of an object, from the quote that starts its name to the end of its value.
   *
   * @param nameEnd the end of its name, after the closing quote
   */
  record Member(int start, int nameEnd, Value value) {
    int end() {
      return value.end();
    }
  }

  private final byte[] json;
  private final List<Value> values = new ArrayList<>();
  private final List<Member> members = new ArrayList<>();
  private final List<Value> elements = new ArrayList<>();

  private JsonSpans(byte[] json) {
    this.json = json;
  }

  /** Scans a document, or gives nothing if it is not well-formed JSON or nests too deeply. */
  static Optional<JsonSpans> scan(byte[] json) {
    JsonSpans spans = new JsonSpans(json);
    try {
      int end = spans.skipWhiteSpace(spans.value(spans.skipWhiteSpace(0), "", 0));
      return end == json.length ? Optional.of(spans) : Optional.empty();
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** Returns every value, the document itself last. */
  List<Value> values() {
    return values;
  }

  /** Returns every member of every object. */
  List<Member> members() {
    return members;
  }

  /** Returns every element of every array. */
  List<Value> elements() {
    return elements;
  }

  //-----------------------------------------------------------------------
  private int value(int at, String pointer, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("too deep");
    }
    byte first = json[at];
    int end =
        switch (first) {
          case '{' -> object(at, pointer, depth);
          case '[' -> array(at, pointer, depth);
          case '"' -> string(at);
          case 't' -> literal(at, "true");
          case 'f' -> literal(at, "false");
          case 'n' -> literal(at, "null");
          default -> number(at);
        };
    values.add(new Value(at, end, first, pointer));
    return end;
  }

  private int object(int at, String pointer, int depth) {
    int i = skipWhiteSpace(at + 1);
    if (json[i] == '}') {
      return i + 1;
    }
    while (true) {
      int nameStart = i;
      int nameEnd = string(i);
      String name = unescaped(nameStart + 1, nameEnd - 1);
      i = skipWhiteSpace(nameEnd);
      expect(i, ':');
      int valueStart = skipWhiteSpace(i + 1);
      int valueEnd = value(valueStart, pointer + "/" + name.replace("~", "~0").replace("/", "~1"), depth + 1);
      members.add(new Member(nameStart, nameEnd, values.get(values.size() - 1)));
      i = skipWhiteSpace(valueEnd);
      if (json[i] == '}') {
        return i + 1;
      }
      expect(i, ',');
      i = skipWhiteSpace(i + 1);
    }
  }

  private int array(int at, String pointer, int depth) {
    int i = skipWhiteSpace(at + 1);
    if (json[i] == ']') {
      return i + 1;
    }
    for (int index = 0; ; index++) {
      int end = value(i, pointer + "/" + index, depth + 1);
      elements.add(values.get(values.size() - 1));
      i = skipWhiteSpace(end);
      if (json[i] == ']') {
        return i + 1;
      }
      expect(i, ',');
      i = skipWhiteSpace(i + 1);
    }
  }

  private int string(int at) {
    expect(at, '"');
    int i = at + 1;
    while (json[i] != '"') {
      if (json[i] < 0x20 && json[i] >= 0) {
        throw new IllegalArgumentException("control character in a string");
      }
      i += json[i] == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  private int literal(int at, String literal) {
    for (int i = 0; i < literal.length(); i++) {
      expect(at + i, literal.charAt(i));
    }
    return at + literal.length();
  }

  private int number(int at) {
    int i = at;
    while (i < json.length && "+-0123456789.eE".indexOf(json[i]) >= 0) {
      i++;
    }
    if (i == at) {
      throw new IllegalArgumentException("not a value");
    }
    return i;
  }

  private void expect(int at, char expected) {
    if (json[at] != expected) {
      throw new IllegalArgumentException("expected " + expected);
    }
  }

  private int skipWhiteSpace(int at) {
    int i = at;
    while (i < json.length && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t')) {
      i++;
    }
    return i;
  }

  /** Decodes the text of a string between its quotes. */
  private String unescaped(int start, int end) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder text = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (json[i] != '\\') {
        out.write(json[i]);
        continue;
      }
      text.append(out.toString(StandardCharsets.UTF_8));
      out.reset();
      char escape = (char) json[++i];
      switch (escape) {
        case 'b' -> text.append('\b');
        case 'f' -> text.append('\f');
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 't' -> text.append('\t');
        case 'u' -> {
          text.append((char) Integer.parseInt(new String(json, i + 1, 4, StandardCharsets.US_ASCII), 16));
          i += 4;
        }
        default -> text.append(escape);
      }
    }
    return text.append(out.toString(StandardCharsets.UTF_8)).toString();
  }
}
