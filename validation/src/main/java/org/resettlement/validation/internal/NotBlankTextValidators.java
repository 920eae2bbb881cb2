package org.resettlement.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.resettlement.core.Category;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.LocalizedText;
import org.resettlement.validation.internal.Constraints.NotBlankText;

/**
 * The validators of {@link NotBlankText}, one per type of text. A text is blank when it is empty or
 * holds only invisible characters ({@link Formats#isBlank}). The categories of keys and breakdowns
 * are texts where they are a publisher's code.
 */
public final class NotBlankTextValidators {
  private NotBlankTextValidators() {}

  /** A localised text has no blank variant. */
  public static final class ForLocalizedText implements ConstraintValidator<NotBlankText, LocalizedText> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public ForLocalizedText() {}

    @Override
    public boolean isValid(LocalizedText text, ConstraintValidatorContext context) {
      return text == null || isNotBlank(text);
    }
  }

  /** A plain text, such as a person's name, is not blank. */
  public static final class ForString implements ConstraintValidator<NotBlankText, String> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public ForString() {}

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return text == null || !Formats.isBlank(text);
    }
  }

  /** No text of a list of localised texts, such as an event's topics, is blank. */
  public static final class ForList implements ConstraintValidator<NotBlankText, List<LocalizedText>> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public ForList() {}

    @Override
    public boolean isValid(List<LocalizedText> texts, ConstraintValidatorContext context) {
      boolean valid = true;
      for (int i = 0; texts != null && i < texts.size(); i++) {
        if (!isNotBlank(texts.get(i))) {
          // Reported as topics[1] rather than topics[1].<list element>.
          Violations.atElement(context, i);
          valid = false;
        }
      }
      return valid;
    }
  }

  /**
   * No publisher's code in a key is blank, as a code of only invisible characters would be, such as
   * a zero-width space; reported at the code's dimension, as {@code key.citizenship}. Categories
   * the core knows (sexes, age bands, countries) are never blank.
   */
  public static final class ForKey implements ConstraintValidator<NotBlankText, DimensionKey> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public ForKey() {}

    @Override
    public boolean isValid(DimensionKey key, ConstraintValidatorContext context) {
      return key == null || Categories.eachCode(key, Formats::isBlank, context);
    }
  }

  /** A category that is a publisher's code, such as a breakdown's, is not blank. */
  public static final class ForCategory implements ConstraintValidator<NotBlankText, Category> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public ForCategory() {}

    @Override
    public boolean isValid(Category category, ConstraintValidatorContext context) {
      return category == null || !Categories.codeHas(category, Formats::isBlank);
    }
  }

  private static boolean isNotBlank(LocalizedText text) {
    for (String variant : text.variants().values()) {
      if (Formats.isBlank(variant)) {
        return false;
      }
    }
    return true;
  }
}
