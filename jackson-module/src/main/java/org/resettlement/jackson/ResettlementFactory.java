package org.resettlement.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.IOException;

/**
 * The JSON factory of the mappers that {@code ResettlementJson} builds. It checks the length of a
 * document given as a byte or character array before it parses it, and reports a document beyond
 * the length limit as a {@link org.resettlement.jackson.ResettlementJsonException}, like every
 * other document beyond a limit. Jackson 2.20 and later check that length themselves; Jackson 2.19
 * checks only what it reads from a stream, and would read an array of any length.
 */
final class ResettlementFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a factory with read limits.
   *
   * @param limits the read limits, not null
   */
  ResettlementFactory(StreamReadConstraints limits) {
    super(new JsonFactoryBuilder().streamReadConstraints(limits));
  }

  private ResettlementFactory(ResettlementFactory source) {
    super(source, null);
  }

  @Override
  public JsonFactory copy() {
    _checkInvalidCopy(ResettlementFactory.class);
    return new ResettlementFactory(this);
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
    try {
      _streamReadConstraints.validateDocumentLength(length);
      return super._createParser(data, offset, length, context);
    } catch (StreamConstraintsException e) {
      throw beyondLimit(e, data);
    }
  }

  @Override
  protected JsonParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
      throws IOException {
    try {
      _streamReadConstraints.validateDocumentLength(length);
      return super._createParser(data, offset, length, context, recyclable);
    } catch (StreamConstraintsException e) {
      throw beyondLimit(e, data);
    }
  }

  /** Reports a document beyond a limit at its start, with a parser of nothing for the location. */
  private IOException beyondLimit(StreamConstraintsException problem, Object data) throws IOException {
    try (JsonParser start = super._createParser(new byte[0], 0, 0, _createContext(_createContentReference(data), false))) {
      return ReadProblems.translate(problem, start, Object.class);
    }
  }
}
