package org.resettlement.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports violations below the validated value, at paths such as {@code
 * events[2].sessions[0].speakers[1]}, with the constraint's own message.
 *
 * <p>A path is given as property names, each optionally followed by the index of the element
 * meant within it: {@code at(context, "events", 2, "sessions", 0, "speakers", 1)}.
 */
final class Violations {
  private Violations() {}

  /**
   * Reports a violation at a path below the validated value.
   *
   * @param context the validator's context, not null
   * @param path property names, each optionally followed by an {@code Integer} index
   */
  static void at(ConstraintValidatorContext context, Object... path) {
    context.disableDefaultConstraintViolation();
    ConstraintViolationBuilder builder =
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
    Function<String, NodeBuilderCustomizableContext> addProperty = builder::addPropertyNode;
    Supplier<LeafNodeBuilderCustomizableContext> addBean = builder::addBeanNode;
    Runnable add = builder::addConstraintViolation;
    Integer pendingIndex = null;
    for (int i = 0; i < path.length; i++) {
      NodeBuilderCustomizableContext node = addProperty.apply((String) path[i]);
      if (pendingIndex != null) {
        // In Bean Validation the index of "events[2]" belongs to the node after "events".
        NodeBuilderDefinedContext indexed = node.inIterable().atIndex(pendingIndex);
        addProperty = indexed::addPropertyNode;
        addBean = indexed::addBeanNode;
        add = indexed::addConstraintViolation;
      } else {
        addProperty = node::addPropertyNode;
        addBean = node::addBeanNode;
        add = node::addConstraintViolation;
      }
      boolean indexFollows = i + 1 < path.length && path[i + 1] instanceof Integer;
      pendingIndex = indexFollows ? (Integer) path[++i] : null;
    }
    if (pendingIndex != null) {
      addBean.get().inIterable().atIndex(pendingIndex).addConstraintViolation();
    } else {
      add.run();
    }
  }

  /**
   * Reports a violation at an element of the validated list, such as {@code topics[1]}.
   *
   * @param context the validator's context, not null
   * @param index the element's index
   */
  static void atElement(ConstraintValidatorContext context, int index) {
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addBeanNode()
        .inIterable()
        .atIndex(index)
        .addConstraintViolation();
  }

  /**
   * Reports a violation at a path, carrying a detail that {@link
   * org.hibernate.validator.engine.HibernateConstraintViolation#getDynamicPayload(Class)} returns,
   * such as the identifier that does not resolve. The detail never enters the message.
   *
   * @param context the validator's context, not null
   * @param detail the detail, not null
   * @param path property names, each optionally followed by an {@code Integer} index
   */
  static void withDetail(ConstraintValidatorContext context, Object detail, Object... path) {
    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(detail);
    at(context, path);
  }
}
