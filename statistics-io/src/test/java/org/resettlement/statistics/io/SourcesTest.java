package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.resettlement.core.LocalizedText;
import org.resettlement.core.PartialDate;
import org.resettlement.core.Source;

/** The sources that records cite: what a file says about itself, made once and shared. */
class SourcesTest {

  @Test
  void eurostat_theDataflowAndItsTimeOfUpdate() {
    Reading reading = Reading.resource("migr_asyresa-sdmx-csv-1.csv");

    assertThat(reading.summary.sources()).singleElement().isEqualTo(Source.builder()
        .title(LocalizedText.of("en", "Resettled persons by age, sex and citizenship - annual data"))
        .publisher("Eurostat")
        .url(URI.create("https://ec.europa.eu/eurostat/databrowser/view/migr_asyresa/default/table"))
        .publishedOn(PartialDate.of(2021, 6, 10))
        .note("Dataflow ESTAT:MIGR_ASYRESA(1.0), last updated 10/06/21 23:00:00")
        .build());
  }

  @Test
  void eurostat_everyRecordCitesTheSameInstance() {
    Reading reading = Reading.resource("migr_asyresa-sdmx-csv-1.csv");
    Source source = reading.summary.sources().get(0);

    assertThat(reading.observations).allSatisfy(record -> assertThat(record.sources().get(0)).isSameAs(source));
  }

  @Test
  void sdmxCsv2_theStructureNameIsTheTitle() {
    Reading reading = Reading.resource("migr_asyresa-sdmx-csv-2-semicolon.csv");

    assertThat(reading.summary.sources()).singleElement().satisfies(source -> {
      assertThat(source.title().text()).isEqualTo("Resettled persons by age, sex and citizenship - annual data");
      assertThat(source.publishedOn()).isEmpty();
      assertThat(source.note()).hasValue("Dataflow ESTAT:MIGR_ASYRESA(1.0)");
    });
  }

  @Test
  void eurostat_oneSourcePerTimeOfUpdate() {
    String text = "DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
        + "ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00,A,PER,SY,T,TOTAL,FR,2017,2330,\n"
        + "ESTAT:MIGR_ASYRESA(1.0),14/03/24 23:00:00,A,PER,SY,T,TOTAL,FR,2023,1020,\n"
        + "ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00,A,PER,SY,T,TOTAL,FR,2018,2330,\n";

    Reading reading = Reading.strict("two.csv", text);

    assertThat(reading.summary.sources()).extracting(Source::publishedOn)
        .containsExactly(java.util.Optional.of(PartialDate.of(2021, 6, 10)), java.util.Optional.of(PartialDate.of(2024, 3, 14)));
    assertThat(reading.line(4).sources().get(0)).isSameAs(reading.line(2).sources().get(0));
  }

  @Test
  void tsv_theDataflowWithoutATimeOfUpdate() {
    Reading reading = Reading.resource("estat_migr_asyresa.tsv");

    assertThat(reading.summary.sources()).singleElement().satisfies(source -> {
      assertThat(source.publisher()).hasValue("Eurostat");
      assertThat(source.note()).hasValue("Dataflow ESTAT:MIGR_ASYRESA");
    });
  }

  @Test
  void unhcr_thePreambleIsKept() {
    Reading reading = Reading.resource("unhcr-solutions-sample.csv");

    Source source = reading.summary.sources().get(0);
    assertThat(source.title().text()).isEqualTo("UNHCR Refugee Data Finder: Solutions");
    assertThat(source.publisher()).hasValue("UNHCR");
    assertThat(source.url()).hasValue(URI.create("https://www.unhcr.org/refugee-statistics/download/?url=C70gnF"));
    assertThat(source.accessedOn()).hasValue(LocalDate.of(2024, 7, 19));
    assertThat(source.note()).hasValueSatisfying(note -> assertThat(note)
        .startsWith("Extracted: United Nations High Commissioner for Refugees; Date extracted: 19/07/2024 10:55;")
        .contains("; Usage licence: https://creativecommons.org/licenses/by/4.0/;")
        .endsWith("; Years:; Origin: all; Country of asylum: all"));
    assertThat(reading.observations).allSatisfy(record -> assertThat(record.sources().get(0)).isSameAs(source));
  }

  @Test
  void unhcr_withoutALink_theDownloadPage() {
    Reading reading = Reading.resource("unhcr-resettlement-submissions.csv");

    Source source = reading.summary.sources().get(0);
    assertThat(source.title().text()).isEqualTo("UNHCR Resettlement Data Finder: Resettlement submissions");
    assertThat(source.url()).hasValue(URI.create("https://www.unhcr.org/refugee-statistics/download/"));
    assertThat(source.accessedOn()).hasValue(LocalDate.of(2024, 5, 2));
  }
}
