package org.resettlement.core;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the Immutables-generated code reports into the parts of an {@link
 * InvalidValueException}, which it throws directly ({@link ResettlementStyle}), so that users see
 * the one exception of the API and never a generated or helper class.
 *
 * <p>The generated code passes one text to the exception: the name of an attribute given {@code
 * null} ({@code "title"}, or {@code "sources element"} inside a collection), its description of
 * the required attributes that were not set, or its description of default attributes whose
 * initialisers form a cycle. Its copy methods pass only {@code "element"} for a null element of a
 * collection ({@code withSources(...)}); the attribute is then read from the copy method's name.
 * Immutables would pass the missing attributes as an array only to a public constructor, which
 * would let anyone build the exception with a type guessed from the stack; the description it
 * writes instead is read here, and {@code BuilderInvariantsTest} pins it down, so that an upgrade
 * of Immutables that rewords it fails the build.
 *
 * <p>The public model type is found from the generated class that throws (an {@code ImmutableX}
 * or its nested builder, both of which extend or sit inside the generated subclass of {@code X}).
 * This runs only when building fails.
 */
final class GeneratedCodeFailures {
  private static final StackWalker STACK =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  /** What a generated null check passes: an attribute, or {@code "<attribute> element"}. */
  private static final Pattern NULL_ATTRIBUTE = Pattern.compile("([A-Za-z_$][A-Za-z0-9_$]*)( element)?");

  /** What a generated copy method passes for a null element, naming no attribute. */
  private static final String COPIED_ELEMENT = "element";

  /** A generated copy method, {@code with} and the attribute's name. */
  private static final Pattern COPY_METHOD = Pattern.compile("with([A-Z][A-Za-z0-9_$]*)");

  /** How the generated {@code build()} describes required attributes that were not set. */
  private static final Pattern MISSING_ATTRIBUTES =
      Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[([^\\]]*)\\]");

  private GeneratedCodeFailures() {}

  /** The parts of an {@link InvalidValueException}. */
  record Report(Class<?> valueType, List<String> fields, String reason) {}

  /**
   * Reads the text the generated code passes to the exception.
   *
   * @param text what the generated code passed, not null
   * @return the model type, the fields concerned and the reason in the library's words
   */
  static Report read(String text) {
    Class<?> valueType = throwingModelType();
    if (text.equals(COPIED_ELEMENT)) {
      Optional<String> copied = copiedAttribute();
      if (copied.isPresent()) {
        return new Report(valueType, List.of(copied.get()), "must not contain null");
      }
    }
    Matcher nullAttribute = NULL_ATTRIBUTE.matcher(text);
    if (nullAttribute.matches()) {
      boolean element = nullAttribute.group(2) != null;
      return new Report(
          valueType, List.of(nullAttribute.group(1)), element ? "must not contain null" : "must not be null");
    }
    Matcher missing = MISSING_ATTRIBUTES.matcher(text);
    if (missing.matches()) {
      return new Report(valueType, Arrays.asList(missing.group(1).split(", ")), "required but not set");
    }
    return new Report(valueType, List.of(), text);
  }

  /** The attribute of the generated copy method on the stack, such as {@code sources}. */
  private static Optional<String> copiedAttribute() {
    return STACK.walk(
        frames ->
            frames
                .filter(frame -> frame.getDeclaringClass().getSimpleName().startsWith("Immutable"))
                .map(frame -> COPY_METHOD.matcher(frame.getMethodName()))
                .filter(Matcher::matches)
                .map(copy -> Character.toLowerCase(copy.group(1).charAt(0)) + copy.group(1).substring(1))
                .findFirst());
  }

  private static Class<?> throwingModelType() {
    Class<?> thrower =
        STACK.walk(
            frames ->
                frames
                    .map(StackWalker.StackFrame::getDeclaringClass)
                    .filter(type -> type != GeneratedCodeFailures.class)
                    .filter(type -> !InvalidValueException.class.isAssignableFrom(type))
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
