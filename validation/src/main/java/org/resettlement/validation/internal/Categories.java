package org.resettlement.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.function.Predicate;
import org.resettlement.core.Category;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.Dimension;
import org.resettlement.core.DimensionKey;

/**
 * What the rules on categories share: a category is checked as text only where it is a
 * publisher's code ({@link CategoryCode}), since the categories the core knows (sexes, age bands,
 * countries) have fixed codes; a problem in a key is reported at the dimension of the category,
 * as {@code key.citizenship}, where the JSON wire format writes it.
 */
final class Categories {
  private Categories() {}

  /**
   * Checks whether a category is a publisher's code whose text has a problem.
   *
   * @param category the category, not null
   * @param problem what the text must not be or have
   * @return true for a publisher's code with the problem
   */
  static boolean codeHas(Category category, Predicate<String> problem) {
    return category instanceof CategoryCode && problem.test(category.code());
  }

  /**
   * Checks every publisher's code of a key, reporting each that has a problem at its dimension.
   *
   * @param key the key, not null
   * @param problem what the text must not be or have
   * @param context the validator's context, not null
   * @return true if no code of the key has the problem
   */
  static boolean eachCode(DimensionKey key, Predicate<String> problem, ConstraintValidatorContext context) {
    return each(key, (dimension, category) -> codeHas(category, problem), context);
  }

  /** A category of a dimension that a rule reports. */
  @FunctionalInterface
  interface Problem {
    boolean test(Dimension dimension, Category category);
  }

  /**
   * Checks every category of a key, reporting each that has a problem at its dimension.
   *
   * @param key the key, not null
   * @param problem what a category of its dimension must not be
   * @param context the validator's context, not null
   * @return true if no category of the key has the problem
   */
  static boolean each(DimensionKey key, Problem problem, ConstraintValidatorContext context) {
    if (key.empty()) {
      return true;
    }
    boolean valid = true;
    for (Map.Entry<Dimension, Category> pair : key.asMap().entrySet()) {
      if (problem.test(pair.getKey(), pair.getValue())) {
        Violations.at(context, pair.getKey().code());
        valid = false;
      }
    }
    return valid;
  }
}
