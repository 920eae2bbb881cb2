package org.resettlement.jackson.internal;

import com.fasterxml.jackson.databind.DeserializationContext;
import org.resettlement.json.support.SharedValues;

/** Keeps the {@link SharedValues} of one reading of a document with the reading's context. */
public final class DocumentValues {
  private DocumentValues() {}

  /**
   * Returns the values this reading of a document has read so far.
   *
   * @param context  the context of the reading, not null
   * @return the values, made on the first call of a reading, not null
   */
  public static SharedValues of(DeserializationContext context) {
    Object kept = context.getAttribute(SharedValues.class);
    if (kept instanceof SharedValues) {
      return (SharedValues) kept;
    }
    SharedValues values = new SharedValues();
    context.setAttribute(SharedValues.class, values);
    return values;
  }
}
