package org.resettlement.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.Person;
import org.resettlement.core.Place;

/**
 * Pins values for a fixed seed, so that no change to what a seed gives goes unnoticed.
 *
 * <p>The expected values are copied from a run, on purpose: this test exists to fail when they
 * change. If it fails because of a deliberate change (a new word, a new field in core), update the
 * values and list the change under "Changed" in the changelog, as the stability promise in {@link
 * SampleData} says. If it fails otherwise, something changed that should not have.
 */
class SampleDataPinnedValuesTest {
  private static final long SEED = 20_261_123L;

  @Test
  void algorithm_givesTheSameLongsForTheSeed() {
    // If only this test fails, the JDK's L64X128MixRandom changed, not this library.
    RandomGenerator random = RandomGeneratorFactory.of(SampleData.ALGORITHM).create(SEED);

    assertThat(random.nextLong()).isEqualTo(-3_759_274_294_207_780_266L);
    assertThat(random.nextLong()).isEqualTo(6_290_547_309_697_858_553L);
  }

  @Test
  void withSeed_givesThePinnedValues() {
    SampleData sample = SampleData.withSeed(SEED);

    assertThat(sample.pledgeId()).hasToString("pledge-b6677tyg");
    assertThat(sample.quantity()).hasToString("1300-1620");
    assertThat(sample.partialDate()).hasToString("2018-12");
    Place place = sample.place();
    assertThat(place.locality().text()).isEqualTo("Dublin");
    assertThat(place.region().orElseThrow().text()).isEqualTo("County Dublin");
    assertThat(place.coordinates().orElseThrow().latitude()).isEqualTo(53.3326062898966);
    assertThat(place.coordinates().orElseThrow().longitude()).isEqualTo(-6.245701483948133);
    assertThat(sample.organisation().name().variants())
        .containsExactly(
            Map.entry("fr", "Entraide protestante de Strasbourg"),
            Map.entry("en", "Strasbourg Protestant Mutual Aid"));
    assertThat(sample.pledge())
        .hasToString(
            "Pledge{id=pledge-a9o6eo57, pledger=SE, campaign=campaign-b3gg12fs, kind=SERVICES,"
                + " pledgedOn=2023-02-01, targetPeriod=2023/2024, status=WITHDRAWN, overfulfilled=false,"
                + " sources=[]}");
  }

  @Test
  void dataset_givesThePinnedRecords() {
    Dataset dataset = SampleData.withSeed(SEED).dataset();

    Person person = dataset.people().get(0);
    assertThat(person.name()).contains("François Lefèvre");
    assertThat(person.contacts().get(0).value()).isEqualTo("francois.lefevre@example.org");
    assertThat(dataset.events().get(0).title().variants())
        .containsEntry("pl", "Organizacje pozarządowe jako pierwszoplanowe wsparcie dla uchodźców");
    assertThat(dataset.pledges().get(0))
        .hasToString(
            "Pledge{id=pledge-1, pledger=RO, campaign=campaign-1, kind=RESETTLEMENT_PLACES,"
                + " quantity=at least 6800, pledgedOn=2016-01-19, status=IN_PROGRESS, fulfilled=250-1067,"
                + " overfulfilled=false, sources=[Source{title=Press release: Community sponsorship:"
                + " lessons from the first decade, publisher=Glasgow Network for Human Rights,"
                + " url=https://gnhr.example.org/news/1990/community-sponsorship-lessons-from-the-first-decade,"
                + " publishedOn=1990-05-06, accessedOn=1991-07-19, note=The year is inferred from the"
                + " context of the source.}]}");
    assertThat(dataset.quotas().get(0))
        .hasToString(
            "ResettlementQuota{id=quota-1, country=SK, period=2002-01-25/2002-10-18,"
                + " kind=HUMANITARIAN_ADMISSION, places=5300-6600, allocations=[], decidedOn=2001-07-05,"
                + " description=Échanges entre villes sur l'accueil des réfugiés., sources=[]}");
    // The last record is made last, so a change to anything before it shows here too.
    assertThat(dataset.statistics().get(dataset.statistics().size() - 1))
        .hasToString(
            "Statistic{id=statistic-10, metric=RESETTLEMENT_NEEDS, key={}, value=about 1200000,"
                + " period=2024/2024, geography=EU27_2007, breakdown=[], sources=[Source{title=Comunicat"
                + " de presă: Atelier privind integrarea refugiaților,"
                + " url=https://ldoc.example.net/stiri/2022/atelier-privind-integrarea-refugiatilor,"
                + " publishedOn=2022-04-21}]}");
  }

  @Test
  void invalidDataset_givesThePinnedSample() {
    InvalidSample<Dataset> sample = SampleData.withSeed(SEED).invalidDataset(BrokenRule.FULFILLED_WITHIN_PLEDGED);

    assertThat(sample.path()).isEqualTo("pledges[11].fulfilled");
    assertThat(sample.value().pledges().get(11).fulfilled().orElseThrow()).hasToString("7050");
    InvalidSample<Event> event = SampleData.withSeed(SEED).invalid(Event.class, BrokenRule.SESSION_WITHIN_EVENT);
    assertThat(event.path()).isEqualTo("sessions[0].date");
    assertThat(event.value().sessions().get(0).date().orElseThrow()).hasToString("2024-06-27");
  }
}
