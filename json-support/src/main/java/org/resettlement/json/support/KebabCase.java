package org.resettlement.json.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The lower-kebab-case JSON names of enum constants: {@code RESETTLEMENT_PLACES} is {@code
 * resettlement-places}.
 */
public final class KebabCase {
  private KebabCase() {}

  /**
   * Returns the JSON name of a constant.
   *
   * @param constant  the constant, not null
   * @return the name in lower-kebab-case, not null
   */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the constants of an enum by their JSON names, in declaration order.
   *
   * @param <E>  the enum type
   * @param type  the enum class, not null
   * @return the unmodifiable map from JSON name to constant, not null
   */
  public static <E extends Enum<E>> Map<String, E> byName(Class<E> type) {
    Map<String, E> byName = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      byName.put(of(constant), constant);
    }
    return Collections.unmodifiableMap(byName);
  }
}
