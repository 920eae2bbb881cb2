package org.resettlement.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.resettlement.core.LocalizedText;
import org.resettlement.validation.internal.Constraints.NotBlankText;

/**
 * The validators of {@link NotBlankText}, one per type of text. A text is blank when it is empty or
 * holds only invisible characters ({@link Formats#isBlank}).
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

  private static boolean isNotBlank(LocalizedText text) {
    for (String variant : text.variants().values()) {
      if (Formats.isBlank(variant)) {
        return false;
      }
    }
    return true;
  }
}
