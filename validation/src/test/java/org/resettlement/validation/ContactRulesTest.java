package org.resettlement.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resettlement.testkit.validation.ViolationAssert.assertThat;
import static org.resettlement.testkit.validation.ViolationExpectation.violationOf;
import static org.resettlement.validation.Samples.event;
import static org.resettlement.validation.Samples.organisation;
import static org.resettlement.validation.Samples.person;
import static org.resettlement.validation.Samples.text;

import jakarta.validation.Validator;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resettlement.core.ContactKind;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Dataset;
import org.resettlement.core.Source;
import org.resettlement.testkit.BrokenRule;

/**
 * {@link Rule#EMAIL_ADDRESS}, {@link Rule#PHONE_NUMBER} and {@link Rule#WEB_ADDRESS}, each
 * checked only for the contact kinds it concerns.
 */
class ContactRulesTest {

  private final Validator validator = Validators.validator();

  @ParameterizedTest
  @ValueSource(strings = {"info@ccme.be", "first.last+tag@example.org", "biuro@związek-miast.pl", "a@b.co",
      "o'brien@example.ie", "x@mail.xn--p1ai",
      "1234567890123456789012345678901234567890123456789012345678901234@example.org"})
  void emailAddress_accepts(String address) {
    assertThat(validator.validate(ContactPoint.email(address))).hasNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"info(at)ccme.be", "info@ccme", "@ccme.be", "info@", "info@@ccme.be", "in fo@ccme.be",
      "info@ccme.be.", "info@-ccme.be", "info@ccme.b", ".info@ccme.be", "info..x@ccme.be", "info@ccme.123",
      "12345678901234567890123456789012345678901234567890123456789012345@example.org",
      "info\u202E@ccme.be", "in\u200Bfo@ccme.be", "info\u0085@ccme.be", "in\u00A0fo@ccme.be", "biuro\u200F@ccme.be"})
  void emailAddress_rejects(String address) {
    assertThat(validator.validate(ContactPoint.email(address)))
        .containsOnlyViolations(violationOf(BrokenRule.EMAIL_ADDRESS).withProperty("value"));
  }

  @Test
  void emailAddress_acceptsUpTo254Characters() {
    String local = "l".repeat(64);
    String longest = local + "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(57) + ".org";
    String tooLong = local + "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(58) + ".org";

    assertThat(longest).hasSize(254);
    assertThat(validator.validate(ContactPoint.email(longest))).hasNoViolations();
    assertThat(validator.validate(ContactPoint.email(tooLong)))
        .containsOnlyViolations(violationOf(BrokenRule.EMAIL_ADDRESS).withProperty("value"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+32 2 2346808", "+48 12 345 67 89", "+4812345678", "+1 202 555 0123", "+3222346",
      "+123456789012345"})
  void phoneNumber_accepts(String number) {
    assertThat(validator.validate(ContactPoint.phone(number))).hasNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"02 2346808", "0032 2 2346808", "+32-2-2346808", "+32 (2) 2346808", "+32.2.2346808",
      "+0 12345678", "+123456", "+1234567890123456", "+32  2 2346808", "+32 2 2346808 ", " +32 2 2346808",
      "+32 2 2346808 ext. 5", "+"})
  void phoneNumber_rejects(String number) {
    assertThat(validator.validate(ContactPoint.phone(number)))
        .containsOnlyViolations(violationOf(BrokenRule.PHONE_NUMBER).withProperty("value"));
  }

  @Test
  void phoneNumber_appliesToFaxNumbers() {
    assertThat(validator.validate(ContactPoint.of(ContactKind.FAX, "2346808")))
        .containsOnlyViolations(violationOf(BrokenRule.PHONE_NUMBER).withProperty("value"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://ccme.eu", "http://www.resettlement.eu/page?x=1#top", "HTTPS://CCME.EU",
      "https://związekmiast.pl/o-nas", "https://198.51.100.7:8443/", "https://www.facebook.com/resettlement",
      "https://związekmiast.pl:8443/o-nas", "https://[2001:db8::7]/"})
  void webAddress_accepts(String address) {
    assertThat(validator.validate(ContactPoint.website(address))).hasNoViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ccme.eu", "www.ccme.eu", "ftp://ccme.eu", "https://", "https:///path", "mailto:info@ccme.be",
      "https://exa mple.org", "//ccme.eu", "https://ccme_eu.org", "https://-bad-.pl", "https://user@/",
      "https://:8080/", "https://ccme.123/", "https://związekmiast.123/",
      "https://ccme.eu/annex-\u202Efdp.exe", "https://ccme.eu/?q=\u2066x\u2069", "https://ccme.eu/\u200Fx"})
  void webAddress_rejects(String address) {
    assertThat(validator.validate(ContactPoint.website(address)))
        .containsOnlyViolations(violationOf(BrokenRule.WEB_ADDRESS).withProperty("value"));
  }

  @Test
  void webAddress_appliesToSocialMediaPages() {
    assertThat(validator.validate(ContactPoint.of(ContactKind.SOCIAL_MEDIA, "facebook.com/resettlement")))
        .containsOnlyViolations(violationOf(BrokenRule.WEB_ADDRESS).withProperty("value"));
  }

  @Test
  void webAddress_appliesToSourceUrls() {
    Source source = Source.builder().title(text("Press release")).url(URI.create("ftp://ccme.eu/release.pdf")).build();
    Dataset dataset = Dataset.builder().addEvent(event("e1").withSources(source)).build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(violationOf(BrokenRule.WEB_ADDRESS).withProperty("events[0].sources[0].url"));
  }

  @Test
  void contactRules_checkOnlyTheRuleOfTheContactKind() {
    // An e-mail address given as a phone number is a malformed phone number, not a valid e-mail.
    assertThat(validator.validate(ContactPoint.phone("info@ccme.be")))
        .containsOnlyViolations(violationOf(BrokenRule.PHONE_NUMBER).withProperty("value"));
  }

  @Test
  void contactRules_inDataset_reportOrganisationAndPersonContactsAtTheirPaths() {
    Dataset dataset =
        Dataset.builder()
            .addOrganisation(organisation("ccme").withContacts(ContactPoint.phone("+32 2 2346808"),
                ContactPoint.email("info(at)ccme.be")))
            .addPeople(person("p1").withContacts(ContactPoint.phone("2346808")))
            .build();

    assertThat(validator.validate(dataset))
        .containsOnlyViolations(
            violationOf(BrokenRule.EMAIL_ADDRESS).withProperty("organisations[0].contacts[1].value"),
            violationOf(BrokenRule.PHONE_NUMBER).withProperty("people[0].contacts[0].value"));
  }

  @Test
  void notBlankText_appliesToContactLabels() {
    ContactPoint labelled = ContactPoint.builder().kind(ContactKind.EMAIL).value("info@ccme.be").label(" ").build();

    assertThat(validator.validate(labelled))
        .containsOnlyViolations(violationOf(BrokenRule.NOT_BLANK_TEXT).withProperty("label"));
  }
}
