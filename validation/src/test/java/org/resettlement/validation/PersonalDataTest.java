package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Dataset;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.testkit.BrokenRule;
import org.resettlement.testkit.DatasetSpec;
import org.resettlement.testkit.InvalidSample;
import org.resettlement.testkit.SampleData;

/**
 * Validating people whose data breaks a rule puts none of their personal data (names, honorific,
 * contact points, including the value that breaks the rule) into messages, the text of
 * violations or of reports, or what Hibernate Validator logs, at any level, to {@code
 * java.util.logging}, standard output or standard error. Only {@link
 * ConstraintViolation#getInvalidValue()} holds the value, as Bean Validation defines it.
 */
class PersonalDataTest {
  private static final long[] SEEDS = {1, 2, 3, 20_231_113};
  /** Datasets with people, and the records they work for and take part in. */
  private static final DatasetSpec DATASET =
      DatasetSpec.empty().withOrganisations(3).withPeople(6).withMemberships(4).withEvents(2);
  /** Shorter values, such as the honorific "Dr", may be parts of words of the messages. */
  private static final int SHORTEST_CHECKED = 4;

  /** A sample that breaks a rule, and what validating it reported. */
  private record Checked<T>(InvalidSample<T> sample, Set<ConstraintViolation<T>> violations) {}

  @ParameterizedTest
  @ValueSource(strings = {"en", "pl"})
  void invalidPeople_leaveNoPersonalValueInMessagesReportsOrLogs(String language) {
    Captured<List<Checked<Person>>> validated = capture(() -> {
      Validator validator = newFactory(Locale.forLanguageTag(language)).getValidator();
      List<Checked<Person>> checked = new ArrayList<>();
      for (BrokenRule rule : SampleData.breakableRules(Person.class)) {
        for (long seed : SEEDS) {
          InvalidSample<Person> sample = SampleData.withSeed(seed).invalid(Person.class, rule);
          checked.add(new Checked<>(sample, validator.validate(sample.value())));
        }
      }
      return checked;
    });

    assertThat(validated.result()).hasSizeGreaterThanOrEqualTo(5 * SEEDS.length);
    for (Checked<Person> checked : validated.result()) {
      assertThat(checked.violations()).as("%s", checked.sample()).isNotEmpty();
      assertNoPersonalValueIn(texts(checked.violations(), validated.output()),
          personalValuesOf(List.of(checked.sample().value())), checked.sample().toString());
    }
  }

  @Test
  void datasetsWithAnInvalidPerson_leaveNoPersonalValueInMessagesReportsOrLogs() {
    Captured<List<Checked<Dataset>>> validated = capture(() -> {
      Validator validator = newFactory(Locale.ENGLISH).getValidator();
      List<Checked<Dataset>> checked = new ArrayList<>();
      for (BrokenRule rule : SampleData.breakableRules(Person.class)) {
        for (long seed : SEEDS) {
          InvalidSample<Dataset> sample = SampleData.withSeed(seed).invalidDataset(rule, DATASET);
          checked.add(new Checked<>(sample, validator.validate(sample.value())));
        }
      }
      return checked;
    });

    for (Checked<Dataset> checked : validated.result()) {
      assertThat(checked.violations()).as("%s", checked.sample()).isNotEmpty();
      assertNoPersonalValueIn(texts(checked.violations(), validated.output()),
          personalValuesOf(checked.sample().value().people()), checked.sample().toString());
    }
  }

  @Test
  void invalidValue_holdsThePersonalData_asBeanValidationDefinesIt() {
    ContactPoint contact = ContactPoint.email("kevin.allen(at)example.org");
    Person person = Person.builder().id(PersonId.of("p")).name("Kevin J. Allen").addContact(contact).build();

    Set<ConstraintViolation<Person>> violations = Validators.validator().validate(person);

    assertThat(violations).singleElement().satisfies(violation -> {
      assertThat(violation.getInvalidValue()).isEqualTo(contact);
      assertThat(violation.getMessage() + violation + ValidationReport.of(violations)).doesNotContain("kevin", "Kevin");
    });
  }

  @Test
  void capture_seesLogsOfEveryLevelAndBothStandardStreams() {
    Captured<Void> captured = capture(() -> {
      Logger.getLogger("org.hibernate.validator.probe").finest("finest probe");
      System.err.println("error stream probe");
      System.out.println("output stream probe");
      return null;
    });

    assertThat(captured.output()).contains("finest probe", "error stream probe", "output stream probe");
  }

  //-----------------------------------------------------------------------
  private static ValidatorFactory newFactory(Locale locale) {
    return Validators.factory(Validators.TODAY, locale);
  }

  private static List<String> personalValuesOf(List<Person> people) {
    List<String> values = new ArrayList<>();
    for (Person person : people) {
      person.name().ifPresent(values::add);
      person.givenName().ifPresent(values::add);
      person.familyName().ifPresent(values::add);
      person.honorific().ifPresent(values::add);
      for (ContactPoint contact : person.contacts()) {
        values.add(contact.value());
        contact.label().ifPresent(values::add);
      }
    }
    return values.stream().map(String::strip).filter(value -> value.length() >= SHORTEST_CHECKED).distinct().toList();
  }

  /** The messages, the text of each violation and of their report, and everything logged or printed. */
  private static <T> List<String> texts(Set<ConstraintViolation<T>> violations, String output) {
    List<String> texts = new ArrayList<>();
    for (ConstraintViolation<T> violation : violations) {
      texts.add(violation.getMessage());
      texts.add(violation.toString());
      texts.add(String.valueOf(violation.getPropertyPath()));
    }
    texts.add(ValidationReport.of(violations).toString());
    texts.add(output);
    return texts;
  }

  private static void assertNoPersonalValueIn(List<String> texts, List<String> personal, String description) {
    for (String value : personal) {
      assertThat(texts).as("%s: texts holding '%s'", description, value).noneMatch(text -> text.contains(value));
    }
  }

  //-----------------------------------------------------------------------
  /** What an action returned, and what was logged at any level or printed while it ran. */
  private record Captured<T>(T result, String output) {}

  private static <T> Captured<T> capture(Supplier<T> action) {
    StringBuilder logged = new StringBuilder();
    Handler handler = new Handler() {
      private final SimpleFormatter formatter = new SimpleFormatter();

      @Override
      public void publish(LogRecord record) {
        synchronized (logged) {
          logged.append(formatter.format(record));
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    handler.setLevel(Level.ALL);
    Map<Logger, Level> levels = new HashMap<>();
    for (String name : List.of("org.hibernate.validator", "org.jboss.logging", "org.resettlement")) {
      Logger logger = Logger.getLogger(name);
      levels.put(logger, logger.getLevel());
      logger.setLevel(Level.ALL);
    }
    Logger root = Logger.getLogger("");
    // The console handler keeps its own level, so that the build output is not flooded.
    root.addHandler(handler);
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream capturing = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setOut(capturing);
    System.setErr(capturing);
    T result;
    try {
      result = action.get();
    } finally {
      System.setOut(out);
      System.setErr(err);
      root.removeHandler(handler);
      levels.forEach(Logger::setLevel);
    }
    synchronized (logged) {
      return new Captured<>(result, logged + printed.toString(StandardCharsets.UTF_8));
    }
  }
}
