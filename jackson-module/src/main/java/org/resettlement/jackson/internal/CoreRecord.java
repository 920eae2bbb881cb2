package org.resettlement.jackson.internal;

import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import org.resettlement.json.support.CoreTypes;

/**
 * The records of the core, such as {@code CampaignProgress}: Jackson binds them through their
 * components and canonical constructor; this gives them the same conventions as the value types.
 */
public final class CoreRecord {

  private CoreRecord() {}

  /**
   * Checks whether a class is a record of the core.
   *
   * @param type  the class
   * @return true for a record of the core's public package
   */
  public static boolean is(Class<?> type) {
    return type.isRecord() && CoreTypes.isCore(type);
  }

  /** Returns the component names, in declaration order. */
  static String[] componentNames(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
  }

  /**
   * Finds the component that a member of a core record stands for: its accessor, its field, or
   * its parameter of the canonical constructor.
   */
  static Optional<RecordComponent> componentOf(Annotated annotated) {
    if (!(annotated instanceof AnnotatedMember)) {
      return Optional.empty();
    }
    Class<?> owner = ((AnnotatedMember) annotated).getDeclaringClass();
    if (!is(owner)) {
      return Optional.empty();
    }
    RecordComponent[] components = owner.getRecordComponents();
    if (annotated instanceof AnnotatedParameter) {
      AnnotatedParameter parameter = (AnnotatedParameter) annotated;
      boolean canonical = parameter.getOwner().getParameterCount() == components.length;
      return canonical ? Optional.of(components[parameter.getIndex()]) : Optional.empty();
    }
    String name = annotated.getName();
    return Arrays.stream(components).filter(component -> component.getName().equals(name)).findFirst();
  }

  /** Checks whether a component is optional: an {@code Optional}. */
  static boolean isOptional(RecordComponent component) {
    return component.getType() == Optional.class;
  }
}
