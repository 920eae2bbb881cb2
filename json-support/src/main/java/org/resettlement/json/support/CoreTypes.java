package org.resettlement.json.support;

import org.resettlement.core.Dataset;

/** Which types are the core's: only they get the wire format's conventions. */
public final class CoreTypes {
  private static final String CORE_PACKAGE = Dataset.class.getPackageName();

  private CoreTypes() {}

  /**
   * Checks whether a class belongs to the core's public package.
   *
   * @param type  the class, not null
   * @return true if the class is one of the core's public types or their nested types
   */
  public static boolean isCore(Class<?> type) {
    return type.getPackageName().equals(CORE_PACKAGE);
  }

  /**
   * Checks whether a class is an enum of the core, nested ones included.
   *
   * @param type  the class, not null
   * @return true if the class is an enum of the core's public package
   */
  public static boolean isCoreEnum(Class<?> type) {
    return type.isEnum() && isCore(type);
  }
}
