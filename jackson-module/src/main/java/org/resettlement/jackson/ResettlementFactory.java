package org.resettlement.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.IOException;

/**
 * The JSON factory of the mappers that {@code ResettlementJson} builds. Jackson checks the length
 * of a document given as a byte or character array before it parses it; this factory reports a
 * document beyond the length limit as a {@link org.resettlement.jackson.ResettlementJsonException},
 * like every other document beyond a limit.
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
      return super._createParser(data, offset, length, context);
    } catch (StreamConstraintsException e) {
      throw beyondLimit(e, data);
    }
  }

  @Override
  protected JsonParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
      throws IOException {
    try {
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
