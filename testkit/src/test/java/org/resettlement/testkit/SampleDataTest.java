package org.resettlement.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Actor;
import org.resettlement.core.Allocation;
import org.resettlement.core.Breakdown;
import org.resettlement.core.Campaign;
import org.resettlement.core.CampaignId;
import org.resettlement.core.ContactPoint;
import org.resettlement.core.Coordinates;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Dataset;
import org.resettlement.core.DateRange;
import org.resettlement.core.Event;
import org.resettlement.core.EventId;
import org.resettlement.core.ExternalIdentifier;
import org.resettlement.core.Funding;
import org.resettlement.core.Geography;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.Membership;
import org.resettlement.core.MonetaryAmount;
import org.resettlement.core.Organisation;
import org.resettlement.core.OrganisationId;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Participation;
import org.resettlement.core.Person;
import org.resettlement.core.PersonId;
import org.resettlement.core.Place;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeId;
import org.resettlement.core.Project;
import org.resettlement.core.ProjectId;
import org.resettlement.core.Quantity;
import org.resettlement.core.QuotaId;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.core.SeriesPosition;
import org.resettlement.core.Session;
import org.resettlement.core.Source;
import org.resettlement.core.Statistic;
import org.resettlement.core.StatisticId;
import org.resettlement.core.Target;

class SampleDataTest {

  @Test
  void supportedTypes_coverEveryPublicCoreValueType() {
    List<Class<?>> valueTypes =
        Arrays.asList(
            OrganisationId.class, PersonId.class, EventId.class, ProjectId.class, CampaignId.class,
            PledgeId.class, QuotaId.class, StatisticId.class, Actor.class, LocalizedText.class,
            CountryCode.class, CountryGroup.class, PartialDate.class, DateRange.class, Quantity.class,
            MonetaryAmount.class, Coordinates.class, Place.class, ContactPoint.class,
            ExternalIdentifier.class, Source.class, Geography.class, Organisation.class, Person.class,
            Membership.class, Participation.class, Session.class, SeriesPosition.class, Event.class,
            Funding.class, Project.class, Target.class, Campaign.class, Pledge.class, Allocation.class,
            ResettlementQuota.class, Breakdown.class, Statistic.class, Dataset.class);

    assertThat(SampleData.supportedTypes()).containsAll(valueTypes);
    assertThat(SampleData.supportedTypes()).allMatch(type -> type.getPackageName().equals("org.resettlement.core"));
  }

  @Test
  void next_rejectsAnUnsupportedTypeByName() {
    assertThatThrownBy(() -> SampleData.withSeed(1).next(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java.lang.String is not a type SampleData makes; see SampleData.supportedTypes()");
  }

  @Test
  void next_rejectsNull() {
    assertThatThrownBy(() -> SampleData.withSeed(1).next(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("type");
  }

  @Test
  void list_rejectsANegativeCount() {
    assertThatThrownBy(() -> SampleData.withSeed(1).list(Pledge.class, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must not be negative, was -1");
  }

  @Test
  void using_rejectsNull() {
    assertThatThrownBy(() -> SampleData.using(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("random");
  }

  @Test
  void dataset_rejectsANullSpec() {
    assertThatThrownBy(() -> SampleData.withSeed(1).dataset(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("spec");
  }

  @Test
  void quantity_rejectsANullQualifier() {
    assertThatThrownBy(() -> SampleData.withSeed(1).quantity(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("qualifier");
  }

  @Test
  void quantity_keepsTheQualifierAsked() {
    SampleData sample = SampleData.withSeed(1);
    for (Quantity.Qualifier qualifier : Quantity.Qualifier.values()) {
      assertThat(sample.quantity(qualifier).qualifier()).isEqualTo(qualifier);
    }
  }

  @Test
  void supports_answersForSupportedUnsupportedAndNull() {
    assertThat(SampleData.supports(Pledge.class)).isTrue();
    assertThat(SampleData.supports(Object.class)).isFalse();
    assertThat(SampleData.supports(null)).isFalse();
  }

  @Test
  void ids_areTokensOfTheirTypeWithAFixedLength() {
    SampleData sample = SampleData.withSeed(1);
    for (int i = 0; i < 1_000; i++) {
      assertThat(sample.pledgeId().value()).matches("pledge-[0-9a-z]{8}");
    }
  }

  @Test
  void withSeed_doesNotDependOnTheDefaultLocaleOrTimeZone() {
    Dataset expected = SampleData.withSeed(12).dataset();
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));

      assertThat(SampleData.withSeed(12).dataset()).isEqualTo(expected);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void localizedText_isInALocalLanguageWithAnEnglishVariant() {
    List<LocalizedText> texts = SampleData.withSeed(2).list(LocalizedText.class, 200);

    assertThat(texts).anyMatch(text -> text.languages().contains("pl") && text.languages().contains("en"));
    assertThat(texts).allMatch(text -> text.languages().contains("en"));
  }

  @Test
  void person_hasAnAddressBuiltFromTheirName() {
    List<Person> people = SampleData.withSeed(3).list(Person.class, 300);

    assertThat(people)
        .filteredOn(person -> !person.contacts().isEmpty() && person.contacts().get(0).kind() == org.resettlement.core.ContactKind.EMAIL)
        .isNotEmpty()
        .allSatisfy(
            person ->
                assertThat(person.contacts().get(0).value())
                    .startsWith(Vocabulary.ascii(person.givenName().orElseThrow()) + "."));
  }

  @Test
  void source_isNeverDatedInTheFuture() {
    // Regression: sources were published and accessed up to LATEST_DATE (2030), so validation
    // reported NOT_IN_FUTURE on valid sample data.
    List<Source> sources = SampleData.withSeed(4).list(Source.class, 2_000);

    assertThat(sources)
        .allSatisfy(source -> {
          source.publishedOn().ifPresent(day -> assertThat(day.earliestDate()).isBeforeOrEqualTo(SampleData.LATEST_SOURCE_DATE));
          source.accessedOn().ifPresent(day -> assertThat(day).isBeforeOrEqualTo(SampleData.LATEST_SOURCE_DATE));
        });
    assertThat(SampleData.LATEST_SOURCE_DATE).isBefore(LocalDate.now());
  }
}
