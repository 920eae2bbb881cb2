package org.resettlement.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import java.io.IOException;
import java.net.URI;
import org.resettlement.json.support.SharedValues;

/**
 * Reads a web address ({@link URI}) as Jackson does, once per text and reading: a text met again
 * in the same document gives the address read the first time (see {@link SharedValues}). Whatever
 * Jackson's reader makes of a text, or refuses in it, is unchanged.
 */
final class WebAddressDeserializer extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer around Jackson's own. */
  WebAddressDeserializer() {
    this(FromStringDeserializer.findDeserializer(URI.class));
  }

  private WebAddressDeserializer(JsonDeserializer<?> jacksons) {
    super(jacksons);
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
    return new WebAddressDeserializer(delegate);
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      return _delegatee.deserialize(parser, context);
    }
    String text = parser.getText();
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
