package org.resettlement.json.support;

import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * The records of the core, such as {@code CampaignProgress}, which the bindings give the same
 * conventions as the value types: properties in the order of the record header, absent optionals
 * left out, every other component required.
 */
public final class CoreRecords {
  private CoreRecords() {}

  /**
   * Checks whether a class is a record of the core.
   *
   * @param type  the class, not null
   * @return true for a record of the core's public package
   */
  public static boolean is(Class<?> type) {
    return type.isRecord() && CoreTypes.isCore(type);
  }

  /**
   * Returns the component names of a record, in the order of its header.
   *
   * @param record  a record class, not null
   * @return the names, not null
   */
  public static String[] componentNames(Class<?> record) {
    RecordComponent[] components = record.getRecordComponents();
    String[] names = new String[components.length];
    for (int i = 0; i < components.length; i++) {
      names[i] = components[i].getName();
    }
    return names;
  }

  /**
   * Finds the component of a record of the core by name, as its accessor or field is named.
   *
   * @param owner  the class that declares the member, not null
   * @param name  the member's name, not null
   * @return the component, or empty if the class is not a record of the core or has no such one
   */
  public static Optional<RecordComponent> named(Class<?> owner, String name) {
    if (!is(owner)) {
      return Optional.empty();
    }
    for (RecordComponent component : owner.getRecordComponents()) {
      if (component.getName().equals(name)) {
        return Optional.of(component);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the component of a record of the core that a constructor parameter stands for.
   *
   * @param owner  the class that declares the constructor, not null
   * @param parameterCount  the number of the constructor's parameters
   * @param index  the parameter's index
   * @return the component, or empty if the class is not a record of the core or the constructor
   *     is not the canonical one
   */
  public static Optional<RecordComponent> ofParameter(Class<?> owner, int parameterCount, int index) {
    if (!is(owner)) {
      return Optional.empty();
    }
    RecordComponent[] components = owner.getRecordComponents();
    return parameterCount == components.length ? Optional.of(components[index]) : Optional.empty();
  }

  /**
   * Checks whether a component is optional: an {@code Optional}.
   *
   * @param component  the component, not null
   * @return true for an {@code Optional} component
   */
  public static boolean isOptional(RecordComponent component) {
    return component.getType() == Optional.class;
  }
}
