package org.resettlement.jackson3.internal;

import java.net.URI;
import org.resettlement.json.support.SharedValues;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.JDKFromStringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Reads a web address ({@link URI}) as Jackson does, once per text and reading: a text met again
 * in the same document gives the address read the first time (see {@link SharedValues}). Whatever
 * Jackson's reader makes of a text, or refuses in it, is unchanged.
 */
final class WebAddressDeserializer extends DelegatingDeserializer {

  /** Creates the deserializer around Jackson's own. */
  WebAddressDeserializer() {
    this(JDKFromStringDeserializer.findDeserializer(URI.class));
  }

  private WebAddressDeserializer(ValueDeserializer<?> jacksons) {
    super(jacksons);
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
    return new WebAddressDeserializer(delegate);
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      return _delegatee.deserialize(parser, context);
    }
    String text = parser.getString();
    SharedValues values = DocumentValues.of(context);
    URI kept = values.webAddress(text);
    if (kept != null) {
      return kept;
    }
    Object read = _delegatee.deserialize(parser, context);
    if (read instanceof URI) {
      values.keepWebAddress(text, (URI) read);
    }
    return read;
  }
}
