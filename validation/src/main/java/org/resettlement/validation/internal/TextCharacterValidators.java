package org.resettlement.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.function.Predicate;
import org.resettlement.core.Category;
import org.resettlement.core.DimensionKey;
import org.resettlement.core.LocalizedText;
import org.resettlement.validation.internal.Constraints.NoControlCharacters;
import org.resettlement.validation.internal.Constraints.NoDirectionalFormatting;

/**
 * The validators of {@link NoControlCharacters} and {@link NoDirectionalFormatting}, one per type
 * of text, for names and titles or, with the constraint's {@code runningText}, for descriptions,
 * summaries and notes. {@link Formats} says which characters each rule reports.
 */
public final class TextCharacterValidators {
  private TextCharacterValidators() {}

  /** {@link NoControlCharacters} on a localised text: in none of its variants. */
  public static final class NoControlsInLocalizedText
      implements ConstraintValidator<NoControlCharacters, LocalizedText> {
    private Predicate<String> hasControl;

    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public NoControlsInLocalizedText() {}

    @Override
    public void initialize(NoControlCharacters constraint) {
      hasControl = controls(constraint.runningText());
    }

    @Override
    public boolean isValid(LocalizedText text, ConstraintValidatorContext context) {
      return text == null || noneHas(text, hasControl);
    }
  }

  /** {@link NoControlCharacters} on a plain text, such as a person's name or a note. */
  public static final class NoControlsInString implements ConstraintValidator<NoControlCharacters, String> {
    private Predicate<String> hasControl;

    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public NoControlsInString() {}

    @Override
    public void initialize(NoControlCharacters constraint) {
      hasControl = controls(constraint.runningText());
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return text == null || !hasControl.test(text);
    }
  }

  /** {@link NoControlCharacters} on a list of localised texts, such as an event's topics. */
  public static final class NoControlsInList
      implements ConstraintValidator<NoControlCharacters, List<LocalizedText>> {
    private Predicate<String> hasControl;

    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public NoControlsInList() {}

    @Override
    public void initialize(NoControlCharacters constraint) {
      hasControl = controls(constraint.runningText());
    }

    @Override
    public boolean isValid(List<LocalizedText> texts, ConstraintValidatorContext context) {
      return texts == null || eachElement(texts, hasControl, context);
    }
  }

  /** {@link NoDirectionalFormatting} on a localised text: in none of its variants. */
  public static final class NoDirectionalFormattingInLocalizedText
      implements ConstraintValidator<NoDirectionalFormatting, LocalizedText> {
    private Predicate<String> hasFormatting;

    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public NoDirectionalFormattingInLocalizedText() {}

    @Override
    public void initialize(NoDirectionalFormatting constraint) {
      hasFormatting = directionalFormatting(constraint.runningText());
    }

    @Override
    public boolean isValid(LocalizedText text, ConstraintValidatorContext context) {
      return text == null || noneHas(text, hasFormatting);
    }
  }

  /** {@link NoDirectionalFormatting} on a plain text, such as a person's name or a note. */
  public static final class NoDirectionalFormattingInString
      implements ConstraintValidator<NoDirectionalFormatting, String> {
    private Predicate<String> hasFormatting;

    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public NoDirectionalFormattingInString() {}

    @Override
    public void initialize(NoDirectionalFormatting constraint) {
      hasFormatting = directionalFormatting(constraint.runningText());
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return text == null || !hasFormatting.test(text);
    }
  }

  /** {@link NoDirectionalFormatting} on a list of localised texts, such as an event's topics. */
  public static final class NoDirectionalFormattingInList
      implements ConstraintValidator<NoDirectionalFormatting, List<LocalizedText>> {
    private Predicate<String> hasFormatting;

    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public NoDirectionalFormattingInList() {}

    @Override
    public void initialize(NoDirectionalFormatting constraint) {
      hasFormatting = directionalFormatting(constraint.runningText());
    }

    @Override
    public boolean isValid(List<LocalizedText> texts, ConstraintValidatorContext context) {
      return texts == null || eachElement(texts, hasFormatting, context);
    }
  }

  /**
   * {@link NoDirectionalFormatting} on the publisher's codes of a key, as on a name; reported at
   * the code's dimension, as {@code key.citizenship}.
   */
  public static final class NoDirectionalFormattingInKey
      implements ConstraintValidator<NoDirectionalFormatting, DimensionKey> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public NoDirectionalFormattingInKey() {}

    @Override
    public boolean isValid(DimensionKey key, ConstraintValidatorContext context) {
      return key == null || Categories.eachCode(key, directionalFormatting(false), context);
    }
  }

  /** {@link NoDirectionalFormatting} on a category that is a publisher's code, as on a name. */
  public static final class NoDirectionalFormattingInCategory
      implements ConstraintValidator<NoDirectionalFormatting, Category> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public NoDirectionalFormattingInCategory() {}

    @Override
    public boolean isValid(Category category, ConstraintValidatorContext context) {
      return category == null || !Categories.codeHas(category, directionalFormatting(false));
    }
  }

  //-----------------------------------------------------------------------
  private static Predicate<String> controls(boolean runningText) {
    return text -> Formats.hasControlCharacter(text, runningText);
  }

  private static Predicate<String> directionalFormatting(boolean runningText) {
    return text -> Formats.hasDirectionalFormatting(text, runningText);
  }

  private static boolean noneHas(LocalizedText text, Predicate<String> has) {
    for (String variant : text.variants().values()) {
      if (has.test(variant)) {
        return false;
      }
    }
    return true;
  }

  /** Reports each text of a list that has what it must not at its index, as {@code topics[1]}. */
  private static boolean eachElement(List<LocalizedText> texts, Predicate<String> has, ConstraintValidatorContext context) {
    boolean valid = true;
    for (int i = 0; i < texts.size(); i++) {
      if (!noneHas(texts.get(i), has)) {
        Violations.atElement(context, i);
        valid = false;
      }
    }
    return valid;
  }
}
