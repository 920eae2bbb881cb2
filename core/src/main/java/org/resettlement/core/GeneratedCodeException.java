package org.resettlement.core;

import java.util.Arrays;
import java.util.List;

/**
 * The exceptions the Immutables-generated builders throw, as {@link InvalidValueException}s.
 *
 * <p>The generated code passes only attribute names, so the public model type is found from the
 * generated class that throws (an {@code ImmutableX} or its nested builder, both of which extend
 * or sit inside the generated subclass of {@code X}). This runs only when building fails.
 */
final class GeneratedCodeException {
  private static final StackWalker STACK =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private GeneratedCodeException() {}

  /** Thrown by {@code build()} when required fields were not set. */
  static final class MissingFields extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for the given missing attributes.
     *
     * @param attributes the names of the required attributes that were not set
     */
    public MissingFields(String[] attributes) {
      super(throwingModelType(), Arrays.asList(attributes), "required but not set");
    }

    /**
     * Creates the exception for an invalid state described by the generated code.
     *
     * @param message the generated description
     */
    public MissingFields(String message) {
      super(throwingModelType(), List.of(), message);
    }
  }

  /** Thrown when {@code null} is given for an attribute, or inside a collection. */
  static final class NullArgument extends InvalidValueException {
    private static final long serialVersionUID = 1L;
    private static final String ELEMENT_SUFFIX = " element";

    /**
     * Creates the exception for the attribute the generated code names.
     *
     * @param attribute the attribute name, or {@code "<name> element"} for a collection element
     */
    public NullArgument(String attribute) {
      super(throwingModelType(), fieldOf(attribute), reasonFor(attribute));
    }

    private static List<String> fieldOf(String attribute) {
      String field =
          attribute.endsWith(ELEMENT_SUFFIX)
              ? attribute.substring(0, attribute.length() - ELEMENT_SUFFIX.length())
              : attribute;
      return List.of(field);
    }

    private static String reasonFor(String attribute) {
      return attribute.endsWith(ELEMENT_SUFFIX) ? "must not contain null" : "must not be null";
    }
  }

  private static Class<?> throwingModelType() {
    Class<?> thrower =
        STACK.walk(
            frames ->
                frames
                    .map(StackWalker.StackFrame::getDeclaringClass)
                    .filter(type -> type.getEnclosingClass() != GeneratedCodeException.class)
                    .filter(type -> type != GeneratedCodeException.class)
                    .findFirst()
                    .orElse(Object.class));
    Class<?> outermost = thrower;
    while (outermost.getEnclosingClass() != null) {
      outermost = outermost.getEnclosingClass();
    }
    Class<?> modelType = outermost.getSuperclass();
    return modelType == null || modelType == Object.class ? outermost : modelType;
  }
}
