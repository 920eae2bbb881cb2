package org.resettlement.wireformat;

import org.resettlement.core.Category;
import org.resettlement.core.CategoryCode;

/**
 * What a reader makes of a value that a writer wrote as a document of its own: the same value,
 * except for a {@link Category}. A category is written as its code, and only its dimension says
 * how to type the code (in a key or a breakdown, {@code female} of {@code sex} is the sex female);
 * a category alone is read as the publisher's code, so {@code Sex.FEMALE} comes back as {@code
 * CategoryCode.of("female")}, with the same code.
 */
public final class ReadBack {
  private ReadBack() {}

  /**
   * Returns the value that reading a document of a value of a type gives.
   *
   * @param type  the type the value is written and read as
   * @param value  the value written
   * @return the value read back, not null
   */
  public static Object of(Class<?> type, Object value) {
    return type == Category.class ? CategoryCode.of(((Category) value).code()) : value;
  }
}
