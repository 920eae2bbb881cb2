package org.resettlement.wireformat.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The bytes of a document given to a reader: a head, a unit repeated any number of times, and a
 * tail. A document of 50 MB is described by a few bytes and made only when a reader asks for it;
 * given as a {@linkplain #openStream(int) stream} it is never held in memory at all.
 */
public final class Input {
  /** Documents up to this size are also held as text, for readers given a string. */
  private static final long TEXT_LIMIT = 64L * 1024 * 1024;

  private final byte[] head;
  private final byte[] unit;
  private final long repeats;
  private final byte[] tail;

  private Input(byte[] head, byte[] unit, long repeats, byte[] tail) {
    this.head = head;
    this.unit = unit;
    this.repeats = repeats;
    this.tail = tail;
  }

  /** A document of these bytes. */
  public static Input of(byte[] bytes) {
    return new Input(bytes.clone(), new byte[0], 0, new byte[0]);
  }

  /** A document of this text, in UTF-8. */
  public static Input of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A document of several parts, each text in UTF-8 or bytes. */
  public static Input concat(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      out.writeBytes(part instanceof byte[] ? (byte[]) part : part.toString().getBytes(StandardCharsets.UTF_8));
    }
    return of(out.toByteArray());
  }

  /** A document of a head, a unit repeated, and a tail, all text in UTF-8. */
  public static Input repeated(String head, String unit, long repeats, String tail) {
    if (unit.isEmpty() || repeats < 0) {
      throw new IllegalArgumentException("a unit of at least one character, repeated 0 or more times");
    }
    return new Input(utf8(head), utf8(unit), repeats, utf8(tail));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  //-----------------------------------------------------------------------
  /** Returns the length of the document in bytes. */
  public long length() {
    return head.length + unit.length * repeats + tail.length;
  }

  /** Returns the bytes of the document; for a large document, a new array of that size. */
  public byte[] bytes() {
    if (repeats == 0 && tail.length == 0) {
      return head.clone();
    }
    byte[] bytes = new byte[Math.toIntExact(length())];
    System.arraycopy(head, 0, bytes, 0, head.length);
    int repeated = Math.toIntExact(unit.length * repeats);
    if (repeated > 0) {
      System.arraycopy(unit, 0, bytes, head.length, unit.length);
      // Doubling what is already there: a few dozen copies for a document of 50 MB.
      for (int filled = unit.length; filled < repeated; filled *= 2) {
        System.arraycopy(bytes, head.length, bytes, head.length + filled, Math.min(filled, repeated - filled));
      }
    }
    System.arraycopy(tail, 0, bytes, head.length + repeated, tail.length);
    return bytes;
  }

  /**
   * Returns the document as text, or empty if it is not well-formed UTF-8 (a reader given a string
   * never sees such bytes) or too large to hold as a string.
   */
  public Optional<String> text() {
    if (length() > TEXT_LIMIT) {
      return Optional.empty();
    }
    if (isAscii(head) && isAscii(unit) && isAscii(tail)) {
      return Optional.of(new String(bytes(), StandardCharsets.US_ASCII));
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the parts of the document as text, for checks of what a message may quote; invalid
   * bytes become U+FFFD, and the unit is given once.
   */
  public String partsAsText() {
    return new String(head, StandardCharsets.UTF_8)
        + (repeats > 0 ? new String(unit, StandardCharsets.UTF_8) : "")
        + new String(tail, StandardCharsets.UTF_8);
  }

  /** Checks whether the document is the JSON literal {@code null}, with any white space around it. */
  public boolean isNullLiteral() {
    return length() < 1024 && new String(bytes(), StandardCharsets.ISO_8859_1).strip().equals("null");
  }

  /**
   * Opens the document as a stream that hands out at most {@code chunk} bytes per read, as a
   * network connection may, so that multi-byte characters and tokens are split between reads.
   *
   * @param chunk the most bytes one read returns, at least 1
   */
  public InputStream openStream(int chunk) {
    return new PartsStream(chunk);
  }

  /** Describes the document for a report: its size and its first characters, escaped. */
  public String preview(int characters) {
    byte[] start = prefix(characters * 4);
    StringBuilder escaped = new StringBuilder();
    new String(start, StandardCharsets.UTF_8).codePoints().limit(characters).forEach(c -> {
      if (c < 0x20 || c == 0x7F || c == 0xFFFD || c == 0xFEFF) {
        escaped.append(String.format("\\u%04X", c));
      } else {
        escaped.appendCodePoint(c);
      }
    });
    return length() > characters ? escaped + "... (" + length() + " bytes)" : escaped.toString();
  }

  private byte[] prefix(int size) {
    byte[] prefix = new byte[(int) Math.min(size, length())];
    try (InputStream in = openStream(size)) {
      in.readNBytes(prefix, 0, prefix.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return prefix;
  }

  @Override
  public String toString() {
    return preview(60);
  }

  //-----------------------------------------------------------------------
  /** The parts, one after the other, handed out in chunks; the unit is copied from a block of it. */
  private final class PartsStream extends InputStream {
    private final int chunk;
    private final long length = length();
    private final long repeatedEnd = head.length + unit.length * repeats;
    private byte[] block;
    private long position;

    PartsStream(int chunk) {
      if (chunk < 1) {
        throw new IllegalArgumentException("chunk must be at least 1: " + chunk);
      }
      this.chunk = chunk;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (position >= length) {
        return -1;
      }
      int n;
      if (position < head.length) {
        n = (int) Math.min(Math.min(len, chunk), head.length - position);
        System.arraycopy(head, (int) position, buffer, off, n);
      } else if (position < repeatedEnd) {
        n = (int) Math.min(Math.min(len, chunk), repeatedEnd - position);
        int offset = (int) ((position - head.length) % unit.length);
        System.arraycopy(block(), offset, buffer, off, Math.min(n, block.length - offset));
        n = Math.min(n, block.length - offset);
      } else {
        n = (int) Math.min(Math.min(len, chunk), length - position);
        System.arraycopy(tail, (int) (position - repeatedEnd), buffer, off, n);
      }
      position += n;
      return n;
    }

    /** Returns the unit repeated to at least 64 KiB, and one more time. */
    private byte[] block() {
      if (block == null) {
        int times = (1 << 16) / unit.length + 2;
        block = new byte[unit.length * times];
        for (int i = 0; i < times; i++) {
          System.arraycopy(unit, 0, block, i * unit.length, unit.length);
        }
      }
      return block;
    }
  }
}
