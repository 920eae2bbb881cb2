package org.resettlement.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.resettlement.core.Dataset;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Observation;
import org.resettlement.core.Source;
import org.resettlement.validation.internal.Constraints.NoControlCharacters;
import org.resettlement.validation.internal.Constraints.NoDirectionalFormatting;
import org.resettlement.validation.internal.Constraints.NotBlankText;
import org.resettlement.validation.internal.Constraints.NotInFuture;
import org.resettlement.validation.internal.Constraints.WebAddress;

/**
 * The validators of the rules on sources, for the sources of a dataset's observations: each
 * distinct source is checked once, however many observations cite it, and a problem is reported
 * once, at the first observation that cites the source, such as {@code
 * observations[0].sources[0].title}.
 *
 * <p>The cells of a publisher's table share their source, a million cells one source. Validated
 * in cascade, as the sources of records are, it would be checked a million times and a problem in
 * it reported a million times. So the mapping does not cascade from an observation to its sources,
 * and these validators, on the dataset, check the rules that the mapping puts on a {@link Source}
 * (title and publisher as names, the note as running text, the address, the dates), with the same
 * checks ({@link Formats}). Sources are told apart by equality, so that sources read from JSON,
 * equal but not the same object, are checked once too.
 */
public final class SharedSourceValidators {
  private SharedSourceValidators() {}

  /** {@link NotBlankText} on the title, publisher and note of the sources of observations. */
  public static final class NotBlank implements ConstraintValidator<NotBlankText, Dataset> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public NotBlank() {}

    @Override
    public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
      return dataset == null || check(dataset, context, (source, today, broken) -> texts(source, broken,
          Formats::isBlank, Formats::isBlank));
    }
  }

  /** {@link NoControlCharacters} on the sources of observations; the note is running text. */
  public static final class NoControls implements ConstraintValidator<NoControlCharacters, Dataset> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public NoControls() {}

    @Override
    public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
      return dataset == null || check(dataset, context, (source, today, broken) -> texts(source, broken,
          text -> Formats.hasControlCharacter(text, false), text -> Formats.hasControlCharacter(text, true)));
    }
  }

  /** {@link NoDirectionalFormatting} on the sources of observations; the note is running text. */
  public static final class NoDirectionControls implements ConstraintValidator<NoDirectionalFormatting, Dataset> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public NoDirectionControls() {}

    @Override
    public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
      return dataset == null || check(dataset, context, (source, today, broken) -> texts(source, broken,
          text -> Formats.hasDirectionalFormatting(text, false), text -> Formats.hasDirectionalFormatting(text, true)));
    }
  }

  /** {@link WebAddress} on the URL of the sources of observations. */
  public static final class Url implements ConstraintValidator<WebAddress, Dataset> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public Url() {}

    @Override
    public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
      return dataset == null || check(dataset, context, (source, today, broken) -> {
        if (source.url().isPresent() && !Formats.isWebAddress(source.url().get())) {
          broken.add("url");
        }
      });
    }
  }

  /** {@link NotInFuture} on the dates of the sources of observations. */
  public static final class Dates implements ConstraintValidator<NotInFuture, Dataset> {
    /** Creates the validator, as Hibernate Validator does for each constraint it checks. */
    public Dates() {}

    @Override
    public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
      return dataset == null || check(dataset, context, (source, today, broken) -> {
        if (source.publishedOn().isPresent() && source.publishedOn().get().earliestDate().isAfter(today)) {
          broken.add("publishedOn");
        }
        if (source.accessedOn().isPresent() && source.accessedOn().get().isAfter(today)) {
          broken.add("accessedOn");
        }
      });
    }
  }

  //-----------------------------------------------------------------------
  /** Finds the properties of a source that break a rule. */
  @FunctionalInterface
  private interface SourceCheck {
    void find(Source source, LocalDate today, List<String> broken);
  }

  /**
   * Checks each distinct source of the observations once, and reports each property that breaks
   * the rule at the first observation that cites the source.
   */
  private static boolean check(Dataset dataset, ConstraintValidatorContext context, SourceCheck check) {
    List<Observation> observations = dataset.observations();
    LocalDate today = DateValidators.today(context);
    // The same object is recognised at once, an equal one by its hash: cells of one table share one.
    Set<Source> sameObjects = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Source> equal = new HashSet<>();
    List<String> broken = new ArrayList<>(2);
    boolean valid = true;
    for (int i = 0; i < observations.size(); i++) {
      List<Source> sources = observations.get(i).sources();
      for (int j = 0; j < sources.size(); j++) {
        Source source = sources.get(j);
        if (!sameObjects.add(source) || !equal.add(source)) {
          continue;
        }
        check.find(source, today, broken);
        for (String property : broken) {
          Violations.at(context, "observations", i, "sources", j, property);
          valid = false;
        }
        broken.clear();
      }
    }
    return valid;
  }

  /** The title and publisher, as names, and the note, as running text, that have what they must not. */
  private static void texts(Source source, List<String> broken, Predicate<String> badName, Predicate<String> badRunningText) {
    if (any(source.title(), badName)) {
      broken.add("title");
    }
    if (has(source.publisher(), badName)) {
      broken.add("publisher");
    }
    if (has(source.note(), badRunningText)) {
      broken.add("note");
    }
  }

  private static boolean any(LocalizedText text, Predicate<String> bad) {
    for (String variant : text.variants().values()) {
      if (bad.test(variant)) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(Optional<String> text, Predicate<String> bad) {
    return text.isPresent() && bad.test(text.get());
  }
}
