package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;
import org.junit.jupiter.api.Test;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Dataset;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.Quantity;

/** What users read: messages in English and Polish, without values and without EL. */
class MessagesTest {

  private static final Locale POLISH = Locale.forLanguageTag("pl");

  /** Breaks four rules: a reference, an acronym, a quota's arrivals (a warning), an e-mail. */
  private static Dataset brokenDataset() {
    return Dataset.builder()
        .addOrganisation(Samples.organisation("ccme").withAcronym("C.C.M.E.!")
            .withContacts(ContactPoint.email("info(at)ccme.be")))
        .addEvent(Samples.event("e1").withOrganisers(OrganisationId.of("missing")))
        .addQuota(Samples.quota("q").withArrivals(Quantity.exactly(501)))
        .build();
  }

  private static Map<String, String> messagesByPath(Set<ConstraintViolation<Dataset>> violations) {
    Map<String, String> messages = new TreeMap<>();
    violations.forEach(v -> messages.put(v.getPropertyPath().toString(), v.getMessage()));
    return messages;
  }

  @Test
  void messages_inEnglish() {
    assertThat(messagesByPath(Validators.in(Locale.ENGLISH).validate(brokenDataset())))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "events[0].organisers[0]", "must refer to a record in the dataset",
            "organisations[0].acronym",
            "must be at most 20 characters: letters, digits, single spaces and & ' + - . /, with at least one letter",
            "organisations[0].contacts[0].value", "must be an e-mail address such as name@example.org",
            "quotas[0].arrivals", "are more than the places of the quota"));
  }

  @Test
  void messages_inPolish() {
    assertThat(messagesByPath(Validators.in(POLISH).validate(brokenDataset())))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "events[0].organisers[0]", "musi wskazywać rekord istniejący w zbiorze danych",
            "organisations[0].acronym",
            "musi mieć najwyżej 20 znaków: litery, cyfry, pojedyncze spacje oraz & ' + - . /, w tym co najmniej jedną literę",
            "organisations[0].contacts[0].value", "musi być adresem e-mail, np. nazwa@example.org",
            "quotas[0].arrivals", "przekraczają liczbę miejsc w kwocie"));
  }

  @Test
  void messages_ofEveryViolationComeFromTheBundleOfTheLocale() {
    for (Locale locale : List.of(Locale.ENGLISH, POLISH)) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(ResettlementValidation.MESSAGE_BUNDLE, locale, getClass().getModule());
      for (ConstraintViolation<Dataset> violation : Validators.in(locale).validate(brokenDataset())) {
        Rule rule = Rule.of(violation).orElseThrow();
        assertThat(violation.getMessage()).isEqualTo(bundle.getString(rule.messageKey()));
      }
    }
  }

  @Test
  void messages_inALocaleWithoutFile_areEnglishWhateverTheDefaultLocale() {
    Locale jvmDefault = Locale.getDefault();
    Locale.setDefault(POLISH);
    try {
      Set<ConstraintViolation<Dataset>> violations =
          Validators.factory(Validators.TODAY, Locale.GERMAN).getValidator().validate(brokenDataset());

      assertThat(messagesByPath(violations)).containsEntry("events[0].organisers[0]", "must refer to a record in the dataset");
    } finally {
      Locale.setDefault(jvmDefault);
    }
  }

  @Test
  void newConfiguration_writesMessagesInTheJvmsDefaultLocale() {
    Locale jvmDefault = Locale.getDefault();
    Locale.setDefault(POLISH);
    try (ValidatorFactory factory = ResettlementValidation.newConfiguration().buildValidatorFactory()) {
      assertThat(messagesByPath(factory.getValidator().validate(brokenDataset())))
          .containsEntry("events[0].organisers[0]", "musi wskazywać rekord istniejący w zbiorze danych");
    } finally {
      Locale.setDefault(jvmDefault);
    }
  }

  /**
   * A bean with constraints of another library and messages of its own. Public with public
   * getters: on the module path Hibernate Validator may read only what this module exports.
   */
  public static final class Form {
    /**
     * Returns the name, which is missing.
     *
     * @return null
     */
    @NotNull
    public String getName() {
      return null;
    }

    /**
     * Returns the title, which is missing.
     *
     * @return null
     */
    @NotNull(message = "!")
    public String getTitle() {
      return null;
    }

    /**
     * Returns the summary, which is missing.
     *
     * @return null
     */
    @NotNull(message = "{org.resettlement.validation.Unknown.message}")
    public String getSummary() {
      return null;
    }
  }

  @Test
  void messageInterpolator_leavesOtherMessagesAsTheDelegateWritesThem() {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(ResettlementValidation.messageInterpolator(new ParameterMessageInterpolator(), Locale.ENGLISH));

    try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
      Map<String, String> messages = new TreeMap<>();
      factory.getValidator().validate(new Form()).forEach(v -> messages.put(v.getPropertyPath().toString(), v.getMessage()));

      assertThat(messages).containsExactlyInAnyOrderEntriesOf(Map.of(
          "name", "must not be null",
          "title", "!",
          "summary", "{org.resettlement.validation.Unknown.message}"));
    }
  }

  @Test
  void messages_userBundleOverridesAKey_andOtherKeysFallBackToEnglish() {
    Map<String, String> welsh = messagesByPath(Validators.in(Locale.forLanguageTag("cy")).validate(brokenDataset()));

    assertThat(welsh)
        .containsEntry("quotas[0].arrivals", "mae mwy wedi cyrraedd nag sydd o leoedd yn y cwota")
        .containsEntry("events[0].organisers[0]", "must refer to a record in the dataset");
  }

  @Test
  void messages_neverContainTheValidatedValue() {
    String injected = "${'EL'.toUpperCase()}";
    Organisation organisation =
        Samples.organisation("o").withAcronym(injected).withContacts(ContactPoint.email(injected + "@x"),
            ContactPoint.phone("+48 " + injected));

    Set<ConstraintViolation<Organisation>> violations = Validators.validator().validate(organisation);

    assertThat(List.copyOf(violations)).hasSize(3);
    assertThat(List.copyOf(violations)).extracting(ConstraintViolation::getMessage)
        .allSatisfy(message -> assertThat(message).doesNotContain("EL", "${", "@x", "+48"));
  }

  @Test
  void messageBundleLocator_findsBothLanguages() {
    ResourceBundleLocator locator = ResettlementValidation.messageBundleLocator();

    assertThat(locator.getResourceBundle(POLISH).getString(Rule.PERSON_NAMED.messageKey()))
        .isEqualTo("musi mieć imię i nazwisko, samo imię lub samo nazwisko");
    assertThat(locator.getResourceBundle(Locale.UK).getString(Rule.PERSON_NAMED.messageKey()))
        .isEqualTo("must have a name, a given name or a family name");
  }
}
