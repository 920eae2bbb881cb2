package org.resettlement.json.support;

import java.lang.reflect.InvocationTargetException;
import java.util.Collection;
import java.util.Optional;
import org.resettlement.core.Dataset;

/**
 * The attributes of the core that the wire format does not have yet (see {@link
 * PropertyOrder#unwritten(Class)}): a writer refuses a value that holds any, as writing it without
 * them would drop what the user gave.
 */
public final class UnwrittenAttributes {
  private UnwrittenAttributes() {}

  /**
   * Checks whether a type has attributes that the wire format does not have yet.
   *
   * @param type  a public type of the core or its generated implementation, not null
   * @return true for a dataset
   */
  public static boolean hasAny(Class<?> type) {
    return !PropertyOrder.unwritten(publicType(type)).isEmpty();
  }

  private static Class<?> publicType(Class<?> type) {
    return ValueType.ofImplementation(type).map(ValueType::type).orElse(type);
  }

  /**
   * Says why a value cannot be written, if it holds an attribute that the wire format does not
   * have yet.
   *
   * @param value  the value about to be written, not null
   * @return the reason, such as {@code "observations are not part of wire format 1.0 yet"}, or
   *     empty if the value can be written
   */
  public static Optional<String> refusal(Object value) {
    Class<?> type = publicType(value.getClass());
    for (String name : PropertyOrder.unwritten(type)) {
      if (!empty(read(type, value, name))) {
        return Optional.of(
            type.getSimpleName() + "." + name + " is not part of wire format " + Dataset.SCHEMA_VERSION
                + " yet; leave it empty to write this value (it would be lost)");
      }
    }
    return Optional.empty();
  }

  private static Object read(Class<?> type, Object value, String name) {
    try {
      return type.getMethod(name).invoke(value);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("no accessor " + type.getSimpleName() + "." + name, e);
    }
  }

  private static boolean empty(Object attribute) {
    if (attribute instanceof Collection) {
      return ((Collection<?>) attribute).isEmpty();
    }
    return attribute instanceof Optional ? ((Optional<?>) attribute).isEmpty() : attribute == null;
  }
}
