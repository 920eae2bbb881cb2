package org.resettlement.jackson.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import org.resettlement.json.support.DateText;

/**
 * Reads a {@link LocalDate} as Jackson's {@code JavaTimeModule} does, reading the common form
 * {@code YYYY-MM-DD} itself where no pattern, locale or time zone is configured (see {@link
 * DateText}). Whatever Jackson's reader makes of any other text, or refuses in it, is unchanged.
 */
final class DateDeserializer extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  /** Whether the format of this place is ISO 8601, so that the common form may be read here. */
  private final boolean isoFormat;

  /** Creates the deserializer around Jackson's own. */
  DateDeserializer() {
    this(LocalDateDeserializer.INSTANCE, false);
  }

  private DateDeserializer(JsonDeserializer<?> jacksons, boolean isoFormat) {
    super(jacksons);
    this.isoFormat = isoFormat;
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
    return new DateDeserializer(delegate, isoFormat);
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
      throws JsonMappingException {
    JsonDeserializer<?> contextual = super.createContextual(context, property);
    JsonFormat.Value format = findFormatOverrides(context, property, LocalDate.class);
    boolean iso = !format.hasPattern() && !format.hasLocale() && !format.hasTimeZone();
    return contextual instanceof DateDeserializer
        ? new DateDeserializer(((DateDeserializer) contextual)._delegatee, iso)
        : contextual;
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (isoFormat && parser.hasToken(JsonToken.VALUE_STRING)) {
      LocalDate date = DateText.parseCommonForm(parser.getText());
      if (date != null) {
        return date;
      }
    }
    return _delegatee.deserialize(parser, context);
  }
}
