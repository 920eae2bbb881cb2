package org.resettlement.jackson3.internal;

import org.resettlement.core.Dataset;

/** Which types are the core's: only they get the wire format's conventions. */
final class CoreTypes {
  private static final String CORE_PACKAGE = Dataset.class.getPackageName();

  private CoreTypes() {}

  /** Checks whether a class belongs to the core's public package. */
  static boolean isCore(Class<?> type) {
    return type.getPackageName().equals(CORE_PACKAGE);
  }

  /** Checks whether a class is an enum of the core, nested ones included. */
  static boolean isCoreEnum(Class<?> type) {
    return type.isEnum() && isCore(type);
  }
}
