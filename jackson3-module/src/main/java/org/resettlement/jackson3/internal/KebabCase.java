package org.resettlement.jackson3.internal;

import java.util.Locale;

/** The lower-kebab-case JSON names of enum constants: {@code RESETTLEMENT_PLACES} is {@code resettlement-places}. */
final class KebabCase {
  private KebabCase() {}

  /** Returns the JSON name of a constant. */
  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
