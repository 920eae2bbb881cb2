package org.resettlement.testkit.instancio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.spi.InstancioServiceProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resettlement.core.CountryCode;
import org.resettlement.core.Dataset;
import org.resettlement.core.Event;
import org.resettlement.core.Organisation;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Pledge;
import org.resettlement.core.PledgeStatus;
import org.resettlement.core.Quantity;
import org.resettlement.core.ResettlementQuota;
import org.resettlement.testkit.SampleData;
import org.resettlement.testkit.SampleDataChecks;

class SampleDataInstancioProviderTest {

  static Stream<Class<?>> types() {
    return Stream.of(
        Pledge.class, Event.class, Organisation.class, ResettlementQuota.class, Quantity.class,
        PartialDate.class, CountryCode.class, Dataset.class);
  }

  @Test
  void serviceLoader_findsTheProvider() {
    assertThat(ServiceLoader.load(InstancioServiceProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(SampleDataInstancioProvider.class);
  }

  @ParameterizedTest
  @MethodSource("types")
  void create_givesAValueShapedLikeSampleData(Class<?> type) {
    for (int i = 0; i < 20; i++) {
      Object value = Instancio.create(type);

      assertThat(value).isInstanceOf(type);
      assertThat(value.getClass()).isEqualTo(SampleData.withSeed(i).next(type).getClass());
      assertThat(SampleDataChecks.brokenPromises(value)).as("%s", value).isEmpty();
    }
  }

  @Test
  void create_pledgeIsBuiltBySampleData() {
    Pledge pledge = Instancio.create(Pledge.class);

    assertThat(pledge.id().value()).matches("pledge-[0-9a-z]{8}");
    assertThat(pledge.toString()).startsWith("Pledge{id=pledge-");
  }

  @Test
  void create_withTheSameSeedGivesEqualValues() {
    Pledge first = Instancio.of(Pledge.class).withSeed(42).create();
    Pledge second = Instancio.of(Pledge.class).withSeed(42).create();
    Pledge other = Instancio.of(Pledge.class).withSeed(43).create();

    assertThat(second).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void create_fillsCoreTypedFieldsOfAnotherClass() {
    Registration registration = Instancio.create(Registration.class);

    assertThat(registration.pledge).isNotNull();
    assertThat(registration.places).isNotNull();
    assertThat(registration.country).isIn(CountryCode.all());
    assertThat(registration.events).isNotEmpty().doesNotContainNull();
    assertThat(registration.status).isNotNull();
    assertThat(SampleDataChecks.brokenPromises(registration.pledge)).isEmpty();
    registration.events.forEach(event -> assertThat(SampleDataChecks.brokenPromises(event)).isEmpty());
  }

  /** A class of a downstream test, with fields of core types. */
  static final class Registration {
    String reference;
    Pledge pledge;
    Quantity places;
    CountryCode country;
    List<Event> events;
    PledgeStatus status;
  }
}
