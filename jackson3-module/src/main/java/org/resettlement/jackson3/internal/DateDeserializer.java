package org.resettlement.jackson3.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import org.resettlement.json.support.DateText;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;

/**
 * Reads a {@link LocalDate} as Jackson's own reader does, reading the common form {@code
 * YYYY-MM-DD} itself where no pattern, locale or time zone is configured (see {@link DateText}).
 * Whatever Jackson's reader makes of any other text, or refuses in it, is unchanged.
 */
final class DateDeserializer extends DelegatingDeserializer {

  /** Whether the format of this place is ISO 8601, so that the common form may be read here. */
  private final boolean isoFormat;

  /** Creates the deserializer around Jackson's own. */
  DateDeserializer() {
    this(LocalDateDeserializer.INSTANCE, false);
  }

  private DateDeserializer(ValueDeserializer<?> jacksons, boolean isoFormat) {
    super(jacksons);
    this.isoFormat = isoFormat;
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
    return new DateDeserializer(delegate, isoFormat);
  }

  @Override
  public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
    ValueDeserializer<?> contextual = super.createContextual(context, property);
    JsonFormat.Value format = findFormatOverrides(context, property, LocalDate.class);
    boolean iso = !format.hasPattern() && !format.hasLocale() && !format.hasTimeZone();
    return contextual instanceof DateDeserializer
        ? new DateDeserializer(((DateDeserializer) contextual)._delegatee, iso)
        : contextual;
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) {
    if (isoFormat && parser.hasToken(JsonToken.VALUE_STRING)) {
      LocalDate date = DateText.parseCommonForm(parser.getString());
      if (date != null) {
        return date;
      }
    }
    return _delegatee.deserialize(parser, context);
  }
}
