package org.resettlement.statistics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resettlement.core.CountryCode;
import org.resettlement.core.CountryGroup;
import org.resettlement.core.Geography;
import org.resettlement.core.Observation;

/** Reading a file as a stream, from a path, and writing: the public API's promises. */
class StatisticsFileTest {
  private static final String HEADER = "DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n";
  private static final String GOOD = "ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00,A,PER,SY,T,TOTAL,FR,2017,2330,\n";
  private static final String BAD = "ESTAT:MIGR_ASYRESA(1.0),10/06/21 23:00:00,A,PER,SY,T,TOTAL,FR,2017,12a,\n";

  @TempDir Path directory;

  private Path file(String text) throws IOException {
    Path file = directory.resolve("migr_asyresa.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void open_readsAsTheStreamIsConsumed() throws IOException {
    List<ReadProgress> progress = new ArrayList<>();
    StatisticsReader reader = StatisticsReader.builder().progress(progress::add, 1).build();

    try (StatisticsFile file = reader.open(file(HEADER + GOOD + GOOD + GOOD))) {
      assertThat(file.format()).isEqualTo(StatisticsFormat.SDMX_CSV_1);
      assertThat(file.name()).endsWith("migr_asyresa.csv");
      Stream<Observation> observations = file.observations();
      assertThat(progress).isEmpty();

      assertThat(observations.limit(1).count()).isEqualTo(1);
      assertThat(progress).extracting(ReadProgress::rows).containsExactly(1L);
    }
  }

  @Test
  void summary_onlyOnceEveryObservationIsTaken() throws IOException {
    try (StatisticsFile file = StatisticsReader.builder().build().open(file(HEADER + GOOD + GOOD))) {
      Stream<Observation> observations = file.observations();
      assertThatThrownBy(file::summary).isInstanceOf(IllegalStateException.class)
          .hasMessageEndingWith("migr_asyresa.csv have not all been read");

      assertThat(observations.count()).isEqualTo(2);
      assertThat(file.summary().observations()).isEqualTo(2);
      assertThatThrownBy(file::observations).isInstanceOf(IllegalStateException.class)
          .hasMessageEndingWith("migr_asyresa.csv have been taken already");
    }
  }

  @Test
  void strict_theStreamThrowsAtTheProblem_lenient_itGoesOn() throws IOException {
    Path file = file(HEADER + GOOD + BAD + GOOD);

    try (StatisticsFile strict = StatisticsReader.builder().build().open(file)) {
      assertThatThrownBy(() -> strict.observations().count()).isInstanceOf(StatisticsFileException.class)
          .hasMessageEndingWith("migr_asyresa.csv, line 3, column 10 (OBS_VALUE): '12a' is not a whole number");
    }
    try (StatisticsFile lenient = StatisticsReader.builder().mode(ReadMode.LENIENT).build().open(file)) {
      assertThat(lenient.observations().count()).isEqualTo(2);
      assertThat(lenient.summary().problemCount()).isEqualTo(1);
    }
  }

  @Test
  void closingTheStream_closesTheFile() throws IOException {
    StatisticsFile file = StatisticsReader.builder().build().open(file(HEADER + GOOD + GOOD));

    try (Stream<Observation> observations = file.observations()) {
      assertThat(observations.findFirst()).isPresent();
    }

    assertThatThrownBy(() -> file.observations()).isInstanceOf(IllegalStateException.class);
    file.close();
  }

  @Test
  void read_aPath_namesItInProblems() throws IOException {
    Path file = file(HEADER + BAD);

    assertThatThrownBy(() -> StatisticsReader.builder().build().read(file, observation -> { }))
        .isInstanceOf(StatisticsFileException.class)
        .hasMessage(file + ", line 2, column 10 (OBS_VALUE): '12a' is not a whole number");
  }

  @Test
  void read_aFileThatIsNotThere() {
    Path missing = directory.resolve("missing.csv");

    assertThatThrownBy(() -> StatisticsReader.builder().build().read(missing, observation -> { }))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(NoSuchFileException.class);
  }

  @Test
  void toString_namesTheFileAndItsLayout() {
    try (StatisticsFile file = StatisticsReader.builder().build().open(new StringReader(HEADER + GOOD), "a.csv")) {
      assertThat(file).hasToString("a.csv (SDMX-CSV 1.0)");
    }
  }

  @Test
  void writer_writeAllAndFlush() {
    List<Observation> observations = Reading.resource("migr_asyresa-sdmx-csv-1.csv").observations;
    StringWriter text = new StringWriter();

    StatisticsWriter writer = StatisticsWriter.sdmxCsv(text);
    writer.writeAll(observations.subList(0, 2)).write(observations.get(2)).flush();

    assertThat(text.toString().lines()).hasSize(4);
    writer.close();
  }

  @Test
  void geographyText_readsWhatItWrites() {
    List<Geography> geographies = List.of(Geography.world(), Geography.of(CountryCode.of("FR")),
        Geography.of(CountryGroup.EU27_2020), Geography.of(CountryGroup.EUROPEAN_UNION),
        Geography.builder().group(CountryGroup.EUROPEAN_UNION).addCountry(CountryCode.of("NO")).build(),
        Geography.of(CountryCode.of("US"), CountryCode.of("CA"), CountryCode.of("AU")));

    List<String> written = geographies.stream().map(GeographyText::write).collect(Collectors.toList());

    assertThat(written).containsExactly("world", "FR", "EU27_2020", "EU", "EU+NO", "US+CA+AU");
    assertThat(written.stream().map(GeographyText::read)).containsExactlyElementsOf(geographies);
    assertThat(Stream.of("XX", "EU+XX", "FR+EU27_2020", "", "+").map(GeographyText::read)).containsOnlyNulls();
  }
}
