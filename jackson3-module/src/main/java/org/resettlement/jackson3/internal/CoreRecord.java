package org.resettlement.jackson3.internal;

import java.lang.reflect.RecordComponent;
import java.util.Optional;
import org.resettlement.json.support.CoreRecords;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedParameter;

/**
 * Finds the component of a record of the core (see {@link CoreRecords}) that a member Jackson
 * introspects stands for: its accessor, its field, or its parameter of the canonical constructor.
 */
final class CoreRecord {

  private CoreRecord() {}

  /** Finds the component that a member of a core record stands for. */
  static Optional<RecordComponent> componentOf(Annotated annotated) {
    if (!(annotated instanceof AnnotatedMember)) {
      return Optional.empty();
    }
    Class<?> owner = ((AnnotatedMember) annotated).getDeclaringClass();
    if (annotated instanceof AnnotatedParameter) {
      AnnotatedParameter parameter = (AnnotatedParameter) annotated;
      return CoreRecords.ofParameter(owner, parameter.getOwner().getParameterCount(), parameter.getIndex());
    }
    return CoreRecords.named(owner, annotated.getName());
  }
}
