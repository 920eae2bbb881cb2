package org.resettlement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resettlement.core.Category;
import org.resettlement.core.CategoryCode;
import org.resettlement.core.CountryCategory;
import org.resettlement.core.Dataset;
import org.resettlement.core.Dimension;
import org.resettlement.core.Observation;
import org.resettlement.core.ObservationStatus;
import org.resettlement.core.Rounding;
import org.resettlement.statistics.io.ReadSummary;
import org.resettlement.statistics.io.StatisticsReader;
import org.resettlement.validation.ResettlementValidation;
import org.resettlement.validation.ValidationReport;

/**
 * Official statistics from end to end, as a user with a publisher's file meets them: every row of
 * an excerpt becomes one observation, the whole cube validates with no error although its rounded
 * parts add up to more than its rounded totals, and both Jackson lines write it and read it back
 * equal.
 */
class OfficialStatisticsTest {

  private static final String EUROSTAT = "statistics/migr_asyresa-FR-2016-2017.csv";
  private static final String UNHCR = "statistics/unhcr-solutions-codes.csv";

  @Test
  void eurostatCube_everyRowIsAnObservation_validWithNoError_andBothJsonLinesKeepIt() {
    List<Observation> observations = new ArrayList<>();
    ReadSummary summary = read(EUROSTAT, observations);

    // 2 years x 5 citizenships x 3 sexes x 5 ages, and one figure each for Greece and the UK
    assertThat(summary.rows()).isEqualTo(152);
    assertThat(observations).hasSize(152);
    assertThat(summary.problems()).isEmpty();
    assertThat(observations).allSatisfy(o -> assertThat(o.rounding()).contains(Rounding.NEAREST_5));
    assertThat(categoriesOf(observations, Dimension.CITIZENSHIP)).contains(CountryCategory.STATELESS);
    assertThat(observations).filteredOn(o -> o.key().empty()).hasSize(4); // FR twice, EL and UK
    assertThat(observations).filteredOn(Observation::missing).hasSize(1);
    assertThat(observations)
        .filteredOn(o -> o.statuses().contains(ObservationStatus.PROVISIONAL))
        .hasSize(1);
    assertThat(observations).extracting(Observation::sources).containsOnly(observations.get(0).sources());

    Dataset dataset = Dataset.builder().addAllObservations(observations).build();
    assertThat(roundedPartsAboveTheirTotal(dataset))
        .as("the excerpt must hold the case rounding makes: parts above their rounded total")
        .isPositive();
    assertNoErrorsAndBothJsonLinesKeep(dataset);
    assertThat(dataset.observationIndex().discrepancies()).isEmpty();
  }

  @Test
  void unhcrDownload_keepsStatelessUnknownAndItsOwnCodes_validWithNoError_andBothJsonLinesKeepIt() {
    List<Observation> observations = new ArrayList<>();
    ReadSummary summary = read(UNHCR, observations);

    // four metrics a row: returned refugees, returned IDPs, resettlement arrivals, naturalisations
    assertThat(observations).hasSize(4 * (int) summary.rows());
    assertThat(summary.problems()).isEmpty();
    Set<Category> origins = categoriesOf(observations, Dimension.COUNTRY_OF_ORIGIN);
    assertThat(origins)
        .contains(CountryCategory.STATELESS, CountryCategory.UNKNOWN, CategoryCode.of("TIB"));
    assertThat(observations).filteredOn(Observation::missing).isNotEmpty(); // UNHCR's '-'

    Dataset dataset = Dataset.builder().addAllObservations(observations).build();
    assertNoErrorsAndBothJsonLinesKeep(dataset);
  }

  private static void assertNoErrorsAndBothJsonLinesKeep(Dataset dataset) {
    ValidationReport<Dataset> report =
        ValidationReport.of(ResettlementValidation.validator().validate(dataset));
    assertThat(report.errors()).isEmpty();

    com.fasterxml.jackson.databind.json.JsonMapper jackson2 =
        org.resettlement.jackson.ResettlementJson.newMapper();
    tools.jackson.databind.json.JsonMapper jackson3 =
        org.resettlement.jackson3.ResettlementJson.newMapper();
    try {
      String written2 = jackson2.writeValueAsString(dataset);
      String written3 = jackson3.writeValueAsString(dataset);
      assertThat(written3).isEqualTo(written2);
      assertThat(jackson2.readValue(written3, Dataset.class)).isEqualTo(dataset);
      assertThat(jackson3.readValue(written2, Dataset.class)).isEqualTo(dataset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many margins of the cube are smaller than the sum of their citizenships' figures. */
  private static long roundedPartsAboveTheirTotal(Dataset dataset) {
    List<Observation> all = dataset.observations();
    return all.stream()
        .filter(total -> total.key().category(Dimension.CITIZENSHIP).isEmpty())
        .filter(total -> total.value().isPresent())
        .filter(total -> {
          long parts = all.stream()
              .filter(part -> part.period().equals(total.period())
                  && part.geography().equals(total.geography())
                  && part.key().without(Dimension.CITIZENSHIP).equals(total.key())
                  && part.key().category(Dimension.CITIZENSHIP).isPresent())
              .mapToLong(part -> part.value().map(v -> v.value()).orElse(0L))
              .sum();
          return parts > total.value().orElseThrow().value();
        })
        .count();
  }

  private static Set<Category> categoriesOf(List<Observation> observations, Dimension dimension) {
    return observations.stream()
        .flatMap(o -> o.key().category(dimension).stream())
        .collect(Collectors.toSet());
  }

  private static ReadSummary read(String resource, List<Observation> into) {
    try (InputStream bytes = OfficialStatisticsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(bytes).as(resource).isNotNull();
      return StatisticsReader.builder().build().read(bytes, resource, into::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
