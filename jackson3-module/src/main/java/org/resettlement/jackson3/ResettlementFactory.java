package org.resettlement.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON factory of the mappers that {@code ResettlementJson} builds. Jackson checks the length
 * of a document given as a byte or character array before it parses it; this factory reports a
 * document beyond the length limit as a {@link org.resettlement.jackson3.ResettlementJsonException},
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
    super(JsonFactory.builder().streamReadConstraints(limits));
  }

  private ResettlementFactory(ResettlementFactory source) {
    super(source);
  }

  @Override
  public JsonFactory copy() {
    return new ResettlementFactory(this);
  }

  @Override
  protected JsonParser _createParser(ObjectReadContext reading, IOContext context, byte[] data, int offset, int length) {
    try {
      return super._createParser(reading, context, data, offset, length);
    } catch (StreamConstraintsException e) {
      throw beyondLimit(e, reading, data);
    }
  }

  @Override
  protected JsonParser _createParser(
      ObjectReadContext reading, IOContext context, char[] data, int offset, int length, boolean recyclable) {
    try {
      return super._createParser(reading, context, data, offset, length, recyclable);
    } catch (StreamConstraintsException e) {
      throw beyondLimit(e, reading, data);
    }
  }

  /** Reports a document beyond a limit at its start, with a parser of nothing for the location. */
  private RuntimeException beyondLimit(StreamConstraintsException problem, ObjectReadContext reading, Object data) {
    IOContext context = _createContext(_createContentReference(data), false);
    try (JsonParser start = super._createParser(reading, context, new byte[0], 0, 0)) {
      return ReadProblems.translate(problem, start, Object.class);
    }
  }
}
